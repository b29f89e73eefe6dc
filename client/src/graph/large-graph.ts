// Drawing settings for dense canvases, where every frame would otherwise redraw tens of thousands of edges.
import type { Core } from 'cytoscape';
import { buildStylesheet } from './stylesheet.ts';

/** Above this many edges the canvas switches to cheap edges and viewport shortcuts. */
export const DENSE_EDGES = 3000;

const denseNow = new WeakMap<Core, boolean>();

/** Switches dense drawing on or off to match the canvas's current edge count; cheap when nothing changes. */
export function tuneForSize(cy: Core): void {
  const dense = cy.edges().length > DENSE_EDGES;
  if ((denseNow.get(cy) ?? false) === dense) return;
  denseNow.set(cy, dense);
  // Cytoscape reads these from its init options only; dense graphs need them to pan and zoom smoothly.
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
  renderer.hideEdgesOnViewport = dense;
  renderer.textureOnViewport = dense;
  cy.style(buildStylesheet({ dense }));
}
