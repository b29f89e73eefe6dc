// `npm run bench:sync [-- --samples N]`: what SQLITE_SYNC=full costs on a write. Times addEdge through the store port
// on a fresh file with synchronous=NORMAL (the default: an acknowledged write survives a process crash) and with
// synchronous=FULL (it also survives a power loss), and prints p50/p95 for each. A measurement: it exits 0 either way.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { edgeInputSchema, entityInputSchema, sourceInputSchema } from '../../server/src/domain/schemas.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { measure, type LatencySummary } from './measure.ts';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '500' } } });
const samples = Number(values.samples);

async function addEdgeLatency(synchronous: 'normal' | 'full'): Promise<LatencySummary> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-sync-'));
  const store = await openSqliteStore(path.join(dir, 'bench.db'), { synchronous });
  try {
    const source = await store.createSource(sourceInputSchema.parse({ kind: 'report', title: 'Bench report' }), 'bench');
    const a = await store.createEntity(entityInputSchema.parse({ kind: 'organization', name: 'A' }), 'bench');
    const b = await store.createEntity(entityInputSchema.parse({ kind: 'organization', name: 'B' }), 'bench');
    const edge = (i: number) =>
      edgeInputSchema.parse({ type: 'ALLIED_WITH', from: a.id, to: b.id, confidence: 'reported', citations: [{ sourceId: source.id, locator: `p. ${i}` }] });
    return await measure(async (i) => void (await store.addEdge(edge(i), 'bench')), { samples, warmup: 20, concurrency: 1, maxSeconds: 120 });
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: [string, LatencySummary][] = [
  ['normal', await addEdgeLatency('normal')],
  ['full', await addEdgeLatency('full')],
];
console.log(`addEdge on the embedded store, ${samples} samples each, concurrency 1 (${os.tmpdir()} filesystem)`);
console.log('SQLITE_SYNC   p50 ms   p95 ms   writes/s');
for (const [mode, s] of rows) console.log(`${mode.padEnd(12)} ${s.p50.toFixed(2).padStart(7)} ${s.p95.toFixed(2).padStart(8)} ${s.rps.toFixed(0).padStart(10)}`);
