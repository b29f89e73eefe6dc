import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { Selection } from '../state/url-state.ts';

/** Mirrors the selected node or edge onto the canvas. */
export function useCySelection(cy: Core | null, selected: Selection | null, epoch: unknown): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').forEach((el) => {
        if (el.id() !== selected?.id) el.unselect();
      });
      if (selected) cy.getElementById(selected.id).select();
    });
  }, [cy, selected, epoch]);
}
