import type { Edge as EdgeRecord } from '../../domain/types.ts';
import type { Context } from '../context.ts';

// Endpoints come through the per-request loader, which batches them and redacts restricted entities.
export const Edge = {
  from: (edge: EdgeRecord, _: unknown, { loaders }: Context) => loaders.entity.load(edge.from),
  to: (edge: EdgeRecord, _: unknown, { loaders }: Context) => loaders.entity.load(edge.to),
};
