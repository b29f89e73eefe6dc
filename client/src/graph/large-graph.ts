// Drawing settings for large canvases, where every frame would otherwise redraw tens of thousands of edges and every
// new node would have its name measured and wrapped although no name is readable at the zoom that fits them all.
import type { Core } from 'cytoscape';
import { buildStylesheet } from './stylesheet.ts';

/** Above this many drawn edges the canvas switches to cheap edges and viewport shortcuts (below the edge budget). */
export const DENSE_EDGES = 2000;
/** Above this many nodes names are drawn only for the nodes in view once zoomed in enough to read them. */
export const VIEWPORT_LABELS_ABOVE = 500;

interface Drawing {
  dense: boolean;
  edgeLabels: boolean;
  viewportLabels: boolean;
}

const drawingNow = new WeakMap<Core, Drawing>();

function drawing(cy: Core): Drawing {
  let now = drawingNow.get(cy);
  if (!now) drawingNow.set(cy, (now = { dense: false, edgeLabels: false, viewportLabels: false }));
  return now;
}

/** Whether the canvas names only the nodes in view (see viewport-labels.ts). */
export function viewportLabelsOn(cy: Core): boolean {
  return drawing(cy).viewportLabels;
}

/** Runs `render` with every relationship label drawn (an exported diagram is read without a pointer or zoom). */
export function withEdgeLabels<T>(cy: Core, render: () => T): T {
  const before = drawing(cy).edgeLabels;
  setEdgeLabels(cy, true);
  try {
    return render();
  } finally {
    setEdgeLabels(cy, before);
  }
}

/** Draws every relationship label (zoomed in) or only those under the pointer, selected or on a found path. */
export function setEdgeLabels(cy: Core, on: boolean): void {
  const now = drawing(cy);
  if (now.edgeLabels === on) return;
  now.edgeLabels = on;
  cy.container()?.setAttribute('data-edge-labels', on ? 'on' : 'off');
  // A dense canvas draws no relationship labels at any zoom; restyling its thousands of elements would change nothing
  // and freeze the page for a moment each time the zoom crosses the threshold. Leaving dense drawing applies it.
  if (now.dense) return;
  cy.style(buildStylesheet(now));
}

/** The renderer's drawing settings (not in Cytoscape's types), read at every frame. */
interface DrawingOptions {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  forcedPixelRatio: number | null;
}

/**
 * Switches dense drawing and viewport labels on or off to match the canvas's size (or the size it is about to have);
 * cheap when nothing changes. Called before elements are added, the switch restyles nothing but the stylesheet.
 */
export function tuneForSize(cy: Core, edgeCount = cy.edges().length, nodeCount = cy.nodes().length): void {
  const now = drawing(cy);
  const dense = edgeCount > DENSE_EDGES;
  const viewportLabels = nodeCount > VIEWPORT_LABELS_ABOVE;
  if (now.dense === dense && now.viewportLabels === viewportLabels) return;
  if (now.dense !== dense) {
    // Cytoscape reads these from its init options only; dense graphs need them to pan and zoom smoothly.
    const renderer = (cy as unknown as { renderer(): DrawingOptions }).renderer();
    renderer.hideEdgesOnViewport = dense;
    renderer.textureOnViewport = dense;
    // One canvas pixel per CSS pixel on high-density screens: a dense view at a zoom that fits it has no label to
    // sharpen, and a 2x screen would otherwise rasterize four times the pixels every frame.
    renderer.forcedPixelRatio = dense ? 1 : null;
    cy.resize();
  }
  now.dense = dense;
  now.viewportLabels = viewportLabels;
  cy.container()?.setAttribute('data-viewport-labels', viewportLabels ? 'on' : 'off');
  cy.style(buildStylesheet(now));
}
