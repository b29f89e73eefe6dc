// `npm run bench:import-phases [-- --size M]`: the import phase of `npm run bench` alone, split into where its time
// goes: validation of the whole bundle against the domain schemas, then each phase the SQLite bulk load reports on its
// diagnostics channel (entities, relationships, citations, audit events, index builds, degrees, search index).
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseGraphBundle } from '../../server/src/domain/bundle-parse.ts';
import type { GraphBundleData } from '../../server/src/domain/schemas.ts';
import { BULK_LOAD_PHASES, type BulkLoadPhase } from '../../server/src/stores/sqlite/bulk-load.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { BENCH_SIZES, generateGraph, type BenchSize } from './generate-graph.ts';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: 'M' }, seed: { type: 'string', default: '1' } } });
const size = args.size.toUpperCase() as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);

const graph = generateGraph({ ...BENCH_SIZES[size], seed: Number(args.seed) });
const bundle: GraphBundleData = { meta: graph.meta, sources: graph.sources, entities: graph.entities, edges: [...graph.edgeBatches(graph.edgeCount)].flat() };

const dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-import-phases-'));
/** Each phase's wall time and the CPU time of the process (all threads) in it, which contention inflates less. */
const split: [string, number, number][] = [];
let last = 0;
let lastCpu = 0;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const phaseEnded = (phase: string) => {
  const now = performance.now();
  const cpu = cpuMs();
  split.push([phase, now - last, cpu - lastCpu]);
  last = now;
  lastCpu = cpu;
};
const onPhase = (message: unknown) => phaseEnded((message as BulkLoadPhase).done);
subscribe(BULK_LOAD_PHASES, onPhase);
try {
  const store = await openSqliteStore(path.join(dir, 'import.db'));
  const t0 = performance.now();
  const cpu0 = cpuMs();
  last = t0;
  lastCpu = cpu0;
  const parsed = parseGraphBundle(bundle, ['bundle']);
  phaseEnded('validation');
  const loaded = await store.bulkLoad(parsed, 'bench');
  const total = performance.now() - t0;
  const totalCpu = cpuMs() - cpu0;
  await store.close();
  console.info(`size ${size}: ${loaded.entities} entities, ${loaded.edges} relationships, ${loaded.citations} citations, ${loaded.sources} sources`);
  const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
  console.info(`${'phase'.padEnd(16)} ${'wall s'.padStart(7)} ${'share'.padStart(6)} ${'cpu s'.padStart(7)}`);
  for (const [phase, ms, cpu] of split) console.info(`${phase.padEnd(16)} ${seconds(ms)} ${`${((100 * ms) / total).toFixed(0)} %`.padStart(6)} ${seconds(cpu)}`);
  console.info(`${'total'.padEnd(16)} ${seconds(total)} ${''.padStart(6)} ${seconds(totalCpu)}   (load average ${(os.loadavg()[0] ?? 0).toFixed(2)})`);
} finally {
  unsubscribe(BULK_LOAD_PHASES, onPhase);
  await rm(dir, { recursive: true, force: true });
}
