import type { MutationResolvers } from '../generated/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  createEntity: (_, { input }, { service, viewer }) => service.createEntity(viewer, input),

  updateEntity: (_, { id, input }, { service, viewer }) => service.updateEntity(viewer, id, input),

  createSource: (_, { input }, { service, viewer }) => service.createSource(viewer, input),

  addEdge: (_, { input }, { service, viewer }) => service.addEdge(viewer, input),

  addCitation: (_, args, { service, viewer }) => service.addCitation(viewer, args.edgeId, args.citation),

  retractEdge: (_, args, { service, viewer }) => service.retractEdge(viewer, args.id, args.reason),

  mergeEntities: (_, args, { service, viewer }) => service.mergeEntities(viewer, args.keepId, args.mergeId),

  updateEdge: (_, args, { service, viewer }) => service.corrections.updateEdge(viewer, args.id, args.input),

  retractCitation: (_, args, { service, viewer }) => service.corrections.retractCitation(viewer, args.edgeId, args.citationId, args.reason),

  reinstateEdge: (_, args, { service, viewer }) => service.corrections.reinstateEdge(viewer, args.id, args.reason),
};
