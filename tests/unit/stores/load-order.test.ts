import { describe, expect, it } from 'vitest';
import { inSourceOrder } from '../../../server/src/stores/sqlite/load-order.ts';

const edge = (id: string, from: string, to: string) => ({ id, from, to });

describe('inSourceOrder', () => {
  it('groups relationships by their start, in the order the bundle lists its entities', () => {
    const entities = [{ id: 'c' }, { id: 'a' }, { id: 'b' }];
    const edges = [edge('r1', 'a', 'b'), edge('r2', 'b', 'c'), edge('r3', 'c', 'a'), edge('r4', 'a', 'c'), edge('r5', 'b', 'a'), edge('r6', 'c', 'b')];
    expect(inSourceOrder(edges, entities).map((e) => e.id)).toEqual(['r3', 'r6', 'r1', 'r4', 'r2', 'r5']);
  });

  it('keeps the bundle order within a start, parallel relationships included', () => {
    const edges = [edge('r1', 'a', 'b'), edge('r2', 'b', 'a'), edge('r3', 'a', 'b'), edge('r4', 'a', 'a'), edge('r5', 'a', 'b')];
    expect(inSourceOrder(edges, [{ id: 'a' }, { id: 'b' }]).map((e) => e.id)).toEqual(['r1', 'r3', 'r4', 'r5', 'r2']);
  });

  it('places starts the bundle does not list after its own, in order of first appearance', () => {
    const edges = [edge('r1', 'stored-2', 'a'), edge('r2', 'a', 'stored-1'), edge('r3', 'stored-1', 'a'), edge('r4', 'stored-2', 'a')];
    expect(inSourceOrder(edges, [{ id: 'a' }]).map((e) => e.id)).toEqual(['r2', 'r1', 'r4', 'r3']);
  });

  it('returns every relationship once, each the same object', () => {
    const edges = Array.from({ length: 500 }, (_, i) => edge(`r${i}`, `e${(i * 7919) % 37}`, `e${i % 11}`));
    const entities = Array.from({ length: 37 }, (_, i) => ({ id: `e${36 - i}` }));
    const ordered = inSourceOrder(edges, entities);
    expect(ordered).toHaveLength(edges.length);
    expect(new Set(ordered)).toEqual(new Set(edges));
    const position = new Map(entities.map((e, i) => [e.id, i]));
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [ordered[i - 1]!, ordered[i]!];
      expect(position.get(a.from)! < position.get(b.from)! || (a.from === b.from && Number(a.id.slice(1)) < Number(b.id.slice(1)))).toBe(true);
    }
  });

  it('handles an empty load', () => {
    expect(inSourceOrder([], [{ id: 'a' }])).toEqual([]);
  });
});
