// GraphStore contract, copying between stores.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Edge } from '../../../server/src/domain/types.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { citationInput, reason } from '../../fixtures/builders.ts';
import { miniBundle } from '../../fixtures/mini-bundle.ts';
import { loadTraversalGraph } from '../../fixtures/traversal-graph.ts';
import { ACTOR, sorted, type ContractContext } from '../context.ts';

export function copyingContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });

  describe('copying between stores', () => {
    it('pages every record and imports exact copies into another store', async () => {
      await store.bulkLoad(miniBundle, 'seed');
      const g = await loadTraversalGraph(store);
      await store.retractEdge(g.edge['C-D'], reason('Withdrawn'), ACTOR);
      await store.addCitation(g.edge['B-C'], citationInput({ sourceId: 'src-report', stance: 'disputes' }), ACTOR);

      const target = await ctx.open();
      try {
        const copy = target.store;
        const pageSize = 3;
        const copyAll = async <T extends { id: string }>(page: (after: string | null, n: number) => Promise<T[]>) => {
          const out: T[] = [];
          for (let batch = await page(null, pageSize); batch.length > 0; batch = await page(batch.at(-1)?.id ?? null, pageSize)) {
            expect(batch.length).toBeLessThanOrEqual(pageSize);
            out.push(...batch);
          }
          return out;
        };
        const entities = await copyAll((a, n) => store.pageEntities(a, n));
        const sources = await copyAll((a, n) => store.pageSources(a, n));
        const edges = await copyAll((a, n) => store.pageEdges(a, n));
        const events = await copyAll((a, n) => store.auditEvents(a, n));
        expect(entities.map((e) => e.id)).toEqual(entities.map((e) => e.id).sort());
        expect(entities).toHaveLength(10);
        expect(edges).toHaveLength(11);

        await copy.importRecords({ entities, sources: [], edges: [] });
        await copy.importRecords({ entities: [], sources, edges });
        await copy.importAuditEvents(events);

        const byId = <T extends { id: string }>(items: T[]) => sorted(items, (i) => i.id);
        const normalizeEdge = (e: Edge) => ({ ...e, citations: byId(e.citations) });
        expect(byId(await copyAll((a, n) => copy.pageEntities(a, n)))).toEqual(byId(entities));
        expect(byId(await copyAll((a, n) => copy.pageSources(a, n)))).toEqual(byId(sources));
        expect(byId(await copyAll((a, n) => copy.pageEdges(a, n))).map(normalizeEdge)).toEqual(byId(edges).map(normalizeEdge));
        expect(await copy.auditEvents(null, 1000)).toEqual(await store.auditEvents(null, 1000));
        expect(await copy.stats()).toEqual(await store.stats());
        expect(await copy.getEntity(g.node.A)).toEqual(await store.getEntity(g.node.A));
        const allIds = entities.map((e) => e.id);
        expect(await copy.getEntities(allIds)).toEqual(await store.getEntities(allIds));
        expect(await copy.getEdge(g.edge['C-D'])).toEqual(await store.getEdge(g.edge['C-D']));
        expect((await copy.search('Народные', { first: 5, includeRestricted: true }))[0]?.id).toBe('narodnye-sovety');
      } finally {
        await target.cleanup();
      }
    });
  });
}
