// The analysis of one canvas, as pure computation: the shared centrality wiring plus graphology's Louvain and
// connected components. Runs in the analysis worker; the benchmark and the unit tests call it directly too.
import type { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { degreeScores, pagerankScores, pathScores, tieGraph, type GraphInput } from '../../../../server/src/domain/shared/centrality.ts';
import type { AnalysisRequest, AnalysisResult, Partition } from './analysis-protocol.ts';

/** Path searches a canvas may run: a 5,000-node canvas stays well under a second in a worker. */
export const CANVAS_PATH_BUDGET = 6_000_000;

/** Numbers groups largest first (ties by their first member's position) so colours stay put between runs. */
function partitionOf(nodes: readonly string[], groups: string[][]): Partition {
  const position = new Map(nodes.map((id, i) => [id, i]));
  const sorted = groups
    .map((g) => g.sort((a, b) => position.get(a)! - position.get(b)!))
    .sort((a, b) => b.length - a.length || position.get(a[0]!)! - position.get(b[0]!)!);
  const of = new Int32Array(nodes.length);
  sorted.forEach((group, c) => group.forEach((id) => (of[position.get(id)!] = c)));
  return { of, members: sorted };
}

/** A fixed random sequence, so the same canvas always splits into the same communities. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function louvainGroups(graph: UndirectedGraph): string[][] {
  // Louvain needs at least one tie; without any, every node is its own community.
  if (graph.size === 0) return graph.nodes().map((id) => [id]);
  const community = louvain(graph, { rng: seededRandom(42), getEdgeWeight: null });
  const groups = new Map<number, string[]>();
  for (const id of graph.nodes()) {
    const c = community[id]!;
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c)!.push(id);
  }
  return [...groups.values()];
}

export function computeAnalysis(request: AnalysisRequest, budget = CANVAS_PATH_BUDGET): AnalysisResult {
  const start = performance.now();
  const nodes = [...new Set(request.nodes)];
  const input: GraphInput = { nodes, edges: request.edges };
  const { degree, inDegree, outDegree } = degreeScores(input);
  // One graph for every measure: none of them changes it.
  const ties = tieGraph(input);
  const paths = pathScores(nodes, ties, budget);
  const scores = { degree, inDegree, outDegree, betweenness: paths.betweenness, closeness: paths.closeness, pagerank: pagerankScores(nodes, ties) };
  const partitions = {
    louvain: partitionOf(nodes, louvainGroups(ties)),
    components: partitionOf(nodes, nodes.length ? connectedComponents(ties) : []),
  };
  return { seq: request.seq, nodes, scores, partitions, samples: paths.samples, ms: performance.now() - start };
}
