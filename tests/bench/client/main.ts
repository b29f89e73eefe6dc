// The canvas benchmark page: the explorer's own Cytoscape setup (stylesheet, element mapping, ring placement and
// runLayout, worker included, from client/src/graph), driven the way CytoscapeView and useCyElements drive it when a large
// subgraph arrives on an empty canvas, with timings and long tasks reported back to the benchmark.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ApiEdge, ApiEntity } from '../../../client/src/api/types.ts';
import { tuneForSize } from '../../../client/src/graph/large-graph.ts';
import { ringPositions } from '../../../client/src/graph/ring-placement.ts';
import { runLayout } from '../../../client/src/graph/run-layout.ts';
import { buildStylesheet } from '../../../client/src/graph/stylesheet.ts';
import { toElements } from '../../../client/src/graph/to-elements.ts';
import type { AnalysisResult } from '../../../client/src/features/analysis/analysis-protocol.ts';
import { startAnalysisWorker } from '../../../client/src/features/analysis/analysis-worker-client.ts';

cytoscape.use(fcose);

export interface CanvasRun {
  nodes: number;
  edges: number;
  /** From data in to the first painted frame with the laid-out graph. */
  firstRenderMs: number;
  layoutMs: number;
  longestTaskMs: number;
  longTasks: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function renderSubgraph(entities: ApiEntity[], edges: ApiEdge[]): Promise<CanvasRun> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await nextFrame();

  const start = performance.now();
  const elements = toElements(
    entities.map((e) => e.id),
    new Map(entities.map((e) => [e.id, e])),
    new Map(edges.map((e) => [e.id, e])),
    new Map(),
  );
  const cy = cytoscape({
    container: document.getElementById('canvas'),
    style: buildStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  const nodes = elements.filter((e) => e.group === 'nodes');
  const ring = ringPositions({ x: 0, y: 0 }, nodes.length);
  cy.batch(() => {
    nodes.forEach((def, i) => cy.add({ ...def, position: { ...(ring[i] ?? { x: 0, y: 0 }) } }));
    cy.add(elements.filter((e) => e.group === 'edges'));
    tuneForSize(cy);
  });

  const layoutStart = performance.now();
  await runLayout(cy, 'fcose');
  const layoutMs = performance.now() - layoutStart;
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;

  // Long-task entries arrive after the task ends; give them a moment before reading.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  const result = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstRenderMs,
    layoutMs,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
    longTasks: tasks.length,
  };
  cy.destroy();
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
  /** From the expand's data in to the first painted frame showing it. */
  drawnMs: number;
  longestTaskMs: number;
}

/**
 * An expand as useCyElements does it: `canvas` is drawn and laid out first (not timed), then `added` and the
 * relationships that join them to the canvas arrive for `anchor`, are mapped, placed on a ring around the anchor
 * (no layout, so nothing already on the canvas moves), added in one batch, and painted.
 */
async function expandOnto(canvas: { entities: ApiEntity[]; edges: ApiEdge[] }, anchor: string, added: { entities: ApiEntity[]; edges: ApiEdge[] }): Promise<ExpandRun> {
  const cy = cytoscape({ container: document.getElementById('canvas'), style: buildStylesheet(), minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
  const before = toElements(canvas.entities.map((e) => e.id), new Map(canvas.entities.map((e) => [e.id, e])), new Map(canvas.edges.map((e) => [e.id, e])), new Map());
  const placed = before.filter((e) => e.group === 'nodes');
  const ring = ringPositions({ x: 0, y: 0 }, placed.length);
  cy.batch(() => {
    placed.forEach((def, i) => cy.add({ ...def, position: { ...(ring[i] ?? { x: 0, y: 0 }) } }));
    cy.add(before.filter((e) => e.group === 'edges'));
    tuneForSize(cy);
  });
  await runLayout(cy, 'fcose');
  await nextFrame();
  await nextFrame();

  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const entities = [...canvas.entities, ...added.entities];
  const edges = [...canvas.edges, ...added.edges];
  const elements = toElements(entities.map((e) => e.id), new Map(entities.map((e) => [e.id, e])), new Map(edges.map((e) => [e.id, e])), new Map());
  const center = { ...cy.getElementById(anchor).position() };
  const fresh = elements.filter((e) => cy.getElementById(String(e.data.id)).empty());
  const freshNodes = fresh.filter((e) => e.group === 'nodes');
  const around = ringPositions(center, freshNodes.length);
  cy.batch(() => {
    freshNodes.forEach((def, i) => cy.add({ ...def, position: { ...(around[i] ?? center) } }));
    cy.add(fresh.filter((e) => e.group === 'edges'));
    tuneForSize(cy);
  });
  await nextFrame();
  await nextFrame();
  const drawnMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  const result = {
    canvasNodes: placed.length,
    added: freshNodes.length,
    addedEdges: fresh.length - freshNodes.length,
    drawnMs,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
  };
  cy.destroy();
  return result;
}

Object.assign(window, { renderSubgraph, analyseSubgraph, expandOnto });
