// Routes canvas gestures to React callbacks. Handlers live in a ref so the listeners are bound once.
import { useEffect, useRef } from 'react';
import type { Core, EventObject } from 'cytoscape';

export interface CanvasHandlers {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
  onExpandNode(id: string): void;
}

export function useCyEvents(cy: Core | null, handlers: CanvasHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!cy) return;
    const tapNode = (e: EventObject) => ref.current.onTapNode(e.target.id());
    const tapEdge = (e: EventObject) => ref.current.onTapEdge(e.target.id());
    const tapBackground = (e: EventObject) => {
      if (e.target === cy) ref.current.onTapBackground();
    };
    const dblTap = (e: EventObject) => ref.current.onExpandNode(e.target.id());
    cy.on('tap', 'node', tapNode);
    cy.on('tap', 'edge', tapEdge);
    cy.on('tap', tapBackground);
    cy.on('dbltap', 'node', dblTap);
    return () => {
      cy.off('tap', 'node', tapNode);
      cy.off('tap', 'edge', tapEdge);
      cy.off('tap', tapBackground);
      cy.off('dbltap', 'node', dblTap);
    };
  }, [cy]);
}
