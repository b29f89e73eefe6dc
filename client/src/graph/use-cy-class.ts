// Keeps one class on exactly the given elements. Re-runs when `epoch` changes (elements added) so new elements get it too.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';

export function useCyClass(cy: Core | null, ids: readonly string[], className: string, epoch: unknown): void {
  useEffect(() => {
    if (!cy) return;
    const wanted = new Set(ids);
    cy.batch(() => {
      cy.elements(`.${className}`).forEach((el) => {
        if (!wanted.has(el.id())) el.removeClass(className);
      });
      for (const id of wanted) cy.getElementById(id).addClass(className);
    });
  }, [cy, ids, className, epoch]);
}
