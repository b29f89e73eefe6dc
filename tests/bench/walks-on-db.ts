// `node --import tsx tests/bench/walks-on-db.ts --db FILE [--samples 300]`: the store's walks (1-hop limit 200, 2-hop
// limit 500, paths up to 6 hops) on an existing SQLite database opened read-only, answered once from SQL and once from
// the in-memory adjacency index, sample by sample on the same seeds (half uniform, half by degree, as the benchmark
// draws them). Prints p50/p95 of each, the index's build time, bytes and the resident memory it added, and checks
// that both answers are identical for every sample.
import { parseArgs } from 'node:util';
import { DEFAULT_EDGE_FILTER } from '../../server/src/domain/schemas.ts';
import { neighborhood, paths } from '../../server/src/domain/traversal.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import type { SqliteGraphStore } from '../../server/src/stores/sqlite/sqlite-store.ts';
import { indexBytes } from '../../server/src/stores/sqlite/topology-index.ts';
import { Random } from './random.ts';

const { values: args } = parseArgs({ options: { db: { type: 'string' }, samples: { type: 'string', default: '300' } } });
if (!args.db) throw new Error('--db FILE is needed');
const samples = Number(args.samples);

const sql = (await openSqliteStore(args.db, { readonly: true, topology: 'off' })) as SqliteGraphStore;
const indexed = (await openSqliteStore(args.db, { readonly: true, topology: 'before-read' })) as SqliteGraphStore;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
if (!indexed.topology.buildNow()) throw new Error('the index could not be built on this file');
const buildMs = performance.now() - started;
gc?.();
const rssAfter = process.memoryUsage().rss;
const index = indexed.topology.held();
if (!index) throw new Error('the index was dropped');
console.log(`index: built in ${buildMs.toFixed(0)} ms, ${(indexBytes(index) / 2 ** 20).toFixed(1)} MiB by count, RSS +${((rssAfter - rssBefore) / 2 ** 20).toFixed(1)} MiB`);

// Seeds drawn from the index itself: a uniform entity, or an end of a uniform relationship (so in proportion to degree).
const random = new Random(1_2026);
const m = index.edgeFrom.length;
const n = index.ids.length;
const isolated: string[] = index.ids.filter((_: string, u: number) => index.outStart[u] === index.outStart[u + 1] && index.inStart[u] === index.inStart[u + 1]).slice(0, 1000);
const seeds: string[] = [];
while (seeds.length < samples) {
  const e = random.between(0, m - 1);
  const u = random.chance(0.5) ? (random.chance(0.5) ? index.edgeFrom[e] : index.edgeTo[e]) : random.between(0, n - 1);
  seeds.push(index.ids[u as number] as string);
}
const pairs = seeds.map((from, i) => ({
  from,
  to: isolated.length > 0 && random.chance(0.1) ? random.pick(isolated) : (seeds[(i * 7 + 3) % seeds.length] as string),
  maxHops: random.between(2, 6),
}));

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const cases = [
  ['1-hop (limit 200)', (i: number) => () => neighborhood({ ids: [seeds[i] as string], depth: 1, limit: 200, filter: DEFAULT_EDGE_FILTER })],
  ['2-hop (limit 500)', (i: number) => () => neighborhood({ ids: [seeds[i] as string], depth: 2, limit: 500, filter: DEFAULT_EDGE_FILTER })],
  ['paths (up to 6 hops)', (i: number) => () => paths({ ...(pairs[i] as (typeof pairs)[number]), first: 3, filter: DEFAULT_EDGE_FILTER })],
] as const;
for (const [name, walkOf] of cases) {
  const times = { sql: [] as number[], index: [] as number[] };
  let differ = 0;
  for (let i = 0; i < samples; i++) {
    const walk = walkOf(i) as () => Generator<never, unknown, unknown>;
    // Alternating which goes first, so a warm-up or a busy moment favours neither.
    const order = i % 2 === 0 ? (['sql', 'index'] as const) : (['index', 'sql'] as const);
    const answers: Record<string, string> = {};
    for (const which of order) {
      const store = which === 'sql' ? sql : indexed;
      const t0 = performance.now();
      const answer = await store.traverse(walk);
      times[which].push(performance.now() - t0);
      answers[which] = JSON.stringify(answer);
    }
    if (answers.sql !== answers.index) differ++;
  }
  const line = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms`;
  console.log(`${name}: SQL ${line(times.sql)} | index ${line(times.index)} | answers differing: ${differ} of ${samples}`);
}
await indexed.close();
await sql.close();
