// Runs a named layout over what the canvas shows. Large graphs skip animation and use fcose's draft quality so a few
// thousand nodes still lay out within the client's time budget.
import type { Core, EdgeSingular, LayoutOptions } from 'cytoscape';
import type { LayoutName } from './layouts.ts';
import { shownElements } from './shown.ts';

const ANIMATE_BELOW = 250;

export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const animate = nodeCount < ANIMATE_BELOW;
  const common = { fit: true, padding: 40, animate, animationDuration: 300 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > 1000 ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 20000,
        // Hubs get longer edges so their many neighbours have room for labels around them.
        idealEdgeLength: (edge: EdgeSingular) =>
          90 + 9 * Math.min(40, Math.max(edge.source().degree(false), edge.target().degree(false))),
        nodeSeparation: 110,
      } as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', ...common, minNodeSpacing: 40, concentric: (n) => n.degree(false), levelWidth: () => 2 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true } as LayoutOptions;
  }
}

export function runLayout(cy: Core, name: LayoutName): void {
  const visible = shownElements(cy);
  if (visible.nodes().length === 0) return;
  visible.layout(layoutOptions(name, visible.nodes().length)).run();
}
