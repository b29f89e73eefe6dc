// Keeps one class on exactly the given elements. Re-runs when the elements change so new elements get it too.
import { useEffect } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';

export function useCyClass(cy: Core | null, ids: readonly string[], className: string, elements: ElementDefinition[]): void {
  useEffect(() => {
    if (!cy) return;
    const wanted = new Set(ids);
    cy.batch(() => {
      cy.elements(`.${className}`).forEach((el) => {
        if (!wanted.has(el.id())) el.removeClass(className);
      });
      for (const id of wanted) cy.getElementById(id).addClass(className);
    });
  }, [cy, ids, className, elements]);
}
