import type { EdgeResolvers } from '../generated/resolvers-types.ts';
import { required } from './required.ts';

// Endpoints come through the per-request loader, which batches them and redacts restricted entities (or at once, when
// the read that returned the edge primed them).
export const Edge: EdgeResolvers = {
  from: (edge, _, { loaders }) => loaders.primed.entities.get(edge.from) ?? loaders.entity.load(edge.from).then((e) => required(e, 'entity', edge.from)),
  to: (edge, _, { loaders }) => loaders.primed.entities.get(edge.to) ?? loaders.entity.load(edge.to).then((e) => required(e, 'entity', edge.to)),
};
