// Graph walks over edges that already passed the caller's filter. Edges are followed in both directions: a connection
// is a connection whichever way the relationship points. Both walks stop early instead of reading the whole graph.
import type { EdgeRow } from './rows.ts';

/** The filtered edges touching an entity. Consumers may stop iterating early. */
export type Adjacent = (id: string) => Iterable<EdgeRow>;

const otherEnd = (edge: EdgeRow, id: string) => (edge.from_id === id ? edge.to_id : edge.from_id);

/**
 * Breadth-first expansion from the seeds, level by level up to `depth`, never holding more than `limit` nodes.
 * `truncated` is true as soon as one more node was reachable than the limit allowed. `reachedBy` holds the id of the
 * edge each non-seed node was first reached by.
 */
export function expandNeighborhood(
  seeds: string[],
  depth: number,
  limit: number,
  adjacent: Adjacent,
): { nodes: string[]; reachedBy: Set<string>; truncated: boolean } {
  const visited = new Set<string>();
  const reachedBy = new Set<string>();
  for (const seed of seeds) {
    if (visited.has(seed)) continue;
    if (visited.size >= limit) return { nodes: [...visited], reachedBy, truncated: true };
    visited.add(seed);
  }
  let frontier = [...visited];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of adjacent(id)) {
        const neighbor = otherEnd(edge, id);
        if (visited.has(neighbor)) continue;
        if (visited.size >= limit) return { nodes: [...visited], reachedBy, truncated: true };
        visited.add(neighbor);
        reachedBy.add(edge.id);
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  return { nodes: [...visited], reachedBy, truncated: false };
}

/** Frontiers are compared by degree while together they hold at most this many unread nodes. */
const DEGREE_PROBES = 64;

/** The distinct neighbors of an entity over the caller's filter; duplicates and the entity itself may appear. */
export type NeighborIds = (id: string) => Iterable<string>;

/**
 * Up to `first` simple paths from `from` to `to` of at most `maxHops` hops, as node sequences, shortest first.
 * Distinct paths differ in their nodes; the caller picks the edge that stands for each hop.
 *
 * A search from both ends, always expanding the smaller frontier, finds the shortest distance d; every shortest path
 * crosses the meeting level, so those paths are read off the parent sets without another walk. Longer paths (only when
 * fewer than `first` were found) come from a depth-first search from one end that keeps only branches which can still
 * reach the other in time, using the other side's distances as lower bounds.
 *
 * `degree`, when given, is a cheap count of an entity's edges under the filter (or an estimate of it).
 *
 * Work is bounded: once `rowBudget` neighbor entries have been read or `stepBudget` search steps taken, the search
 * returns what it has found so far rather than keep a request waiting on a pathological pair of hubs.
 */
export function findPaths(
  from: string,
  to: string,
  maxHops: number,
  first: number,
  neighborIds: NeighborIds,
  degree?: (id: string) => number,
  rowBudget = 40_000,
  stepBudget = 200_000,
): string[][] {
  const found: string[][] = [];
  if (from === to || first <= 0 || maxHops <= 0) return found;
  let rowsRead = 0;
  let steps = 0;
  const exhausted = () => rowsRead > rowBudget || steps > stepBudget;
  const cache = new Map<string, string[]>();
  const neighbors = (id: string): string[] => {
    let list = cache.get(id);
    if (!list) {
      const seen = new Set<string>();
      for (const other of neighborIds(id)) {
        rowsRead++;
        if (other !== id) seen.add(other);
      }
      list = [...seen];
      cache.set(id, list);
    }
    return list;
  };

  // Each side: distance from its end, and for each node the neighbors one level nearer that end.
  const side = (root: string) => ({
    dist: new Map<string, number>([[root, 0]]),
    parents: new Map<string, string[]>(),
    frontier: [root],
    radius: 0,
  });
  const source = side(from);
  const target = side(to);
  const expand = (s: ReturnType<typeof side>) => {
    const next: string[] = [];
    for (const id of s.frontier) {
      for (const n of neighbors(id)) {
        const d = s.dist.get(n);
        if (d === undefined) {
          s.dist.set(n, s.radius + 1);
          s.parents.set(n, [id]);
          next.push(n);
        } else if (d === s.radius + 1) s.parents.get(n)?.push(id);
      }
      if (exhausted()) break;
    }
    s.frontier = next;
    s.radius++;
  };
  // What expanding a frontier would read: the degrees of its nodes not read yet while frontiers are small enough to ask,
  // so a hub at one end is left alone while the other end is cheaper; beyond that, the number of such nodes.
  const uncached = (s: ReturnType<typeof side>) => s.frontier.filter((id) => !cache.has(id));
  const growSource = () => {
    const [a, b] = [uncached(source), uncached(target)];
    if (!degree || a.length + b.length > DEGREE_PROBES) return a.length <= b.length;
    const sum = (ids: string[]) => ids.reduce((total, id) => total + degree(id), 0);
    return sum(a) <= sum(b);
  };

  let meeting: string[] = [];
  while (source.radius + target.radius < maxHops && !exhausted()) {
    if (source.frontier.length === 0 || target.frontier.length === 0) return found;
    const grow = growSource() ? source : target;
    const other = grow === source ? target : source;
    expand(grow);
    meeting = grow.frontier.filter((id) => other.dist.has(id));
    if (meeting.length > 0) break;
  }
  if (meeting.length === 0) return found;

  // Shortest paths: every one crosses exactly one meeting node.
  const chains = (s: ReturnType<typeof side>, id: string, out: string[][], prefix: string[]): void => {
    // Every branch ends at the root with a path, so this is bounded by `first` and needs no budget.
    if (out.length >= first) return;
    const parents = s.parents.get(id);
    if (!parents) {
      out.push([...prefix, id]);
      return;
    }
    for (const p of parents) chains(s, p, out, [...prefix, id]);
  };
  for (const m of meeting) {
    const heads: string[][] = [];
    chains(source, m, heads, []);
    const tails: string[][] = [];
    chains(target, m, tails, []);
    for (const head of heads) {
      head.reverse();
      for (const tail of tails) {
        if (found.length >= first) return found;
        found.push([...head, ...tail.slice(1)]);
      }
    }
  }
  const shortest = source.radius + target.radius;

  // Longer paths: a depth-first search from the end searched less far, bounded by the distances the other side knows
  // (beyond its radius only known to be larger). Neither side is searched further: around a hub that reads thousands
  // of lists without finding a path.
  const fromTarget = target.radius < source.radius || (target.radius === source.radius && target.dist.size < source.dist.size);
  const [root, goal, bounds] = fromTarget ? [to, from, source] : [from, to, target];
  const lowerBound = (id: string) => bounds.dist.get(id) ?? (bounds.frontier.length === 0 ? Infinity : bounds.radius + 1);
  for (let length = shortest + 1; length <= maxHops && found.length < first && !exhausted(); length++) {
    const path = [root];
    const onPath = new Set(path);
    const walk = (id: string): void => {
      if (id === goal) {
        if (path.length - 1 === length) found.push(fromTarget ? [...path].reverse() : [...path]);
        return;
      }
      const hops = path.length - 1;
      if (hops === length) return;
      // Where the rest must be a shortest route to the goal, the next hops are its parents there: no list to read.
      const onShortestRoute = bounds.dist.get(id) === length - hops;
      for (const n of onShortestRoute ? (bounds.parents.get(id) ?? []) : neighbors(id)) {
        if (found.length >= first || (++steps, exhausted())) return;
        if (onPath.has(n) || hops + 1 + lowerBound(n) > length) continue;
        path.push(n);
        onPath.add(n);
        walk(n);
        onPath.delete(n);
        path.pop();
      }
    };
    walk(root);
  }
  return found;
}
