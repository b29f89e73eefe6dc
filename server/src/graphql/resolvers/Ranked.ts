// The whole-graph ranking: `Query.ranking`. Its entities are primed into the loader, already redacted.
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { primeEntities } from '../loaders.ts';

export const rankingQueries: Pick<QueryResolvers, 'ranking'> = {
  ranking: async (_, args, { service, viewer, loaders }) => {
    const ranked = await service.analysis.ranking(viewer, args);
    primeEntities(loaders, ranked.map((r) => r.entity));
    return ranked;
  },
};
