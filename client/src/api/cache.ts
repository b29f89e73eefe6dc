// The one client cache of server data: entities and edges keyed by id. Components read it through useGraphCache;
// the API calls (api/queries.ts) write every answer in through `merge` themselves, so the canvas, panels and exports
// all see the same values and no caller merges by hand.
import { useSyncExternalStore } from 'react';
import { mergeEdge } from './merge-edge.ts';
import type { ApiEntity, CachedEdge } from './types.ts';

export interface CacheSnapshot {
  entities: ReadonlyMap<string, ApiEntity>;
  edges: ReadonlyMap<string, CachedEdge>;
}

let snapshot: CacheSnapshot = { entities: new Map(), edges: new Map() };
const listeners = new Set<() => void>();

export const graphCache = {
  get(): CacheSnapshot {
    return snapshot;
  },
  merge(data: { entities?: ApiEntity[]; edges?: CachedEdge[] }): void {
    const entities = new Map(snapshot.entities);
    const edges = new Map(snapshot.edges);
    for (const e of data.entities ?? []) entities.set(e.id, e);
    for (const e of data.edges ?? []) edges.set(e.id, mergeEdge(edges.get(e.id), e));
    snapshot = { entities, edges };
    for (const l of listeners) l();
  },
  /** Forgets everything; for tests, which share the one cache of the module. */
  reset(): void {
    snapshot = { entities: new Map(), edges: new Map() };
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useGraphCache(): CacheSnapshot {
  return useSyncExternalStore(graphCache.subscribe, graphCache.get);
}
