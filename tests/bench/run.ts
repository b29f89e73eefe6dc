// `npm run bench -- --size S|M|L [--samples N] [--store sqlite|neo4j] [--skip-client]`: generates a graph, times its
// bulk import, then times the explorer's requests at the GraphQL HTTP boundary and the same calls on the store.
// Prints a table, writes bench-results/<size>-<timestamp>.json and latest-<size>.json, and compares with the targets.
// It is a measurement: it exits 0 whether targets pass or miss, and 1 only when an operation errored.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/src/config.ts';
import { DEFAULT_EDGE_FILTER, type GraphBundleData as GraphBundle } from '../../server/src/domain/schemas.ts';
import type { Subgraph } from '../../server/src/domain/types.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { openSqlFloor } from './sql-floor.ts';
import { CHROMIUM, measureClientRender, type ClientRenderResult } from './client-render.ts';
import { BENCH_SIZES, generateGraph, type BenchSize } from './generate-graph.ts';
import type { ServerMemory } from './serve.ts';
import { importGraph, type ImportTiming } from './import-graph.ts';
import { formatMarkdown } from './markdown.ts';
import { measure, type LatencySummary } from './measure.ts';
import { measureRanking, type RankingTiming } from './ranking.ts';
import { heavyCases, measureLightWait, type LightWait } from './light-wait.ts';
import { formatTable, judge, type BenchResult, type MemoryPhase, type OperationResult } from './report.ts';
import { startBenchServer } from './server-process.ts';
import { OPERATIONS, OPERATION_LABELS, callStore, drawInputs, graphqlRequest, responseSize, seedAt, type OperationName } from './workload.ts';
import { neighborhood } from '../../server/src/domain/traversal.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    samples: { type: 'string', default: '1000' },
    store: { type: 'string', default: 'sqlite' },
    'skip-client': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '1,4,16' },
    'max-seconds': { type: 'string', default: '120' },
    'import-batch': { type: 'string', default: '0' },
    'keep-db': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const size = (args.size ?? 'S').toUpperCase() as BenchSize;
if (!(size in BENCH_SIZES)) fail(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
const samples = Number(args.samples);
const seed = Number(args.seed);
const maxSeconds = Number(args['max-seconds']);
const importBatch = Number(args['import-batch']);
const concurrencies = (args.concurrency ?? '').split(',').map(Number);
if (![samples, seed, maxSeconds, importBatch, ...concurrencies].every((n) => Number.isInteger(n) && n >= 0) || samples < 1) {
  fail('--samples, --seed, --max-seconds, --import-batch and --concurrency take whole numbers');
}
if (args.store !== 'sqlite' && args.store !== 'neo4j') fail('--store must be sqlite or neo4j');
const storeKind = args.store;

async function openNeo4j(): Promise<GraphStore | null> {
  if (!process.env.NEO4J_URI) return null;
  const config = loadConfig({ ...process.env, STORE: 'neo4j' });
  if (config.store.kind !== 'neo4j') return null;
  const { openNeo4jStore } = await import('../../server/src/stores/neo4j/index.ts');
  return openNeo4jStore(config.store);
}

async function openStore(sqlitePath: string): Promise<GraphStore> {
  // The store cells walk as the server's read workers do once settled: with the adjacency index current. The default
  // (background) mode builds it only on a turn of the event loop after a quiet moment, which a loop of store calls
  // never gives, so every walk there would be answered from SQL; 'before-read' builds it in the first walk instead
  // (a warm-up call, not a sample) and again only after a write.
  if (storeKind === 'sqlite') return openSqliteStore(sqlitePath, { topology: 'before-read' });
  return (await openNeo4j()) ?? fail('NEO4J_URI and NEO4J_PASSWORD are needed for --store neo4j');
}

let keepAliveRetries = 0;

function isStaleConnection(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET';
}

/**
 * One GraphQL request over keep-alive fetch; resolves to the data and the response body's length in bytes. A request
 * that meets a kept-alive connection the server has just closed is sent again once, as browsers do; retries are
 * counted and reported.
 */
async function gql(url: string, body: unknown, retried = false): Promise<{ data: Record<string, unknown>; bytes: number }> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    text = await res.text();
  } catch (error) {
    if (!retried && isStaleConnection(error)) {
      keepAliveRetries++;
      return gql(url, body, true);
    }
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${cause}`, { cause: error });
  }
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (!res.ok || json.errors?.length || !json.data) {
    throw new Error(`HTTP ${res.status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return { data: json.data, bytes: Buffer.byteLength(text) };
}

const MB = 1024 * 1024;
const warmup = Math.min(100, Math.max(10, Math.round(samples / 10)));
const startedAt = new Date();
console.log(`bench: size ${size}, ${samples} samples per operation and concurrency, store ${storeKind}`);

const tempDir = await mkdtemp(path.join(os.tmpdir(), 'actornet-bench-'));
const dbPath = path.join(tempDir, 'bench.db');
const store = await openStore(dbPath);
// On an SQLite run, the store calls are repeated on Neo4j wherever one is configured: the Neo4j column.
let neo4jSkipped: string | null = storeKind === 'neo4j' ? 'this run is on Neo4j (--store neo4j)' : null;
let neo4jStore: GraphStore | null = null;
if (!neo4jSkipped) {
  neo4jStore = await openNeo4j().catch((error: unknown) => {
    neo4jSkipped = `Neo4j could not be opened: ${error instanceof Error ? error.message : String(error)}`;
    return null;
  });
  if (!neo4jStore && !neo4jSkipped) neo4jSkipped = 'NEO4J_URI is not set';
}
if (neo4jSkipped) console.log(`bench: Neo4j column skipped: ${neo4jSkipped}`);

/** Generates and imports the graph; the bundle lives only in here, so it is released before the measurements. */
async function generateAndImport() {
  const t0 = performance.now();
  const graph = generateGraph({ ...BENCH_SIZES[size], seed });
  const bundle: GraphBundle = { meta: graph.meta, sources: graph.sources, entities: graph.entities, edges: [...graph.edgeBatches(graph.edgeCount)].flat() };
  const generationSeconds = (performance.now() - t0) / 1000;
  console.log(`bench: generated in ${generationSeconds.toFixed(1)} s`);
  const inputs = drawInputs(bundle, seed);
  await store.init();
  if (!(await store.isEmpty())) fail('the store already holds data; the benchmark needs an empty database');
  console.log('bench: importing...');
  const importTiming = await importGraph(store, bundle, importBatch);
  console.log(`bench: imported ${bundle.edges.length} relationships in ${importTiming.seconds.toFixed(2)} s`);
  let neo4jImport: ImportTiming | null = null;
  if (neo4jStore) {
    await neo4jStore.init();
    if (await neo4jStore.isEmpty()) {
      console.log('bench: importing into Neo4j...');
      neo4jImport = await importGraph(neo4jStore, bundle, importBatch);
      console.log(`bench: imported into Neo4j in ${neo4jImport.seconds.toFixed(2)} s`);
    } else {
      neo4jSkipped = 'the Neo4j database already holds data; the benchmark needs an empty one';
      console.log(`bench: Neo4j column skipped: ${neo4jSkipped}`);
      await neo4jStore.close();
      neo4jStore = null;
    }
  }
  return { inputs, importTiming, generationSeconds, neo4jImport };
}
const { inputs, importTiming, generationSeconds, neo4jImport } = await generateAndImport();
const stats = await store.stats();

const operations = Object.fromEntries(
  OPERATIONS.map((op) => [
    op,
    { http: {}, direct: null, floor: null, neo4j: null, overheadRatio: null, storeFloorRatio: null, httpFloorRatio: null, meanResultSize: null, meanResponseKb: null } satisfies OperationResult,
  ]),
) as Record<OperationName, OperationResult>;
// Each phase writes different addEdge pairs.
let phaseOffset = 0;
const nextOffset = () => (phaseOffset += samples + warmup);

console.log('bench: direct store calls...');
for (const op of OPERATIONS) {
  let sizeSum = 0;
  let counted = 0;
  const offset = nextOffset();
  operations[op].direct = await measure(
    async (i) => {
      sizeSum += await callStore(store, op, inputs, offset + i);
      counted++;
    },
    { samples, warmup, concurrency: 1, maxSeconds },
  );
  operations[op].meanResultSize = counted ? sizeSum / counted : null;
  const d = operations[op].direct;
  if (d) process.stdout.write(`  ${op} store: p95 ${d.p95.toFixed(2)} ms, ${d.samples} samples\n`);
}

if (neo4jStore) {
  console.log('bench: the same store calls on Neo4j...');
  try {
    for (const op of OPERATIONS) {
      const offset = nextOffset();
      operations[op].neo4j = await measure(async (i) => void (await callStore(neo4jStore as GraphStore, op, inputs, offset + i)), { samples, warmup, concurrency: 1, maxSeconds });
      process.stdout.write(`  ${op} Neo4j store: p95 ${operations[op].neo4j?.p95.toFixed(2)} ms\n`);
    }
  } finally {
    await neo4jStore.close();
  }
}

// The raw-SQL floor of the canvas reads, on the same file the store and the server read.
if (storeKind === 'sqlite') {
  console.log('bench: raw-SQL floor...');
  const floor = openSqlFloor(dbPath);
  try {
    for (const [op, depth, limit] of [['neighborhood1', 1, 200], ['neighborhood2', 2, 500]] as const) {
      const offset = nextOffset();
      operations[op].floor = await measure(async (i) => void floor.neighborhood(seedAt(inputs, offset + i), depth, limit), { samples, warmup, concurrency: 1, maxSeconds });
      process.stdout.write(`  ${op} raw SQL: p95 ${operations[op].floor?.p95.toFixed(2)} ms\n`);
    }
  } finally {
    floor.close();
  }
}

// Real subgraphs for the client: the neighborhood of the biggest hub, as far as it reaches, at two sizes.
const clientGraphs: Subgraph[] = [];
if (!args['skip-client'] && existsSync(CHROMIUM)) {
  for (const limit of [1000, 5000]) {
    clientGraphs.push(await store.traverse(() => neighborhood({ ids: [inputs.hub], depth: 3, limit, filter: DEFAULT_EDGE_FILTER })));
  }
}
await store.close();

// The server starts once the benchmark's own store has closed the file: a running store holds the file's lock, so two
// processes never write one SQLite file. Its memory peak is reset before the HTTP phase.
const server = await startBenchServer(storeKind === 'sqlite' ? { STORE: 'sqlite', SQLITE_PATH: dbPath } : { STORE: 'neo4j' });

console.log(
  server.settledMs === null
    ? 'bench: the server had not settled within the limit; measuring anyway'
    : `bench: server settled ${(server.settledMs / 1000).toFixed(1)} s after it listened (read workers' indexes built)`,
);
console.log('bench: HTTP at the GraphQL boundary...');
/** The server's sampled peak RSS per phase (reset after each), so the overall peak has a phase to it. */
const serverMemoryPhases: MemoryPhase[] = [];
async function phaseMemory(phase: string): Promise<void> {
  const m = await server.memory(true);
  serverMemoryPhases.push({ phase, peakRssMb: m.peakRssMb, rssMb: m.rssMb });
}
await phaseMemory('settled');
let serverMemory: ServerMemory | null;
const ranking: RankingTiming[] = [];
const lightWait: LightWait[] = [];
try {
  for (const op of OPERATIONS) {
    for (const concurrency of concurrencies) {
      const offset = nextOffset();
      let bytes = 0;
      let responses = 0;
      const summary: LatencySummary = await measure(
        async (i) => {
          const response = await gql(server.url, graphqlRequest(op, inputs, offset + i));
          responseSize(op, response.data);
          bytes += response.bytes;
          responses++;
        },
        { samples, warmup, concurrency, maxSeconds },
      );
      operations[op].http[String(concurrency)] = summary;
      if (concurrency === concurrencies[0] && responses > 0) operations[op].meanResponseKb = bytes / responses / 1024;
      process.stdout.write(`  ${op} c=${concurrency}: p95 ${summary.p95.toFixed(2)} ms, ${summary.rps.toFixed(0)} req/s\n`);
    }
    const h = operations[op].http['1'];
    const d = operations[op].direct;
    const f = operations[op].floor;
    operations[op].overheadRatio = h && d && d.p50 > 0 ? h.p50 / d.p50 : null;
    operations[op].storeFloorRatio = d && f && f.p50 > 0 ? d.p50 / f.p50 : null;
    operations[op].httpFloorRatio = h && f && f.p50 > 0 ? h.p50 / f.p50 : null;
    await phaseMemory(OPERATION_LABELS[op]);
  }
  console.log('bench: whole-graph ranking...');
  ranking.push(
    ...(await measureRanking(
      async (body) => (await gql(server.url, body)).data,
      () => gql(server.url, graphqlRequest('addEdge', inputs, nextOffset())),
      Math.min(samples, 200),
      maxSeconds,
      stats,
    )),
  );
  await phaseMemory('whole-graph ranking');
  console.log('bench: light requests beside the heaviest accepted operations...');
  lightWait.push(
    ...(await measureLightWait(
      server.url,
      heavyCases((body) => gql(server.url, body), inputs.hub, () => gql(server.url, graphqlRequest('addEdge', inputs, nextOffset()))),
    )),
  );
  await phaseMemory('heavy operations');
} finally {
  serverMemory = await server.memory().catch(() => null);
  await server.close();
}

let client: ClientRenderResult | null = null;
if (clientGraphs.length > 0) {
  console.log('bench: client rendering in Chromium...');
  client = await measureClientRender(clientGraphs);
}

const errors = Object.values(operations).reduce(
  (sum, r) => sum + (r.direct?.errors ?? 0) + Object.values(r.http).reduce((s, x) => s + x.errors, 0),
  0,
);
const partial: Omit<BenchResult, 'targets'> = {
  size,
  seed,
  store: storeKind,
  startedAt: startedAt.toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  options: { samples, concurrency: concurrencies, maxSeconds, importBatch },
  graph: { entities: stats.entities, sources: stats.sources, edges: stats.edges, citations: stats.citations, generationSeconds },
  import: importTiming,
  neo4jImport,
  neo4jSkipped,
  workload: { cyrillicSearchShare: inputs.cyrillicSearchShare },
  operations,
  serverMemory,
  serverMemoryPhases,
  serverSettledMs: server.settledMs,
  ranking,
  lightWait,
  benchProcessMaxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  client,
  errors,
  keepAliveRetries,
};
const result: BenchResult = { ...partial, targets: judge(partial) };

console.log(`\n${formatTable(result)}`);
const outDir = path.join(ROOT, 'bench-results');
await mkdir(outDir, { recursive: true });
const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
const json = `${JSON.stringify(result, null, 2)}\n`;
await writeFile(path.join(outDir, `${size}-${stamp}.json`), json);
await writeFile(path.join(outDir, `latest-${size}.json`), json);
await writeFile(path.join(outDir, `latest-${size}.md`), `${formatMarkdown(result)}\n`);
console.log(`\nbench: wrote bench-results/${size}-${stamp}.json and bench-results/latest-${size}.json`);

if (args['keep-db']) console.log(`bench: database kept at ${dbPath}`);
else await rm(tempDir, { recursive: true, force: true });
for (const [op, r] of Object.entries(operations)) {
  const first = r.direct?.firstError ?? Object.values(r.http).find((s) => s.firstError)?.firstError;
  if (first) console.error(`bench: ${op} errored: ${first}`);
}
process.exit(errors > 0 ? 1 : 0);
