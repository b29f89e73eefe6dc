// Per-request batch loaders: every Edge.from/to and Citation.source of one response is fetched in a few batched
// reads instead of one read per field. Each loader goes through GraphService, so what it returns is already redacted.
import DataLoader from 'dataloader';
import type { GraphService } from '../domain/graph-service.ts';
import type { Entity, Source } from '../domain/types.ts';
import type { Viewer } from '../domain/visibility.ts';

// Keeps each batched store read to a bounded number of ids, whatever the size of the response.
const MAX_BATCH = 1000;

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, Source | null>;
  /**
   * Records a read of this request already returned, redacted for its viewer, by id. A field pointing at one resolves
   * to it at once rather than through a loader's promise, so GraphQL completes such objects without awaiting anything.
   */
  primed: { entities: Map<string, Entity>; sources: Map<string, Source> };
}

function byId<T extends { id: string }>(ids: readonly string[], found: T[]): (T | null)[] {
  const index = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => index.get(id) ?? null);
}

export function createLoaders(service: GraphService, viewer: Viewer): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await service.entities(viewer, [...ids])), { maxBatchSize: MAX_BATCH }),
    source: new DataLoader(async (ids) => byId(ids, await service.sourcesByIds(viewer, [...ids])), { maxBatchSize: MAX_BATCH }),
    primed: { entities: new Map(), sources: new Map() },
  };
}

/** Records a read already returned (and redacted), into the loader and the primed map; the first one of an id stays. */
function prime<T extends { id: string }>(loader: DataLoader<string, T | null>, primed: Map<string, T>, records: T[]): void {
  for (const record of records) {
    loader.prime(record.id, record);
    if (!primed.has(record.id)) primed.set(record.id, record);
  }
}

/** Entities a read already returned (and redacted) need no second lookup when edges point at them. */
export function primeEntities(loaders: Loaders, entities: Entity[]): void {
  prime(loaders.entity, loaders.primed.entities, entities);
}

/** Sources a read already returned (and redacted) need no second lookup when citations point at them. */
export function primeSources(loaders: Loaders, sources: Source[]): void {
  prime(loaders.source, loaders.primed.sources, sources);
}
