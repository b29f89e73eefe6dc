// Markdown tables of a benchmark result, for docs/performance.md. run.ts writes them next to the JSON; run this file
// on a saved result to print them again: `node --import tsx tests/bench/markdown.ts bench-results/latest-M.json`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LatencySummary } from './measure.ts';
import { memoryByPhase, type BenchResult } from './report.ts';
import { OPERATIONS, OPERATION_LABELS } from './workload.ts';

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));

export function formatMarkdown(r: BenchResult): string {
  const out: string[] = [];
  const g = r.graph;
  out.push(
    `Size ${r.size} (seed ${r.seed}, store ${r.store}, ${r.startedAt}): ${g.entities.toLocaleString('en')} entities, ${g.edges.toLocaleString('en')} relationships, ` +
      `${g.sources.toLocaleString('en')} sources, ${g.citations.toLocaleString('en')} citations. Machine: ${r.machine.cpus} x ${r.machine.cpuModel}, ` +
      `${r.machine.memoryGb} GB, Node ${r.machine.node}. ${r.options.samples} samples per cell, at most ${r.options.maxSeconds} s per cell.`,
    '',
    `Import: ${fmt(r.import.seconds, 1)} s in ${r.import.calls} \`bulkLoad\` call(s), ${Math.round(r.import.relationshipsPerSecond).toLocaleString('en')} relationships/s ` +
      `(generation, ${fmt(g.generationSeconds, 1)} s, not included).` +
      (r.neo4jImport ? ` The same import into Neo4j: ${fmt(r.neo4jImport.seconds, 1)} s.` : ''),
    '',
    '| operation | where | conc. | samples | p50 ms | p95 ms | p99 ms | req/s | errors |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const op of OPERATIONS) {
    const o = r.operations[op];
    const rows: [string, string, LatencySummary][] = [
      ...(o.direct ? [['store', '1', o.direct] as [string, string, LatencySummary]] : []),
      ...(o.floor ? [['raw SQL', '1', o.floor] as [string, string, LatencySummary]] : []),
      ...(o.neo4j ? [['Neo4j store', '1', o.neo4j] as [string, string, LatencySummary]] : []),
      ...Object.entries(o.http).map(([c, s]) => ['HTTP', c, s] as [string, string, LatencySummary]),
    ];
    for (const [where, c, s] of rows) {
      out.push(
        `| ${OPERATION_LABELS[op]} | ${where} | ${c} | ${s.samples}${s.timedOut ? ' (time bound)' : ''} | ${fmt(s.p50, 2)} | ${fmt(s.p95, 2)} | ${fmt(s.p99, 2)} | ${fmt(s.rps, 0)} | ${s.errors} |`,
      );
    }
  }
  out.push('', '| operation | HTTP p50 / store p50 | store p50 / raw SQL p50 | HTTP p50 / raw SQL p50 | mean result size | mean response |', '|---|--:|--:|--:|--:|--:|');
  for (const op of OPERATIONS) {
    const o = r.operations[op];
    out.push(
      `| ${OPERATION_LABELS[op]} | ${fmt(o.overheadRatio, 2)} | ${fmt(o.storeFloorRatio, 2)} | ${fmt(o.httpFloorRatio, 2)} | ${fmt(o.meanResultSize, 1)} | ${fmt(o.meanResponseKb, 1)} KB |`,
    );
  }
  if (r.serverSettledMs !== undefined) {
    out.push('', r.serverSettledMs === null ? 'HTTP timings started after the settle limit, with the server still busy.' : `HTTP timings started once the server had settled, ${fmt(r.serverSettledMs / 1000, 1)} s after it listened (its read workers' adjacency indexes built).`);
  }
  if (r.serverMemory) {
    out.push('', `Server memory: peak RSS ${fmt(r.serverMemory.peakRssMb, 0)} MB (sampled every 50 ms), ${fmt(r.serverMemory.maxRssMb, 0)} MB kernel high-water mark.`);
    if (r.serverMemoryPhases?.length) out.push(`Sampled peak by phase: ${memoryByPhase(r.serverMemoryPhases)}.`);
  }
  if (r.ranking?.length) {
    out.push('', '| ranking (first 20) | cold, after a write | cached p50 | cached p95 |', '|---|--:|--:|--:|');
    for (const k of r.ranking) out.push(`| ${k.metric} | ${fmt(k.coldMs, 0)} ms | ${fmt(k.cached.p50, 2)} ms | ${fmt(k.cached.p95, 2)} ms |`);
  }
  if (r.lightWait?.length) {
    out.push('', '| heavy operation | took | longest /healthz wait | longest stats wait |', '|---|--:|--:|--:|');
    for (const w of r.lightWait) out.push(`| ${w.label} | ${fmt(w.heavyMs, 0)} ms | ${fmt(w.healthzMaxMs, 0)} ms | ${fmt(w.statsMaxMs, 0)} ms |`);
  }
  if (r.client) {
    out.push('', '| subgraph | first render (incl. layout) | layout | longest main-thread task | tasks > 50 ms |', '|---|--:|--:|--:|--:|');
    for (const c of r.client.runs) {
      const drawn = c.drawnEdges !== undefined && c.drawnEdges < c.edges ? ` (${c.drawnEdges} drawn)` : '';
      out.push(`| ${c.nodes} nodes, ${c.edges} edges${drawn} | ${fmt(c.firstRenderMs, 0)} ms | ${fmt(c.layoutMs, 0)} ms (${c.layout}) | ${fmt(c.longestTaskMs, 0)} ms | ${c.longTasks} |`);
    }
  }
  if (r.client?.expand) {
    const x = r.client.expand;
    out.push(
      '',
      `Expand: ${x.added} nodes and ${x.addedEdges} relationships added around a node of a ${x.canvasNodes}-node canvas (ring placement, no layout${x.drawnEdgesAfter !== undefined ? `; ${x.drawnEdgesAfter} of ${x.edgesAfter} relationships drawn after` : ''}), ` +
        `drawn ${fmt(x.drawnMs, 0)} ms after the data arrived; longest main-thread task ${fmt(x.longestTaskMs, 0)} ms. Click to drawn = 1-hop HTTP p95 + that.`,
    );
  }
  if (r.neo4jSkipped) out.push('', `Neo4j column: skipped (${r.neo4jSkipped}).`);
  if (r.client?.analysis?.length) {
    out.push('', '| canvas analysis (worker) | on the page | in the worker | path searches | longest main-thread task |', '|---|--:|--:|--:|--:|');
    for (const a of r.client.analysis) out.push(`| ${a.nodes} nodes, ${a.edges} edges | ${fmt(a.totalMs, 0)} ms | ${fmt(a.workerMs, 0)} ms | ${a.samples} | ${fmt(a.longestTaskMs, 0)} ms |`);
  }
  out.push('', '| target | measured | verdict |', '|---|--:|---|');
  for (const t of r.targets) {
    const verdict = !t.applies ? 'n/a on this size' : t.pass ? 'PASS' : `MISS by ${fmt(t.measured - t.limit, 1)} ${t.unit} (x${fmt(t.measured / t.limit, 1)})`;
    out.push(`| ${t.name}: ${t.target} | ${fmt(t.measured, t.unit === 's' || t.unit === 'x' ? 2 : 1)} ${t.unit} | ${verdict} |`);
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node --import tsx tests/bench/markdown.ts <result.json>');
    process.exit(2);
  }
  console.log(formatMarkdown(JSON.parse(await readFile(file, 'utf8')) as BenchResult));
}
