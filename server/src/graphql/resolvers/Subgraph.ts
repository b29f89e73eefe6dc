import type { SubgraphResolvers } from '../generated/resolvers-types.ts';
import { canvasJson } from '../canvas.ts';

// The parent is the neighborhood as GraphService returned it, already redacted for this viewer.
export const Subgraph: SubgraphResolvers = {
  canvas: (graph) => canvasJson(graph),
};
