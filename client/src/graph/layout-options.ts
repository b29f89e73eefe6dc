// Options for each named layout, shared by the canvas (small graphs, animated) and the layout worker (large graphs).
import type { EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from './layouts.ts';

export const ANIMATE_BELOW = 250;
/** From this size fcose runs only its spectral stage ("draft"); the force-directed refinement costs seconds. */
export const DRAFT_ABOVE = 1000;

export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const animate = nodeCount < ANIMATE_BELOW;
  const common = { fit: true, padding: 40, animate, animationDuration: 300 };
  switch (name) {
    case 'fcose': {
      // `degree()` walks a node's edges on every call; hubs here have thousands, and fcose asks once per edge.
      const degrees = new Map<string, number>();
      const degree = (n: NodeSingular) => {
        let d = degrees.get(n.id());
        if (d === undefined) degrees.set(n.id(), (d = n.degree(false)));
        return d;
      };
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > DRAFT_ABOVE ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 20000,
        // Hubs get longer edges so their many neighbours have room for labels around them.
        idealEdgeLength: (edge: EdgeSingular) => 90 + 9 * Math.min(40, Math.max(degree(edge.source()), degree(edge.target()))),
        nodeSeparation: 110,
      } as LayoutOptions;
    }
    case 'concentric':
      return { name: 'concentric', ...common, minNodeSpacing: 40, concentric: (n) => n.degree(false), levelWidth: () => 2 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true } as LayoutOptions;
  }
}
