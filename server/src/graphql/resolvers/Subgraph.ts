import type { SubgraphResolvers } from '../generated/resolvers-types.ts';
import { canvasOf } from '../canvas.ts';

// The parent is the neighborhood as GraphService returned it, already redacted for this viewer (or its canvas answer,
// encoded where it was read).
export const Subgraph: SubgraphResolvers = {
  canvas: (graph) => canvasOf(graph),
};
