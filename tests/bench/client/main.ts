// The canvas benchmark page: the explorer's own canvas (createCanvas, toElements, the edge budget and syncElements with
// its worker layout and sliced adds, from client/src/graph), driven the way CytoscapeView drives it when a large
// subgraph arrives on an empty canvas and when an expand arrives, with timings and long tasks reported back.
import type { Core, ElementDefinition } from 'cytoscape';
import type { ApiEdge, ApiEntity } from '../../../client/src/api/types.ts';
import { createCanvas } from '../../../client/src/graph/create-canvas.ts';
import { createGraphHandle } from '../../../client/src/graph/graph-handle.ts';
import { budgetEdges, EDGE_BUDGET, setThinned } from '../../../client/src/graph/edge-budget.ts';
import { syncElements } from '../../../client/src/graph/sync-elements.ts';
import { toElements } from '../../../client/src/graph/to-elements.ts';
import type { AnalysisResult } from '../../../client/src/features/analysis/analysis-protocol.ts';
import { startAnalysisWorker } from '../../../client/src/features/analysis/analysis-worker-client.ts';

export interface CanvasRun {
  nodes: number;
  edges: number;
  /** Relationships drawn (the rest are over the dense-view budget). */
  drawnEdges: number;
  /** From data in to the first painted frame with the laid-out graph. */
  firstRenderMs: number;
  /** From data in to the layout's positions being back from the worker. */
  layoutMs: number;
  longestTaskMs: number;
  longTasks: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function longTasks() {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      // Long-task entries arrive after the task ends; give them a moment before reading.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const entry of observer.takeRecords()) tasks.push(entry.duration);
      observer.disconnect();
      return { longestTaskMs: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length };
    },
  };
}

function elementsOf(entities: ApiEntity[], edges: ApiEdge[]): ElementDefinition[] {
  return toElements(entities.map((e) => e.id), new Map(entities.map((e) => [e.id, e])), new Map(edges.map((e) => [e.id, e])), new Map());
}

/** What CytoscapeView does with a new element list: the dense-view budget (keeping what is drawn), then the sync. */
function show(cy: Core, elements: ElementDefinition[], anchor: string | null) {
  const drawnBefore = new Set(cy.edges().map((e) => e.id()));
  const drawn = budgetEdges(elements, { budget: EDGE_BUDGET, notShown: new Set(), keep: new Set(anchor ? [anchor] : []), drawnBefore });
  setThinned(cy, drawn.thinned);
  return syncElements(cy, drawn.elements, { anchor, positions: {}, restoring: false, layout: 'fcose' });
}

function freshCanvas(): Core {
  const container = document.getElementById('canvas')!;
  container.replaceChildren();
  return createCanvas(container);
}

let kept: Core | null = null;

/** `keep`: the canvas stays on the page (for a screenshot) until `dropCanvas`. */
async function renderSubgraph(entities: ApiEntity[], edges: ApiEdge[], keep = false): Promise<CanvasRun> {
  const cy = freshCanvas();
  await nextFrame();
  const watch = longTasks();
  const start = performance.now();
  let layoutMs = 0;
  // The canvas marks a large arrival while its layout computes; the mark going away is the positions being back.
  const marks = new MutationObserver(() => {
    if (!cy.container()?.hasAttribute('data-arriving') && layoutMs === 0) layoutMs = performance.now() - start;
  });
  marks.observe(cy.container()!, { attributes: true, attributeFilter: ['data-arriving'] });
  await show(cy, elementsOf(entities, edges), null);
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  marks.disconnect();
  const result = { nodes: cy.nodes().length, edges: edges.length, drawnEdges: cy.edges().length, firstRenderMs, layoutMs: layoutMs || firstRenderMs, ...(await watch.stop()) };
  if (keep) kept = cy;
  else cy.destroy();
  return result;
}

export interface AnalysisRun {
  nodes: number;
  edges: number;
  /** From sending the canvas to the worker to its answer on the page: metrics and both community partitions. */
  totalMs: number;
  /** The worker's own computing time. */
  workerMs: number;
  /** Shortest-path searches behind betweenness and closeness (the node count when exact). */
  samples: number;
  longestTaskMs: number;
  longTasks: number;
}

/** The canvas analysis the explorer runs (its worker, unchanged), timed from the page. */
async function analyseSubgraph(entities: ApiEntity[], edges: ApiEdge[]): Promise<AnalysisRun> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const worker = startAnalysisWorker();
  // A first tiny request loads the worker's code, which a canvas pays once per page, not per analysis.
  await new Promise((resolve) => {
    worker.onmessage = resolve;
    worker.postMessage({ seq: 0, nodes: [], edges: [] });
  });
  await nextFrame();
  const start = performance.now();
  const result = await new Promise<AnalysisResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<AnalysisResult>) => resolve(event.data);
    worker.postMessage({ seq: 1, nodes: entities.map((e) => e.id), edges: edges.map((e) => ({ from: e.from, to: e.to })) });
  });
  const totalMs = performance.now() - start;
  worker.terminate();
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  return {
    nodes: result.nodes.length,
    edges: edges.length,
    totalMs,
    workerMs: result.ms,
    samples: result.samples,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
    longTasks: tasks.length,
  };
}

export interface ExpandRun {
  canvasNodes: number;
  added: number;
  addedEdges: number;
  /** Relationships on the canvas after the expand, and how many of them are drawn. */
  edgesAfter: number;
  drawnEdgesAfter: number;
  /** From the expand's data in to the first painted frame showing it. */
  drawnMs: number;
  longestTaskMs: number;
}

/**
 * An expand as CytoscapeView does it: `canvas` is drawn and laid out first (not timed), then `added` and the
 * relationships that join them to the canvas arrive for `anchor`: the whole element list is mapped again, budgeted and
 * synced (ring around the anchor, nothing already there moves, one batch), and painted.
 */
async function expandOnto(canvas: { entities: ApiEntity[]; edges: ApiEdge[] }, anchor: string, added: { entities: ApiEntity[]; edges: ApiEdge[] }): Promise<ExpandRun> {
  const cy = freshCanvas();
  await show(cy, elementsOf(canvas.entities, canvas.edges), null);
  await nextFrame();
  await nextFrame();
  const before = { nodes: cy.nodes().length, edges: cy.edges().length };

  const watch = longTasks();
  const start = performance.now();
  const edges = [...canvas.edges, ...added.edges];
  await show(cy, elementsOf([...canvas.entities, ...added.entities], edges), anchor);
  await nextFrame();
  await nextFrame();
  const drawnMs = performance.now() - start;
  const result = {
    canvasNodes: before.nodes,
    added: cy.nodes().length - before.nodes,
    addedEdges: added.edges.length,
    edgesAfter: edges.length,
    drawnEdgesAfter: cy.edges().length,
    drawnMs,
    longestTaskMs: (await watch.stop()).longestTaskMs,
  };
  cy.destroy();
  return result;
}

export interface NamesProbe {
  /** Nodes whose name the canvas would draw at the fitted zoom, and after zooming in on the probed node. */
  atFit: number;
  zoomedIn: string[];
  nodes: number;
}

/** The nodes carrying a name now (what Cytoscape draws once the zoom allows). */
function named(cy: Core): string[] {
  return cy
    .nodes()
    .filter((n) => String((n as unknown as { pstyle(name: string): { strValue: string } }).pstyle('label').strValue) !== '')
    .map((n) => n.id());
}

/**
 * On the kept canvas: which nodes are named at the fitted zoom, then with the view zoomed to `zoom` centred on
 * `nodeId` (after two frames). The view stays zoomed in.
 */
async function probeNames(nodeId: string, zoom: number): Promise<NamesProbe> {
  const cy = kept!;
  const atFit = named(cy).length;
  const p = cy.getElementById(nodeId).position();
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } });
  await nextFrame();
  await nextFrame();
  return { atFit, zoomedIn: named(cy), nodes: cy.nodes().length };
}

/** Exports the kept canvas as the explorer's PNG export does; returns how many nodes are named afterwards. */
function exportNames(): number {
  createGraphHandle(kept!).png(1);
  return named(kept!).length;
}

function dropCanvas() {
  kept?.destroy();
  kept = null;
}

Object.assign(window, { renderSubgraph, analyseSubgraph, expandOnto, dropCanvas, probeNames, exportNames });
