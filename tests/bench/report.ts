// The benchmark's result document, its table on the console, and the verdict against the design's targets.
import type { ImportTiming } from './import-graph.ts';
import type { LatencySummary } from './measure.ts';
import type { ServerMemory } from './serve.ts';
import { OPERATIONS, OPERATION_LABELS, type OperationName } from './workload.ts';
import type { ClientRenderResult } from './client-render.ts';
import type { RankingTiming } from './ranking.ts';
import { LIGHT_WAIT_TARGET_MS, longestLightWait, type LightWait } from './light-wait.ts';

export interface MemoryPhase {
  phase: string;
  /** Highest RSS sampled every 50 ms during the phase, in MB. */
  peakRssMb: number;
  /** RSS at the phase's end, in MB. */
  rssMb: number;
}

/** "settled 290 MB, search (prefix, first 20) 301 MB, ...": each phase's sampled peak. */
export function memoryByPhase(phases: MemoryPhase[]): string {
  return phases.map((p) => `${p.phase} ${fmt(p.peakRssMb, 0)} MB`).join(', ');
}

export interface OperationResult {
  /** Keyed by concurrency ("1", "4", "16"). */
  http: Record<string, LatencySummary>;
  direct: LatencySummary | null;
  /** The same read as plain SQL on the same file (canvas reads on SQLite only): the physical floor. */
  floor: LatencySummary | null;
  /** The same store calls on Neo4j, when NEO4J_URI is set; null when that column was skipped. */
  neo4j: LatencySummary | null;
  /** HTTP p50 / direct p50 at concurrency 1: what GraphQL, HTTP and JSON add on top of the store. */
  overheadRatio: number | null;
  /** Store p50 / floor p50 and HTTP p50 / floor p50 at concurrency 1. */
  storeFloorRatio: number | null;
  httpFloorRatio: number | null;
  /** Mean result size over the direct calls: hits, nodes or paths. */
  meanResultSize: number | null;
  /** Mean GraphQL response body size at the first concurrency level. */
  meanResponseKb: number | null;
}

export interface TargetVerdict {
  name: string;
  target: string;
  measured: number;
  limit: number;
  unit: 'ms' | 's' | 'x' | 'MB';
  pass: boolean;
  /** Targets judged on another size are shown but not applied. */
  applies: boolean;
}

export interface BenchResult {
  size: string;
  seed: number;
  store: string;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  options: { samples: number; concurrency: number[]; maxSeconds: number; importBatch: number };
  graph: { entities: number; sources: number; edges: number; citations: number; generationSeconds: number };
  import: ImportTiming;
  /** The same import into Neo4j, when the Neo4j column ran. */
  neo4jImport: ImportTiming | null;
  workload: { cyrillicSearchShare: number };
  operations: Record<OperationName, OperationResult>;
  serverMemory: ServerMemory | null;
  /** The server's sampled peak RSS in each phase, in order; absent in older results. */
  serverMemoryPhases?: MemoryPhase[];
  /** How long the server took after it listened to settle (its read workers' indexes built); absent in older results. */
  serverSettledMs?: number | null;
  /** Query.ranking per metric: cold after a write, then cached. */
  ranking: RankingTiming[];
  /** The longest wait of a light request while each of the heaviest accepted operations ran. */
  lightWait: LightWait[];
  benchProcessMaxRssMb: number;
  client: ClientRenderResult | null;
  /** Why the Neo4j column is empty, when it is. */
  neo4jSkipped: string | null;
  targets: TargetVerdict[];
  errors: number;
  /** Requests sent again after meeting a kept-alive connection the server had just closed. */
  keepAliveRetries: number;
}

/** The design's targets; latencies are judged on p95 at concurrency 1 unless said, the import on size M. */
export function judge(result: Omit<BenchResult, 'targets'>): TargetVerdict[] {
  const p95 = (op: OperationName, concurrency = '1') => result.operations[op].http[concurrency]?.p95 ?? Number.NaN;
  const verdict = (name: string, target: string, measured: number, limit: number, unit: 'ms' | 's' | 'x' | 'MB', applies = true): TargetVerdict => ({
    name,
    target,
    measured,
    limit,
    unit,
    pass: measured <= limit,
    applies,
  });
  const latency = (name: string, op: OperationName, limit: number) => verdict(name, `p95 <= ${limit} ms`, p95(op), limit, 'ms');
  const ratio = (op: OperationName) => result.operations[op].overheadRatio ?? Number.NaN;
  const verdicts = [
    latency('search', 'search', 10),
    latency('1-hop neighborhood', 'neighborhood1', 10),
    latency('2-hop neighborhood', 'neighborhood2', 25),
    verdict('2-hop neighborhood at concurrency 16', 'p95 <= 150 ms', p95('neighborhood2', '16'), 150, 'ms', '16' in result.operations.neighborhood2.http),
    latency('paths', 'paths', 10),
    verdict('HTTP/store p50, 1-hop', '<= 2', ratio('neighborhood1'), 2, 'x'),
    verdict('HTTP/store p50, 2-hop', '<= 2', ratio('neighborhood2'), 2, 'x'),
    verdict('bulk import of 1M relationships', '<= 12 s (judged on M)', result.import.seconds, 12, 's', result.size === 'M'),
    verdict('server peak memory', '<= 500 MB', result.serverMemory?.maxRssMb ?? Number.NaN, 500, 'MB', result.serverMemory !== null),
  ];
  for (const r of result.ranking) {
    verdicts.push(
      { name: `ranking ${r.metric}, cold`, target: '<= 10 s (judged on M)', measured: r.coldMs / 1000, limit: 10, unit: 's', pass: r.coldMs <= 10_000, applies: result.size === 'M' },
      { name: `ranking ${r.metric}, cached`, target: 'p95 <= 20 ms', measured: r.cached.p95, limit: 20, unit: 'ms', pass: r.cached.p95 <= 20, applies: true },
    );
  }
  if (result.lightWait.length > 0) {
    verdicts.push(verdict('longest wait of a light request', `<= ${LIGHT_WAIT_TARGET_MS} ms`, longestLightWait(result.lightWait), LIGHT_WAIT_TARGET_MS, 'ms'));
  }
  if (result.client) {
    const big = result.client.runs.find((r) => r.nodes >= 5000);
    if (big) {
      verdicts.push(
        // Laid out means on the screen: data in to the painted frame with every entity where the layout put it.
        verdict('client: 5,000 nodes laid out and drawn', '<= 3 s', big.firstRenderMs / 1000, 3, 's'),
        verdict('client: longest main-thread task', '<= 50 ms', big.longestTaskMs, 50, 'ms'),
      );
    }
    const expand = result.client.expand;
    if (expand) {
      // Click to drawn is the request the click sends (1-hop at HTTP, p95) plus the client drawing what it returned.
      verdicts.push(verdict('client: expand 200 onto 1,000, click to drawn', '<= 300 ms', p95('neighborhood1') + expand.drawnMs, 300, 'ms'));
    }
    const analysed = result.client.analysis?.find((r) => r.nodes >= 5000);
    if (analysed) {
      verdicts.push(
        { name: 'client: 5,000-node metrics + communities', target: '<= 1 s', measured: analysed.totalMs / 1000, limit: 1, unit: 's', pass: analysed.totalMs <= 1000, applies: true },
        { name: 'client: longest task while analysing', target: '<= 50 ms', measured: analysed.longestTaskMs, limit: 50, unit: 'ms', pass: analysed.longestTaskMs <= 50, applies: true },
      );
    }
  }
  return verdicts;
}

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

export function formatTable(result: BenchResult): string {
  const lines: string[] = [];
  const g = result.graph;
  lines.push(
    `Actornet benchmark, size ${result.size} (seed ${result.seed}, store ${result.store}): ${g.entities} entities, ${g.edges} relationships, ${g.sources} sources, ${g.citations} citations`,
    `Machine: ${result.machine.cpus} x ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}`,
    `Generation ${fmt(g.generationSeconds, 2)} s; import ${fmt(result.import.seconds, 2)} s in ${result.import.calls} bulkLoad call(s) (${Math.round(result.import.relationshipsPerSecond)} relationships/s)` +
      (result.neo4jImport ? `; Neo4j import ${fmt(result.neo4jImport.seconds, 2)} s` : ''),
    '',
  );
  const widths = [44, 6, 7, 8, 8, 8, 8, 9, 8];
  lines.push(row(['operation', 'conc', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'errors'], widths));
  for (const op of OPERATIONS) {
    const r = result.operations[op];
    for (const [conc, s] of Object.entries(r.http)) {
      lines.push(
        row(
          [`${OPERATION_LABELS[op]} [http]`, conc, `${s.samples}${s.timedOut ? '*' : ''}`, fmt(s.p50, 2), fmt(s.p95, 2), fmt(s.p99, 2), fmt(s.max, 1), fmt(s.rps, 0), String(s.errors)],
          widths,
        ),
      );
    }
    if (r.direct) {
      const s = r.direct;
      lines.push(
        row(
          [`${OPERATION_LABELS[op]} [store]`, '1', `${s.samples}${s.timedOut ? '*' : ''}`, fmt(s.p50, 2), fmt(s.p95, 2), fmt(s.p99, 2), fmt(s.max, 1), fmt(s.rps, 0), String(s.errors)],
          widths,
        ),
      );
    }
    for (const [where, s] of [['sql floor', r.floor], ['neo4j store', r.neo4j]] as const) {
      if (!s) continue;
      lines.push(
        row(
          [`${OPERATION_LABELS[op]} [${where}]`, '1', `${s.samples}${s.timedOut ? '*' : ''}`, fmt(s.p50, 2), fmt(s.p95, 2), fmt(s.p99, 2), fmt(s.max, 1), fmt(s.rps, 0), String(s.errors)],
          widths,
        ),
      );
    }
    if (r.floor) lines.push(`${''.padEnd(widths[0] ?? 0)}  p50 over the raw-SQL floor: store x${fmt(r.storeFloorRatio, 2)}, HTTP x${fmt(r.httpFloorRatio, 2)}`);
    lines.push(`${''.padEnd(widths[0] ?? 0)}  HTTP/store p50 ratio ${fmt(r.overheadRatio, 2)}; mean result size ${fmt(r.meanResultSize, 1)}; mean response ${fmt(r.meanResponseKb, 1)} KB`);
  }
  if (Object.values(result.operations).some((r) => Object.values(r.http).some((s) => s.timedOut))) {
    lines.push('* stopped by the time bound before reaching the requested samples');
  }
  if (result.keepAliveRetries > 0) lines.push(`${result.keepAliveRetries} request(s) retried once after a stale keep-alive connection`);
  if (result.serverMemory) {
    lines.push('', `Server memory: peak RSS ${fmt(result.serverMemory.peakRssMb, 0)} MB sampled, ${fmt(result.serverMemory.maxRssMb, 0)} MB kernel high-water mark`);
    if (result.serverMemoryPhases?.length) lines.push(`  sampled peak by phase: ${memoryByPhase(result.serverMemoryPhases)}`);
  }
  if (result.ranking.length > 0) {
    lines.push('', 'Whole-graph ranking (Query.ranking, first 20, HTTP):');
    for (const r of result.ranking) {
      const sampled = r.sources ? (r.sources.searched < r.sources.of ? `; sampled: searches from ${r.sources.searched} of ${r.sources.of} entities` : '; exact') : '';
      lines.push(`  ${r.metric.padEnd(12)} cold ${fmt(r.coldMs, 0)} ms after a write; cached p50 ${fmt(r.cached.p50, 2)} ms, p95 ${fmt(r.cached.p95, 2)} ms (${r.cached.samples} samples)${sampled}`);
    }
  }
  if (result.lightWait.length > 0) {
    lines.push('', 'Light requests (/healthz, { stats { entities } } every 20 ms) while a heavy operation runs:');
    for (const w of result.lightWait) {
      lines.push(`  ${w.label.padEnd(52)} took ${fmt(w.heavyMs, 0)} ms; longest wait /healthz ${fmt(w.healthzMaxMs, 0)} ms, stats ${fmt(w.statsMaxMs, 0)} ms`);
    }
  }
  if (result.client) {
    lines.push('', `Client rendering (${result.client.method}):`);
    for (const r of result.client.runs) {
      lines.push(
        `  ${r.nodes} nodes / ${r.edges} edges: first render ${fmt(r.firstRenderMs, 0)} ms, layout ${fmt(r.layoutMs, 0)} ms (${r.layout}), longest main-thread task ${fmt(r.longestTaskMs, 0)} ms (${r.longTasks} tasks over 50 ms)`,
      );
    }
  }
  if (result.client?.expand) {
    const x = result.client.expand;
    lines.push(`  expand: ${x.added} nodes / ${x.addedEdges} edges onto ${x.canvasNodes} nodes: drawn ${fmt(x.drawnMs, 0)} ms after the data arrived, longest task ${fmt(x.longestTaskMs, 0)} ms`);
  }
  if (result.neo4jSkipped) lines.push('', `Neo4j column skipped: ${result.neo4jSkipped}`);
  for (const a of result.client?.analysis ?? []) {
    lines.push(
      `  analysis of ${a.nodes} nodes / ${a.edges} edges (metrics + Louvain + components, worker): ${fmt(a.totalMs, 0)} ms on the page (${fmt(a.workerMs, 0)} ms in the worker, ${a.samples} path searches), longest main-thread task ${fmt(a.longestTaskMs, 0)} ms`,
    );
  }
  lines.push('', 'Targets (latency: HTTP p95 at concurrency 1):');
  for (const t of result.targets) {
    const verdict = !t.applies ? 'n/a here' : t.pass ? 'PASS' : `MISS by ${fmt(t.measured - t.limit, 1)} ${t.unit}`;
    lines.push(`  ${t.name.padEnd(46)} ${t.target.padEnd(24)} measured ${fmt(t.measured, t.unit === 's' || t.unit === 'x' ? 2 : 1)} ${t.unit}  ${verdict}`);
  }
  return lines.join('\n');
}
