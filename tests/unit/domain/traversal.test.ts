// The engine-neutral path search over an in-memory graph that answers its lookups the way a store does, counting the
// neighbor entries it hands out, so the search's budgets and its choice of the cheaper end are visible.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDGE_FILTER } from '../../../server/src/domain/schemas.ts';
import { PATH_BUDGET, findPaths, runTraversal, type Lookup } from '../../../server/src/domain/traversal.ts';

/** An undirected graph from `a-b` pairs, answering `neighbors` and `degrees` lookups and counting the rows it reads. */
function graph(pairs: string[]) {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
  for (const pair of pairs) {
    const [a, b] = pair.split('-') as [string, string];
    link(a, b);
    link(b, a);
  }
  const counter = { rows: 0, lookups: 0 };
  const answer = (l: Lookup): unknown => {
    counter.lookups++;
    if (l.kind === 'degrees') return l.ids.map((id) => adjacency.get(id)?.length ?? 0);
    if (l.kind !== 'neighbors') throw new Error(`unexpected lookup ${l.kind}`);
    let left = l.maxRows;
    return l.ids.map((id) => {
      const list = (adjacency.get(id) ?? []).slice(0, Math.max(0, left));
      left -= list.length;
      counter.rows += list.length;
      return list;
    });
  };
  const find = (from: string, to: string, maxHops: number, first: number, budget: typeof PATH_BUDGET | { rows: number; steps: number; rowsPerLookup: number } = PATH_BUDGET) =>
    runTraversal(findPaths(from, to, maxHops, first, DEFAULT_EDGE_FILTER, budget), answer);
  return { find, counter };
}

const star = (hub: string, size: number) => Array.from({ length: size }, (_, i) => `${hub}-${hub}${i}`);

describe('findPaths', () => {
  const diamond = graph(['s-a', 's-b', 'a-t', 'b-t', 's-c', 'c-d', 'd-t', 'a-b']);

  it('lists every shortest path before any longer one, each simple', () => {
    const found = diamond.find('s', 't', 3, 10);
    expect(found.map((p) => p.length - 1)).toEqual([2, 2, 3, 3, 3]);
    expect(new Set(found.slice(0, 2).map((p) => p.join('')))).toEqual(new Set(['sat', 'sbt']));
    expect(new Set(found.slice(2).map((p) => p.join('')))).toEqual(new Set(['scdt', 'sabt', 'sbat']));
    for (const p of found) expect(new Set(p).size).toBe(p.length);
  });

  it('keeps to maxHops and first, and returns nothing from a node to itself or when out of reach', () => {
    expect(diamond.find('s', 't', 2, 10)).toHaveLength(2);
    expect(diamond.find('s', 't', 3, 3)).toHaveLength(3);
    expect(diamond.find('s', 's', 3, 3)).toEqual([]);
    expect(diamond.find('s', 'd', 1, 3)).toEqual([]);
    expect(diamond.find('s', 'nowhere', 6, 3)).toEqual([]);
  });

  it('finds the same paths whichever way it is asked', () => {
    const forward = diamond.find('s', 't', 3, 10).map((p) => p.join(''));
    const backward = diamond.find('t', 's', 3, 10).map((p) => [...p].reverse().join(''));
    expect(new Set(backward)).toEqual(new Set(forward));
  });

  it('treats parallel relationships as one hop', () => {
    const parallel = graph([...Array.from({ length: 25 }, () => 'a-b'), 'a-c', 'c-b']);
    expect(parallel.find('a', 'b', 3, 3).map((p) => p.join(''))).toEqual(['ab', 'acb']);
  });

  it('does not read a hub whole when the other end is small', () => {
    const g = graph([...star('h', 5000), 'h-x', 'x-y', 'y-t']);
    expect(g.find('h', 't', 3, 5)).toEqual([['h', 'x', 'y', 't']]);
    expect(g.counter.rows).toBeLessThan(100);
  });

  it('stops at the row budget and returns what it found so far', () => {
    const g = graph([...star('h', 3000), ...star('k', 3000), 'h-k', ...Array.from({ length: 3000 }, (_, i) => `h${i}-k${i}`)]);
    const found = g.find('h', 'k', 3, 20, { ...PATH_BUDGET, rows: 1000 });
    expect(found[0]).toEqual(['h', 'k']);
    expect(found.length).toBeLessThan(20);
    expect(g.counter.rows).toBeLessThan(1000 + 3100);
    expect(g.find('h', 'k', 3, 20).length).toBe(20);
  });
});
