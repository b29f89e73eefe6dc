// Computes a layout on a headless Cytoscape instance: what the layout worker runs, and testable without a browser.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceLayout } from './force-layout.ts';
import { layoutOptions } from './layout-options.ts';
import type { LayoutRequest, LayoutResult } from './layout-protocol.ts';

cytoscape.use(fcose);

/** Layout dimensions of the canvas's nodes (stylesheet.ts), so spacing matches what is drawn. */
const NODE_STYLE = [{ selector: 'node', style: { width: 34, height: 34 } }];

/** Above this many nodes fcose's setup cost (quadratic in hub degree) outweighs its quality; d3-force takes over. */
export const FORCE_ABOVE = 500;

export function computeLayout(request: LayoutRequest): LayoutResult {
  if (request.name === 'fcose' && request.nodes.length > FORCE_ABOVE) return { positions: forceLayout(request) };
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: NODE_STYLE,
    elements: {
      nodes: request.nodes.map((id) => ({ data: { id } })),
      edges: request.edges.map((e) => ({ data: e })),
    },
  });
  const fixed = request.fixed.map((f) => ({ nodeId: f.id, position: f.position }));
  // fcose's own option (Cytoscape's types do not know it): pinned nodes stay where they are.
  const constraint = fixed.length > 0 ? { fixedNodeConstraint: fixed } : {};
  const options = { ...layoutOptions(request.name, request.nodes.length), animate: false, fit: false, ...constraint };
  cy.layout(options as LayoutOptions).run();
  const positions = new Float64Array(request.nodes.length * 2);
  request.nodes.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  cy.destroy();
  return { positions };
}

