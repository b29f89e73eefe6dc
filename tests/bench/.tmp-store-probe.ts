// Temporary probe (deleted before hand-off): store-only p95s on a kept M database.
import { existsSync } from 'node:fs';
import { type GraphBundle } from '../../server/src/domain/schemas.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { BENCH_SIZES, generateGraph, type BenchSize } from './generate-graph.ts';
import { percentile } from './measure.ts';
import { callStore, drawInputs, type OperationName } from './workload.ts';

const size = (process.env.SIZE ?? 'M') as BenchSize;
const dbPath = `/tmp/mb/${size}.db`;
const fresh = !existsSync(dbPath);
const graph = generateGraph({ ...BENCH_SIZES[size], seed: 1 });
const bundle: GraphBundle = { meta: graph.meta, sources: graph.sources, entities: graph.entities, edges: [...graph.edgeBatches(graph.edgeCount)].flat() };
const inputs = drawInputs(bundle, 1);
const store = await openSqliteStore(dbPath);
if (fresh) {
  const t = performance.now();
  await store.bulkLoad(bundle, 'bench');
  console.log(`loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const ops = (process.env.OPS ?? 'search,neighborhood1,neighborhood2,paths').split(',') as OperationName[];
const n = Number(process.env.N ?? 200);
for (const op of ops) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < n + 20; i++) {
    const t = performance.now();
    size += await callStore(store, op, inputs, i);
    if (i >= 20) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${op}: p50 ${percentile(times, 0.5).toFixed(2)} p95 ${percentile(times, 0.95).toFixed(2)} max ${times.at(-1)?.toFixed(1)} ms, mean size ${(size / (n + 20)).toFixed(1)}`);
}
await store.close();
