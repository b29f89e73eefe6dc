// GraphStore contract, audit trail.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { citationInput, entityPatch, reason } from '../../fixtures/builders.ts';
import { ACTOR, ISO_TIME, type ContractContext } from '../context.ts';

export function auditContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source, entity, edge } = ctx;

  describe('audit trail', () => {
    it('appends one event per write, oldest first, and pages through every event', async () => {
      const a = await entity('A');
      const b = await entity('B');
      const src = await source();
      const e = await edge(a.id, b.id, src.id);
      await store.addCitation(e.id, citationInput({ sourceId: src.id }), ACTOR);
      await store.retractEdge(e.id, reason('test'), ACTOR);
      await store.updateEntity(a.id, entityPatch({ description: 'changed' }), ACTOR);
      const all = await store.auditEvents(null, 100);
      expect(all.map((x) => x.action)).toEqual(['entity.create', 'entity.create', 'source.create', 'edge.add', 'citation.add', 'edge.retract', 'entity.update']);
      expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
      for (const event of all) {
        expect(event.at).toMatch(ISO_TIME);
        expect(event.actor).toBe(ACTOR);
      }
      const firstPage = await store.auditEvents(null, 3);
      const secondPage = await store.auditEvents(firstPage[2]?.id ?? null, 3);
      const thirdPage = await store.auditEvents(secondPage[2]?.id ?? null, 3);
      expect([...firstPage, ...secondPage, ...thirdPage].map((x) => x.id)).toEqual(all.map((x) => x.id));
      expect((await store.history(a.id)).map((x) => x.action)).toEqual(['entity.create', 'entity.update']);
      expect(await store.history('nothing-here')).toEqual([]);
    });
  });
}
