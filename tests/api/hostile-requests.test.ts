// Requests built to tie the server up: fragment bombs, operations that ask for far more than one view needs, and
// subscriptions. Each is refused up front with a clear code, and the server keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import type { Logger } from '../../server/src/app/logger.ts';
import { loadConfig } from '../../server/src/config.ts';
import { QUERY_LIMITS } from '../../server/src/domain/limits.ts';
import { FIXTURE, STATS, postGraphQL, removeTempDirs, tempDbFile } from './helpers.ts';

/** The reproduction: each fragment spreads the next one twice, 30 levels deep. */
function fragmentBomb(levels: number): string {
  let q = 'query { ...F0 } ';
  for (let i = 0; i < levels; i++) q += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `;
  return `${q}fragment F${levels} on Query { stats { entities } }`;
}

const hubNeighborhood = (alias: string) => `${alias}: neighborhood(ids: ["org-puk"], depth: 3, limit: 2000) { nodes { id } edges { id } }`;

describe('hostile requests', () => {
  let server: RunningServer;
  const logged: string[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (m) => logged.push(m),
    warn: (m) => logged.push(m),
    error: (m) => logged.push(m),
  };
  const post = (query: string, variables?: Record<string, unknown>) => postGraphQL(server.url, query, variables);

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', SQLITE_PATH: await tempDbFile(), SEED_FILE: FIXTURE, LOG_LEVEL: 'silent' });
    server = await startServer(config, { logger });
  });
  afterAll(async () => {
    await server?.close();
    await removeTempDirs();
  });

  it('refuses the fragment bomb as too many root fields', async () => {
    const response = await post(fragmentBomb(30));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toBe(`Operation selects ${2 ** 30} root fields; the limit is 20`);
    expect((await post(STATS)).data).toBeTruthy();
  });

  it('answers one hub neighborhood at the bounds', async () => {
    const response = await post(`{ ${hubNeighborhood('view')} }`);
    expect(response.errors).toBeUndefined();
    expect((response.data as { view: { nodes: unknown[] } }).view.nodes.length).toBeGreaterThan(1);
  });

  it('refuses twenty aliased hub neighborhoods with the budget and the cost', async () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => hubNeighborhood(`n${i}`)).join(' ')} }`;
    const response = await post(query);
    expect(response.status).toBe(400);
    const [error] = response.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.cost).toBe(20 * 2000 * 3);
    expect(error?.extensions?.budget).toBe(QUERY_LIMITS.operationCost);
    expect(error?.message).toContain(`costs ${20 * 2000 * 3}`);
    expect(error?.message).toContain(`budget of ${QUERY_LIMITS.operationCost}`);
    expect(response.data).toBeUndefined();
  });

  it('counts a field as often as fragments repeat it, and reads sizes from variables and defaults', async () => {
    const query = `query($limit: Int) { ...A ...A ...A } fragment A on Query { neighborhood(ids: ["org-puk"], depth: 2, limit: $limit) { nodes { id } } search(query: "puk") { id } }`;
    const over = await post(query, { limit: 2000 });
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.extensions?.cost).toBe(3 * (2000 * 2 + 20));
    const under = await post(query, { limit: 100 });
    expect(under.errors).toBeUndefined();
  });

  it('refuses a subscription with BAD_REQUEST and at most one log line', async () => {
    logged.length = 0;
    const response = await post('subscription { stats { entities } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(response.errors?.[0]?.message).toBe('subscriptions are not supported');
    expect(logged.length).toBeLessThanOrEqual(1);
    expect(logged.join('\n')).not.toMatch(/\n|at .*\.js:\d/);
  });

  it.each([
    ['a lone surrogate', { kind: 'PERSON', name: 'Ann\ud800' }, 'input.name'],
    ['a NUL', { kind: 'PERSON', name: 'R.', description: 'a\u0000b' }, 'input.description'],
    ['a right-to-left override', { kind: 'ORGANIZATION', name: 'fdp.\u202eexe' }, 'input.name'],
    ['a name of zero-width characters', { kind: 'PERSON', name: '\u200b\u200d' }, 'input.name'],
  ])('refuses %s over HTTP, naming the field and writing nothing', async (_name, input, field) => {
    const before = (await post(STATS)).data;
    const response = await post('mutation($input: EntityInput!) { createEntity(input: $input) { id } }', { input });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
    expect((await post(STATS)).data).toEqual(before);
  });
});
