import type { EdgeResolvers } from '../generated/resolvers-types.ts';
import { required } from './required.ts';

// Endpoints come through the per-request loader, which batches them and redacts restricted entities.
export const Edge: EdgeResolvers = {
  from: async (edge, _, { loaders }) => required(await loaders.entity.load(edge.from), 'entity', edge.from),
  to: async (edge, _, { loaders }) => required(await loaders.entity.load(edge.to), 'entity', edge.to),
};
