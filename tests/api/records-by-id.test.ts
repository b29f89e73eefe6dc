// edges(ids) and entities(ids) read many records in one typed request (exports use them). Each record must come back
// exactly as the single-record field gives it to the same viewer, so the batch cannot redact less than edge(id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER } from '../../server/src/domain/visibility.ts';
import { FIXTURE, postGraphQL, removeTempDirs, startTestServer, type Data, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const EDGE = 'id type from { id name } to { id name } note citations { quote locator source { id title url } }';
const ENTITY = 'id name aliases { value } description redacted';
const EDGE_IDS = ['edge-puk-sued-at-risk-1', 'no-such-edge', 'edge-puk-affiliated-ns'];
const ENTITY_IDS = ['person-at-risk-1', 'no-such-entity', 'org-puk'];

describe('records by id', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: FIXTURE, viewer: PUBLIC_VIEWER });
  });
  afterAll(() => server?.close());

  it('gives each relationship in order as edge(id) gives it, leaving out unknown ids', async () => {
    const batch = await postGraphQL<Data>(server.url, `query($ids: [ID!]!) { edges(ids: $ids) { ${EDGE} } }`, { ids: EDGE_IDS });
    expect(batch.errors).toBeUndefined();
    const one = async (id: string) => (await postGraphQL<Data>(server.url, `query($id: ID!) { edge(id: $id) { ${EDGE} } }`, { id })).data?.edge;
    const expected = [await one('edge-puk-sued-at-risk-1'), await one('edge-puk-affiliated-ns')];
    expect(batch.data?.edges).toEqual(expected);
    // The relationship touching the person at risk is redacted for this viewer, in the batch as alone.
    expect(JSON.stringify(batch.data?.edges[0])).toContain('[restricted]');
  });

  it('gives each entity in order as entity(id) gives it, redacted for a viewer without rights', async () => {
    const batch = await postGraphQL<Data>(server.url, `query($ids: [ID!]!) { entities(ids: $ids) { ${ENTITY} } }`, { ids: ENTITY_IDS });
    expect(batch.errors).toBeUndefined();
    expect(batch.data?.entities.map((e: Data) => e.id)).toEqual(['person-at-risk-1', 'org-puk']);
    expect(batch.data?.entities[0]).toMatchObject({ name: '[restricted]', aliases: [], description: null, redacted: true });
  });

  it('refuses more than 200 ids, naming the argument, for both fields', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => `edge-${i}`);
    for (const field of ['edges', 'entities']) {
      const answer = await postGraphQL<Data>(server.url, `query($ids: [ID!]!) { ${field}(ids: $ids) { id } }`, { ids });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(answer.errors?.[0]?.extensions)).toContain('ids');
    }
  });
});
