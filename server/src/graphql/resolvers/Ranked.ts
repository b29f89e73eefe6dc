// The whole-graph ranking: `Query.ranking` and the `Metric` enum, which the schema hands over as the domain's names.
import { METRICS } from '../../domain/analysis/ranking.ts';
import type { Context } from '../context.ts';
import { primeEntities } from '../loaders.ts';

export const Metric = Object.fromEntries(METRICS.map((m) => [m.toUpperCase(), m]));

export const rankingQueries = {
  ranking: async (_: unknown, args: { metric: string; kinds?: string[] | null; first: number }, { service, viewer, loaders }: Context) => {
    const ranked = await service.analysis.ranking(viewer, args);
    primeEntities(loaders, ranked.map((r) => r.entity));
    return ranked;
  },
};
