// GraphStore contract, merging entities.
import { beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../server/src/domain/errors.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { ACTOR, expectValidationError, filter, ids, snapshot, type ContractContext } from '../context.ts';
import { neighborhood } from '../../../server/src/domain/traversal.ts';

export function mergeContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source, entity, edge } = ctx;

  describe('merging entities', () => {
    it('moves edges, citations and aliases onto the kept entity, retracts edges between the two, and audits both ids', async () => {
      const sourceId = (await source()).id;
      const keep = await entity('Parents Union of Kazakhstan', { aliases: [{ value: 'PUK', lang: 'en' }] });
      const merge = await entity('Казахстанский союз родителей', { aliases: [{ value: 'Kazakhstanskyi Souz Roditelei', lang: 'ru-Latn' }] });
      const x = await entity('X');
      const y = await entity('Y');
      const out = await edge(merge.id, x.id, sourceId, { type: 'FUNDED', citations: [{ sourceId, locator: 'out' }] });
      const inbound = await edge(y.id, merge.id, sourceId, { type: 'SUED', citations: [{ sourceId, locator: 'in' }] });
      const between = await edge(keep.id, merge.id, sourceId, { type: 'ALLIED_WITH' });
      const statsBefore = await store.stats();

      const kept = await store.mergeEntities(keep.id, merge.id, 'editor');
      expect(kept.id).toBe(keep.id);
      expect(kept.name).toBe('Parents Union of Kazakhstan');
      expect(new Set(kept.aliases.map((a) => a.value))).toEqual(new Set(['PUK', 'Казахстанский союз родителей', 'Kazakhstanskyi Souz Roditelei']));
      expect(kept.degree).toBe(2);
      expect(await store.getEntity(merge.id)).toBeNull();
      expect(await store.getEntity(keep.id)).toEqual(kept);

      const movedOut = await store.getEdge(out.id);
      expect(movedOut).toMatchObject({ from: keep.id, to: x.id, status: 'active' });
      expect(movedOut?.citations).toEqual(out.citations);
      const movedIn = await store.getEdge(inbound.id);
      expect(movedIn).toMatchObject({ from: y.id, to: keep.id, status: 'active' });
      expect(movedIn?.citations).toEqual(inbound.citations);
      const loop = await store.getEdge(between.id);
      expect(loop).toMatchObject({ status: 'retracted', retractedReason: 'merged' });
      expect(loop?.citations).toEqual(between.citations);

      expect(await store.stats()).toEqual({ ...statsBefore, entities: statsBefore.entities - 1, edges: statsBefore.edges - 1 });
      expect(ids(await store.search('Kazakhstanskyi Souz', { first: 5, includeRestricted: true }))).toEqual(new Set([keep.id]));
      expect(ids(await store.search('Казахстанский союз родителей', { first: 5, includeRestricted: true }))).toEqual(new Set([keep.id]));
      const view = await store.traverse(() => neighborhood({ ids: [keep.id], depth: 1, limit: 10, filter: filter() }));
      expect(ids(view.nodes)).toEqual(new Set([keep.id, x.id, y.id]));

      expect((await store.history(keep.id)).map((e) => e.action)).toContain('entity.merge');
      expect((await store.history(merge.id)).map((e) => e.action)).toEqual(['entity.create', 'entity.merge']);
    });

    it('rejects merging an entity into itself or an unknown one, writing nothing', async () => {
      const a = await entity('A');
      const before = await snapshot(store);
      await expectValidationError(store.mergeEntities(a.id, a.id, ACTOR), ['mergeId']);
      await expect(store.mergeEntities(a.id, 'no-such-entity', ACTOR)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.mergeEntities('no-such-entity', a.id, ACTOR)).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot(store)).toEqual(before);
    });
  });
}
