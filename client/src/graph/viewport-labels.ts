// Names on a large canvas: only the nodes in view carry their name, and only once the zoom is one at which Cytoscape
// draws names at all. At the zoom that fits thousands of nodes no name is drawn, yet every name was measured and
// wrapped for the node's bounding box; marking the nodes in view after each frame keeps every drawn name where it was.
import type { Core, NodeSingular } from 'cytoscape';
import { viewportLabelsOn } from './large-graph.ts';
import { NODE_FONT_SIZE, NODE_MIN_ZOOMED_FONT } from './stylesheet.ts';

/** Nodes this far beyond the edge of the view (as a share of its size) are named too, so a short pan shows names at once. */
const MARGIN = 0.25;

/**
 * Whether Cytoscape draws node names at this zoom: it rounds the scale up to a power of two before comparing the
 * font's screen size with `min-zoomed-font-size` (drawing-label-text.mjs, eleTextBiggerThanMin).
 */
export function namesDrawnAt(zoom: number, pixelRatio: number): boolean {
  const scale = Math.pow(2, Math.ceil(Math.log2(zoom * pixelRatio)));
  return NODE_FONT_SIZE * scale >= NODE_MIN_ZOOMED_FONT;
}

/** Marks the nodes in view (and a margin around it) `labelled`; returns how many were newly marked. */
export function labelNodesInView(cy: Core): number {
  if (cy.destroyed() || !viewportLabelsOn(cy)) return 0;
  const pixelRatio = (cy as unknown as { renderer(): { getPixelRatio(): number } }).renderer().getPixelRatio();
  if (!namesDrawnAt(cy.zoom(), pixelRatio)) return 0;
  const ex = cy.extent();
  const mx = ex.w * MARGIN;
  const my = ex.h * MARGIN;
  const fresh: NodeSingular[] = [];
  cy.nodes().forEach((n) => {
    if (n.data('labelled')) return;
    const p = n.position();
    if (p.x >= ex.x1 - mx && p.x <= ex.x2 + mx && p.y >= ex.y1 - my && p.y <= ex.y2 + my) fresh.push(n);
  });
  if (fresh.length > 0) cy.batch(() => fresh.forEach((n) => n.data('labelled', true)));
  return fresh.length;
}

/** Names every node, for drawings read without zooming (exports); the canvas keeps them afterwards. */
export function labelAllNodes(cy: Core): void {
  if (!viewportLabelsOn(cy)) return;
  const fresh = cy.nodes().filter((n) => !n.data('labelled'));
  if (fresh.nonempty()) cy.batch(() => fresh.forEach((n) => void n.data('labelled', true)));
}

/** After every frame, names what came into view (a pan, a zoom, nodes added or moved). */
export function keepViewNamed(cy: Core): void {
  cy.on('render', () => void labelNodesInView(cy));
}
