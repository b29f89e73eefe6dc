// GraphStore contract, bulk load.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../server/src/domain/errors.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { bundle } from '../../fixtures/builders.ts';
import { miniBundle } from '../../fixtures/mini-bundle.ts';
import { expectValidationError, ids, snapshot, type ContractContext } from '../context.ts';

export function bulkLoadContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });

  describe('bulk load', () => {
    it('loads a bundle with its ids, derives status, indexes search and records one audit event per record', async () => {
      const before = (await store.auditEvents(null, 100)).length;
      const result = await store.bulkLoad(miniBundle, 'seed');
      expect(result).toEqual({ entities: 4, sources: 2, edges: 3, citations: 4 });
      expect(await store.stats()).toEqual({ entities: 4, edges: 3, sources: 2, citations: 4 });
      expect((await store.getEdge('puk-affiliated-narodnye'))?.status).toBe('contested');
      expect((await store.getEdge('narodnye-organized-rally'))?.status).toBe('active');
      expect((await store.getEdge('narodnye-organized-rally'))?.citations[0]).toMatchObject({ sourceId: 'src-footnote-12', locator: 'fn. 12' });
      expect(await store.getEntity('puk')).toMatchObject({ name: 'Казахстанский союз родителей', degree: 2, createdBy: 'seed' });
      expect((await store.getSource('src-footnote-12'))?.partOf).toBe('src-report');
      expect((await store.search('narodnye sovety', { first: 5, includeRestricted: true }))[0]?.id).toBe('narodnye-sovety');
      expect(ids(await store.search('R', { first: 5, includeRestricted: false }))).not.toContain('activist-r');
      const records = [...miniBundle.sources, ...miniBundle.entities, ...miniBundle.edges];
      const events = (await store.auditEvents(null, 100)).slice(before);
      expect(events.map((e) => e.targetId)).toEqual(records.map((r) => r.id));
      for (const event of events) {
        expect(event).toMatchObject({ action: 'bulk-load', actor: 'seed', before: null, after: { file: null, bundle: miniBundle.meta?.name ?? null } });
      }
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      expect((await store.history('puk')).map((e) => e.action)).toEqual(['bulk-load']);
      expect(await store.isEmpty()).toBe(false);
    });

    it('records where a load came from in the history of every record it wrote', async () => {
      await store.bulkLoad(miniBundle, 'seed', { action: 'seed.import', file: 'mini.json' });
      for (const record of [...miniBundle.sources, ...miniBundle.entities, ...miniBundle.edges]) {
        const history = await store.history(record.id);
        expect(history, record.id).toHaveLength(1);
        expect(history[0]).toMatchObject({ action: 'seed.import', targetId: record.id, after: { file: 'mini.json' } });
      }
      expect(await store.history('graph')).toEqual([]);
    });

    it('rejects a bundle with a broken reference or a duplicate id and writes nothing', async () => {
      const broken = { ...miniBundle, edges: [...miniBundle.edges, { ...miniBundle.edges[0]!, id: 'x', to: 'no-such-entity' }] };
      await expectValidationError(store.bulkLoad(broken, 'seed'), ['bundle', 'edges', 3, 'to']);
      const duplicate = { ...miniBundle, entities: [...miniBundle.entities, miniBundle.entities[0]!] };
      await expectValidationError(store.bulkLoad(duplicate, 'seed'), ['bundle', 'entities', 4, 'id']);
      const lawAsserts = { ...miniBundle, edges: [{ ...miniBundle.edges[0]!, type: 'ASSERTED' as const }] };
      await expectValidationError(store.bulkLoad(lawAsserts, 'seed'), ['bundle', 'edges', 0, 'to']);
      const badSource = { ...miniBundle, edges: [{ ...miniBundle.edges[0]!, citations: [{ ...miniBundle.edges[0]!.citations[0]!, sourceId: 'nope' }] }] };
      await expectValidationError(store.bulkLoad(badSource, 'seed'), ['bundle', 'edges', 0, 'citations', 0, 'sourceId']);
      expect(await store.isEmpty()).toBe(true);
      expect(await store.auditEvents(null, 10)).toEqual([]);
    });

    it('refuses to load ids the store already holds, writing nothing', async () => {
      await store.bulkLoad(miniBundle, 'seed');
      const before = await snapshot(store);
      await expect(store.bulkLoad(miniBundle, 'seed')).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(store)).toEqual(before);
      // The new source goes in before the clashing entity: the whole load must roll back.
      const clash = { sources: [{ ...miniBundle.sources[0]!, id: 'src-new' }], entities: [miniBundle.entities[0]!], edges: [] };
      await expect(store.bulkLoad(bundle(clash), 'seed')).rejects.toBeInstanceOf(ConflictError);
      expect(await store.getSource('src-new')).toBeNull();
      expect(await snapshot(store)).toEqual(before);
    });

    it('counts a load onto entities the store already holds into their degrees', async () => {
      await store.bulkLoad(miniBundle, 'seed');
      const template = miniBundle.edges[0]!;
      const ends = [template.from, template.to];
      const before = await store.getEntities(ends);
      await store.bulkLoad(bundle({ sources: [], entities: [], edges: [{ ...template, id: 'second-edge' }] }), 'seed');
      expect((await store.getEntities(ends)).map((e) => e.degree)).toEqual(before.map((e) => e.degree + 1));
    });
  });
}
