// What the canvas shows, decided from the hiding classes rather than `:visible`: Cytoscape recomputes style lazily,
// so `:visible` can lag a class change until the next frame, and exports and counts must not.
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';

export const HIDING_CLASSES = ['filtered-out', 'user-hidden'] as const;

function nodeShown(n: NodeSingular): boolean {
  return !HIDING_CLASSES.some((c) => n.hasClass(c));
}

function edgeShown(e: EdgeSingular): boolean {
  return !HIDING_CLASSES.some((c) => e.hasClass(c)) && nodeShown(e.source()) && nodeShown(e.target());
}

/** Whether one element of the canvas is shown. */
export function isShown(el: NodeSingular | EdgeSingular): boolean {
  return el.isNode() ? nodeShown(el) : edgeShown(el as EdgeSingular);
}

export function shownNodes(cy: Core): Collection {
  return cy.nodes().filter(nodeShown);
}

export function shownEdges(cy: Core): Collection {
  return cy.edges().filter(edgeShown);
}

export function shownElements(cy: Core): Collection {
  return shownNodes(cy).union(shownEdges(cy));
}
