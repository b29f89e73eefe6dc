// Drawing settings for dense canvases, where every frame would otherwise redraw tens of thousands of edges.
import type { Core } from 'cytoscape';
import { buildStylesheet } from './stylesheet.ts';

/** Above this many drawn edges the canvas switches to cheap edges and viewport shortcuts (below the edge budget). */
export const DENSE_EDGES = 2000;

const denseNow = new WeakMap<Core, boolean>();
const edgeLabelsNow = new WeakMap<Core, boolean>();

/** Runs `render` with every relationship label drawn (an exported diagram is read without a pointer or zoom). */
export function withEdgeLabels<T>(cy: Core, render: () => T): T {
  const before = edgeLabelsNow.get(cy) ?? false;
  setEdgeLabels(cy, true);
  try {
    return render();
  } finally {
    setEdgeLabels(cy, before);
  }
}

/** Draws every relationship label (zoomed in) or only those under the pointer, selected or on a found path. */
export function setEdgeLabels(cy: Core, on: boolean): void {
  if ((edgeLabelsNow.get(cy) ?? false) === on) return;
  edgeLabelsNow.set(cy, on);
  cy.container()?.setAttribute('data-edge-labels', on ? 'on' : 'off');
  // A dense canvas draws no relationship labels at any zoom; restyling its thousands of elements would change nothing
  // and freeze the page for a moment each time the zoom crosses the threshold. Leaving dense drawing applies it.
  if (denseNow.get(cy) ?? false) return;
  cy.style(buildStylesheet({ dense: false, edgeLabels: on }));
}

/** The renderer's drawing settings (not in Cytoscape's types), read at every frame. */
interface DrawingOptions {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  forcedPixelRatio: number | null;
}

/**
 * Switches dense drawing on or off to match the canvas's edge count (or `edgeCount`, the count it is about to have);
 * cheap when nothing changes.
 */
export function tuneForSize(cy: Core, edgeCount = cy.edges().length): void {
  const dense = edgeCount > DENSE_EDGES;
  if ((denseNow.get(cy) ?? false) === dense) return;
  denseNow.set(cy, dense);
  // Cytoscape reads these from its init options only; dense graphs need them to pan and zoom smoothly.
  const renderer = (cy as unknown as { renderer(): DrawingOptions }).renderer();
  renderer.hideEdgesOnViewport = dense;
  renderer.textureOnViewport = dense;
  // One canvas pixel per CSS pixel on high-density screens: a dense view at a zoom that fits it has no label to
  // sharpen, and a 2x screen would otherwise rasterize four times the pixels every frame.
  renderer.forcedPixelRatio = dense ? 1 : null;
  cy.resize();
  cy.style(buildStylesheet({ dense, edgeLabels: edgeLabelsNow.get(cy) ?? false }));
}
