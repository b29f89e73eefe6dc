// Saved maps: the root fields call the map service; a map's entities resolve through the batched, redacting loader.
import { ANNOTATION_TARGETS, type MapEntity as MapEntityRecord, type SavedMap } from '../../domain/maps.ts';
import type { Context } from '../context.ts';

export const mapQueries = {
  maps: (_: unknown, args: { includeDeleted?: boolean | null }, { service, viewer }: Context) => service.maps.list(viewer, args.includeDeleted ?? false),
  map: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.maps.get(viewer, id),
};

export const mapMutations = {
  saveMap: (_: unknown, { input }: { input: unknown }, { service, viewer }: Context) => service.maps.save(viewer, input),
  updateMap: (_: unknown, args: { id: string; input: unknown }, { service, viewer }: Context) => service.maps.update(viewer, args.id, args.input),
  deleteMap: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.maps.delete(viewer, id),
  restoreMap: (_: unknown, { id }: { id: string }, { service, viewer }: Context) => service.maps.restore(viewer, id),
};

export const MapType = {
  redacted: (map: SavedMap) => map.redacted ?? false,
  communities: (map: SavedMap) => map.communities ?? [],
};

export const MapEntity = {
  entity: (placed: MapEntityRecord, _: unknown, { loaders }: Context) => loaders.entity.load(placed.id),
};

export const AnnotationTarget = Object.fromEntries(ANNOTATION_TARGETS.map((t) => [t.toUpperCase(), t]));
