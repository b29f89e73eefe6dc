// The contract is one file, server/src/graphql/schema.graphql: the server must serve exactly it, and its enums must be
// the domain vocabulary (the generated resolver types map each value to the domain's lower-case one).
import { assertEnumType, buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../server/src/graphql/generated/resolvers-types.ts';
import { typeDefs } from '../../server/src/graphql/type-defs.ts';
import { CONFIDENCES, EDGE_STATUSES, ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES, SENSITIVITIES, SOURCE_KINDS, STANCES } from '../../server/src/domain/shared/vocabulary.ts';
import { QUERY_LIMITS } from '../../server/src/domain/limits.ts';
import { METRICS } from '../../server/src/domain/analysis/ranking.ts';
import { FIXTURE, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

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

  it('maps each enum value to its domain value in the generated resolver types', () => {
    const domainMap = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
    expect(generated.EntityKind).toEqual(domainMap(ENTITY_KINDS));
    expect(generated.Confidence).toEqual(domainMap(CONFIDENCES));
    expect(generated.EdgeStatus).toEqual(domainMap(EDGE_STATUSES));
    expect(generated.Stance).toEqual(domainMap(STANCES));
    expect(generated.Sensitivity).toEqual(domainMap(SENSITIVITIES));
  });

  it('answers with upper-case enums and hands the service lower-case ones', async () => {
    const data = await server.query('{ search(query: "a", kinds: [ORGANIZATION, PERSON], first: 100) { kind sensitivity } }');
    expect(data.search.length).toBeGreaterThan(0);
    for (const e of data.search) {
      expect(['ORGANIZATION', 'PERSON']).toContain(e.kind);
      expect(['PUBLIC', 'RESTRICTED']).toContain(e.sensitivity);
    }
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
