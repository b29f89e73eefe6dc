// The graph walks, written once for every engine: neighborhood expansion with its caps and the bidirectional path
// search with its budgets. A walk is a generator that yields bounded batch lookups (`Lookup`) and receives their
// answers; a store runs it inside one read transaction of its own (`GraphStore.traverse`) and answers each lookup
// with plain I/O. Relationships are followed in both directions: a connection is a connection whichever way it points.
import type { EdgeFilter } from './schemas.ts';
import type { CanvasGraph, Edge, EdgeSummary, Entity, Path, Subgraph } from './types.ts';
import { isNumbered, WalkNumbering, type NumberedAnswers, type NumberedLookup, type NumberingSource } from './walk-numbering.ts';
import { missing } from './write-rules.ts';

/** A relationship as a walk sees it: its id and its two ends. */
export interface EdgeEnds {
  id: string;
  from: string;
  to: string;
}

/** An entity newly reached from a frontier, with the relationship that reached it. */
export interface Reach {
  edgeId: string;
  from: string;
  to: string;
}

/**
 * The lookups a walk asks a store for. Each is bounded by its own arguments (`take`, `maxRows`, the size of `ids`),
 * so the cost of one lookup is known before it runs.
 */
export type Lookup =
  /** The ids among `ids` of entities that exist, in the given order. */
  | { kind: 'existing'; ids: string[] }
  /** Up to `take` distinct entities one passing relationship away from `ids`, none of them in `exclude`. */
  | { kind: 'frontier'; ids: string[]; filter: EdgeFilter; exclude: ReadonlySet<string>; take: number }
  /** For each of `ids`, the far ends of its passing relationships (repeats allowed), at most `maxRows` in all. */
  | { kind: 'neighbors'; ids: string[]; filter: EdgeFilter; maxRows: number }
  /** For each of `ids`, an upper bound on how many passing relationships it has (cheap: from the store's counts). */
  | { kind: 'degrees'; ids: string[]; filter: EdgeFilter }
  /**
   * Up to `take` passing relationships with both ends in `ids`: first those from entities with at most `ids.length`
   * outgoing relationships, in the order of `ids`, then those from hubs, so no store expands a hub's whole list.
   */
  | { kind: 'edgesAmong'; ids: string[]; filter: EdgeFilter; take: number }
  /** For each pair, the passing relationship with the smallest id joining its two entities either way, or null. */
  | { kind: 'hopEdges'; pairs: [string, string][]; filter: EdgeFilter }
  /** The entities with these ids, in the given order, missing ones skipped. */
  | { kind: 'entities'; ids: string[] }
  /** The relationships with these ids, with their citations, in the given order, missing ones skipped. */
  | { kind: 'edges'; ids: string[] }
  /**
   * As `edges`, with each citation as its summary: what the canvas draws. A store may read less for it (no citation
   * text, no history) or answer it as `edges`.
   */
  | { kind: 'edgeSummaries'; ids: string[] };

/** What each lookup is answered with. */
export interface LookupAnswers {
  existing: string[];
  frontier: Reach[];
  neighbors: string[][];
  degrees: number[];
  edgesAmong: EdgeEnds[];
  hopEdges: (string | null)[];
  entities: Entity[];
  edges: Edge[];
  edgeSummaries: EdgeSummary[];
}

/** A walk: yields lookups (by id, or in the walk's numbering), receives their answers, returns its result. */
export type Traversal<T> = Generator<Lookup | NumberedLookup, T, unknown>;

/** Asks one lookup; `yield* ask(...)` inside a walk gives the typed answer. */
function* ask<K extends Lookup['kind']>(lookup: Extract<Lookup, { kind: K }>): Generator<Lookup, LookupAnswers[K], unknown> {
  return (yield lookup) as LookupAnswers[K];
}

/** Asks one lookup in the walk's numbering of entities (walk-numbering.ts). */
function* askNumbered<K extends NumberedLookup['kind']>(lookup: Extract<NumberedLookup, { kind: K }>): Generator<NumberedLookup, NumberedAnswers[K], unknown> {
  return (yield lookup) as NumberedAnswers[K];
}

/**
 * Runs a walk whose lookups are answered synchronously (an embedded store, or a test's in-memory graph). Numbered
 * lookups go to the numbering the store offers for the walk's filter, or are answered through `answer` by ids.
 */
export function runTraversal<T>(walk: Traversal<T>, answer: (lookup: Lookup) => unknown, numbering?: NumberingSource): T {
  const numbered = new WalkNumbering(numbering);
  const reply = (l: Lookup | NumberedLookup): unknown => {
    if (!isNumbered(l)) return answer(l);
    const own = numbered.native(l);
    if (own) return own.answer(l);
    const request = numbered.byIds.request(l);
    return numbered.byIds.finish(l, request ? answer(request) : undefined);
  };
  let step = walk.next();
  while (!step.done) step = walk.next(reply(step.value));
  return step.value;
}

/** Runs a walk whose lookups are answered asynchronously (a network store), one lookup at a time. */
export async function runTraversalAsync<T>(walk: Traversal<T>, answer: (lookup: Lookup) => Promise<unknown>): Promise<T> {
  const numbered = new WalkNumbering();
  const reply = async (l: Lookup | NumberedLookup): Promise<unknown> => {
    if (!isNumbered(l)) return answer(l);
    const request = numbered.byIds.request(l);
    return numbered.byIds.finish(l, request ? await answer(request) : undefined);
  };
  let step = walk.next();
  while (!step.done) step = walk.next(await reply(step.value));
  return step.value;
}

export interface NeighborhoodQuery {
  ids: string[];
  depth: number;
  filter: EdgeFilter;
  /** Maximum number of nodes returned, seeds included; `truncated` says whether more were reachable. */
  limit: number;
}

export interface PathsQuery {
  from: string;
  to: string;
  maxHops: number;
  filter: EdgeFilter;
  first: number;
}

/** A subgraph carries at most this many relationships per node of its limit; `truncated` says when some were left out. */
export const EDGES_PER_NODE = 5;

/** The relationships with these ids, in the given order, missing ones skipped: one batch lookup. */
export function* edgesById(ids: string[]): Traversal<Edge[]> {
  return yield* ask({ kind: 'edges', ids });
}

/**
 * Breadth-first expansion from the seeds, level by level up to `depth`, never holding more than `limit` nodes, and at
 * most `limit x EDGES_PER_NODE` of the relationships among them: first those the expansion arrived by (so every node
 * in view stays connected to a seed), then the rest, nearest the seeds first. `truncated` is true as soon as one more
 * node was reachable than the limit allowed, or one more relationship than the cap. Seed ids that do not exist
 * (merged away, say) are skipped rather than failing the whole view. Gives the ids of the nodes and of the relationships
 * kept; `neighborhood` and `canvasNeighborhood` read their records.
 */
function* expand(query: NeighborhoodQuery): Traversal<{ nodes: string[]; kept: string[]; truncated: boolean }> {
  const { depth, limit, filter } = query;
  const seeds = yield* ask({ kind: 'existing', ids: [...new Set(query.ids)] });
  const visited = new Set(seeds.slice(0, limit));
  let truncated = seeds.length > limit;
  const reachedBy = new Set<string>();
  let frontier = [...visited];
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
    const room = limit - visited.size;
    const reached = yield* ask({ kind: 'frontier', ids: frontier, filter, exclude: visited, take: room + 1 });
    if (reached.length > room) truncated = true;
    frontier = [];
    for (const r of reached.slice(0, room)) {
      visited.add(r.to);
      reachedBy.add(r.edgeId);
      frontier.push(r.to);
    }
  }
  const nodes = [...visited];
  const cap = limit * EDGES_PER_NODE;
  const among = yield* ask({ kind: 'edgesAmong', ids: nodes, filter, take: cap + 1 });
  const rest = among.filter((e) => !reachedBy.has(e.id));
  const kept = [...reachedBy, ...rest.slice(0, Math.max(0, cap - reachedBy.size)).map((e) => e.id)];
  if (reachedBy.size + rest.length > cap) truncated = true;
  return { nodes, kept, truncated };
}

export function* neighborhood(query: NeighborhoodQuery): Traversal<Subgraph> {
  const { nodes, kept, truncated } = yield* expand(query);
  return { nodes: yield* ask({ kind: 'entities', ids: nodes }), edges: yield* ask({ kind: 'edges', ids: kept }), truncated };
}

/** The same expansion as `neighborhood`, read as the canvas draws it: each citation as its summary. */
export function* canvasNeighborhood(query: NeighborhoodQuery): Traversal<CanvasGraph> {
  const { nodes, kept, truncated } = yield* expand(query);
  return { nodes: yield* ask({ kind: 'entities', ids: nodes }), edges: yield* ask({ kind: 'edgeSummaries', ids: kept }), truncated };
}

/** Frontiers are compared by degree while together they hold at most this many unread nodes. */
const DEGREE_PROBES = 64;

/**
 * Work bounds of one path search: neighbor entries read and search steps taken (checked between lookups), and the
 * most entries one lookup may return (so even a hub's list costs a known amount).
 */
export const PATH_BUDGET = { rows: 40_000, steps: 200_000, rowsPerLookup: 100_000 } as const;

/**
 * Up to `first` simple paths from `from` to `to` of at most `maxHops` hops, as node sequences, shortest first.
 * Distinct paths differ in their nodes; parallel relationships between two nodes make one hop.
 *
 * A search from both ends, always expanding the smaller frontier, finds the shortest distance d; every shortest path
 * crosses the meeting level, so those paths are read off the parent sets without another walk. Longer paths (only when
 * fewer than `first` were found) come from a depth-first search from one end that keeps only branches which can still
 * reach the other in time, using the other side's distances as lower bounds.
 *
 * Work is bounded: once `budget.rows` neighbor entries have been read or `budget.steps` search steps taken, the search
 * returns what it has found so far rather than keep a request waiting on a pathological pair of hubs; no one lookup
 * returns more than `budget.rowsPerLookup` entries.
 */
export function* findPaths(
  from: string,
  to: string,
  maxHops: number,
  first: number,
  filter: EdgeFilter,
  budget: { rows: number; steps: number; rowsPerLookup: number } = PATH_BUDGET,
): Traversal<string[][]> {
  if (from === to || first <= 0 || maxHops <= 0) return [];
  let rowsRead = 0;
  let steps = 0;
  const exhausted = () => rowsRead > budget.rows || steps > budget.steps;

  // Entities are numbers in the walk's numbering (walk-numbering.ts), and what the search knows of each is kept in
  // typed arrays at its number, grown as the numbering grows: they hold no object for the garbage collector to trace
  // or copy, however many entries the lists hold.
  /** Each read entity's neighbor list as the store answered it (repeats and loops included). */
  const lists = new Map<number, Int32Array>();
  /** Its distinct neighbors other than itself, in first-seen order, made when a depth-first step needs them. */
  const distinct = new Map<number, number[]>();
  let capacity = 0;
  /** Its degree bound once asked, else -1. */
  let degrees = new Int32Array(0);
  /** 1 while it is on the depth-first path. */
  let onPath = new Uint8Array(0);
  // Each side: distance from its end (-1 where unknown), and for each node the neighbors one level nearer that end:
  // the first in `parent`, any others in `more`.
  const side = () => ({ dist: new Int32Array(0), parent: new Int32Array(0), more: new Map<number, number[]>(), frontier: [] as number[], radius: 0, reached: 1 });
  type Side = ReturnType<typeof side>;
  const source = side();
  const target = side();
  const widened = <A extends Int32Array | Uint8Array>(a: A, size: number, fill: number): A => {
    const b = (a instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size)) as A;
    b.fill(fill, a.length);
    b.set(a);
    return b;
  };
  const grow = (count: number) => {
    if (count <= capacity) return;
    capacity = Math.max(count, capacity * 2, 64);
    degrees = widened(degrees, capacity, -1);
    onPath = widened(onPath, capacity, 0);
    for (const s of [source, target]) {
      s.dist = widened(s.dist, capacity, -1);
      s.parent = widened(s.parent, capacity, -1);
    }
  };
  const parentsOf = (s: Side, k: number): number[] | null => {
    const p = s.parent[k] as number;
    return p === -1 ? null : [p, ...(s.more.get(k) ?? [])];
  };
  const ends = yield* askNumbered({ kind: 'number', ids: [from, to], filter });
  grow(ends.count);
  const [start, goalEnd] = ends.numbers as [number, number];
  for (const [s, root] of [[source, start], [target, goalEnd]] as const) {
    s.dist[root] = 0;
    s.frontier.push(root);
  }

  /** Reads the neighbor lists of the entities not read yet, in one lookup bounded by what is left of the budget. */
  function* read(ks: number[]): Traversal<void> {
    const unread = ks.filter((k) => !lists.has(k));
    if (unread.length === 0 || exhausted()) return;
    const answer = yield* askNumbered({ kind: 'numberedNeighbors', nodes: unread, filter, maxRows: budget.rowsPerLookup });
    grow(answer.count);
    unread.forEach((k, i) => {
      const list = answer.lists[i] ?? new Int32Array(0);
      rowsRead += list.length;
      lists.set(k, list);
    });
  }
  function* neighbors(k: number): Traversal<number[]> {
    yield* read([k]);
    const list = lists.get(k);
    if (!list) return [];
    let unique = distinct.get(k);
    if (!unique) {
      const seen = new Set<number>();
      unique = [];
      for (const n of list) {
        if (n === k || seen.has(n)) continue;
        seen.add(n);
        unique.push(n);
      }
      distinct.set(k, unique);
    }
    return unique;
  }

  function* expand(s: Side): Traversal<void> {
    yield* read(s.frontier);
    const next: number[] = [];
    const radius = s.radius + 1;
    const { dist, parent, more } = s;
    for (const k of s.frontier) {
      const list = lists.get(k);
      if (!list) continue;
      // A loop finds k itself at its own distance and a repeat finds k last among the parents: neither changes anything.
      for (let i = 0; i < list.length; i++) {
        const n = list[i] as number;
        const d = dist[n] as number;
        if (d === -1) {
          dist[n] = radius;
          parent[n] = k;
          next.push(n);
        } else if (d === radius) {
          const others = more.get(n);
          if (others) {
            if (others[others.length - 1] !== k) others.push(k);
          } else if (parent[n] !== k) more.set(n, [k]);
        }
      }
    }
    s.reached += next.length;
    s.frontier = next;
    s.radius = radius;
  }
  // What expanding a frontier would read: the degrees of its nodes not read yet while frontiers are small enough to ask,
  // so a hub at one end is left alone while the other end is cheaper; beyond that, the number of such nodes.
  const uncached = (s: Side) => s.frontier.filter((k) => !lists.has(k));
  function* growSource(): Traversal<boolean> {
    const [a, b] = [uncached(source), uncached(target)];
    if (a.length + b.length > DEGREE_PROBES) return a.length <= b.length;
    const unknown = [...new Set([...a, ...b])].filter((k) => degrees[k] === -1);
    if (unknown.length > 0) {
      const counts = yield* askNumbered({ kind: 'numberedDegrees', nodes: unknown, filter });
      unknown.forEach((k, i) => (degrees[k] = counts[i] ?? 0));
    }
    const sum = (ks: number[]) => ks.reduce((total, k) => total + Math.max(0, degrees[k] as number), 0);
    return sum(a) <= sum(b);
  }

  const found: number[][] = [];
  const named = function* (): Traversal<string[][]> {
    if (found.length === 0) return [];
    const nodes = [...new Set(found.flat())];
    const ids = yield* askNumbered({ kind: 'names', nodes });
    const idOf = new Map(nodes.map((k, i) => [k, ids[i] as string]));
    return found.map((path) => path.map((k) => idOf.get(k) as string));
  };
  let meeting: number[] = [];
  while (source.radius + target.radius < maxHops && !exhausted()) {
    if (source.frontier.length === 0 || target.frontier.length === 0) return [];
    const growing = (yield* growSource()) ? source : target;
    const other = growing === source ? target : source;
    yield* expand(growing);
    meeting = growing.frontier.filter((k) => other.dist[k] !== -1);
    if (meeting.length > 0) break;
  }
  if (meeting.length === 0) return [];

  // Shortest paths: every one crosses exactly one meeting node.
  const chains = (s: Side, k: number, out: number[][], prefix: number[]): void => {
    // Every branch ends at the root with a path, so this is bounded by `first` and needs no budget.
    if (out.length >= first) return;
    const parents = parentsOf(s, k);
    if (!parents) {
      out.push([...prefix, k]);
      return;
    }
    for (const p of parents) chains(s, p, out, [...prefix, k]);
  };
  shortest: for (const m of meeting) {
    const heads: number[][] = [];
    chains(source, m, heads, []);
    const tails: number[][] = [];
    chains(target, m, tails, []);
    for (const head of heads) {
      head.reverse();
      for (const tail of tails) {
        if (found.length >= first) break shortest;
        found.push([...head, ...tail.slice(1)]);
      }
    }
  }
  if (found.length >= first) return yield* named();
  const shortest = source.radius + target.radius;

  // Longer paths: a depth-first search from the end searched less far, bounded by the distances the other side knows
  // (beyond its radius only known to be larger). Neither side is searched further: around a hub that reads thousands
  // of lists without finding a path.
  const fromTarget = target.radius < source.radius || (target.radius === source.radius && target.reached < source.reached);
  const [root, goal, bounds] = fromTarget ? [goalEnd, start, source] : [start, goalEnd, target];
  const lowerBound = (k: number) => {
    const d = bounds.dist[k] as number;
    return d !== -1 ? d : bounds.frontier.length === 0 ? Infinity : bounds.radius + 1;
  };
  for (let length = shortest + 1; length <= maxHops && found.length < first && !exhausted(); length++) {
    const path = [root];
    onPath[root] = 1;
    const walk = function* (k: number): Traversal<void> {
      if (k === goal) {
        if (path.length - 1 === length) found.push(fromTarget ? [...path].reverse() : [...path]);
        return;
      }
      const hops = path.length - 1;
      if (hops === length) return;
      // Where the rest must be a shortest route to the goal, the next hops are its parents there: no list to read.
      const onShortestRoute = bounds.dist[k] === length - hops;
      const next = onShortestRoute ? (parentsOf(bounds, k) ?? []) : yield* neighbors(k);
      for (const n of next) {
        if (found.length >= first || (++steps, exhausted())) return;
        if (onPath[n] === 1 || hops + 1 + lowerBound(n) > length) continue;
        path.push(n);
        onPath[n] = 1;
        yield* walk(n);
        onPath[n] = 0;
        path.pop();
      }
    };
    yield* walk(root);
    onPath[root] = 0;
  }
  return yield* named();
}

/**
 * The paths between two entities with their entities and, for each hop, the passing relationship with the smallest id
 * between its two nodes (with its citations: the evidence chain). An unknown end is a NotFoundError naming it.
 */
export function* paths(query: PathsQuery): Traversal<Path[]> {
  const { from, to, maxHops, first, filter } = query;
  const ends = new Set(yield* ask({ kind: 'existing', ids: [...new Set([from, to])] }));
  if (!ends.has(from)) throw missing.entity(from, ['from']);
  if (!ends.has(to)) throw missing.entity(to, ['to']);
  const found = yield* findPaths(from, to, maxHops, first, filter);
  if (found.length === 0) return [];
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  const pairs = new Map<string, [string, string]>();
  for (const nodes of found) for (let i = 1; i < nodes.length; i++) pairs.set(key(nodes[i - 1] as string, nodes[i] as string), [nodes[i - 1] as string, nodes[i] as string]);
  const pairList = [...pairs.values()];
  const hopIds = yield* ask({ kind: 'hopEdges', pairs: pairList, filter });
  const hop = new Map(pairList.map(([a, b], i) => [key(a, b), hopIds[i] ?? null]));
  const entities = new Map((yield* ask({ kind: 'entities', ids: [...new Set(found.flat())] })).map((e) => [e.id, e]));
  const edges = new Map((yield* ask({ kind: 'edges', ids: [...new Set(hopIds.filter((id): id is string => id !== null))] })).map((e) => [e.id, e]));
  return found.map((nodes) => ({
    nodes: nodes.map((id) => {
      const entity = entities.get(id);
      if (!entity) throw missing.entity(id, []);
      return entity;
    }),
    edges: nodes.slice(1).map((id, i) => {
      const edge = edges.get(hop.get(key(nodes[i] as string, id)) ?? '');
      if (!edge) throw missing.relationship(`${nodes[i]}-${id}`, []);
      return edge;
    }),
  }));
}
