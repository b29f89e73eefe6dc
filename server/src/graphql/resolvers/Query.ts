import { QUERY_LIMITS } from '../../domain/limits.ts';
import { RELATIONSHIP_TYPES, SOURCE_KINDS } from '../../domain/shared/vocabulary.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { primeEntities, primeSources } from '../loaders.ts';
import { canvasOnlySubgraph } from '../canvas.ts';
import { selectsOnlyCanvas } from '../canvas-selection.ts';

const relationshipTypes = Object.entries(RELATIONSHIP_TYPES).map(([name, rule]) => ({ name, label: rule.label, from: [...rule.from], to: [...rule.to], selfLoop: rule.selfLoop }));

export const Query: QueryResolvers = {
  search: (_, args, { service, viewer }) => service.search(viewer, args.query, args.kinds, args.first),

  entity: (_, { id }, { service, viewer }) => service.entity(viewer, id),

  neighborhood: async (_, args, { service, viewer, loaders, canvas }, info) => {
    // The canvas's own selection is read and encoded in one step (in a read worker where there are some).
    if (selectsOnlyCanvas(info)) return canvasOnlySubgraph(await canvas(viewer, args));
    const graph = await service.neighborhood(viewer, args);
    primeEntities(loaders, graph.nodes);
    return graph;
  },

  paths: async (_, args, { service, viewer, loaders }) => {
    const { paths: found, sources } = await service.pathsWithSources(viewer, args);
    for (const path of found) primeEntities(loaders, path.nodes);
    primeSources(loaders, sources);
    return found;
  },

  edge: (_, { id }, { service, viewer }) => service.edge(viewer, id),
  edges: (_, { ids }, { service, viewer }) => service.edges(viewer, ids),
  entities: (_, { ids }, { service, viewer }) => service.entitiesById(viewer, ids),

  source: (_, { id }, { service, viewer }) => service.source(viewer, id),

  sources: (_, args, { service, viewer }) => service.sources(viewer, args.query, args.first),

  history: (_, { id }, { service, viewer }) => service.history(viewer, id),

  stats: (_, _args, { service, viewer }) => service.stats(viewer),

  relationshipTypes: () => relationshipTypes,

  sourceKinds: () => [...SOURCE_KINDS],

  limits: () => QUERY_LIMITS,

  edgesAmong: (_, args, { service, viewer }) => service.corrections.edgesAmong(viewer, args.ids, args.filter),

  duplicatesOf: (_, { id }, { service, viewer }) => service.corrections.duplicatesOf(viewer, id),

  similarEntities: (_, args, { service, viewer }) => service.corrections.similarEntities(viewer, args.name, args.aliases, args.kind),

  duplicateEdges: (_, { input }, { service, viewer }) => service.corrections.duplicateEdges(viewer, input),
};
