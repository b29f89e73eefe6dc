// A server with read workers (READ_WORKERS, on by default outside tests) answers search, neighborhood and paths from
// worker threads on their own read-only connections. Over HTTP it must answer exactly as the single-threaded server
// does (citation ids aside: each server's seeding generates its own), refuse bad input the same way, redact the same way, and see every write committed before the read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_WORKER_OLD_SPACE_MB, ReadPool, WORKER_YOUNG_GENERATION_MB } from '../../server/src/app/read-pool.ts';
import { loadConfig } from '../../server/src/config.ts';
import { LOCAL_VIEWER } from '../../server/src/domain/visibility.ts';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { FIXTURE, removeTempDirs, startTestServer, type Data, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const POOL = { READ_WORKERS: '2' };
const READS = `{
  neighborhood(ids: ["org-puk"], depth: 2) { truncated nodes { id name redacted degree } edges { id from { id } to { id } } }
  search(query: "PUK", first: 20) { id name }
  paths(from: "person-baltabayeva", to: "person-at-risk-1", maxHops: 4) { nodes { id name } edges { id } }
}`;

// The explorer's selection of a path (client/src/api/queries.ts): its entities, and each hop's relationship with both
// ends and every citation with its source.
const ENTITY = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted';
const EXPLORER_PATHS = `{
  paths(from: "person-baltabayeva", to: "person-at-risk-1", maxHops: 4) {
    nodes { ${ENTITY} }
    edges { id type from { ${ENTITY} } to { ${ENTITY} } validFrom validTo confidence status note retractedReason
      citations { id locator quote stance source { id kind title url publisher author publishedAt language redacted } } }
  }
}`;

describe('read workers', () => {
  let pooled: TestServer;
  let plain: TestServer;
  let pooledPublic: TestServer;
  let plainPublic: TestServer;
  beforeAll(async () => {
    [pooled, plain, pooledPublic, plainPublic] = await Promise.all([
      startTestServer({ seedFile: FIXTURE, env: POOL }),
      startTestServer({ seedFile: FIXTURE }),
      startTestServer({ seedFile: FIXTURE, env: POOL, viewer: PUBLIC_VIEWER }),
      startTestServer({ seedFile: FIXTURE, viewer: PUBLIC_VIEWER }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([pooled?.close(), plain?.close(), pooledPublic?.close(), plainPublic?.close()]);
  });

  it('are on by default outside tests and off in them', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).readWorkers).toBe(0);
    expect(loadConfig({ NODE_ENV: 'production' }).readWorkers).toBeGreaterThan(0);
    expect(loadConfig({ NODE_ENV: 'production', READ_WORKERS: '0' }).readWorkers).toBe(0);
    expect(() => loadConfig({ READ_WORKERS: 'many' })).toThrow(/READ_WORKERS/);
  });

  it('answer from their own threads on the same file', async () => {
    const pool = await ReadPool.start(pooled.dbFile, 2);
    try {
      expect(pool.size).toBe(2);
      const found = (await pool.run('search', [LOCAL_VIEWER, 'PUK', null, 5])) as { id: string }[];
      expect(found.map((e) => e.id)).toContain('org-puk');
      await expect(pool.run('neighborhood', [LOCAL_VIEWER, { ids: ['org-puk'], depth: 0, limit: 10 }])).rejects.toMatchObject({ name: 'ValidationError' });
    } finally {
      await pool.close();
    }
    expect(pool.run('search', [LOCAL_VIEWER, 'PUK', null, 5])).toBeNull();
  });

  it('run with a small young generation and a capped old generation', async () => {
    const pool = await ReadPool.start(pooled.dbFile, 2);
    try {
      expect(pool.limits()).toEqual([0, 1].map(() => expect.objectContaining({ maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: READ_WORKER_OLD_SPACE_MB })));
    } finally {
      await pool.close();
    }
  });

  it('lose only the request that runs a worker out of memory, and replace that worker', async () => {
    // A small old generation and an argument larger than it (a million and a half objects): the worker that receives it runs
    // out of memory for real.
    const pool = await ReadPool.start(pooled.dbFile, 2, { resourceLimits: { maxOldGenerationSizeMb: 32 } });
    try {
      const huge = Array.from({ length: 1_500_000 }, (_, i) => ({ i }));
      const other = pool.run('search', [LOCAL_VIEWER, 'PUK', null, 5]);
      await expect(pool.run('search', [LOCAL_VIEWER, huge, null, 5])).rejects.toMatchObject({ name: 'StoreUnavailableError', message: expect.stringMatching(/read worker stopped/) });
      expect(((await other) as { id: string }[]).map((e) => e.id)).toContain('org-puk');
      await expect.poll(() => pool.replaced, { timeout: 10_000 }).toBe(1);
      expect(pool.size).toBe(2);
      const again = await Promise.all([0, 1, 2, 3].map(() => pool.run('search', [LOCAL_VIEWER, 'PUK', null, 5])));
      for (const found of again) expect((found as { id: string }[]).map((e) => e.id)).toContain('org-puk');
    } finally {
      await pool.close();
    }
  });

  it('answer the reads exactly as the single-threaded server does', async () => {
    const [fromPool, fromMain] = await Promise.all([pooled.query(READS), plain.query(READS)]);
    expect(fromPool.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(fromPool.search.length).toBeGreaterThan(0);
    expect(fromPool.paths.length).toBeGreaterThan(0);
    expect(fromPool).toEqual(fromMain);
  });

  it('answer paths with ends and sources as the single-threaded server does, for a viewer with rights and one without', async () => {
    // Citation ids differ between the two seedings; everything else, the sources the worker read included, must not.
    const withoutCitationIds = (answer: Data) => JSON.parse(JSON.stringify(answer).replace(/"id":"cit_[^"]*"/g, '"id":"cit"'));
    const [local, localMain, open, openMain] = (await Promise.all([pooled, plain, pooledPublic, plainPublic].map((server) => server.query(EXPLORER_PATHS)))) as [Data, Data, Data, Data];
    const hops = local.paths.flatMap((p: { edges: { citations: { source: { id: string } }[] }[] }) => p.edges);
    expect(hops.some((e: { to: { id: string } }) => e.to.id === 'person-at-risk-1')).toBe(true);
    expect(hops.flatMap((e: { citations: { source: { id: string } }[] }) => e.citations.map((c) => c.source.id))).toContain('src-elc-feminita-2024');
    expect(withoutCitationIds(local)).toEqual(withoutCitationIds(localMain));
    expect(withoutCitationIds(open)).toEqual(withoutCitationIds(openMain));
    // Without rights the restricted end is redacted wherever it appears: in the path's nodes and as a relationship's end.
    const atRisk = JSON.stringify(open);
    expect(atRisk).toContain(`"name":"${REDACTED_NAME}"`);
    expect(atRisk).not.toContain('"R."');
    expect(JSON.stringify(local)).toContain('"R."');
  });

  it('refuse bad input with the field named, as BAD_USER_INPUT', async () => {
    const response = await pooled.request('{ neighborhood(ids: ["org-puk"], depth: 9) { truncated } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    const paths = await pooled.request('{ paths(from: "person-at-risk-1", to: "org-puk", maxHops: 99) { nodes { id } } }');
    expect(paths.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
  });

  it('redact for a viewer without rights', async () => {
    const { neighborhood, search } = await pooledPublic.query(READS);
    expect(neighborhood.nodes.find((n: { id: string }) => n.id === 'person-at-risk-1')).toEqual({ id: 'person-at-risk-1', name: REDACTED_NAME, redacted: true, degree: expect.any(Number) });
    const canvas = (await pooledPublic.query('{ neighborhood(ids: ["org-puk"], depth: 2) { canvas } }')).neighborhood.canvas as { nodes: { id: string; name: string }[] };
    expect(canvas.nodes.find((n) => n.id === 'person-at-risk-1')?.name).toBe(REDACTED_NAME);
    expect(JSON.stringify(canvas)).not.toContain('"R."');
    expect(search.map((e: { id: string }) => e.id)).not.toContain('person-at-risk-1');
  });

  it('count the graph as the single-threaded server does, and see every write in the counts', async () => {
    const STATS = '{ stats { entities edges sources citations } }';
    const [fromPool, fromMain] = await Promise.all([pooled.query(STATS), plain.query(STATS)]);
    expect(fromPool.stats.entities).toBeGreaterThan(1);
    expect(fromPool).toEqual(fromMain);
    await pooled.query('mutation { createEntity(input: { kind: EVENT, name: "Counted picket" }) { id } }');
    expect((await pooled.query(STATS)).stats).toEqual({ ...fromPool.stats, entities: fromPool.stats.entities + 1 });
  });

  it('see a write as soon as it is committed', async () => {
    const { createEntity } = await pooled.query('mutation { createEntity(input: { kind: EVENT, name: "Zhezkazgan picket" }) { id } }');
    const { search } = await pooled.query('{ search(query: "Zhezkazgan") { id } }');
    expect(search.map((e: { id: string }) => e.id)).toEqual([createEntity.id]);

    const { addEdge } = await pooled.query(
      `mutation($input: EdgeInput!) { addEdge(input: $input) { id } }`,
      { input: { type: 'ORGANIZED', from: 'org-puk', to: createEntity.id, confidence: 'REPORTED', citations: [{ sourceId: 'src-elc-feminita-2024' }] } },
    );
    const { neighborhood } = await pooled.query('query($id: ID!) { neighborhood(ids: [$id]) { nodes { id } edges { id } } }', { id: createEntity.id });
    expect(neighborhood.edges.map((e: { id: string }) => e.id)).toEqual([addEdge.id]);
    expect(neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([createEntity.id, 'org-puk'].sort());
  });
});
