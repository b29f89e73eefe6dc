// Runs a named layout over what the canvas shows. Small graphs lay out on the main thread with animation; large fcose
// layouts are computed in a worker so the page stays responsive, and applied in slices that each fit in a frame.
// A newer layout, or positions restored by undo, cancels one still running.
import type { Collection, Core, NodeSingular } from 'cytoscape';
import { ANIMATE_BELOW, layoutOptions } from './layout-options.ts';
import type { LayoutRequest, LayoutResult } from './layout-protocol.ts';
import type { LayoutName } from './layouts.ts';
import { countOverlaps, separate } from './remove-overlaps.ts';
import { shownElements } from './shown.ts';

export { layoutOptions } from './layout-options.ts';

/** Position updates per slice: about 10 ms of work on the slow benchmark machine. */
const APPLY_SLICE = 1500;

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

function runInWorker(cy: Core, name: LayoutName, visible: Collection): Promise<void> {
  const nodes = visible.nodes();
  const ids = nodes.map((n) => n.id());
  const request: LayoutRequest = {
    name,
    nodes: ids,
    fixed: nodes.filter((n) => n.locked()).map((n) => ({ id: n.id(), position: { ...(n as NodeSingular).position() } })),
    edges: visible.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve) => {
    let cancelled = false;
    const finish = () => {
      cancelled = true;
      worker.terminate();
      if (running.get(cy) === cancel) running.delete(cy);
      resolve();
    };
    const cancel = () => finish();
    running.set(cy, cancel);
    worker.onerror = finish;
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      worker.terminate();
      const { positions } = event.data;
      let at = 0;
      const applySlice = () => {
        if (cancelled || cy.destroyed()) return finish();
        const end = Math.min(ids.length, at + APPLY_SLICE);
        cy.batch(() => {
          for (; at < end; at++) {
            const node: NodeSingular = cy.getElementById(ids[at]!);
            if (node.nonempty() && !node.locked()) node.position({ x: positions[2 * at]!, y: positions[2 * at + 1]! });
          }
        });
        if (at < ids.length) return void setTimeout(applySlice, 0);
        cy.fit(shownElements(cy), 40);
        finish();
      };
      applySlice();
    };
    worker.postMessage(request);
  });
}
