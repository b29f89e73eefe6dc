// Pinned nodes are locked so neither dragging nor a layout moves them.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';

export function useCyPinned(cy: Core | null, pinned: readonly string[], epoch: unknown): void {
  useEffect(() => {
    if (!cy) return;
    const wanted = new Set(pinned);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const pin = wanted.has(n.id());
        if (pin) n.lock().addClass('pinned');
        else n.unlock().removeClass('pinned');
      });
    });
  }, [cy, pinned, epoch]);
}
