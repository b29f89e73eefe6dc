// GraphStore contract, concurrent writes: what several researchers writing at once must never see. Every case starts
// the writes together and then checks the store against the writes it acknowledged: a retraction acknowledged is never
// undone, no write is applied twice, and `stats` is the starting point plus exactly the acknowledged writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../server/src/domain/errors.ts';
import type { Edge, Entity } from '../../../server/src/domain/types.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { citationInput, entityPatch, reason } from '../../fixtures/builders.ts';
import { ACTOR, type ContractContext } from '../context.ts';

/** How many writes each case starts at once. */
const K = 8;

/** Runs the writes together and sorts what they did into acknowledged results and failures. */
async function together<T>(writes: (() => Promise<T>)[]): Promise<{ acknowledged: T[]; failures: unknown[] }> {
  const settled = await Promise.allSettled(writes.map((w) => w()));
  return {
    acknowledged: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
    failures: settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : [])),
  };
}

export function concurrencyContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source, entity, edge } = ctx;

  describe('concurrent writes', () => {
    let a: Entity;
    let b: Entity;
    let sourceId: string;
    let target: Edge;
    beforeEach(async () => {
      a = await entity('Parents Union of Kazakhstan');
      b = await entity('Narodnye Sovety');
      sourceId = (await source()).id;
      target = await edge(a.id, b.id, sourceId, { type: 'AFFILIATED_WITH' });
    });

    it('lets exactly one of K concurrent retractions of a relationship succeed; the others conflict', async () => {
      const statsBefore = await store.stats();
      const { acknowledged, failures } = await together(Array.from({ length: K }, (_, i) => () => store.retractEdge(target.id, reason(`retraction ${i}`), ACTOR)));
      expect(acknowledged).toHaveLength(1);
      expect(failures).toHaveLength(K - 1);
      for (const failure of failures) expect(failure).toBeInstanceOf(ConflictError);
      const history = await store.history(target.id);
      expect(history.filter((e) => e.action === 'edge.retract')).toHaveLength(1);
      expect(await store.getEdge(target.id)).toMatchObject({ status: 'retracted', retractedReason: acknowledged[0]?.retractedReason });
      expect(await store.stats()).toEqual({ ...statsBefore, edges: statsBefore.edges - 1 });
      expect((await store.getEntity(a.id))?.degree).toBe(0);
    });

    it('gives K concurrent citations K distinct citations, in the order history records them', async () => {
      const statsBefore = await store.stats();
      const { acknowledged, failures } = await together(
        Array.from({ length: K }, (_, i) => () => store.addCitation(target.id, citationInput({ sourceId, locator: `p. ${i + 1}` }), ACTOR)),
      );
      expect(failures).toEqual([]);
      expect(acknowledged).toHaveLength(K);
      const stored = (await store.getEdge(target.id)) as Edge;
      expect(stored.citations).toHaveLength(K + 1);
      expect(new Set(stored.citations.map((c) => c.id)).size).toBe(K + 1);
      expect(new Set(stored.citations.map((c) => c.locator))).toEqual(new Set([null, ...Array.from({ length: K }, (_, i) => `p. ${i + 1}`)]));
      // Each acknowledged write saw every citation committed before it: the citation counts after each are distinct.
      expect(new Set(acknowledged.map((e) => e.citations.length))).toEqual(new Set(Array.from({ length: K }, (_, i) => i + 2)));
      const history = await store.history(target.id);
      const lastAfter = history.at(-1)?.after as Edge;
      expect(lastAfter.citations.map((c) => c.id)).toEqual(stored.citations.map((c) => c.id));
      expect(await store.stats()).toEqual({ ...statsBefore, citations: statsBefore.citations + K });
    });

    it('never undoes a retraction with a citation added at the same moment; the end state matches history', async () => {
      const statsBefore = await store.stats();
      const writes = Array.from({ length: K }, (_, i) =>
        i === K / 2
          ? () => store.retractEdge(target.id, reason('Source withdrew the claim'), ACTOR)
          : () => store.addCitation(target.id, citationInput({ sourceId, locator: `p. ${i + 1}`, stance: i % 2 ? 'disputes' : 'supports' }), ACTOR),
      );
      const { acknowledged, failures } = await together<Edge>(writes);
      expect(failures).toEqual([]);
      expect(acknowledged).toHaveLength(K);
      const stored = (await store.getEdge(target.id)) as Edge;
      expect(stored).toMatchObject({ status: 'retracted', retractedReason: 'Source withdrew the claim' });
      expect(stored.citations).toHaveLength(K);
      const history = await store.history(target.id);
      expect(history.map((e) => e.action).filter((a) => a === 'edge.retract')).toHaveLength(1);
      // Every write after the retraction in history saw it, and left it standing.
      const retractedAt = history.findIndex((e) => e.action === 'edge.retract');
      for (const event of history.slice(retractedAt)) expect((event.after as Edge).status).toBe('retracted');
      expect(history.at(-1)?.after).toEqual(stored);
      expect(await store.stats()).toEqual({ ...statsBefore, edges: statsBefore.edges - 1, citations: statsBefore.citations + K - 1 });
    });

    it('never loses a relationship when merges involving one entity run at once', async () => {
      const others = [];
      for (let i = 0; i < K; i++) others.push(await entity(`Branch ${i}`));
      for (const [i, other] of others.entries()) await edge(other.id, b.id, sourceId, { type: 'FUNDED', citations: [{ sourceId, locator: `branch ${i}` }] });
      const statsBefore = await store.stats();
      const edgesBefore = (await store.pageEdges(null, 1000)).map((e) => e.id).sort();
      // Every branch is merged into the kept entity at once, while another relationship is added to the kept entity.
      const { acknowledged, failures } = await together<unknown>([
        ...others.map((other) => () => store.mergeEntities(a.id, other.id, ACTOR)),
        () => edge(b.id, a.id, sourceId, { type: 'SUPPORTED' }),
      ]);
      expect(failures).toEqual([]);
      const edgesAfter = await store.pageEdges(null, 1000);
      const added = edgesAfter.filter((e) => !edgesBefore.includes(e.id));
      expect(added).toHaveLength(1);
      expect(edgesAfter.map((e) => e.id).filter((id) => edgesBefore.includes(id)).sort()).toEqual(edgesBefore);
      for (const e of edgesAfter) expect([e.from, e.to]).not.toEqual(expect.arrayContaining(others.map((o) => o.id)));
      expect(edgesAfter.filter((e) => e.type === 'FUNDED').every((e) => e.from === a.id && e.to === b.id)).toBe(true);
      expect(await store.stats()).toEqual({ ...statsBefore, entities: statsBefore.entities - K, edges: statsBefore.edges + 1, citations: statsBefore.citations + 1 });
      expect(acknowledged).toHaveLength(K + 1);
      expect((await store.getEntity(a.id))?.degree).toBe(K + 2);
    });

    it('applies every one of K concurrent patches of one entity, none lost to another read before it', async () => {
      const { acknowledged, failures } = await together(
        Array.from({ length: K }, (_, i) => () =>
          i % 2 === 0
            ? store.updateEntity(a.id, entityPatch({ description: `description ${i}` }), ACTOR)
            : store.updateEntity(a.id, entityPatch({ sensitivity: 'restricted', endDate: `20${10 + i}` }), ACTOR),
        ),
      );
      expect(failures).toEqual([]);
      expect(acknowledged).toHaveLength(K);
      const stored = await store.getEntity(a.id);
      expect(stored?.description).toMatch(/^description \d$/);
      expect(stored?.sensitivity).toBe('restricted');
      const history = (await store.history(a.id)).filter((e) => e.action === 'entity.update');
      expect(history).toHaveLength(K);
      // Each update started from the one before it: its "before" is the previous "after".
      for (let i = 1; i < history.length; i++) expect(history[i]?.before).toEqual(history[i - 1]?.after);
      expect(history.at(-1)?.after).toEqual(stored);
    });
  });
}
