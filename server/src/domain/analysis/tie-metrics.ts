// PageRank, betweenness and closeness of a whole graph held as typed arrays. The same algorithms graphology runs
// (graphology-metrics' PageRank, graphology-shortest-path's indexed Brandes step, and the sampling of centrality.ts),
// over the same neighbor order, so the scores are the same to the last bit; what differs is that no graph object is
// built. A graphology graph of 200,000 entities and 1,000,000 relationships takes tens of seconds and gigabytes to
// build, and its Brandes step allocates a predecessor list per node per search; here the ties are two Int32Arrays
// and a search allocates nothing. The canvas (a few thousand nodes) keeps using graphology through centrality.ts;
// the tests check these functions against it on every shape of graph.
import { emptyPathSums, sampleCount, sampleOrder, scorePathSums, type PathScores } from '../shared/centrality.ts';

/** One tie per related pair, no loops: node i's neighbors are `neighbors[starts[i] .. starts[i + 1]]`. */
export interface TieIndex {
  nodeCount: number;
  starts: Int32Array;
  neighbors: Int32Array;
  /** Distinct related pairs. */
  ties: number;
}

/**
 * Ties from relationship ends. Each node's neighbors are in the order its ties first appear among the relationships,
 * the order in which graphology's `mergeEdge` would have added them, so sums run in the same order as there.
 */
export function tieIndex(nodeCount: number, from: Int32Array, to: Int32Array): TieIndex {
  const offsets = new Int32Array(nodeCount + 1);
  for (let k = 0; k < from.length; k++) {
    if (from[k] === to[k]) continue;
    offsets[from[k]! + 1]! += 1;
    offsets[to[k]! + 1]! += 1;
  }
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const half = new Int32Array(offsets[nodeCount]!);
  const fill = offsets.slice(0, nodeCount);
  for (let k = 0; k < from.length; k++) {
    const a = from[k]!;
    const b = to[k]!;
    if (a === b) continue;
    half[fill[a]!++] = b;
    half[fill[b]!++] = a;
  }
  // Parallel relationships are one tie: keep each neighbor's first appearance, compacting in place.
  const seenBy = new Int32Array(nodeCount).fill(-1);
  const starts = new Int32Array(nodeCount + 1);
  let w = 0;
  for (let i = 0; i < nodeCount; i++) {
    starts[i] = w;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const nb = half[j]!;
      if (seenBy[nb] === i) continue;
      seenBy[nb] = i;
      half[w++] = nb;
    }
  }
  starts[nodeCount] = w;
  return { nodeCount, starts, neighbors: half.slice(0, w), ties: w / 2 };
}

const ALPHA = 0.85;
const TOLERANCE = 1e-6;
const MAX_ITERATIONS = 500;

/** PageRank with damping 0.85, every tie weighing 1 both ways; graphology-metrics' power iteration. */
export function tiePagerank(index: TieIndex): Float64Array {
  const { nodeCount: n, starts, neighbors } = index;
  if (n === 0) return new Float64Array(0);
  if (index.ties === 0) return new Float64Array(n).fill(1 / n);
  const p = 1 / n;
  const share = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = starts[i + 1]! - starts[i]!;
    if (d === 0) dangling.push(i);
    else share[i] = 1 / d;
  }
  let x = new Float64Array(n).fill(p);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const last = x;
    x = new Float64Array(n);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= ALPHA;
    for (let i = 0; i < n; i++) {
      const flow = ALPHA * last[i]!;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) x[neighbors[j]!]! += flow * share[i]!;
      x[i]! += dangleSum * p + (1 - ALPHA) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < n * TOLERANCE) return x;
  }
  throw new Error(`PageRank did not converge in ${MAX_ITERATIONS} iterations`);
}

/**
 * Betweenness and Wasserman-Faust closeness from breadth-first searches (Brandes), from every node while the searches
 * fit `budget` node visits and from an even, fixed sample of nodes past it (see centrality.ts's pathScores).
 */
export function tiePathScores(index: TieIndex, budget: number): PathScores {
  const { nodeCount: n, starts, neighbors } = index;
  if (n === 0) return { betweenness: new Float64Array(0), closeness: new Float64Array(0), samples: 0 };
  const k = sampleCount(n, index.ties, budget);
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const sums = emptyPathSums(n);
  const { betweenness, reached, distanceSum, isSource } = sums;
  for (const s of sampleOrder(n, k)) {
    isSource[s] = 1;
    distance[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbors[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    for (let at = 1; at < tail; at++) {
      const w = queue[at]!;
      reached[w]! += 1;
      distanceSum[w]! += distance[w]!;
    }
    // Back from the farthest nodes: each passes its share on to the neighbors one step nearer the source.
    for (let at = tail - 1; at >= 0; at--) {
      const w = queue[at]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const nearer = distance[w]! - 1;
      for (let j = starts[w]!; j < starts[w + 1]!; j++) {
        const v = neighbors[j]!;
        if (distance[v] === nearer) delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) betweenness[w]! += delta[w]!;
    }
    // Only the nodes this search reached were touched.
    for (let at = 0; at < tail; at++) {
      const w = queue[at]!;
      distance[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }
  return scorePathSums(sums, n, k, n, (i) => i);
}
