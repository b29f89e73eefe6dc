import { describe, expect, it } from 'vitest';
import { findPaths, type NeighborIds } from '../../../server/src/stores/sqlite/traversal.ts';

/** An undirected graph from `a-b` pairs, counting how many neighbor entries the search reads. */
function graph(pairs: string[]) {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
  for (const pair of pairs) {
    const [a, b] = pair.split('-') as [string, string];
    link(a, b);
    link(b, a);
  }
  const counter = { rows: 0 };
  const neighborIds: NeighborIds = function* (id) {
    for (const other of adjacency.get(id) ?? []) {
      counter.rows++;
      yield other;
    }
  };
  const degree = (id: string) => adjacency.get(id)?.length ?? 0;
  return { neighborIds, degree, counter };
}

const star = (hub: string, size: number) => Array.from({ length: size }, (_, i) => `${hub}-${hub}${i}`);

describe('findPaths', () => {
  const diamond = graph(['s-a', 's-b', 'a-t', 'b-t', 's-c', 'c-d', 'd-t', 'a-b']);

  it('lists every shortest path before any longer one, each simple', () => {
    const found = findPaths('s', 't', 3, 10, diamond.neighborIds);
    expect(found.map((p) => p.length - 1)).toEqual([2, 2, 3, 3, 3]);
    expect(new Set(found.slice(0, 2).map((p) => p.join('')))).toEqual(new Set(['sat', 'sbt']));
    expect(new Set(found.slice(2).map((p) => p.join('')))).toEqual(new Set(['scdt', 'sabt', 'sbat']));
    for (const p of found) expect(new Set(p).size).toBe(p.length);
  });

  it('keeps to maxHops and first, and returns nothing from a node to itself or when out of reach', () => {
    expect(findPaths('s', 't', 2, 10, diamond.neighborIds)).toHaveLength(2);
    expect(findPaths('s', 't', 3, 3, diamond.neighborIds)).toHaveLength(3);
    expect(findPaths('s', 's', 3, 3, diamond.neighborIds)).toEqual([]);
    expect(findPaths('s', 'd', 1, 3, diamond.neighborIds)).toEqual([]);
    expect(findPaths('s', 'nowhere', 6, 3, diamond.neighborIds)).toEqual([]);
  });

  it('finds the same paths whichever way it is asked', () => {
    const forward = findPaths('s', 't', 3, 10, diamond.neighborIds).map((p) => p.join(''));
    const backward = findPaths('t', 's', 3, 10, diamond.neighborIds).map((p) => [...p].reverse().join(''));
    expect(new Set(backward)).toEqual(new Set(forward));
  });

  it('does not read a hub whole when the other end is small', () => {
    const g = graph([...star('h', 5000), 'h-x', 'x-y', 'y-t']);
    g.counter.rows = 0;
    expect(findPaths('h', 't', 3, 5, g.neighborIds, g.degree)).toEqual([['h', 'x', 'y', 't']]);
    expect(g.counter.rows).toBeLessThan(100);
  });

  it('stops at the row budget and returns what it found so far', () => {
    const g = graph([...star('h', 3000), ...star('k', 3000), 'h-k', ...Array.from({ length: 3000 }, (_, i) => `h${i}-k${i}`)]);
    g.counter.rows = 0;
    const found = findPaths('h', 'k', 3, 20, g.neighborIds, g.degree, 1000);
    expect(found[0]).toEqual(['h', 'k']);
    expect(found.length).toBeLessThan(20);
    expect(g.counter.rows).toBeLessThan(1000 + 3100);
    expect(findPaths('h', 'k', 3, 20, g.neighborIds, g.degree).length).toBe(20);
  });
});
