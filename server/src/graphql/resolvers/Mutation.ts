import type { Context } from '../context.ts';

export const Mutation = {
  createEntity: (_: unknown, { input }: { input: unknown }, { service, viewer }: Context) =>
    service.createEntity(viewer, input),

  updateEntity: (_: unknown, { id, input }: { id: string; input: unknown }, { service, viewer }: Context) =>
    service.updateEntity(viewer, id, input),

  createSource: (_: unknown, { input }: { input: unknown }, { service, viewer }: Context) =>
    service.createSource(viewer, input),

  addEdge: (_: unknown, { input }: { input: unknown }, { service, viewer }: Context) => service.addEdge(viewer, input),

  addCitation: (_: unknown, args: { edgeId: string; citation: unknown }, { service, viewer }: Context) =>
    service.addCitation(viewer, args.edgeId, args.citation),

  retractEdge: (_: unknown, args: { id: string; reason: string }, { service, viewer }: Context) =>
    service.retractEdge(viewer, args.id, args.reason),

  mergeEntities: (_: unknown, args: { keepId: string; mergeId: string }, { service, viewer }: Context) =>
    service.mergeEntities(viewer, args.keepId, args.mergeId),

  updateEdge: (_: unknown, args: { id: string; input: unknown }, { service, viewer }: Context) =>
    service.corrections.updateEdge(viewer, args.id, args.input),

  retractCitation: (_: unknown, args: { edgeId: string; citationId: string; reason: string }, { service, viewer }: Context) =>
    service.corrections.retractCitation(viewer, args.edgeId, args.citationId, args.reason),

  reinstateEdge: (_: unknown, args: { id: string; reason: string }, { service, viewer }: Context) =>
    service.corrections.reinstateEdge(viewer, args.id, args.reason),
};
