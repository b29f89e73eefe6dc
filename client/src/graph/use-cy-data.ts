// Sets per-element data fields the stylesheet maps to size, colour and width (`node[analysisSize]` and so on), and
// removes them from elements no longer given any, so turning a styling off restores the default look.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';

export function useCyData(cy: Core | null, data: ReadonlyMap<string, Record<string, number | string>>, epoch: unknown): void {
  const applied = useRef(new Map<string, string[]>());
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      for (const [id, keys] of applied.current) {
        const wanted = data.get(id);
        const el = cy.getElementById(id);
        for (const key of keys) if (!wanted || !(key in wanted)) el.removeData(key);
      }
      const next = new Map<string, string[]>();
      for (const [id, fields] of data) {
        const el = cy.getElementById(id);
        if (el.empty()) continue;
        el.data(fields);
        next.set(id, Object.keys(fields));
      }
      applied.current = next;
    });
    // Like the drawn counts (use-cy-stats), what carries analysis styling shows on the container for tests.
    const container = cy.container();
    if (container) {
      container.dataset.styledNodes = String(cy.nodes('[analysisSize], [analysisColor]').length);
      container.dataset.styledEdges = String(cy.edges('[evidenceWidth]').length);
    }
  }, [cy, data, epoch]);
}
