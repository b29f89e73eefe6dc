import { QUERY_LIMITS } from '../../domain/limits.ts';
import { RELATIONSHIP_TYPES, SOURCE_KINDS } from '../../domain/vocabulary.ts';
import type { Context } from '../context.ts';
import { primeEntities } from '../loaders.ts';

interface NeighborhoodArgs {
  ids: string[];
  depth: number;
  filter?: unknown;
  limit: number;
}
interface PathsArgs {
  from: string;
  to: string;
  maxHops: number;
  filter?: unknown;
  first: number;
}

const relationshipTypes = Object.entries(RELATIONSHIP_TYPES).map(([name, rule]) => ({ name, label: rule.label, from: rule.from, to: rule.to, selfLoop: rule.selfLoop }));

export const Query = {
  search: (_: unknown, args: { query: string; kinds?: string[] | null; first: number }, { service, viewer }: Context) =>
    service.search(viewer, args.query, args.kinds, args.first),

  entity: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.entity(viewer, id),

  neighborhood: async (_: unknown, args: NeighborhoodArgs, { service, viewer, loaders }: Context) => {
    const graph = await service.neighborhood(viewer, args);
    primeEntities(loaders, graph.nodes);
    return graph;
  },

  paths: async (_: unknown, args: PathsArgs, { service, viewer, loaders }: Context) => {
    const found = await service.paths(viewer, args);
    for (const path of found) primeEntities(loaders, path.nodes);
    return found;
  },

  edge: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.edge(viewer, id),

  source: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.source(viewer, id),

  sources: (_: unknown, args: { query?: string | null; first: number }, { service, viewer }: Context) =>
    service.sources(viewer, args.query, args.first),

  history: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.history(viewer, id),

  stats: (_: unknown, _args: unknown, { service, viewer }: Context) => service.stats(viewer),

  relationshipTypes: () => relationshipTypes,

  sourceKinds: () => SOURCE_KINDS,

  limits: () => QUERY_LIMITS,
};
