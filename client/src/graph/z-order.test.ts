import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from './stylesheet.ts';
import { zSorted } from './z-order.ts';

describe('zSorted', () => {
  it('orders elements exactly as Cytoscape does: edges under nodes, raised z-index on top of its group, then as added', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet({ dense: true, viewportLabels: true }) });
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    // Nodes and edges interleaved, so the order added is neither nodes-first nor edges-first.
    ids.forEach((id, i) => {
      cy.add({ group: 'nodes', data: { id }, classes: 'kind-PERSON' });
      if (i > 0) cy.add({ group: 'edges', data: { id: `e${i}`, source: ids[i - 1], target: id }, classes: 'confidence-REPORTED status-ACTIVE' });
    });
    cy.getElementById('e7').addClass('path-hl');
    cy.getElementById('e30').addClass('path-hl');
    const ours = zSorted(cy.elements().toArray()).map((e) => e.id());
    // Cytoscape's own sort (`sortByZIndex`, not in its types) is the reference.
    const theirs = (cy.elements() as unknown as { sortByZIndex(): { map(f: (e: { id(): string }) => string): string[] } }).sortByZIndex().map((e) => e.id());
    expect(ours).toEqual(theirs);
    // The comparison means something: edges first, the highlighted ones last among them, nodes after.
    expect(ours.slice(57, 59)).toEqual(['e7', 'e30']);
    expect(ours[59]).toBe('n0');
    cy.destroy();
  });
});
