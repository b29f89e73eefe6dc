// GraphStore contract, neighborhood.
import { beforeEach, describe, expect, it } from 'vitest';
import type { EdgeFilter } from '../../../server/src/domain/schemas.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { citationInput, reason } from '../../fixtures/builders.ts';
import { drawnCitations } from '../../fixtures/drawn-citations.ts';
import { miniBundle } from '../../fixtures/mini-bundle.ts';
import { planCitationRetraction } from '../../../server/src/domain/corrections.ts';
import { loadTraversalGraph, type NodeName, type TraversalGraph } from '../../fixtures/traversal-graph.ts';
import { ACTOR, filter, ids, type ContractContext } from '../context.ts';
import { canvasNeighborhood, neighborhood, type Traversal } from '../../../server/src/domain/traversal.ts';
import type { CanvasGraph } from '../../../server/src/domain/types.ts';

export function neighborhoodContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });

  describe('neighborhood', () => {
    let g: TraversalGraph;
    beforeEach(async () => {
      g = await loadTraversalGraph(store);
    });
    const nodesOf = (names: NodeName[]) => new Set(names.map((n) => g.node[n]));
    const view = (f: Partial<EdgeFilter> = {}, depth = 1, limit = 100, seeds: NodeName[] = ['A']) =>
      store.traverse(() => neighborhood({ ids: seeds.map((n) => g.node[n]), depth, limit, filter: filter(f) }));

    it('returns depth-1 neighbors and every passing edge among them, with citations', async () => {
      const result = await view();
      expect(result.truncated).toBe(false);
      expect(ids(result.nodes)).toEqual(nodesOf(['A', 'B', 'E', 'F']));
      expect(ids(result.edges)).toEqual(new Set([g.edge['A-B'], g.edge['A-E'], g.edge['A-F'], g.edge['B-E']]));
      for (const e of result.edges) expect(e.citations.length).toBeGreaterThan(0);
      expect(result.nodes.find((n) => n.id === g.node.A)?.degree).toBe(3);
    });

    it('reads the canvas view as the same walk, with every citation of each relationship in the order added', async () => {
      const edgeId = g.edge['B-C'];
      await store.addCitation(edgeId, citationInput({ sourceId: g.sourceId, stance: 'disputes', quote: 'Denied it', locator: 'p. 2' }), ACTOR);
      // What the canvas draws of a view; a store may answer the canvas lookup with full records, which hold it.
      const drawn = (view: CanvasGraph) => ({
        ...view,
        edges: view.edges.map((e) => ({ ...e, citations: e.citations.map(({ id, edgeId, sourceId, stance }) => ({ id, edgeId, sourceId, stance })) })),
      });
      for (const [depth, limit, seeds] of [[1, 100, ['A']], [2, 100, ['A']], [2, 3, ['A']], [2, 100, ['C', 'E']]] as const) {
        const query = { ids: seeds.map((n) => g.node[n]), depth, limit, filter: filter({ includeRetracted: true }) };
        const full = await store.traverse(() => neighborhood(query));
        const canvas = await store.traverse(() => canvasNeighborhood(query));
        expect(drawn(canvas)).toEqual(drawn(full));
      }
      const twoHop = await store.traverse(() => canvasNeighborhood({ ids: [g.node.A], depth: 2, limit: 100, filter: filter() }));
      expect(twoHop.edges.find((e) => e.id === edgeId)?.citations.map((c) => c.stance)).toEqual(['supports', 'disputes']);
    });

    it('keeps the canvas view\'s citations in step with bulk loads, added citations, retractions and merges', async () => {
      const drawnBothWays = (seeds: string[]) => drawnCitations(store, { ids: seeds, depth: 2, limit: 100, filter: filter({ includeRetracted: true }) });
      await store.bulkLoad(miniBundle, ACTOR);
      const loaded = await drawnBothWays(['puk']);
      expect(loaded['puk-affiliated-narodnye']?.map((c) => c[2])).toEqual(['supports', 'disputes']);
      // Citations added one at a time after the load, to a loaded relationship and to an existing one.
      await store.addCitation('puk-affiliated-narodnye', citationInput({ sourceId: 'src-footnote-12', stance: 'supports' }), ACTOR);
      await store.addCitation(g.edge['A-B'], citationInput({ sourceId: g.sourceId, stance: 'disputes' }), ACTOR);
      expect((await drawnBothWays(['puk']))['puk-affiliated-narodnye']?.map((c) => c[1])).toEqual(['src-report', 'src-report', 'src-footnote-12']);
      expect((await drawnBothWays([g.node.A]))[g.edge['A-B']]?.at(-1)?.[2]).toBe('disputes');
      const retracted = await store.corrections.correctEdge('puk-affiliated-narodnye', 'edgeId', ACTOR, (e) =>
        planCitationRetraction(e, e.citations[1]!.id, reason('Misread the source')),
      );
      expect(retracted.citations[1]?.retraction).toBeDefined();
      expect((await drawnBothWays(['puk']))['puk-affiliated-narodnye']).toHaveLength(3);
      // A merge moves relationships with their citations onto the kept entity.
      await store.mergeEntities(g.node.A, 'narodnye-sovety', ACTOR);
      const merged = await drawnBothWays([g.node.A]);
      expect(merged['narodnye-organized-rally']?.map((c) => c[1])).toEqual(['src-footnote-12']);
    });

    it('reaches further at depth 2', async () => {
      const result = await view({}, 2);
      expect(ids(result.nodes)).toEqual(nodesOf(['A', 'B', 'C', 'D', 'E', 'F']));
      expect(ids(result.edges)).toEqual(new Set(Object.values(g.edge)));
    });

    it('ignores seed ids that do not exist', async () => {
      const result = await store.traverse(() => neighborhood({ ids: ['no-such-entity', g.node.D], depth: 1, limit: 100, filter: filter() }));
      expect(ids(result.nodes)).toEqual(nodesOf(['D', 'C', 'F']));
    });

    it('filters by relationship type and confidence', async () => {
      expect(ids((await view({ types: ['MEMBER_OF'] }, 2)).nodes)).toEqual(nodesOf(['A', 'B']));
      const confirmed = await view({ confidence: ['confirmed'] }, 2);
      expect(ids(confirmed.nodes)).toEqual(nodesOf(['A', 'B', 'C', 'E']));
      expect(confirmed.edges.every((e) => e.confidence === 'confirmed')).toBe(true);
    });

    it('leaves contested edges out when asked', async () => {
      const all = await view();
      expect(all.edges.find((e) => e.id === g.edge['A-F'])?.status).toBe('contested');
      const result = await view({ includeContested: false });
      expect(ids(result.nodes)).toEqual(nodesOf(['A', 'B', 'E']));
      expect(result.edges.some((e) => e.status === 'contested')).toBe(false);
    });

    it('keeps to the date window; undated edges always pass', async () => {
      expect(ids((await view({ from: '2022' })).nodes)).toEqual(nodesOf(['A', 'E', 'F']));
      expect(ids((await view({ from: '2021-06' })).nodes)).toEqual(nodesOf(['A', 'B', 'E', 'F']));
      expect(ids((await view({ to: '2019' })).nodes)).toEqual(nodesOf(['A', 'E', 'F']));
      expect(ids((await view({ from: '2020-06', to: '2020-07' })).nodes)).toEqual(nodesOf(['A', 'B', 'E', 'F']));
    });

    it('hides a retracted edge by default and shows it, with citations and reason, when asked', async () => {
      await store.retractEdge(g.edge['A-B'], reason('Misattributed'), ACTOR);
      const hidden = await view();
      expect(ids(hidden.edges)).not.toContain(g.edge['A-B']);
      expect(ids(hidden.nodes)).toEqual(nodesOf(['A', 'E', 'F']));
      expect(ids((await view({ types: ['MEMBER_OF'] })).nodes)).toEqual(nodesOf(['A']));
      const shown = await view({ includeRetracted: true, types: ['MEMBER_OF'] });
      expect(ids(shown.nodes)).toEqual(nodesOf(['A', 'B']));
      const retracted = shown.edges.find((e) => e.id === g.edge['A-B']);
      expect(retracted).toMatchObject({ status: 'retracted', retractedReason: 'Misattributed' });
      expect(retracted?.citations).toHaveLength(1);
    });

    it('stops at the node limit and says the view is truncated', async () => {
      const result = await view({}, 2, 3);
      expect(result.truncated).toBe(true);
      expect(result.nodes).toHaveLength(3);
      expect(ids(result.nodes)).toContain(g.node.A);
      const inView = ids(result.nodes);
      for (const e of result.edges) {
        expect(inView.has(e.from) && inView.has(e.to)).toBe(true);
      }
      const exact = await view({}, 2, 6);
      expect(exact.truncated).toBe(false);
      expect(exact.nodes).toHaveLength(6);
      const oneHop = await view({}, 1, 4);
      expect(oneHop.truncated).toBe(false);
      expect((await view({}, 1, 2)).truncated).toBe(true);
    });

    it('caps the relationships at 5 x limit, keeping those the view was reached by, and says it is truncated', async () => {
      // A, B and C (limit 3) joined by 20 parallel A-B, 1 A-C and 1 B-C relationships: 22 among them, cap 15.
      const a = g.node.A;
      const b = (await ctx.entity('Parallel B')).id;
      const c = (await ctx.entity('Parallel C')).id;
      const lone = { ids: [a], depth: 1, filter: filter({ types: ['FUNDED'] }) };
      const added = [];
      for (let i = 0; i < 20; i++) added.push(await ctx.edge(a, b, g.sourceId, { type: 'FUNDED', citations: [{ sourceId: g.sourceId, locator: `p. ${i}` }] }));
      const toC = await ctx.edge(a, c, g.sourceId, { type: 'FUNDED' });
      const bc = await ctx.edge(b, c, g.sourceId, { type: 'FUNDED' });
      const capped = await store.traverse(() => neighborhood({ ...lone, limit: 3 }));
      expect(ids(capped.nodes)).toEqual(new Set([a, b, c]));
      expect(capped.truncated).toBe(true);
      expect(capped.edges).toHaveLength(15);
      expect(new Set(capped.edges.map((e) => e.id)).size).toBe(15);
      // Both reached nodes keep the relationship they were reached by.
      expect(capped.edges.some((e) => e.from === a && e.to === b)).toBe(true);
      expect(ids(capped.edges)).toContain(toC.id);
      for (const e of capped.edges) expect(e.citations.length).toBeGreaterThan(0);
      const whole = await store.traverse(() => neighborhood({ ...lone, depth: 2, limit: 5 }));
      expect(whole.truncated).toBe(false);
      expect(ids(whole.edges)).toEqual(new Set([...added.map((e) => e.id), toC.id, bc.id]));
    });

    it('lets an error raised by the walk itself surface as it is, not as an unavailable store', async () => {
      class WalkFault extends Error {}
      const failing = function* (): Traversal<never> {
        yield { kind: 'existing', ids: [g.node.A] };
        throw new WalkFault('the walk failed');
      };
      await expect(store.traverse(failing)).rejects.toBeInstanceOf(WalkFault);
    });
  });
}
