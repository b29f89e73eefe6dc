// Answers are written in chunks (graphql/http-handler.ts) rather than as one string: over HTTP each must still be
// Apollo's own text, `JSON.stringify(answer) + "\n"`, with the length and type it always had, for a large answer,
// an error answer and a refused request alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../../server/src/graphql/json-chunks.ts';
import { REAL_SEED, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const ENTITY = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted';
const FULL = `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 3, limit: 2000) {
  truncated canvas nodes { ${ENTITY} }
  edges { id type from { ${ENTITY} } to { ${ENTITY} } confidence status note citations { id locator quote stance source { id title url } } } } }`;

async function post(server: TestServer, body: string) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, text: bytes.toString('utf8') };
}

describe('answer bytes over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: REAL_SEED });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('are JSON.stringify of the answer and a newline, with its length and type, across many chunks', async () => {
    const { response, bytes, text } = await post(server, JSON.stringify({ query: FULL, variables: { ids: ['person-at-risk-1'] } }));
    expect(response.status).toBe(200);
    const answer = JSON.parse(text) as { data: { neighborhood: { nodes: unknown[] } } };
    expect(answer.data.neighborhood.nodes.length).toBeGreaterThan(50);
    expect(bytes.length).toBeGreaterThan(2 * CHUNK_CHARS);
    expect(text).toBe(`${JSON.stringify(answer)}\n`);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('are the same for an error answer and for a body Apollo refuses', async () => {
    for (const body of [JSON.stringify({ query: '{ neighborhood(ids: ["person-at-risk-1"], depth: 9) { truncated } }' }), JSON.stringify({ query: '{ nope }' }), JSON.stringify({ variables: {} })]) {
      const { response, bytes, text } = await post(server, body);
      expect(response.status).toBeGreaterThanOrEqual(200);
      const answer = JSON.parse(text) as { errors: unknown[] };
      expect(answer.errors.length).toBeGreaterThan(0);
      expect(text).toBe(`${JSON.stringify(answer)}\n`);
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
    }
  });
});
