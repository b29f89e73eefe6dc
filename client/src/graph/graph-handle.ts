// What the rest of the app may ask of the canvas without touching the Cytoscape instance itself.
import type { Core, EdgeSingular } from 'cytoscape';
import type { Point } from './ring-placement.ts';
import { thinnedOf } from './edge-budget.ts';
import { withEdgeLabels } from './large-graph.ts';
import { isShown, shownEdges, shownElements, shownNodes } from './shown.ts';
import { renderSvg } from './svg-render.ts';
import { labelAllNodes } from './viewport-labels.ts';

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
  /**
   * Where each of the given elements is drawn now, in canvas pixels: a node's top-right corner, a relationship's
   * midpoint. Elements not on the canvas or not shown are left out. For what is drawn over the canvas (map notes).
   */
  anchors(ids: readonly string[]): Map<string, Point>;
  /** Calls `listener` after each frame the canvas draws (pan, zoom, layout, hiding); returns the unsubscribe. */
  onRender(listener: () => void): () => void;
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
    // Synchronous, so that it renders while withNodeLabels holds its labels. Every node is named in an export, also
    // on a large canvas that names only the nodes in view.
    png: (scale) => withEdgeLabels(cy, () => (labelAllNodes(cy), cy.png({ full: true, scale, output: 'blob', bg: '#ffffff' }))),
    svg: (scale) => withEdgeLabels(cy, () => (labelAllNodes(cy), renderSvg(cy, scale))),
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
    anchors(ids) {
      const out = new Map<string, Point>();
      for (const id of ids) {
        const el = cy.getElementById(id);
        if (el.empty() || !isShown(el)) continue;
        if (el.isNode()) {
          const box = el.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
          out.set(id, { x: box.x2, y: box.y1 });
        } else {
          const mid = (el as unknown as EdgeSingular).renderedMidpoint();
          out.set(id, { x: mid.x, y: mid.y });
        }
      }
      return out;
    },
    onRender(listener) {
      cy.on('render', listener);
      return () => void cy.removeListener('render', listener);
    },
  };
}
