// GraphStore contract, entities.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../server/src/domain/errors.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { entityPatch } from '../../fixtures/builders.ts';
import { ACTOR, ISO_TIME, expectValidationError, ids, snapshot, type ContractContext } from '../context.ts';

export function entitiesContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { entity } = ctx;

  describe('entities', () => {
    it('creates an entity with a generated URL-safe id, audit fields and degree 0', async () => {
      const created = await entity('Feminita', { aliases: [{ value: 'Феминита', lang: 'ru' }], description: 'Feminist initiative', startDate: '2018' });
      expect(created.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(created).toMatchObject({
        kind: 'organization',
        name: 'Feminita',
        aliases: [{ value: 'Феминита', lang: 'ru' }],
        description: 'Feminist initiative',
        startDate: '2018',
        endDate: null,
        sensitivity: 'public',
        degree: 0,
        createdBy: ACTOR,
        updatedBy: ACTOR,
      });
      expect(created.createdAt).toMatch(ISO_TIME);
      expect(await store.getEntity(created.id)).toEqual(created);
    });

    it('keeps an explicit id and refuses a second entity with it, writing nothing', async () => {
      const created = await entity('EL*C', { id: 'elc' });
      expect(created.id).toBe('elc');
      const before = await snapshot(store);
      await expect(entity('Another', { id: 'elc' })).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(store)).toEqual(before);
      expect((await store.getEntity('elc'))?.name).toBe('EL*C');
    });

    it('returns null for an unknown id and skips unknown ids in getEntities', async () => {
      const a = await entity('A');
      const b = await entity('B');
      expect(await store.getEntity('no-such-entity')).toBeNull();
      const found = await store.getEntities([a.id, 'no-such-entity', b.id]);
      expect(ids(found)).toEqual(new Set([a.id, b.id]));
    });

    it('updates with patch semantics, replaces aliases, re-indexes search and records before/after', async () => {
      const created = await entity('Parents Union', { aliases: [{ value: 'Old Alias', lang: 'en' }], description: 'keep me' });
      const updated = await store.updateEntity(created.id, entityPatch({ aliases: [{ value: 'Союз родителей', lang: 'ru' }] }), 'editor');
      expect(updated).toMatchObject({ name: 'Parents Union', description: 'keep me', aliases: [{ value: 'Союз родителей', lang: 'ru' }], updatedBy: 'editor', createdBy: ACTOR });
      expect(ids(await store.search('Союз родителей', { first: 5, includeRestricted: true }))).toContain(created.id);
      expect(ids(await store.search('Old Alias', { first: 5, includeRestricted: true }))).not.toContain(created.id);

      const renamed = await store.updateEntity(created.id, entityPatch({ name: 'Parents Union of Kazakhstan', description: null }), 'editor');
      expect(renamed).toMatchObject({ name: 'Parents Union of Kazakhstan', description: null, aliases: [{ value: 'Союз родителей', lang: 'ru' }] });
      expect(await store.getEntity(created.id)).toEqual(renamed);

      const history = await store.history(created.id);
      expect(history.map((e) => e.action)).toEqual(['entity.create', 'entity.update', 'entity.update']);
      expect(history[2]).toMatchObject({ actor: 'editor', targetId: created.id, before: { name: 'Parents Union' }, after: { name: 'Parents Union of Kazakhstan' } });
    });

    it('rejects a patch that inverts the stored dates, or an unknown id, without writing', async () => {
      const created = await entity('Akimat', { kind: 'organization', startDate: '2020' });
      const before = await snapshot(store);
      await expectValidationError(store.updateEntity(created.id, entityPatch({ endDate: '2019' }), ACTOR), ['input', 'endDate']);
      await expect(store.updateEntity('no-such-entity', entityPatch({ name: 'X' }), ACTOR)).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot(store)).toEqual(before);
      expect(await store.getEntity(created.id)).toEqual(created);
    });
  });
}
