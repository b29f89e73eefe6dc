// GraphStore contract, search.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../server/src/domain/types.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { loadSearchGraph } from '../../fixtures/search-graph.ts';
import { ids, type ContractContext } from '../context.ts';

export function searchContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source, entity, edge } = ctx;

  describe('search', () => {
    let s: Awaited<ReturnType<typeof loadSearchGraph>>;
    beforeEach(async () => {
      s = await loadSearchGraph(store);
    });
    const top = async (query: string, options: Partial<{ kinds: Entity['kind'][]; first: number; includeRestricted: boolean }> = {}) =>
      store.search(query, { first: 10, includeRestricted: true, ...options });

    it.each(['Народные Советы', 'narodnye sovety', 'Narodnye Sovety', 'НАРОДНЫЕ', 'narod', 'Nardonye Sovety'])(
      'finds Narodnye Sovety from %j',
      async (query) => {
        expect((await top(query))[0]?.id).toBe(s.narodnye.id);
      },
    );

    it.each([
      ['Baltabaeva', 'baltabayeva'],
      ['Baltabayeva', 'baltabayeva'],
      ['Балтабаева', 'baltabayeva'],
      ['Kazakhstanskyi Souz Roditelei', 'puk'],
      ['Казахстанский союз', 'puk'],
      ['Parents Union', 'puk'],
      ['Әкімдік', 'akimat'],
      ['akimdik', 'akimat'],
      ['Akimat', 'akimat'],
    ] as const)('finds %j across scripts and spellings', async (query, key) => {
      expect((await top(query))[0]?.id).toBe(s[key].id);
    });

    it('ranks an exact name match first and honours first', async () => {
      const sourceId = (await source()).id;
      const other = await entity('Other');
      await edge(s.feminitaYouth.id, other.id, sourceId);
      await edge(s.feminitaYouth.id, s.akimat.id, sourceId);
      const found = await top('Feminita');
      expect(found.map((e) => e.id)).toEqual([s.feminita.id, s.feminitaYouth.id]);
      expect(found[1]?.degree).toBe(2);
      expect(await top('Feminita', { first: 1 })).toHaveLength(1);
    });

    it('filters by kind', async () => {
      expect(ids(await top('Baltabaeva', { kinds: ['organization'] }))).toEqual(new Set());
      expect(ids(await top('Baltabaeva', { kinds: ['person', 'organization'] }))).toEqual(new Set([s.baltabayeva.id]));
      expect(ids(await top('Feminita', { kinds: ['organization'] }))).toEqual(new Set([s.feminita.id, s.feminitaYouth.id]));
    });

    it('never returns a restricted entity unless restricted entities are included', async () => {
      expect(ids(await top('Aliya Seitkali', { includeRestricted: false }))).toEqual(new Set());
      expect(ids(await top('Seitkali', { includeRestricted: false }))).toEqual(new Set());
      expect(ids(await top('Aliya Seitkali', { includeRestricted: true }))).toEqual(new Set([s.restricted.id]));
    });

    it('finds nothing for a query with no words, and treats query syntax as text', async () => {
      expect(await top('')).toEqual([]);
      expect(await top('  !!  ')).toEqual([]);
      expect((await top('"Feminita*')).map((e) => e.id)).toEqual([s.feminita.id, s.feminitaYouth.id]);
      expect((await top('Feminita) (')).map((e) => e.id)).toEqual([s.feminita.id, s.feminitaYouth.id]);
      expect(await top('NEAR(a b) AND')).toEqual([]);
    });
  });
}
