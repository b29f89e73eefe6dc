// The saved-maps part of the store port. Records arrive built by the domain (domain/maps.ts); each write is one
// transaction with its audit event, and `change` runs inside it so the record is decided against what is stored.
import type { SavedMap } from '../domain/maps.ts';
import type { Actor } from './graph-store.ts';

export type MapChange = (before: SavedMap, actor: Actor, at: string) => SavedMap;

export interface MapStore {
  /** Every map, newest change first; deleted ones only when asked. */
  listMaps(includeDeleted: boolean): Promise<SavedMap[]>;
  getMap(id: string): Promise<SavedMap | null>;
  /** Stores `record` and audits `map.create`. */
  createMap(record: SavedMap, actor: Actor): Promise<SavedMap>;
  /**
   * Reads the map, applies `change` and stores the result in one transaction, audited as `action` with the map before
   * and after. NotFoundError when there is no such map; whatever `change` throws aborts the write.
   */
  changeMap(id: string, action: MapAction, change: MapChange, actor: Actor): Promise<SavedMap>;
}

export type MapAction = 'map.update' | 'map.delete' | 'map.restore';
