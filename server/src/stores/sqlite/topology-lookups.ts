// The walks' topology lookups (frontier, neighbors, degrees, edgesAmong, hopEdges, existing) answered from a current
// TopologyIndex, with exactly the members and order the SQL answers in sqlite-store.ts give: the same loops over the
// same lists in the same order (each list is kept in the order its SQLite index returns it). The full rows of the
// relationships an answer names are read by rowid in one statement and kept for the `edges` lookup that follows.
// A filter on more than status (types, confidence, a date window) is left to SQL: `answer` returns undefined for it.
import type { Database } from 'better-sqlite3';
import type { EdgeFilter } from '../../domain/schemas.ts';
import type { EdgeEnds, Lookup, Reach } from '../../domain/traversal.ts';
import type { NumberedAnswers, NumberedLookup, Numbering } from '../../domain/walk-numbering.ts';
import { EntityMarks } from './entity-marks.ts';
import { RawRows } from './raw-rows.ts';
import type { EdgeRow } from './rows.ts';
import { entityNumber, STATUS_CODES, type TopologyIndex } from './topology-index.ts';

type Passes = (e: number) => boolean;

/** The filter as a test on a relationship's number, or null when it filters on more than status (left to SQL). */
function compile(ix: TopologyIndex, filter: EdgeFilter): Passes | null {
  if (filter.from || filter.to || filter.types?.length || filter.confidence?.length) return null;
  const status = ix.edgeStatus;
  const allowed = new Uint8Array(3);
  allowed[STATUS_CODES.active] = 1;
  allowed[STATUS_CODES.contested] = filter.includeContested ? 1 : 0;
  allowed[STATUS_CODES.retracted] = filter.includeRetracted ? 1 : 0;
  return (e) => allowed[status[e] as number] === 1;
}

/** What one walk has read of relationship rows: by id (for the `edges` lookup) and by number (for the index). */
export interface WalkRows {
  byId: Map<string, EdgeRow>;
  byNumber: Map<number, EdgeRow>;
}

export class TopologyLookups {
  private readonly raw: RawRows;
  /** The set of entities one lookup works on (a frontier's exclusions, a view's nodes). */
  private readonly marks = new EntityMarks();
  /** A walk's numbering (see `numbering`): an entity's walk number is in `localNumbers` where it is marked. */
  private readonly numberMarks = new EntityMarks();
  private localNumbers = new Int32Array(0);
  private numbered: TopologyIndex | null = null;
  /** Degrees counted under each combination of statuses a filter lets pass (see `degreeMemo`), for `degreesFor`. */
  private readonly degreesByStatuses = new Map<number, Int32Array>();
  private degreesFor: TopologyIndex | null = null;

  constructor(db: Database) {
    this.raw = new RawRows(db);
  }

  /** The answer to a topology lookup, or undefined when it is not one or its filter is left to SQL. */
  answer(ix: TopologyIndex, l: Lookup, rows: WalkRows): unknown {
    switch (l.kind) {
      case 'existing':
        return l.ids.filter((id) => entityNumber(ix, id) >= 0);
      case 'degrees': {
        const f = compile(ix, l.filter);
        return f ? this.degrees(ix, l.ids, l.filter, f) : undefined;
      }
      case 'neighbors': {
        const f = compile(ix, l.filter);
        return f ? this.neighbors(ix, l.ids, f, l.maxRows) : undefined;
      }
      case 'frontier': {
        const f = compile(ix, l.filter);
        return f ? this.frontier(ix, l.ids, f, l.exclude, l.take, rows) : undefined;
      }
      case 'edgesAmong': {
        const f = compile(ix, l.filter);
        return f ? this.edgesAmong(ix, l.ids, f, l.take, rows) : undefined;
      }
      case 'hopEdges': {
        const f = compile(ix, l.filter);
        return f ? this.hopEdges(ix, l.pairs, f, rows) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The full rows of these relationships (by number), each read once per walk, kept by number and by id. */
  private readRows(ix: TopologyIndex, edges: Iterable<number>, rows: WalkRows): Map<number, EdgeRow> {
    const unread = new Map<number, number>();
    for (const e of edges) if (!rows.byNumber.has(e)) unread.set(ix.edgeRowid[e] as number, e);
    if (unread.size > 0) {
      for (const { rowid, row } of this.raw.edges([...unread.keys()])) {
        rows.byNumber.set(unread.get(rowid) as number, row);
        rows.byId.set(row.id, row);
      }
    }
    return rows.byNumber;
  }

  private idOf(row: EdgeRow | undefined): string {
    // Every number read from a current index names a row of the same snapshot.
    if (!row) throw new Error('topology index names a relationship the snapshot does not hold');
    return row.id;
  }

  private frontier(ix: TopologyIndex, ids: string[], passes: Passes, exclude: ReadonlySet<string>, take: number, rows: WalkRows): Reach[] {
    const { marks: skip, g } = this.marks.fresh(ix);
    for (const id of exclude) {
      const u = entityNumber(ix, id);
      if (u >= 0) skip[u] = g;
    }
    const reached: { edge: number; from: string; to: number }[] = [];
    const { outStart, inStart, inEdges, edgeFrom, edgeTo } = ix;
    const finish = () => {
      const found = this.readRows(ix, reached.map((r) => r.edge), rows);
      return reached.map((r) => ({ edgeId: this.idOf(found.get(r.edge)), from: r.from, to: ix.ids[r.to] as string }));
    };
    for (const id of ids) {
      const u = entityNumber(ix, id);
      if (u < 0) continue;
      for (let e = outStart[u] as number; e < (outStart[u + 1] as number); e++) {
        if (!passes(e)) continue;
        const other = edgeTo[e] as number;
        if (skip[other] === g) continue;
        if (reached.length >= take) return finish();
        skip[other] = g;
        reached.push({ edge: e, from: id, to: other });
      }
      for (let k = inStart[u] as number; k < (inStart[u + 1] as number); k++) {
        const e = inEdges[k] as number;
        const other = edgeFrom[e] as number;
        if (other === u || !passes(e)) continue;
        if (skip[other] === g) continue;
        if (reached.length >= take) return finish();
        skip[other] = g;
        reached.push({ edge: e, from: id, to: other });
      }
    }
    return finish();
  }

  private neighbors(ix: TopologyIndex, ids: string[], passes: Passes, maxRows: number): string[][] {
    const names = ix.ids;
    return neighborLists(ix, ids.map((id) => entityNumber(ix, id)), passes, maxRows).map((list) => Array.from(list, (v) => names[v] as string));
  }

  private degrees(ix: TopologyIndex, ids: string[], filter: EdgeFilter, passes: Passes): number[] {
    return degreeCounts(ix, ids.map((id) => entityNumber(ix, id)), passes, this.degreeMemo(ix, filter));
  }

  /**
   * Degrees counted so far under this filter's statuses, by entity (-1 where not yet): the path search asks for the
   * degrees of the same hubs walk after walk, and counting a hub's list under a filter reads its every relationship.
   */
  private degreeMemo(ix: TopologyIndex, filter: EdgeFilter): Int32Array {
    if (this.degreesFor !== ix) {
      this.degreesFor = ix;
      this.degreesByStatuses.clear();
    }
    const statuses = (filter.includeContested ? 1 : 0) | (filter.includeRetracted ? 2 : 0);
    let memo = this.degreesByStatuses.get(statuses);
    if (!memo) this.degreesByStatuses.set(statuses, (memo = new Int32Array(ix.ids.length).fill(-1)));
    return memo;
  }

  /**
   * The index's numbering for one walk with this filter (null when the filter is left to SQL): entities numbered in
   * the order the answers name them, through two arrays over the index's entities reused from walk to walk, so
   * numbering an entry costs two array reads rather than a map lookup by id.
   */
  numbering(ix: TopologyIndex, filter: EdgeFilter): Numbering | null {
    const passes = compile(ix, filter);
    if (!passes) return null;
    const degrees = this.degreeMemo(ix, filter);
    const { marks, g } = this.numberMarks.fresh(ix);
    if (this.numbered !== ix) {
      this.localNumbers = new Int32Array(ix.ids.length);
      this.numbered = ix;
    }
    const local = this.localNumbers;
    /** The index's number of each walk number; -1 for an id the index does not hold (named in `absent`). */
    const entityOf: number[] = [];
    const absent = new Map<string, number>();
    const numberOf = (v: number): number => {
      if (marks[v] === g) return local[v] as number;
      marks[v] = g;
      local[v] = entityOf.length;
      entityOf.push(v);
      return entityOf.length - 1;
    };
    const numberId = (id: string): number => {
      const v = entityNumber(ix, id);
      if (v >= 0) return numberOf(v);
      let k = absent.get(id);
      if (k === undefined) {
        k = entityOf.length;
        absent.set(id, k);
        entityOf.push(-1);
      }
      return k;
    };
    const names = (nodes: number[]): string[] => {
      const ids = new Map([...absent].map(([id, k]) => [k, id]));
      return nodes.map((k) => {
        const v = entityOf[k];
        const id = v === undefined ? undefined : v >= 0 ? ix.ids[v] : ids.get(k);
        if (id === undefined) throw new Error(`walk numbering: no entity numbered ${k}`);
        return id;
      });
    };
    const entities = (nodes: number[]) => nodes.map((k) => entityOf[k] ?? -1);
    // A walk asks with one filter; the numbering was chosen for it.
    const same = (other: EdgeFilter): Passes => {
      if (other !== filter && JSON.stringify(other) !== JSON.stringify(filter)) throw new Error('walk numbering: a lookup with another filter');
      return passes;
    };
    return {
      answer(l: NumberedLookup): unknown {
        switch (l.kind) {
          case 'number':
            return { numbers: l.ids.map(numberId), count: entityOf.length } satisfies NumberedAnswers['number'];
          case 'names':
            return names(l.nodes) satisfies NumberedAnswers['names'];
          case 'numberedNeighbors': {
            const lists = neighborLists(ix, entities(l.nodes), same(l.filter), l.maxRows);
            for (const list of lists) for (let i = 0; i < list.length; i++) list[i] = numberOf(list[i] as number);
            return { lists, count: entityOf.length } satisfies NumberedAnswers['numberedNeighbors'];
          }
          case 'numberedDegrees':
            return degreeCounts(ix, entities(l.nodes), same(l.filter), degrees) satisfies NumberedAnswers['numberedDegrees'];
        }
      },
    };
  }

  /** The first number in u's outgoing list whose far end is `to` or after it. */
  private static firstTo(ix: TopologyIndex, u: number, to: number): number {
    let lo = ix.outStart[u] as number;
    let hi = ix.outStart[u + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ix.edgeTo[mid] as number) < to) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * As the SQL answer: nodes with at most |nodes| outgoing relationships (any status) scan their list for ends in
   * the view, in list order; then each hub, for each node of the view in the given order, its relationships to it.
   */
  private edgesAmong(ix: TopologyIndex, nodes: string[], passes: Passes, take: number, rows: WalkRows): EdgeEnds[] {
    const { marks: inView, g } = this.marks.fresh(ix);
    const numbers = nodes.map((id) => entityNumber(ix, id));
    for (const u of numbers) if (u >= 0) inView[u] = g;
    const { outStart, edgeTo } = ix;
    const found: number[] = [];
    const hubs: number[] = [];
    const collect = (): EdgeEnds[] => {
      const read = this.readRows(ix, found, rows);
      return found.map((e) => {
        const row = read.get(e);
        return { id: this.idOf(row), from: ix.ids[ix.edgeFrom[e] as number] as string, to: ix.ids[edgeTo[e] as number] as string };
      });
    };
    for (const u of numbers) {
      if (u < 0) continue;
      const start = outStart[u] as number;
      const end = outStart[u + 1] as number;
      if (end - start > nodes.length) {
        hubs.push(u);
        continue;
      }
      for (let e = start; e < end; e++) {
        if (inView[edgeTo[e] as number] !== g || !passes(e)) continue;
        found.push(e);
        if (found.length >= take) return collect();
      }
    }
    for (const hub of hubs) {
      const end = outStart[hub + 1] as number;
      for (const t of numbers) {
        if (t < 0) continue;
        for (let e = TopologyLookups.firstTo(ix, hub, t); e < end && edgeTo[e] === t; e++) {
          if (!passes(e)) continue;
          found.push(e);
          if (found.length >= take) return collect();
        }
      }
    }
    return collect();
  }

  /** For each pair, the passing relationship with the smallest id between its ends either way. */
  private hopEdges(ix: TopologyIndex, pairs: [string, string][], passes: Passes, rows: WalkRows): (string | null)[] {
    const { outStart, edgeTo } = ix;
    const between = (a: number, b: number, into: number[]) => {
      if (a < 0 || b < 0) return;
      for (let e = TopologyLookups.firstTo(ix, a, b); e < (outStart[a + 1] as number) && edgeTo[e] === b; e++) {
        if (passes(e)) into.push(e);
      }
    };
    const candidates = pairs.map(([a, b]) => {
      const list: number[] = [];
      const [u, v] = [entityNumber(ix, a), entityNumber(ix, b)];
      between(u, v, list);
      between(v, u, list);
      return list;
    });
    const read = this.readRows(ix, candidates.flat(), rows);
    return candidates.map((list) => {
      let best: EdgeRow | undefined;
      for (const e of list) {
        const row = read.get(e);
        if (row && (!best || row.id < best.id)) best = row;
      }
      return best?.id ?? null;
    });
  }
}

/**
 * As the SQL `neighbors` answer under a status filter: for each entity (by number; -1 for none), the numbers of the far
 * ends of its outgoing list, then of its incoming one (loops in both), at most `maxRows` in all.
 */
function neighborLists(ix: TopologyIndex, nodes: number[], passes: Passes, maxRows: number): Int32Array[] {
  const { outStart, inStart, inEdges, edgeFrom, edgeTo } = ix;
  let rowsRead = 0;
  return nodes.map((u) => {
    if (rowsRead >= maxRows || u < 0) return new Int32Array(0);
    const room = Math.min(maxRows - rowsRead, (outStart[u + 1] as number) - (outStart[u] as number) + (inStart[u + 1] as number) - (inStart[u] as number));
    const list = new Int32Array(room);
    let n = 0;
    for (let e = outStart[u] as number; e < (outStart[u + 1] as number) && rowsRead < maxRows; e++) {
      if (!passes(e)) continue;
      list[n++] = edgeTo[e] as number;
      rowsRead++;
    }
    for (let k = inStart[u] as number; k < (inStart[u + 1] as number) && rowsRead < maxRows; k++) {
      const e = inEdges[k] as number;
      if (!passes(e)) continue;
      list[n++] = edgeFrom[e] as number;
      rowsRead++;
    }
    return n === room ? list : list.subarray(0, n);
  });
}

/**
 * Counted under the status filter, each end's list once (a loop twice), as the SQL count does; 0 for no entity. `memo`
 * holds the counts already made under the same filter's statuses.
 */
function degreeCounts(ix: TopologyIndex, nodes: number[], passes: Passes, memo: Int32Array): number[] {
  const { outStart, inStart, inEdges } = ix;
  return nodes.map((u) => {
    if (u < 0) return 0;
    const known = memo[u] as number;
    if (known >= 0) return known;
    let count = 0;
    for (let e = outStart[u] as number; e < (outStart[u + 1] as number); e++) if (passes(e)) count++;
    for (let k = inStart[u] as number; k < (inStart[u + 1] as number); k++) if (passes(inEdges[k] as number)) count++;
    memo[u] = count;
    return count;
  });
}
