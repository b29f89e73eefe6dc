// The saved-maps part of the GraphStore contract, run by every engine's suite: maps round-trip exactly (positions,
// filters, annotations), list newest first, soft-delete and restore, and every change is audited in its transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../server/src/domain/errors.ts';
import { deletedMapRecord, mapInputSchema, newMapRecord, restoredMapRecord, updatedMapRecord, type SavedMap } from '../../server/src/domain/maps.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import type { OpenStore } from './context.ts';

const ACTOR = 'map-contract';

function mapRecord(title: string, at = new Date().toISOString()): SavedMap {
  const input = mapInputSchema.parse({
    title,
    caption: 'Who funds whom — Кто кого финансирует',
    entities: [
      { id: 'org-a', x: 12.25, y: -40.5, pinned: true },
      { id: 'person-b', x: 310.125, y: 99.0625, hidden: true },
    ],
    filters: { kinds: ['organization', 'person'], types: ['FUNDED'], confidence: ['alleged'], includeRetracted: true, from: '2021', to: '2022-03' },
    layout: 'concentric',
    annotations: [
      { text: 'Rally, 12 March 2022', target: 'map', x: 5, y: 6 },
      { text: 'Leader', target: 'entity', targetId: 'person-b' },
      { text: 'Contested in court', target: 'edge', targetId: 'edg_1' },
    ],
  });
  return newMapRecord(input, ACTOR, at);
}

export function describeMapStoreContract(name: string, open: OpenStore): void {
  describe(`MapStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await cleanup();
    });

    it('keeps a map exactly as saved and audits its creation', async () => {
      const record = mapRecord('Funding network');
      expect(await store.maps.createMap(record, ACTOR)).toEqual(record);
      expect(await store.maps.getMap(record.id)).toEqual(record);
      expect(await store.maps.getMap('map_missing')).toBeNull();
      const history = await store.history(record.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: 'map.create', actor: ACTOR, targetId: record.id, before: null, after: record });
    });

    it('lists maps newest change first and leaves deleted ones out unless asked', async () => {
      const older = await store.maps.createMap(mapRecord('Older', '2024-01-01T00:00:00.000Z'), ACTOR);
      const newer = await store.maps.createMap(mapRecord('Newer', '2024-06-01T00:00:00.000Z'), ACTOR);
      expect((await store.maps.listMaps(false)).map((m) => m.title)).toEqual(['Newer', 'Older']);
      await store.maps.changeMap(older.id, 'map.delete', deletedMapRecord, 'editor');
      expect((await store.maps.listMaps(false)).map((m) => m.id)).toEqual([newer.id]);
      const all = await store.maps.listMaps(true);
      expect(all.map((m) => m.id)).toEqual([older.id, newer.id]);
      expect(all[0]!.deletedAt).not.toBeNull();
    });

    it('updates, soft-deletes and restores, auditing each change with the map before and after', async () => {
      const record = await store.maps.createMap(mapRecord('Draft'), ACTOR);
      const input = mapInputSchema.parse({ title: 'Final', entities: [{ id: 'org-a', x: 1, y: 2 }] });
      const updated = await store.maps.changeMap(record.id, 'map.update', (before, actor, at) => updatedMapRecord(before, input, actor, at), 'editor');
      expect(updated).toMatchObject({ id: record.id, title: 'Final', caption: null, owner: ACTOR, createdAt: record.createdAt, updatedBy: 'editor', annotations: [] });
      expect(updated.entities).toEqual([{ id: 'org-a', x: 1, y: 2, pinned: false, hidden: false }]);
      const deleted = await store.maps.changeMap(record.id, 'map.delete', deletedMapRecord, 'editor');
      expect(deleted.deletedAt).toEqual(expect.any(String));
      expect((await store.maps.getMap(record.id))!.deletedAt).toBe(deleted.deletedAt);
      const restored = await store.maps.changeMap(record.id, 'map.restore', restoredMapRecord, 'editor');
      expect(restored.deletedAt).toBeNull();
      expect(await store.maps.getMap(record.id)).toEqual(restored);
      const history = await store.history(record.id);
      expect(history.map((e) => e.action)).toEqual(['map.create', 'map.update', 'map.delete', 'map.restore']);
      expect(history[1]).toMatchObject({ before: { title: 'Draft' }, after: { title: 'Final' }, actor: 'editor' });
      expect(history[2]).toMatchObject({ before: { deletedAt: null }, after: { deletedAt: deleted.deletedAt } });
    });

    it('writes nothing when the change is refused or the map is unknown', async () => {
      const record = await store.maps.createMap(mapRecord('Kept'), ACTOR);
      await expect(store.maps.changeMap(record.id, 'map.restore', restoredMapRecord, 'editor')).rejects.toBeInstanceOf(ConflictError);
      await store.maps.changeMap(record.id, 'map.delete', deletedMapRecord, 'editor');
      await expect(store.maps.changeMap(record.id, 'map.delete', deletedMapRecord, 'editor')).rejects.toBeInstanceOf(ConflictError);
      await expect(store.maps.changeMap('map_unknown', 'map.delete', deletedMapRecord, 'editor')).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.history(record.id)).map((e) => e.action)).toEqual(['map.create', 'map.delete']);
      expect(await store.history('map_unknown')).toEqual([]);
    });

    it('refuses a second map with the same id', async () => {
      const record = await store.maps.createMap(mapRecord('Once'), ACTOR);
      await expect(store.maps.createMap({ ...record, title: 'Twice' }, ACTOR)).rejects.toBeInstanceOf(ConflictError);
      expect((await store.maps.getMap(record.id))!.title).toBe('Once');
    });
  });
}
