// Whole-graph metrics computed on the server's metrics thread: the same scores and the same order as computed in
// place, a ranking through it the same as one without it, and errors that cross the thread as the same classes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_OLD_SPACE_MB, METRICS_YOUNG_GENERATION_MB, MetricsThread } from '../../server/src/app/metrics-thread.ts';
import { computeMetrics, inThreadMetrics, type MetricsJob } from '../../server/src/domain/analysis/metrics-engine.ts';
import { RankingService } from '../../server/src/domain/analysis/ranking.ts';
import { ValidationError } from '../../server/src/domain/errors.ts';
import { DEFAULT_PATH_BUDGET, pagerankScores, pathScores, tieGraphOfIndexes } from '../../server/src/domain/shared/centrality.ts';
import { LOCAL_VIEWER } from '../../server/src/domain/visibility.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { REAL_SEED, readSeed, removeTempDirs, tempDbFile } from './helpers.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';

afterAll(removeTempDirs);

/** A graph of 300 entities in three loosely tied clusters, with parallel relationships and loops. */
function clusteredGraph(): { ids: string[]; from: Int32Array; to: Int32Array } {
  const n = 300;
  const ids = Array.from({ length: n }, (_, i) => `e-${String(i).padStart(3, '0')}`);
  const from: number[] = [];
  const to: number[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 1200; i++) {
    const a = next() % n;
    const sameCluster = next() % 10 !== 0;
    const b = sameCluster ? Math.floor(a / 100) * 100 + (next() % 100) : next() % n;
    from.push(a);
    to.push(b);
  }
  return { ids, from: Int32Array.from(from), to: Int32Array.from(to) };
}

const job = (kind: MetricsJob['kind'], g = clusteredGraph(), pathBudget = DEFAULT_PATH_BUDGET): MetricsJob => ({ kind, nodeCount: g.ids.length, from: g.from, to: g.to, pathBudget });
const orderOf = (scores: Float64Array) => [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b);

describe('metrics thread', () => {
  const thread = new MetricsThread();
  afterAll(() => thread.close());

  it('computes the same scores and order as the id-keyed centrality functions', () => {
    const g = clusteredGraph();
    const ties = tieGraphOfIndexes(g.ids, g.from, g.to);
    const paths = pathScores(g.ids, ties);
    const result = computeMetrics(job('paths', g));
    expect(result.betweenness?.scores).toEqual(paths.betweenness);
    expect(result.closeness?.scores).toEqual(paths.closeness);
    expect([...result.betweenness!.order]).toEqual(orderOf(paths.betweenness));
    expect([...computeMetrics(job('pagerank', g)).pagerank!.order]).toEqual(orderOf(pagerankScores(g.ids, ties)));
  });

  it('gives in the worker exactly what it gives in place, for every kind, exact and sampled', async () => {
    for (const j of [job('degree'), job('pagerank'), job('paths'), job('paths', clusteredGraph(), 5_000)]) {
      const [there, here] = await Promise.all([thread.compute(j), inThreadMetrics.compute(j)]);
      expect(there, `${j.kind} ${j.pathBudget}`).toEqual(here);
    }
    // The sampled run really sampled, so both branches of the path metrics were compared.
    expect((await thread.compute(job('paths', clusteredGraph(), 5_000))).samples).toBeLessThan(300);
  });

  it('sends a refused job back as a ValidationError naming the field, and keeps working', async () => {
    const bad = { ...job('paths'), to: Int32Array.from([...clusteredGraph().to.subarray(0, 1199), 300]) };
    const error = await thread.compute(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: ['to'], message: 'holds 300, outside 0 to 299' }]);
    await expect(thread.compute({ ...job('degree'), pathBudget: 0, kind: 'paths' })).rejects.toMatchObject({ name: 'ValidationError', issues: [{ path: ['pathBudget'] }] });
    expect((await thread.compute(job('degree'))).degree?.order).toHaveLength(300);
  });

  it('stops its thread once idle and starts a new one for the next job, answering the same', async () => {
    const quick = new MetricsThread(50);
    try {
      const first = quick.compute(job('pagerank'));
      expect(quick.running).toBe(true);
      const before = await first;
      await expect.poll(() => quick.running, { timeout: 5_000 }).toBe(false);
      // Jobs that come together share one thread and all get their answers.
      const [again, degree] = await Promise.all([quick.compute(job('pagerank')), quick.compute(job('degree'))]);
      expect(again).toEqual(before);
      expect(degree.degree?.order).toHaveLength(300);
      await expect.poll(() => quick.running, { timeout: 5_000 }).toBe(false);
    } finally {
      await quick.close();
    }
  });

  it('runs its worker with the small young generation and the capped old generation', async () => {
    const capped = new MetricsThread(60_000);
    try {
      expect(capped.limits()).toBeNull();
      const running = capped.compute(job('degree'));
      expect(capped.limits()).toMatchObject({ maxYoungGenerationSizeMb: METRICS_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: METRICS_OLD_SPACE_MB });
      expect((await running).degree?.order).toHaveLength(300);
    } finally {
      await capped.close();
    }
  });

  it('can start ahead of its first job, and refuses jobs once closed', async () => {
    const closing = new MetricsThread();
    closing.warm();
    expect((await closing.compute(job('degree'))).degree?.order).toHaveLength(300);
    await closing.close();
    closing.warm();
    await expect(closing.compute(job('degree'))).rejects.toMatchObject({ name: 'StoreUnavailableError' });
  });
});

describe('ranking through the metrics thread', () => {
  let store: GraphStore;
  const thread = new MetricsThread();
  beforeAll(async () => {
    store = await openSqliteStore(await tempDbFile());
    await store.init();
    await store.bulkLoad(await readSeed(REAL_SEED), 'test');
  });
  afterAll(async () => {
    await thread.close();
    await store?.close();
  });

  it('ranks the seed in the same order with the same scores as in place, for every metric', async () => {
    const inWorker = new RankingService(store, DEFAULT_PATH_BUDGET, thread);
    const inPlace = new RankingService(store);
    for (const metric of ['degree', 'pagerank', 'betweenness', 'closeness']) {
      const args = { metric, first: 100 };
      const [a, b] = await Promise.all([inWorker.ranking(LOCAL_VIEWER, args), inPlace.ranking(LOCAL_VIEWER, args)]);
      expect(a.length, metric).toBeGreaterThan(10);
      expect(a.map((r) => [r.entity.id, r.score]), metric).toEqual(b.map((r) => [r.entity.id, r.score]));
    }
  });

  it('hands the thread the same ends in shared memory for every metric of a graph version, not a copy per job', async () => {
    const jobs: MetricsJob[] = [];
    const watching = new RankingService(store, DEFAULT_PATH_BUDGET, { compute: (job) => (jobs.push(job), thread.compute(job)) });
    for (const metric of ['degree', 'pagerank', 'betweenness']) expect((await watching.ranking(LOCAL_VIEWER, { metric, first: 5 })).length).toBe(5);
    expect(jobs.map((j) => j.kind)).toEqual(['degree', 'pagerank', 'paths']);
    for (const job of jobs) {
      expect(job.from.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(job.to.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(job.from).toBe(jobs[0]!.from);
    }
  });
});
