// The typed-array metrics of the whole-graph ranking against graphology's (through centrality.ts) on every shape a
// graph can have: the same scores to the last bit, exact and sampled.
import { describe, expect, it } from 'vitest';
import { tieIndex, tiePagerank, tiePathScores } from '../../../../server/src/domain/analysis/tie-metrics.ts';
import { DEFAULT_PATH_BUDGET, pagerankScores, pathScores, tieGraphOfIndexes } from '../../../../server/src/domain/shared/centrality.ts';

interface Ends {
  n: number;
  from: Int32Array;
  to: Int32Array;
}
const ends = (n: number, pairs: [number, number][]): Ends => ({ n, from: Int32Array.from(pairs.map((p) => p[0])), to: Int32Array.from(pairs.map((p) => p[1])) });

function randomGraph(n: number, m: number, seed: number): Ends {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return ends(n, Array.from({ length: m }, () => [next() % n, next() % n] as [number, number]));
}

function viaGraphology(g: Ends, budget = DEFAULT_PATH_BUDGET) {
  const ids = Array.from({ length: g.n }, (_, i) => `id-${i}`);
  const graph = tieGraphOfIndexes(ids, g.from, g.to);
  return { pagerank: pagerankScores(ids, graph), paths: pathScores(ids, graph, budget), ties: graph.size };
}

const SHAPES: [string, Ends][] = [
  ['an empty graph', ends(0, [])],
  ['a single entity', ends(1, [])],
  ['a single loop', ends(1, [[0, 0]])],
  ['two parts and an isolated entity', ends(7, [[0, 1], [1, 2], [2, 3], [1, 3], [4, 5]])],
  ['parallel relationships both ways and loops', ends(4, [[0, 1], [1, 0], [0, 1], [1, 1], [1, 2], [2, 3], [3, 2], [2, 2]])],
  ['a star', ends(6, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]])],
  ['a random graph with repeats', randomGraph(400, 1500, 11)],
];

describe('tie metrics', () => {
  it.each(SHAPES)('scores %s exactly as graphology does', (_name, g) => {
    const index = tieIndex(g.n, g.from, g.to);
    const expected = viaGraphology(g);
    expect(index.ties).toBe(expected.ties);
    expect(tiePagerank(index)).toEqual(expected.pagerank);
    expect(tiePathScores(index, DEFAULT_PATH_BUDGET)).toEqual(expected.paths);
  });

  it('samples the same sources as graphology past the budget, and scores them the same', () => {
    const g = randomGraph(500, 2000, 5);
    const index = tieIndex(g.n, g.from, g.to);
    const sampled = tiePathScores(index, 20_000);
    expect(sampled.samples).toBeLessThan(500);
    expect(sampled.samples).toBeGreaterThanOrEqual(8);
    expect(sampled).toEqual(viaGraphology(g, 20_000).paths);
  });

  it('keeps one tie per related pair, each neighbor in the order its first relationship came', () => {
    const index = tieIndex(4, Int32Array.from([2, 0, 1, 0, 3]), Int32Array.from([0, 1, 0, 0, 0]));
    expect(index.ties).toBe(3);
    expect([...index.neighbors.subarray(index.starts[0], index.starts[1])]).toEqual([2, 1, 3]);
    expect([...index.neighbors.subarray(index.starts[1], index.starts[2])]).toEqual([0]);
  });
});
