// What the rest of the app may ask of the canvas without touching the Cytoscape instance itself.
import type { Core } from 'cytoscape';
import type { Point } from './ring-placement.ts';
import { thinnedOf } from './edge-budget.ts';
import { withEdgeLabels } from './large-graph.ts';
import { shownEdges, shownElements, shownNodes } from './shown.ts';
import { renderSvg } from './svg-render.ts';

export interface GraphHandle {
  positions(): Record<string, Point>;
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  png(scale: number): Blob;
  svg(scale: number): string;
  /**
   * Runs `render` with the given nodes drawn under other labels, and puts the labels back afterwards even if it throws,
   * so an export can differ from the canvas without the canvas changing. `render` must draw synchronously.
   */
  withNodeLabels<T>(labels: ReadonlyMap<string, string>, render: () => T): T;
  fit(): void;
}

export function createGraphHandle(cy: Core): GraphHandle {
  return {
    positions() {
      const out: Record<string, Point> = {};
      cy.nodes().forEach((n) => {
        const p = n.position();
        out[n.id()] = { x: p.x, y: p.y };
      });
      return out;
    },
    visibleNodeIds: () => shownNodes(cy).map((n) => n.id()),
    // With the relationships a dense view does not draw: an export carries the whole view's evidence.
    visibleEdgeIds: () => [...shownEdges(cy).map((e) => e.id()), ...thinnedOf(cy).map((d) => String(d.data.id))],
    // Synchronous, so that it renders while withNodeLabels holds its labels.
    png: (scale) => withEdgeLabels(cy, () => cy.png({ full: true, scale, output: 'blob', bg: '#ffffff' })),
    svg: (scale) => withEdgeLabels(cy, () => renderSvg(cy, scale)),
    withNodeLabels(labels, render) {
      const saved = new Map<string, unknown>();
      try {
        cy.batch(() => {
          for (const [id, label] of labels) {
            const node = cy.getElementById(id);
            if (node.empty()) continue;
            saved.set(id, node.data('label'));
            node.data('label', label);
          }
        });
        return render();
      } finally {
        cy.batch(() => {
          for (const [id, label] of saved) cy.getElementById(id).data('label', label);
        });
      }
    },
    fit: () => cy.fit(shownElements(cy), 40),
  };
}
