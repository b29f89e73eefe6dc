// Saved maps: the root fields call the map service; a map's entities resolve through the batched, redacting loader.
import type { MapEntityResolvers, MapResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';

export const mapQueries: Pick<QueryResolvers, 'maps' | 'map'> = {
  maps: (_, args, { service, viewer }) => service.maps.list(viewer, args.includeDeleted ?? false),
  map: (_, { id }, { service, viewer }) => service.maps.get(viewer, id),
};

export const mapMutations: Pick<MutationResolvers, 'saveMap' | 'updateMap' | 'deleteMap' | 'restoreMap'> = {
  saveMap: (_, { input }, { service, viewer }) => service.maps.save(viewer, input),
  updateMap: (_, args, { service, viewer }) => service.maps.update(viewer, args.id, args.input),
  deleteMap: (_, { id }, { service, viewer }) => service.maps.delete(viewer, id),
  restoreMap: (_, { id }, { service, viewer }) => service.maps.restore(viewer, id),
};

export const MapType: MapResolvers = {
  redacted: (map) => map.redacted ?? false,
  communities: (map) => map.communities ?? [],
};

export const MapEntity: MapEntityResolvers = {
  entity: (placed, _, { loaders }) => loaders.entity.load(placed.id),
};
