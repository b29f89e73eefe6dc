// The served schema is compared with a committed snapshot, so every change to the API contract is deliberate:
// to accept one, run `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/api/schema-contract.test.ts` and review the diff.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertEnumType, buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/src/graphql/type-defs.ts';
import { CONFIDENCES, EDGE_STATUSES, ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES, SENSITIVITIES, SOURCE_KINDS, STANCES } from '../../server/src/domain/vocabulary.ts';
import { QUERY_LIMITS } from '../../server/src/domain/limits.ts';
import { METRICS } from '../../server/src/domain/analysis/ranking.ts';
import { FIXTURE, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

const SNAPSHOT = path.resolve('tests/api/schema.snapshot.graphql');

describe('the GraphQL contract', () => {
  let server: TestServer;
  let served: string;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: FIXTURE });
    const introspection = await server.query<IntrospectionQuery>(getIntrospectionQuery());
    served = printSchema(buildClientSchema(introspection));
  });
  afterAll(async () => {
    await server?.close();
    await removeTempDirs();
  });

  it('serves exactly the committed schema snapshot', async () => {
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') await writeFile(SNAPSHOT, `${served}\n`);
    expect(`${served}\n`).toBe(await readFile(SNAPSHOT, 'utf8'));
  });

  it('serves the SDL file as written', () => {
    expect(served).toBe(printSchema(buildSchema(typeDefs)));
  });

  it('has enums that match the domain vocabulary', () => {
    const schema = buildSchema(typeDefs);
    const valuesOf = (name: string) => assertEnumType(schema.getType(name)).getValues().map((v) => v.name);
    expect(valuesOf('EntityKind')).toEqual(ENTITY_KINDS.map((k) => k.toUpperCase()));
    expect(valuesOf('Confidence')).toEqual(CONFIDENCES.map((k) => k.toUpperCase()));
    expect(valuesOf('EdgeStatus')).toEqual(EDGE_STATUSES.map((k) => k.toUpperCase()));
    expect(valuesOf('Stance')).toEqual(STANCES.map((k) => k.toUpperCase()));
    expect(valuesOf('Sensitivity')).toEqual(SENSITIVITIES.map((k) => k.toUpperCase()));
    expect(valuesOf('Metric')).toEqual(METRICS.map((k) => k.toUpperCase()));
  });

  it('serves the vocabulary and the limits the client needs', async () => {
    const data = await server.query('{ relationshipTypes { name label from to selfLoop } sourceKinds limits { maxHops neighborhoodDepth neighborhoodLimit } }');
    expect(data.relationshipTypes.map((t: { name: string }) => t.name)).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(data.relationshipTypes.find((t: { name: string }) => t.name === 'AFFILIATED_WITH').label).toBe('affiliated with');
    const rule = (name: string) => data.relationshipTypes.find((t: { name: string }) => t.name === name);
    expect(rule('ASSERTED')).toMatchObject({ from: ['PERSON', 'ORGANIZATION'], to: ['CLAIM'], selfLoop: false });
    expect(rule('ABOUT')).toMatchObject({ from: ['CLAIM'], to: ['PERSON', 'ORGANIZATION', 'EVENT', 'CLAIM', 'LAW', 'PLACE'] });
    expect(rule('LOCATED_IN').to).toEqual(['PLACE']);
    expect(data.sourceKinds).toEqual([...SOURCE_KINDS]);
    expect(data.limits).toEqual({
      maxHops: QUERY_LIMITS.maxHops,
      neighborhoodDepth: QUERY_LIMITS.neighborhoodDepth,
      neighborhoodLimit: QUERY_LIMITS.neighborhoodLimit,
    });
  });
});
