// Query.ranking over HTTP on the seed: who matters most by each metric, redaction of people at risk, bad arguments,
// and a cached ranking that follows writes. Expectations are computed from the seed file, not written down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { REAL_SEED, readSeed, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const RANKING = `query Ranking($metric: Metric!, $kinds: [EntityKind!], $first: Int) {
  ranking(metric: $metric, kinds: $kinds, first: $first) { score entity { id kind name redacted degree } }
}`;

interface Row {
  score: number;
  entity: { id: string; kind: string; name: string; redacted: boolean; degree: number };
}

describe('ranking', () => {
  let server: TestServer;
  let publicServer: TestServer;
  let degrees: Map<string, number>;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: REAL_SEED });
    publicServer = await startTestServer({ seedFile: REAL_SEED, viewer: PUBLIC_VIEWER });
    const seed = await readSeed(REAL_SEED);
    degrees = new Map(seed.entities.map((e) => [e.id, 0]));
    for (const e of seed.edges) {
      if ((e as { status?: string }).status === 'retracted') continue;
      degrees.set(e.from, degrees.get(e.from)! + 1);
      if (e.to !== e.from) degrees.set(e.to, degrees.get(e.to)! + 1);
    }
  });
  afterAll(async () => {
    await server?.close();
    await publicServer?.close();
  });

  const rank = async (s: TestServer, metric: string, first = 20, kinds?: string[]) =>
    (await s.query<{ ranking: Row[] }>(RANKING, { metric, first, kinds })).ranking;

  it('puts the PUK first by degree and by PageRank', async () => {
    for (const metric of ['DEGREE', 'PAGERANK']) {
      const top = await rank(server, metric, 5);
      expect(top[0]?.entity.id, metric).toBe('org-puk');
    }
  });

  it('scores degree as the count of relationships, highest first, as many as asked for', async () => {
    const top = await rank(server, 'DEGREE', 10);
    expect(top).toHaveLength(10);
    for (const row of top) expect(row.score).toBe(degrees.get(row.entity.id));
    for (const row of top) expect(row.score).toBe(row.entity.degree);
    const best = Math.max(...degrees.values());
    expect(top[0]!.score).toBe(best);
    expect(top.map((r) => r.score)).toEqual([...top.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('gives betweenness and closeness scores between 0 and 1, highest first', async () => {
    for (const metric of ['BETWEENNESS', 'CLOSENESS']) {
      const top = await rank(server, metric, 100);
      expect(top.length).toBe(degrees.size);
      for (const row of top) expect(row.score).toBeGreaterThanOrEqual(0);
      for (const row of top) expect(row.score).toBeLessThanOrEqual(1);
      expect(top[0]!.score).toBeGreaterThan(0);
      expect(top.map((r) => r.score)).toEqual([...top.map((r) => r.score)].sort((a, b) => b - a));
    }
  });

  it('ranks only the kinds asked for', async () => {
    const people = await rank(server, 'PAGERANK', 100, ['PERSON']);
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((r) => r.entity.kind))).toEqual(new Set(['PERSON']));
  });

  it('shows a restricted entity redacted to a viewer without rights, its name never in the answer', async () => {
    const local = await rank(server, 'DEGREE', 100);
    expect(local.find((r) => r.entity.id === 'person-at-risk-1')?.entity.name).toBe('R.');
    const response = await publicServer.request(RANKING, { metric: 'DEGREE', first: 100 });
    const rows = (response.data as { ranking: Row[] }).ranking;
    const r = rows.find((row) => row.entity.id === 'person-at-risk-1');
    expect(r?.entity).toMatchObject({ name: REDACTED_NAME, redacted: true });
    expect(JSON.stringify(response)).not.toContain('"R."');
  });

  it('refuses first outside 1 to 100 and an unknown metric or kind with BAD_USER_INPUT naming the argument', async () => {
    for (const first of [0, 101, -5]) {
      const response = await server.request(RANKING, { metric: 'DEGREE', first });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const metric = await server.request(RANKING, { metric: 'FAME' });
    expect(metric.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(metric.errors?.[0]?.message).toContain('$metric');
    const kind = await server.request(RANKING, { metric: 'DEGREE', kinds: ['ROBOT'] });
    expect(kind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(kind.errors?.[0]?.message).toContain('$kinds');
    // Written into the document instead of passed as a variable, GraphQL's validation refuses it before it runs.
    const literal = await server.request('{ ranking(metric: FAME) { score } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toContain('"FAME"');
  });

  it('follows writes: new relationships move the cached ranking', async () => {
    const before = await rank(server, 'DEGREE', 100);
    const last = before.at(-1)!;
    const { createSource } = await server.query('mutation { createSource(input: { kind: "report", title: "Ranking check" }) { id } }');
    const { createEntity } = await server.query('mutation { createEntity(input: { kind: ORGANIZATION, name: "Ranking check" }) { id } }');
    for (let i = 0; i < 40; i++) {
      await server.query(
        `mutation($from: ID!, $to: ID!, $source: ID!) { addEdge(input: { type: "SUPPORTED", from: $from, to: $to, confidence: REPORTED,
          citations: [{ sourceId: $source }] }) { id } }`,
        { from: last.entity.id, to: createEntity.id, source: createSource.id },
      );
    }
    const after = await rank(server, 'DEGREE', 100);
    expect(after.find((r) => r.entity.id === last.entity.id)?.score).toBe(last.score + 40);
    expect(after.find((r) => r.entity.id === createEntity.id)?.score).toBe(40);
    expect(after[0]!.score).toBe(Math.max(before[0]!.score, last.score + 40));
  });
});
