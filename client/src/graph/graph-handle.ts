// What the rest of the app may ask of the canvas without touching the Cytoscape instance itself.
import type { Core } from 'cytoscape';
import type { Point } from './ring-placement.ts';
import { shownEdges, shownElements, shownNodes } from './shown.ts';

export interface GraphHandle {
  positions(): Record<string, Point>;
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  png(scale: number): Promise<Blob>;
  svg(scale: number): string;
  fit(): void;
}

interface SvgCapable {
  svg(options: { full: boolean; scale: number; bg?: string }): string;
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
    visibleEdgeIds: () => shownEdges(cy).map((e) => e.id()),
    png: (scale) => cy.png({ full: true, scale, output: 'blob-promise', bg: '#ffffff' }),
    svg: (scale) => (cy as unknown as SvgCapable).svg({ full: true, scale, bg: '#ffffff' }),
    fit: () => cy.fit(shownElements(cy), 40),
  };
}
