// GraphStore contract, paths.
import { beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../server/src/domain/errors.ts';
import type { EdgeFilter } from '../../../server/src/domain/schemas.ts';
import type { Path } from '../../../server/src/domain/types.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { edgeInput, reason } from '../../fixtures/builders.ts';
import { loadTraversalGraph, type NodeName, type TraversalGraph } from '../../fixtures/traversal-graph.ts';
import { ACTOR, filter, type ContractContext } from '../context.ts';
import { paths } from '../../../server/src/domain/traversal.ts';

export function pathsContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { entity } = ctx;

  describe('paths', () => {
    let g: TraversalGraph;
    beforeEach(async () => {
      g = await loadTraversalGraph(store);
    });
    const route = (p: Path) => p.nodes.map((n) => (Object.entries(g.node).find(([, id]) => id === n.id)?.[0] ?? '?')).join('');
    const find = (from: NodeName, to: NodeName, maxHops: number, first: number, f: Partial<EdgeFilter> = {}) =>
      store.traverse(() => paths({ from: g.node[from], to: g.node[to], maxHops, first, filter: filter(f) }));

    it('returns the shortest paths first, each node and edge in order, edges with citations', async () => {
      const found = await find('A', 'D', 3, 5);
      expect(found.map(route)[0]).toBe('AFD');
      expect(new Set(found.map(route))).toEqual(new Set(['AFD', 'ABCD', 'AECD']));
      expect(found.map((p) => p.edges.length)).toEqual([2, 3, 3]);
      const abcd = found.find((p) => route(p) === 'ABCD') as Path;
      expect(abcd.edges.map((e) => e.id)).toEqual([g.edge['A-B'], g.edge['B-C'], g.edge['C-D']]);
      for (const p of found) {
        expect(p.edges.length).toBe(p.nodes.length - 1);
        p.edges.forEach((e, i) => {
          expect(new Set([e.from, e.to])).toEqual(new Set([p.nodes[i]?.id, p.nodes[i + 1]?.id]));
          expect(e.citations.length).toBeGreaterThan(0);
        });
      }
    });

    it('respects maxHops, first and the filter', async () => {
      expect(new Set((await find('A', 'D', 4, 10)).map(route))).toEqual(new Set(['AFD', 'ABCD', 'AECD', 'ABECD', 'AEBCD']));
      expect((await find('A', 'D', 4, 10)).map((p) => p.edges.length)).toEqual([2, 3, 3, 4, 4]);
      expect((await find('A', 'D', 4, 1)).map(route)).toEqual(['AFD']);
      expect((await find('A', 'D', 4, 2)).length).toBe(2);
      expect(new Set((await find('A', 'D', 3, 5, { includeContested: false })).map(route))).toEqual(new Set(['ABCD', 'AECD']));
      expect(await find('A', 'D', 2, 5, { includeContested: false })).toEqual([]);
      expect((await find('A', 'D', 4, 5, { types: ['MEMBER_OF', 'FUNDED', 'LEADS'] })).map(route)).toEqual(['ABCD']);
      expect((await find('A', 'D', 4, 5, { confidence: ['confirmed'] })).map(route)).toEqual([]);
      expect((await find('A', 'C', 4, 5, { confidence: ['confirmed'] })).map(route).sort()).toEqual(['ABEC', 'AEC']);
      expect((await find('B', 'D', 4, 5, { from: '2022', includeContested: false })).map(route).sort()).toEqual(['BCD', 'BECD']);
    });

    it('counts parallel edges once per hop but keeps routes through different nodes apart', async () => {
      await store.addEdge(edgeInput({ type: 'FUNDED', from: g.node.B, to: g.node.C, confidence: 'confirmed', citations: [{ sourceId: g.sourceId }] }), ACTOR);
      const found = await find('A', 'D', 3, 10, { includeContested: false });
      expect(found.map(route).sort()).toEqual(['ABCD', 'AECD']);
    });

    it('leaves retracted edges out unless asked', async () => {
      await store.retractEdge(g.edge['F-D'], reason('Wrong target'), ACTOR);
      expect((await find('A', 'D', 2, 5)).map(route)).toEqual([]);
      const shown = await find('A', 'D', 2, 5, { includeRetracted: true });
      expect(shown.map(route)).toEqual(['AFD']);
      expect(shown[0]?.edges[1]).toMatchObject({ id: g.edge['F-D'], status: 'retracted', retractedReason: 'Wrong target' });
    });

    it('returns no path from a node to itself, none between unconnected nodes, and fails on unknown ids', async () => {
      expect(await find('A', 'A', 4, 5)).toEqual([]);
      const lone = await entity('Lone');
      expect(await store.traverse(() => paths({ from: g.node.A, to: lone.id, maxHops: 6, first: 5, filter: filter() }))).toEqual([]);
      await expect(store.traverse(() => paths({ from: 'no-such-entity', to: g.node.A, maxHops: 3, first: 1, filter: filter() }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.traverse(() => paths({ from: g.node.A, to: 'no-such-entity', maxHops: 3, first: 1, filter: filter() }))).rejects.toBeInstanceOf(NotFoundError);
    });

    it('makes 25 parallel relationships on one route one path, with the smallest id standing for the hop', async () => {
      const parallel = [];
      for (let i = 0; i < 25; i++) {
        parallel.push(await store.addEdge(edgeInput({ type: 'FUNDED', from: g.node.A, to: g.node.D, confidence: 'confirmed', citations: [{ sourceId: g.sourceId, locator: `p. ${i}` }] }), ACTOR));
      }
      const found = await find('A', 'D', 2, 3);
      expect(found.map(route)).toEqual(['AD', 'AFD']);
      const smallest = parallel.map((e) => e.id).sort()[0];
      expect(found[0]?.edges.map((e) => e.id)).toEqual([smallest]);
      expect(found[0]?.edges[0]?.citations.length).toBe(1);
      expect((await find('A', 'D', 3, 3)).map(route).slice(0, 2)).toEqual(['AD', 'AFD']);
      expect(await find('A', 'D', 3, 3)).toHaveLength(3);
    });
  });
}
