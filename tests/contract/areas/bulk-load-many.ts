// GraphStore contract, bulk load of more rows than one write batch: every relationship, citation and audit event of
// a load arrives whole, whether it went in with a full batch of rows or with the remainder after the last one.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { bundle } from '../../fixtures/builders.ts';
import type { ContractContext } from '../context.ts';

const ENTITIES = 150;
const EDGES = 1_001;
const TYPES = ['MEMBER_OF', 'FUNDED', 'SUPPORTED', 'OPPOSED'] as const;

function manyRows() {
  return bundle({
    meta: { name: 'many rows', version: 1 },
    sources: [
      { id: 'src-many-a', kind: 'report', title: 'Report A' },
      { id: 'src-many-b', kind: 'news', title: 'News B' },
    ],
    entities: Array.from({ length: ENTITIES }, (_, i) => ({ id: `many-${i}`, kind: 'organization', name: `Organization ${i}` })),
    edges: Array.from({ length: EDGES }, (_, i) => ({
      id: `many-edge-${i}`,
      type: TYPES[i % TYPES.length] as string,
      from: `many-${i % ENTITIES}`,
      to: `many-${(i * 7 + 1) % ENTITIES}`,
      validFrom: i % 5 === 0 ? `20${10 + (i % 10)}-0${1 + (i % 9)}` : null,
      confidence: i % 3 === 0 ? 'confirmed' : 'reported',
      note: i % 4 === 0 ? `note ${i}` : null,
      citations: Array.from({ length: 1 + (i % 3) }, (_, j) => ({
        sourceId: j % 2 === 0 ? 'src-many-a' : 'src-many-b',
        locator: `p. ${i}.${j}`,
        stance: i % 11 === 0 && j === 1 ? 'disputes' : 'supports',
      })),
    })),
  });
}

export function bulkLoadManyContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });

  describe('bulk load of many rows', () => {
    it('writes every relationship, citation and audit event with its values', async () => {
      const data = manyRows();
      const citations = data.edges.reduce((n, e) => n + e.citations.length, 0);
      const before = (await store.auditEvents(null, 10_000)).length;
      expect(await store.bulkLoad(data, 'seed')).toEqual({ entities: ENTITIES, sources: 2, edges: EDGES, citations });
      expect(await store.stats()).toMatchObject({ entities: ENTITIES, edges: EDGES, sources: 2, citations });

      for (const i of [0, 63, 64, 500, 959, 960, EDGES - 1]) {
        const input = data.edges[i]!;
        const edge = await store.getEdge(input.id!);
        expect(edge).toMatchObject({
          type: input.type,
          from: input.from,
          to: input.to,
          validFrom: input.validFrom,
          confidence: input.confidence,
          note: input.note,
          status: input.citations.some((c) => c.stance === 'disputes') ? 'contested' : 'active',
          createdBy: 'seed',
        });
        expect(edge?.citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator, stance: c.stance })).sort((a, b) => a.locator!.localeCompare(b.locator!))).toEqual(
          input.citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator, stance: c.stance })),
        );
      }

      const events = (await store.auditEvents(null, 10_000)).slice(before);
      expect(events.map((e) => e.targetId)).toEqual([...data.sources, ...data.entities, ...data.edges].map((r) => r.id));
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      for (const event of [events[0], events[64], events.at(-1)]) {
        expect(event).toMatchObject({ action: 'bulk-load', actor: 'seed', before: null, after: { file: null, bundle: 'many rows' } });
      }
      expect((await store.history(`many-edge-${EDGES - 1}`)).map((e) => e.action)).toEqual(['bulk-load']);
    });
  });
}
