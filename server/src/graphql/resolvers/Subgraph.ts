import type { SubgraphResolvers } from '../generated/resolvers-types.ts';
import { canvasJson } from '../canvas.ts';
import { yieldingList } from '../yielding-list.ts';

// The parent is the neighborhood as GraphService returned it, already redacted for this viewer. Its lists can hold
// thousands of records, so they are completed a slice per turn of the event loop.
export const Subgraph: SubgraphResolvers = {
  nodes: (graph) => yieldingList(graph.nodes),
  edges: (graph) => yieldingList(graph.edges),
  canvas: (graph) => canvasJson(graph),
};
