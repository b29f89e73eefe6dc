// Keeps a canvas readable: relationship labels show only when zoomed in enough to read them, or on the relationship
// under the pointer or selected (and on the relationships of a node under the pointer); otherwise lines stay plain.
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { setEdgeLabels } from './large-graph.ts';

/** From this zoom every relationship label is drawn. */
export const EDGE_LABEL_ZOOM = 1.3;

export function useCyReadability(cy: Core | null): void {
  useEffect(() => {
    if (!cy) return;
    const zoomed = () => setEdgeLabels(cy, cy.zoom() >= EDGE_LABEL_ZOOM);
    const overEdge = (e: EventObject) => e.target.addClass('hover');
    const outEdge = (e: EventObject) => e.target.removeClass('hover');
    const overNode = (e: EventObject) => e.target.connectedEdges().addClass('hover');
    const outNode = (e: EventObject) => e.target.connectedEdges().removeClass('hover');
    cy.on('zoom', zoomed);
    cy.on('mouseover', 'edge', overEdge);
    cy.on('mouseout', 'edge', outEdge);
    cy.on('mouseover', 'node', overNode);
    cy.on('mouseout', 'node', outNode);
    zoomed();
    return () => {
      cy.off('zoom', zoomed);
      cy.off('mouseover', 'edge', overEdge);
      cy.off('mouseout', 'edge', outEdge);
      cy.off('mouseover', 'node', overNode);
      cy.off('mouseout', 'node', outNode);
    };
  }, [cy]);
}
