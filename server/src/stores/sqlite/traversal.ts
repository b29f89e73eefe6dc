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

export interface FoundPath {
  nodes: string[];
  edges: EdgeRow[];
}

/**
 * Up to `first` simple paths from `from` to `to` of at most `maxHops` edges, shortest first. Distinct paths differ in
 * their nodes; where parallel edges join two nodes, one of them (the smallest id) stands for the hop.
 *
 * For each length L, a breadth-first search from `to` to radius ⌊L/2⌋ gives a lower bound on every node's distance to
 * `to`, and a depth-first search from `from` keeps only the branches that can still arrive within L hops: the work of
 * a search from both ends, without giving up the enumeration of every path of that length.
 */
export function findPaths(
  from: string,
  to: string,
  maxHops: number,
  first: number,
  adjacent: Adjacent,
  budget = 500_000,
  rowBudget = 200_000,
): FoundPath[] {
  const found: FoundPath[] = [];
  if (from === to || first <= 0) return found;
  let steps = 0;

  // Hubs make a neighbor list expensive to read, so edges read are bounded as well as search steps.
  let rowsRead = 0;
  const exhausted = () => steps > budget || rowsRead > rowBudget;
  const neighborCache = new Map<string, Map<string, EdgeRow>>();
  const neighbors = (id: string): Map<string, EdgeRow> => {
    let map = neighborCache.get(id);
    if (!map) {
      map = new Map();
      for (const edge of adjacent(id)) {
        rowsRead++;
        const other = otherEnd(edge, id);
        if (other === id) continue;
        const current = map.get(other);
        if (!current || edge.id < current.id) map.set(other, edge);
      }
      neighborCache.set(id, map);
    }
    return map;
  };

  const distanceToTarget = new Map<string, number>([[to, 0]]);
  let radius = 0;
  let frontier = [to];
  const exploreTargetSide = (wanted: number) => {
    while (radius < wanted && frontier.length > 0 && !exhausted()) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbor of neighbors(id).keys()) {
          if (distanceToTarget.has(neighbor)) continue;
          distanceToTarget.set(neighbor, radius + 1);
          next.push(neighbor);
        }
      }
      frontier = next;
      radius++;
    }
  };
  const lowerBound = (id: string) => distanceToTarget.get(id) ?? (frontier.length === 0 ? Infinity : radius + 1);

  for (let length = 1; length <= maxHops && found.length < first && !exhausted(); length++) {
    exploreTargetSide(Math.floor(length / 2));
    if (lowerBound(from) > length) continue;
    const nodes = [from];
    const edges: EdgeRow[] = [];
    const onPath = new Set(nodes);
    const walk = (id: string): void => {
      if (id === to) {
        if (edges.length === length) found.push({ nodes: [...nodes], edges: [...edges] });
        return;
      }
      if (edges.length === length) return;
      for (const [neighbor, edge] of neighbors(id)) {
        if (found.length >= first || (++steps, exhausted())) return;
        if (onPath.has(neighbor) || edges.length + 1 + lowerBound(neighbor) > length) continue;
        nodes.push(neighbor);
        edges.push(edge);
        onPath.add(neighbor);
        walk(neighbor);
        onPath.delete(neighbor);
        edges.pop();
        nodes.pop();
      }
    };
    walk(from);
  }
  return found;
}
