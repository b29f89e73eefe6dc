// `node --import tsx tests/bench/client/run-client.ts --size M [--seed 1]`: the client part of the benchmark alone, so
// canvas work can be measured in about a minute. The hub's neighborhoods are taken from the real store once (generate,
// import, `neighborhood` exactly as the full benchmark does) and cached in bench-results/; later runs reuse them.
// `--prepare-only` builds that cache without starting Chromium; `--shots <dir>` saves a screenshot of each canvas;
// `--scale 2` measures on a high-density screen.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EDGE_FILTER } from '../../../server/src/domain/schemas.ts';
import type { Subgraph } from '../../../server/src/domain/types.ts';
import { openSqliteStore } from '../../../server/src/stores/sqlite/index.ts';
import { measureClientRender } from '../client-render.ts';
import { BENCH_SIZES, generateGraph, type BenchSize } from '../generate-graph.ts';
import { importGraph } from '../import-graph.ts';
import { drawInputs } from '../workload.ts';
import { neighborhood } from '../../../server/src/domain/traversal.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { values: args } = parseArgs({ options: { size: { type: 'string', default: 'M' }, seed: { type: 'string', default: '1' }, 'prepare-only': { type: 'boolean', default: false }, shots: { type: 'string' }, scale: { type: 'string', default: '1' } } });
const size = (args.size ?? 'M').toUpperCase() as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
const seed = Number(args.seed);
const cacheFile = path.join(ROOT, 'bench-results', `client-subgraphs-${size}-seed${seed}.json`);

async function hubNeighborhoods(): Promise<Subgraph[]> {
  if (existsSync(cacheFile)) return JSON.parse(await readFile(cacheFile, 'utf8')) as Subgraph[];
  const graph = generateGraph({ ...BENCH_SIZES[size], seed });
  const bundle = { meta: graph.meta, sources: graph.sources, entities: graph.entities, edges: [...graph.edgeBatches(graph.edgeCount)].flat() };
  const { hub } = drawInputs(bundle, seed);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-client-bench-'));
  try {
    const store = await openSqliteStore(path.join(dir, 'bench.db'));
    await store.init();
    await importGraph(store, bundle, 0);
    const graphs: Subgraph[] = [];
    for (const limit of [1000, 5000]) graphs.push(await store.traverse(() => neighborhood({ ids: [hub], depth: 3, limit, filter: DEFAULT_EDGE_FILTER })));
    await store.close();
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify(graphs));
    return graphs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const graphs = await hubNeighborhoods();
if (args['prepare-only']) process.exit(0);
if (args.shots) await mkdir(args.shots, { recursive: true });
const result = await measureClientRender(graphs, args.shots, Number(args.scale));
for (const run of result.runs) {
  console.log(
    `${run.nodes} nodes, ${run.edges} edges (${run.drawnEdges} drawn): first render ${run.firstRenderMs.toFixed(0)} ms, layout ${run.layoutMs.toFixed(0)} ms ` +
      `(${run.layout}), longest task ${run.longestTaskMs.toFixed(0)} ms, ${run.longTasks} tasks > 50 ms`,
  );
}
if (result.expand) {
  const x = result.expand;
  console.log(`expand: ${x.added} nodes, ${x.addedEdges} edges onto ${x.canvasNodes} nodes (${x.drawnEdgesAfter} of ${x.edgesAfter} relationships drawn after): drawn ${x.drawnMs.toFixed(0)} ms after the data arrived, longest task ${x.longestTaskMs.toFixed(0)} ms`);
}
for (const a of result.analysis ?? []) {
  console.log(`analysis: ${a.nodes} nodes, ${a.edges} edges: ${a.totalMs.toFixed(0)} ms on the page (${a.workerMs.toFixed(0)} ms in the worker), longest task ${a.longestTaskMs.toFixed(0)} ms, ${a.longTasks} tasks > 50 ms`);
}
