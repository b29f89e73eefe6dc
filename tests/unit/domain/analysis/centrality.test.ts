// The centrality wiring against graphology's own exact functions, and the inputs a canvas or a graph can hand it:
// nothing, one node, disconnected parts, parallel relationships and loops.
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import {
  MIN_SAMPLES,
  degreeScores,
  pagerankScores,
  pathScores,
  sampleCount,
  tieGraph,
  tieGraphOfIndexes,
  type GraphInput,
} from '../../../../server/src/domain/shared/centrality.ts';

const edges = (pairs: string) => pairs.split(' ').map((p) => ({ from: p[0]!, to: p[1]! }));
const pagerankOf = (input: GraphInput) => pagerankScores(input.nodes, tieGraph(input));
const pathsOf = (input: GraphInput, budget?: number) => pathScores(input.nodes, tieGraph(input), budget);
const byNode = (input: GraphInput, scores: Float64Array) => Object.fromEntries(input.nodes.map((id, i) => [id, scores[i]]));

/** Two parts: a path a-b-c-d with a chord b-d, and a pair e-f; g alone. */
const TWO_PARTS: GraphInput = { nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], edges: edges('ab bc cd bd ef') };

function graphologyOf(input: GraphInput): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of input.nodes) g.mergeNode(n);
  for (const e of input.edges) if (e.from !== e.to) g.mergeEdge(e.from, e.to);
  return g;
}

describe('centrality', () => {
  it('answers an empty graph with empty scores', () => {
    const empty = { nodes: [], edges: [] };
    expect(degreeScores(empty).degree).toHaveLength(0);
    expect(pagerankOf(empty)).toHaveLength(0);
    expect(pathsOf(empty)).toEqual({ betweenness: new Float64Array(0), closeness: new Float64Array(0), samples: 0 });
  });

  it('scores a single entity 0 everywhere but PageRank, where it holds everything', () => {
    const one = { nodes: ['x'], edges: [] };
    expect([...degreeScores(one).degree]).toEqual([0]);
    expect([...pagerankOf(one)]).toEqual([1]);
    const paths = pathsOf(one);
    expect([...paths.betweenness, ...paths.closeness]).toEqual([0, 0]);
  });

  it('matches graphology exactly on a small graph with disconnected parts', () => {
    const paths = pathsOf(TWO_PARTS);
    expect(paths.samples).toBe(7);
    const g = graphologyOf(TWO_PARTS);
    const expectedBetweenness = betweennessCentrality(g);
    const expectedCloseness = closenessCentrality(g, { wassermanFaust: true });
    for (const [id, score] of Object.entries(byNode(TWO_PARTS, paths.betweenness))) expect(score).toBeCloseTo(expectedBetweenness[id]!, 12);
    for (const [id, score] of Object.entries(byNode(TWO_PARTS, paths.closeness))) expect(score).toBeCloseTo(expectedCloseness[id]!, 12);
    // b lies on every path between a and c or d; e and f are measured only within their own part.
    expect(byNode(TWO_PARTS, paths.betweenness).b).toBeGreaterThan(0);
    expect(byNode(TWO_PARTS, paths.closeness).g).toBe(0);
  });

  it('counts parallel relationships in degree every time and in paths once; a loop touches its node once', () => {
    const input = { nodes: ['a', 'b', 'c'], edges: edges('ab ab ab bc cc') };
    const { degree, inDegree, outDegree } = degreeScores(input);
    expect(byNode(input, degree)).toEqual({ a: 3, b: 4, c: 2 });
    expect(byNode(input, outDegree)).toEqual({ a: 3, b: 1, c: 1 });
    expect(byNode(input, inDegree)).toEqual({ a: 0, b: 3, c: 2 });
    const plain = { nodes: ['a', 'b', 'c'], edges: edges('ab bc') };
    expect(pathsOf(input)).toEqual(pathsOf(plain));
    expect(pagerankOf(input)).toEqual(pagerankOf(plain));
  });

  it('builds the same graph from relationship ends given as indexes', () => {
    const nodes = ['a', 'b', 'c'];
    const fromIndexes = tieGraphOfIndexes(nodes, Int32Array.from([0, 0, 1, 2]), Int32Array.from([1, 1, 2, 2]));
    const fromEnds = tieGraph({ nodes, edges: edges('ab ab bc cc') });
    expect(fromIndexes.size).toBe(2);
    expect(fromIndexes.edges().map((e) => fromIndexes.extremities(e).sort().join())).toEqual(fromEnds.edges().map((e) => fromEnds.extremities(e).sort().join()));
  });

  it('gives PageRank that sums to 1 and ranks a hub first', () => {
    const star = { nodes: ['h', 'a', 'b', 'c', 'd', 'x', 'y'], edges: edges('ha hb hc hd xy') };
    const scores = pagerankOf(star);
    expect(scores.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(Math.max(...scores)).toBe(scores[0]);
  });

  it('samples past the budget, at least MIN_SAMPLES searches, and still finds the bridge between two halves', () => {
    expect(sampleCount(10, 20, 1000)).toBe(10);
    expect(sampleCount(10_000, 50_000, 1000)).toBe(MIN_SAMPLES);
    expect(sampleCount(10_000, 50_000, 110_000 * 50)).toBe(50);
    // Two stars of 200 leaves joined through one bridge node.
    const nodes = ['bridge', 'h1', 'h2'];
    const ties: { from: string; to: string }[] = [{ from: 'h1', to: 'bridge' }, { from: 'bridge', to: 'h2' }];
    for (let i = 0; i < 200; i++) {
      nodes.push(`l${i}`);
      ties.push({ from: i % 2 ? 'h1' : 'h2', to: `l${i}` });
    }
    const input = { nodes, edges: ties };
    const sampled = pathsOf(input, 20 * (nodes.length + 2 * ties.length));
    expect(sampled.samples).toBe(20);
    const exact = pathsOf(input);
    expect(exact.samples).toBe(nodes.length);
    const top3 = (s: Float64Array) => [...s.keys()].sort((a, b) => s[b]! - s[a]!).slice(0, 3).map((i) => nodes[i]).sort();
    expect(top3(sampled.betweenness)).toEqual(['bridge', 'h1', 'h2']);
    expect(top3(exact.betweenness)).toEqual(['bridge', 'h1', 'h2']);
    expect(pathsOf(input, 20 * (nodes.length + 2 * ties.length))).toEqual(sampled);
  });
});
