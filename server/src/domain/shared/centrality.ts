// Centrality over a plain list of nodes and relationship ends, shared by the server's whole-graph ranking and the
// client's canvas worker. graphology computes; this module only builds its graph and bounds the path-based metrics.
// Relationships count as ties both ways for betweenness, closeness and PageRank: "A funded B" and "B is funded by A"
// put both on the same path. Parallel relationships count once there and every time in degree.
import { UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

export interface GraphInput {
  nodes: readonly string[];
  edges: readonly { from: string; to: string }[];
}

export interface DegreeScores {
  /** Relationships touching the node, a loop counted once: the same count as `Entity.degree`. */
  degree: Float64Array;
  inDegree: Float64Array;
  outDegree: Float64Array;
}

export interface PathScores {
  /** Normalized betweenness: the share of shortest paths between other nodes that pass through each node. */
  betweenness: Float64Array;
  /** Wasserman-Faust closeness: the share of nodes reached, divided by the mean distance to them. */
  closeness: Float64Array;
  /** How many source nodes the shortest-path searches started from; equal to the node count when exact. */
  samples: number;
}

/**
 * How many node visits the shortest-path searches may make in total. Each search visits every node and tie once
 * (nodes + 2 * ties); past the budget, searches start from an even sample of nodes and the sums are scaled up
 * (Brandes and Pich, 2007; Eppstein and Wang, 2001), so the cost stays near the budget at any size.
 */
export const DEFAULT_PATH_BUDGET = 24_000_000;
/** Even on the largest graph at least this many searches run, so the top of a ranking is stable. */
export const MIN_SAMPLES = 8;

function indexOf(nodes: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  nodes.forEach((id, i) => index.set(id, i));
  return index;
}

export function degreeScores(input: GraphInput): DegreeScores {
  const n = input.nodes.length;
  const index = indexOf(input.nodes);
  const degree = new Float64Array(n);
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (const e of input.edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    outDegree[a]! += 1;
    inDegree[b]! += 1;
    degree[a]! += 1;
    if (b !== a) degree[b]! += 1;
  }
  return { degree, inDegree, outDegree };
}

/** The undirected simple graph of the input: one tie per related pair, no loops, every node kept. */
export function tieGraph(input: GraphInput): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of input.nodes) graph.mergeNode(id);
  for (const e of input.edges) {
    if (e.from === e.to || !graph.hasNode(e.from) || !graph.hasNode(e.to)) continue;
    graph.mergeEdge(e.from, e.to);
  }
  return graph;
}

/** The same graph from relationship ends given as indexes into `nodes`, without building an object per relationship. */
export function tieGraphOfIndexes(nodes: readonly string[], from: Int32Array, to: Int32Array): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of nodes) graph.mergeNode(id);
  for (let i = 0; i < from.length; i++) {
    if (from[i] !== to[i]) graph.mergeEdge(nodes[from[i]!]!, nodes[to[i]!]!);
  }
  return graph;
}

/** PageRank of each of `nodes` (which must all be in `graph`). */
export function pagerankScores(nodes: readonly string[], graph: UndirectedGraph): Float64Array {
  const out = new Float64Array(nodes.length);
  if (nodes.length === 0) return out;
  if (graph.size === 0) return out.fill(1 / graph.order);
  const scores = pagerank(graph, { getEdgeWeight: null, maxIterations: 500 });
  nodes.forEach((id, i) => (out[i] = scores[id] ?? 0));
  return out;
}

/** A fixed pseudo-random order, so the same graph always gets the same sample and the same ranking. */
export function sampleOrder(n: number, k: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, k);
}

export function sampleCount(nodes: number, ties: number, budget: number): number {
  if (nodes === 0) return 0;
  const perSearch = nodes + 2 * ties;
  return Math.min(nodes, Math.max(MIN_SAMPLES, Math.floor(budget / perSearch)));
}

/** What graphology's indexed Brandes step returns; its declarations leave out the stack's items and the index. */
interface IndexedBrandes {
  (source: number): [{ size: number; items: ArrayLike<number>; pop(): number | undefined }, number[][], Uint32Array];
  index: { nodes: string[] };
}

/** Betweenness and closeness of each of `nodes` from the same breadth-first searches (graphology's Brandes step). */
export function pathScores(nodes: readonly string[], graph: UndirectedGraph, budget = DEFAULT_PATH_BUDGET): PathScores {
  const n = graph.order;
  // graphology's Brandes step cannot be built for an empty graph.
  if (n === 0) return { betweenness: new Float64Array(0), closeness: new Float64Array(0), samples: 0 };
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const k = sampleCount(n, graph.size, budget);

  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const sums = emptyPathSums(n);
  const { betweenness, reached, distanceSum, isSource } = sums;
  for (const s of sampleOrder(n, k)) {
    isSource[s] = 1;
    const [stack, predecessors, sigma] = brandes(s);
    // The stack holds nodes in breadth-first order: each node's distance is one more than a predecessor's.
    for (let j = 0; j < stack.size; j++) {
      const w = stack.items[j]!;
      distance[w] = j === 0 ? 0 : distance[predecessors[w]![0]!]! + 1;
      delta[w] = 0;
      if (j > 0) {
        reached[w]! += 1;
        distanceSum[w]! += distance[w]!;
      }
    }
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) betweenness[w]! += delta[w]!;
    }
  }

  const graphIndex = indexOf(brandes.index.nodes);
  return scorePathSums(sums, n, k, nodes.length, (i) => graphIndex.get(nodes[i]!)!);
}

/** What the shortest-path searches from k sources add up for each of the graph's n nodes. */
export interface PathSums {
  /** Each node's share of the shortest paths between the others, summed over the searches (Brandes' dependencies). */
  betweenness: Float64Array;
  /** How many searches reached the node. */
  reached: Float64Array;
  /** The node's distances from the sources that reached it, summed. */
  distanceSum: Float64Array;
  /** 1 for a node a search started from. */
  isSource: Uint8Array;
}

/** Sums at zero for a graph of n nodes, before any search. */
export function emptyPathSums(n: number): PathSums {
  return { betweenness: new Float64Array(n), reached: new Float64Array(n), distanceSum: new Float64Array(n), isSource: new Uint8Array(n) };
}

/**
 * Betweenness and closeness of `count` nodes from the sums, the i-th read at the graph's node `nodeAt(i)`. Every node
 * as a source counts each pair from both ends; a sample of k sources is scaled up to that total. Closeness is
 * Wasserman-Faust's: the share of the other sources that reached the node, divided by its mean distance from them.
 */
export function scorePathSums(sums: PathSums, n: number, k: number, count: number, nodeAt: (i: number) => number): PathScores {
  const pairScale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  const out: PathScores = { betweenness: new Float64Array(count), closeness: new Float64Array(count), samples: k };
  for (let i = 0; i < count; i++) {
    const g = nodeAt(i);
    out.betweenness[i] = sums.betweenness[g]! * pairScale;
    const others = k - sums.isSource[g]!;
    const r = sums.reached[g]!;
    out.closeness[i] = others > 0 && r > 0 ? (r / others) * (r / sums.distanceSum[g]!) : 0;
  }
  return out;
}
