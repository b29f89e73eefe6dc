// Runs a named layout over what the canvas shows. Small graphs lay out on the main thread with animation; large fcose
// layouts are computed in a worker so the page stays responsive, and applied in one batch (one redraw).
// A newer layout, or positions restored by undo, cancels one still running.
import type { Collection, Core, NodeSingular } from 'cytoscape';
import { thinnedOf } from './edge-budget.ts';
import { ANIMATE_BELOW, layoutOptions } from './layout-options.ts';
import type { LayoutRequest, LayoutResult } from './layout-protocol.ts';
import type { LayoutName } from './layouts.ts';
import type { Point } from './ring-placement.ts';
import { countOverlaps, separate } from './remove-overlaps.ts';
import { shownElements } from './shown.ts';

export { layoutOptions } from './layout-options.ts';

const running = new WeakMap<Core, () => void>();

/** Stops a worker layout that has not yet been applied; nothing happens if none is running. */
export function cancelLayout(cy: Core): void {
  running.get(cy)?.();
  running.delete(cy);
}

/** Resolves once the new positions are on the canvas, or when the layout is cancelled. */
export function runLayout(cy: Core, name: LayoutName): Promise<void> {
  cancelLayout(cy);
  const visible = shownElements(cy);
  const nodes = visible.nodes();
  if (nodes.length === 0) return Promise.resolve();
  if (name !== 'fcose' || nodes.length < ANIMATE_BELOW || typeof Worker === 'undefined') {
    const layout = visible.layout(layoutOptions(name, nodes.length));
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return done.then(() => removeOverlaps(cy));
  }
  return runInWorker(cy, name, visible).then(() => removeOverlaps(cy));
}

/** Above this many nodes the pairwise pass would cost more than a frame; dense views are read by zooming anyway. */
const SEPARATE_BELOW = 400;

/** Moves apart the shown nodes whose boxes, labels included, overlap after a layout. */
export function removeOverlaps(cy: Core): void {
  if (cy.destroyed()) return;
  const nodes = shownElements(cy).nodes();
  if (nodes.length < 2 || nodes.length >= SEPARATE_BELOW) return;
  const boxesNow = () =>
    nodes.map((n) => {
      const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { id: n.id(), x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2, w: bb.w, h: bb.h, fixed: n.locked() };
    });
  const boxes = boxesNow();
  const moved = separate(boxes);
  const report = () => cy.container()?.setAttribute('data-label-overlaps', String(countOverlaps(boxesNow())));
  if (moved.size === 0) return report();
  const centre = new Map(boxes.map((b) => [b.id, b]));
  cy.batch(() => {
    for (const [id, next] of moved) {
      const node = cy.getElementById(id) as NodeSingular;
      const was = centre.get(id)!;
      const p = node.position();
      node.position({ x: p.x + next.x - was.x, y: p.y + next.y - was.y });
    }
  });
  report();
}

/** Above this many nodes a fit reads node positions instead of every element's bounding box, labels included. */
const FIT_BY_POSITION_ABOVE = 300;

/**
 * Fits the view to the shown nodes. Large views fit to node positions plus a node's size: Cytoscape's own fit measures
 * every label and relationship, which took seconds on a 5,000-node canvas.
 */
export function fitShown(cy: Core, padding = 40): void {
  const nodes = shownElements(cy).nodes();
  if (nodes.length <= FIT_BY_POSITION_ABOVE) return void cy.fit(shownElements(cy), padding);
  fitPositions(cy, nodes.map((n) => (n as NodeSingular).position()), padding);
}

/** Fits the view to node centres, with room for a node and the label below it. */
export function fitPositions(cy: Core, points: readonly Point[], padding = 40): void {
  if (points.length === 0) return;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  const box = { x1: x1 - 20, x2: x2 + 20, y1: y1 - 20, y2: y2 + 40 };
  const fit = Math.min((cy.width() - 2 * padding) / (box.x2 - box.x1), (cy.height() - 2 * padding) / (box.y2 - box.y1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fit));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2, y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2 } });
}

/**
 * Computes a layout in a worker and resolves with the positions in the request's node order, or null when cancelled
 * (by `cancelLayout`, a newer layout, or the canvas going away) or when the worker fails.
 */
export function layoutInWorker(cy: Core, request: LayoutRequest): Promise<Float64Array | null> {
  cancelLayout(cy);
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const finish = (positions: Float64Array | null) => {
      worker.terminate();
      if (running.get(cy) === cancel) running.delete(cy);
      resolve(positions);
    };
    const cancel = () => finish(null);
    running.set(cy, cancel);
    worker.onerror = () => finish(null);
    worker.onmessage = (event: MessageEvent<LayoutResult>) => finish(cy.destroyed() ? null : event.data.positions);
    worker.postMessage(request);
  });
}

/** The layout request for the given nodes: pinned ones fixed, every relationship among them included. */
export function layoutRequest(cy: Core, name: LayoutName, nodeIds: string[], drawnEdges: LayoutRequest['edges']): LayoutRequest {
  const among = new Set(nodeIds);
  const fixed: LayoutRequest['fixed'] = [];
  for (const id of nodeIds) {
    const node = cy.getElementById(id) as NodeSingular;
    if (node.nonempty() && node.locked()) fixed.push({ id, position: { ...node.position() } });
  }
  // The relationships a dense view does not draw still shape its layout.
  const extra = thinnedOf(cy)
    .map((d) => ({ id: String(d.data.id), source: String(d.data.source), target: String(d.data.target) }))
    .filter((e) => among.has(e.source) && among.has(e.target));
  return { name, nodes: nodeIds, fixed, edges: [...drawnEdges, ...extra] };
}

function runInWorker(cy: Core, name: LayoutName, visible: Collection): Promise<void> {
  const ids = visible.nodes().map((n) => n.id());
  const request = layoutRequest(cy, name, ids, visible.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })));
  return layoutInWorker(cy, request).then((positions) => {
    if (!positions || cy.destroyed()) return;
    // One batch: Cytoscape draws once afterwards, where slices each cost a full redraw of a dense canvas.
    cy.batch(() => {
      ids.forEach((id, i) => {
        const node = cy.getElementById(id) as NodeSingular;
        if (node.nonempty() && !node.locked()) node.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
      });
    });
    fitShown(cy);
  });
}
