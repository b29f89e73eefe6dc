// `node --import tsx tests/bench/client/trace-client.ts --size M [--nodes 5000 | --expand] [--out trace.json]` (or
// `--from trace.json` to read a saved trace again; `--no-profile` for task times without the profiler's overhead): where
// the canvas's main-thread time goes. Runs one case of the client benchmark (from the cached subgraphs that
// `npm run bench:client` builds) on an unminified page under a Chrome trace with the V8 sampling profiler, then prints
// every task over 50 ms on the page's main thread with what it ran (animation frame, timer, message...) and the
// functions its samples fell in (self time, and inclusive time for the canvas's and Cytoscape's own functions).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Subgraph } from '../../../server/src/domain/types.ts';
import { EXPAND_ADDED, EXPAND_CANVAS, openBenchPage, toApi } from '../client-render.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { values: args } = parseArgs({
  options: { size: { type: 'string', default: 'M' }, seed: { type: 'string', default: '1' }, nodes: { type: 'string', default: '5000' }, expand: { type: 'boolean', default: false }, out: { type: 'string' }, from: { type: 'string' }, 'no-profile': { type: 'boolean', default: false } },
});
if (args.from) {
  report((JSON.parse(await readFile(args.from, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
  process.exit(0);
}
const cacheFile = path.join(ROOT, 'bench-results', `client-subgraphs-${(args.size ?? 'M').toUpperCase()}-seed${args.seed}.json`);
const graphs = JSON.parse(await readFile(cacheFile, 'utf8').catch(() => {
  throw new Error(`no cached subgraphs at ${cacheFile}: run npm run bench:client -- --size ${args.size} --prepare-only first`);
})) as Subgraph[];

/** Marks where the measured case starts: handing the page its input (parsing a large argument) is not counted. */
const TRACE_START = 'trace-start';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what a task cost its thread, whatever else the machine was running. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const { page, close } = await openBenchPage(1, false);
const browser = page.context().browser()!;
try {
  // Without the sampling profiler (`--no-profile`) task times carry less overhead, but no function breakdown.
  const profiler = args['no-profile'] ? [] : ['disabled-by-default-v8.cpu_profiler'];
  await browser.startTracing(page, { categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', ...profiler] });
  if (args.expand) {
    const canvas = graphs.find((g) => g.nodes.length >= EXPAND_CANVAS)!;
    const larger = graphs.find((g) => g.nodes.length > EXPAND_CANVAS + EXPAND_ADDED)!;
    const onCanvas = new Set(canvas.nodes.map((n) => n.id));
    const nodes = larger.nodes.filter((n) => !onCanvas.has(n.id)).slice(0, EXPAND_ADDED);
    const fresh = new Set(nodes.map((n) => n.id));
    const joins = (id: string) => fresh.has(id) || onCanvas.has(id);
    const edges = larger.edges.filter((e) => (fresh.has(e.from) || fresh.has(e.to)) && joins(e.from) && joins(e.to));
    await page.evaluate((input) => Object.assign(window, { traceInput: input }), { canvas: toApi(canvas), anchor: canvas.nodes[0]!.id, added: toApi({ nodes, edges, truncated: false }) });
    await page.evaluate((name) => performance.mark(name), TRACE_START);
    const run = await page.evaluate(() => {
      const w = window as unknown as { traceInput: { canvas: unknown; anchor: string; added: unknown }; expandOnto(c: unknown, a: string, x: unknown): Promise<unknown> };
      return w.expandOnto(w.traceInput.canvas, w.traceInput.anchor, w.traceInput.added);
    });
    console.log(JSON.stringify(run));
  } else {
    const graph = graphs.find((g) => g.nodes.length >= Number(args.nodes)) ?? graphs.at(-1)!;
    await page.evaluate((input) => Object.assign(window, { traceInput: input }), toApi(graph));
    await page.evaluate((name) => performance.mark(name), TRACE_START);
    const run = await page.evaluate(() => {
      const w = window as unknown as { traceInput: { entities: unknown[]; edges: unknown[] }; renderSubgraph(n: unknown[], e: unknown[], keep: boolean): Promise<unknown> };
      return w.renderSubgraph(w.traceInput.entities, w.traceInput.edges, false);
    });
    console.log(JSON.stringify(run));
  }
  const buffer = await browser.stopTracing();
  if (args.out) await writeFile(args.out, buffer);
  report((JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
} finally {
  await close();
}

function report(events: TraceEvent[]) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = mains
    .map((m) => ({ m, busy: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0) }))
    .sort((a, b) => b.busy - a.busy)[0]!.m;
  const onMain = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid);

  // The sampling profile of the main thread: nodes and samples arrive in chunks, sample times as deltas.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === busiest.pid && e.tid === busiest.tid);
  let t = Number(profile?.args?.data?.startTime ?? 0);
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile?.id)) {
    const data = chunk.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: t, node });
    });
  }
  const frameName = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url ?? '')}:${n.callFrame.lineNumber + 1}`;

  const start = events.find((e) => e.name === TRACE_START)?.ts ?? 0;
  const measured = onMain.filter((e) => e.name === 'RunTask' && e.ts >= start);
  const tasks = measured.filter((e) => (e.dur ?? 0) > 50_000).sort((a, b) => a.ts - b.ts);
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const overCpu = measured.filter((e) => cpu(e) > 50);
  console.log(
    `${tasks.length} tasks over 50 ms on the main thread (${overCpu.length} over 50 ms of CPU time; longest ${Math.max(0, ...measured.map(cpu)).toFixed(0)} ms CPU; ` +
      `main thread CPU in all ${measured.reduce((s, e) => s + cpu(e), 0).toFixed(0)} ms)`,
  );
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inner = onMain
      .filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 5_000)
      .filter((e) => ['FireAnimationFrame', 'TimerFire', 'FunctionCall', 'EvaluateScript', 'v8.run', 'Paint', 'UpdateLayoutTree', 'Layout', 'HandlePostMessage', 'EventDispatch', 'MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'RunMicrotasks'].includes(e.name))
      .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
    console.log(`\n+${((task.ts - start) / 1000).toFixed(0)} ms: task ${(task.dur! / 1000).toFixed(0)} ms (${cpu(task).toFixed(0)} ms CPU) [${[...new Set(inner)].slice(0, 8).join(', ')}]`);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let previous = task.ts;
    for (const s of samples) {
      if (s.ts < task.ts || s.ts >= end) continue;
      const dt = (s.ts - previous) / 1000;
      previous = s.ts;
      let node = nodes.get(s.node);
      if (!node) continue;
      self.set(frameName(node), (self.get(frameName(node)) ?? 0) + dt);
      const seen = new Set<string>();
      for (; node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        const name = frameName(node);
        if (!seen.has(name) && (node.callFrame.url ?? '') !== '') inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
        seen.add(name);
      }
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`);
    console.log('  self:');
    console.log(top(self, 12).join('\n'));
    console.log('  inclusive:');
    console.log(top(inclusive, 25).join('\n'));
  }
}
