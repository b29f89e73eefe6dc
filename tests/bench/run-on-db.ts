// `npm run bench:db -- --db FILE [--label M] [--samples N] [--skip-ranking] [--skip-wait]`: the server-side figures
// that need a big graph but not its generation: whole-graph ranking (cold after a write, then cached, per metric) and
// the longest wait of a light request beside the heaviest accepted operations. It runs the real server on a copy of
// FILE (an SQLite database built earlier, e.g. by `npm run bench -- --size M --keep-db`), so FILE itself is never
// written. Prints the figures against their targets and writes bench-results/db-<label>-<timestamp>.json.
import { constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIGHT_WAIT_TARGET_MS, heavyCases, longestLightWait, measureLightWait, type LightWait } from './light-wait.ts';
import { measureRanking, type RankingTiming } from './ranking.ts';
import { startBenchServer } from './server-process.ts';
import type { ServerMemory } from './serve.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    label: { type: 'string', default: 'db' },
    samples: { type: 'string', default: '100' },
    'max-seconds': { type: 'string', default: '60' },
    'skip-ranking': { type: 'boolean', default: false },
    'skip-wait': { type: 'boolean', default: false },
  },
});
if (!args.db) {
  console.error('bench:db: --db FILE is needed (an SQLite database, copied before use)');
  process.exit(2);
}
const samples = Number(args.samples);
const maxSeconds = Number(args['max-seconds']);
const label = args.label ?? 'db';

const tempDir = await mkdtemp(path.join(os.tmpdir(), 'actornet-bench-db-'));
const dbPath = path.join(tempDir, 'bench.db');
// A copy-on-write clone where the file system has one, a plain copy elsewhere; a WAL beside the file comes along.
await copyFile(args.db, dbPath, constants.COPYFILE_FICLONE);
for (const suffix of ['-wal']) {
  if (await stat(`${args.db}${suffix}`).catch(() => null)) await copyFile(`${args.db}${suffix}`, `${dbPath}${suffix}`, constants.COPYFILE_FICLONE);
}

const server = await startBenchServer({ STORE: 'sqlite', SQLITE_PATH: dbPath });
async function gql(body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (!res.ok || json.errors?.length || !json.data) throw new Error(`HTTP ${res.status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return json.data;
}
let writes = 0;
const write = () => gql({ query: 'mutation W($input: EntityInput!) { createEntity(input: $input) { id } }', variables: { input: { kind: 'ORGANIZATION', name: `Bench write ${++writes}` } } });

let ranking: RankingTiming[] = [];
const lightWait: LightWait[] = [];
let stats: { entities: number; edges: number; sources: number } | undefined;
/** The server's peak RSS per phase (the sampled peak is reset after each), so the overall peak has a phase to it. */
const memory: { phase: string; peakRssMb: number; rssMb: number }[] = [];
async function phaseMemory(phase: string): Promise<void> {
  const m: ServerMemory = await server.memory(true);
  memory.push({ phase, peakRssMb: m.peakRssMb, rssMb: m.rssMb });
  console.log(`  memory after ${phase}: peak RSS ${m.peakRssMb.toFixed(0)} MB, now ${m.rssMb.toFixed(0)} MB`);
}
let maxRssMb: number;
try {
  stats = (await gql({ query: '{ stats { entities edges sources } }' })).stats as typeof stats;
  console.log(`bench:db: ${label}, ${JSON.stringify(stats)}`);
  await phaseMemory('start');
  if (!args['skip-ranking']) {
    console.log('bench:db: whole-graph ranking...');
    ranking = await measureRanking(gql, write, samples, maxSeconds, stats, (metric) => phaseMemory(`ranking ${metric}`));
  }
  if (!args['skip-wait']) {
    const top = (await gql({ query: '{ ranking(metric: DEGREE, first: 1) { entity { id } } }' })).ranking as { entity: { id: string } }[];
    const hub = top[0]?.entity.id;
    if (!hub) throw new Error('the graph has no entity');
    console.log(`bench:db: light requests beside the heaviest accepted operations (hub ${hub})...`);
    for (const heavy of heavyCases(gql, hub, write)) {
      lightWait.push(...(await measureLightWait(server.url, [heavy])));
      await phaseMemory(heavy.label);
    }
  }
} finally {
  maxRssMb = (await server.memory().catch(() => null))?.maxRssMb ?? 0;
  await server.close();
  await rm(tempDir, { recursive: true, force: true });
}

const lines: string[] = ['', `Targets (${label}):`];
for (const r of ranking) {
  const sampled = r.sources ? (r.sources.searched < r.sources.of ? `, sampled from ${r.sources.searched} of ${r.sources.of} entities` : ', exact') : '';
  lines.push(`  ranking ${r.metric.padEnd(12)} cold ${(r.coldMs / 1000).toFixed(2)} s (<= 10 s: ${r.coldMs <= 10_000 ? 'PASS' : 'MISS'})${sampled}; cached p95 ${r.cached.p95.toFixed(2)} ms (<= 20 ms: ${r.cached.p95 <= 20 ? 'PASS' : 'MISS'})`);
}
if (lightWait.length > 0) {
  const longest = longestLightWait(lightWait);
  lines.push(`  longest wait of a light request ${longest.toFixed(0)} ms (<= ${LIGHT_WAIT_TARGET_MS} ms: ${longest <= LIGHT_WAIT_TARGET_MS ? 'PASS' : 'MISS'})`);
}
if (memory.length > 0) {
  const top = memory.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
  lines.push(`  server peak memory ${maxRssMb.toFixed(0)} MB kernel high-water mark, sampled peak ${top.peakRssMb.toFixed(0)} MB in "${top.phase}" (<= 500 MB: ${maxRssMb <= 500 ? 'PASS' : 'MISS'})`);
}
console.log(lines.join('\n'));
const startedAt = new Date().toISOString();
const outDir = path.join(ROOT, 'bench-results');
await mkdir(outDir, { recursive: true });
const file = path.join(outDir, `db-${label}-${startedAt.replace(/[:.]/g, '-')}.json`);
await writeFile(file, `${JSON.stringify({ label, startedAt, machine: { cpus: os.cpus().length, node: process.version }, stats, ranking, lightWait, memory, maxRssMb, longestLightWaitMs: longestLightWait(lightWait) }, null, 2)}\n`);
console.log(`bench:db: wrote ${path.relative(ROOT, file)}`);
