// The embedded store's in-memory adjacency index: every relationship's two ends and status as typed arrays in
// compressed sparse rows (both directions), read from one snapshot of the file and tagged with that snapshot's
// version. The walks' topology lookups are answered from it while it is current (topology-lookups.ts); the rows
// themselves (entities, relationships with their citations) always come from SQLite.
//
// Entities are numbered by their position in id order, which is SQLite's own order (ids are ASCII letters, digits,
// "-" and "_", so BINARY collation and JavaScript's string order agree): an id is found by binary search in one
// sorted array, with no per-entity map. Relationships are read from the covering (from_id, to_id, status) index in its
// order and numbered in it, so each entity's outgoing list is one run of numbers, ordered as that index returns it (far
// end, then status, then rowid); incoming lists are distributed from it in the same pass order, which is the order of
// the (to_id, from_id, status) index. So an answer read from the index lists its members in the order the SQL answer
// does, and the build reads indexes only, never the table.
import type { Database, Statement } from 'better-sqlite3';

/** Status codes in the order SQLite's index sorts the status text. */
export const STATUS_CODES = { active: 0, contested: 1, retracted: 2 } as const;
const STATUS_NAMES = Object.keys(STATUS_CODES);
const SAFE_ID = /^[A-Za-z0-9_-]+$/;
const MAX_ROWID = 2 ** 31 - 1;

export interface TopologyIndex {
  /** The version of the snapshot it was read from (see `topologyVersion`). */
  readonly version: string;
  /** Entity ids in id order; an entity's number is its position here. */
  readonly ids: string[];
  /** Per relationship, numbered in (from, to, status, rowid) order. */
  readonly edgeRowid: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeStatus: Uint8Array;
  /** Outgoing relationships of entity u: the numbers outStart[u] .. outStart[u + 1] - 1. */
  readonly outStart: Int32Array;
  /** Incoming relationships of entity u: inEdges[inStart[u] .. inStart[u + 1]). */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
}

/** The number of an entity id, or -1 when no such entity was in the snapshot. */
export function entityNumber(index: TopologyIndex, id: string): number {
  const ids = index.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = ids[mid] as string;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Bytes the index's typed arrays hold, and an estimate for its id strings. */
export function indexBytes(index: TopologyIndex): number {
  const arrays = [index.edgeRowid, index.edgeFrom, index.edgeTo, index.edgeStatus, index.outStart, index.inStart, index.inEdges];
  const strings = index.ids.reduce((sum, id) => sum + 16 + id.length, 0) + index.ids.length * 8;
  return arrays.reduce((sum, a) => sum + a.byteLength, 0) + strings;
}

export interface VersionReader {
  /**
   * The version of what this connection reads now: the file's data version (moves when another connection commits)
   * and this connection's own change count (moves with its own writes). Read inside a read transaction it is the
   * version of that transaction's snapshot, since the pragma itself starts the snapshot.
   */
  (): string;
}

export function topologyVersion(db: Database): VersionReader {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  return () => `${String(dataVersion.get())}:${String(changes.get())}`;
}

const ENTITY_PAGE = 20_000;
const EDGE_PAGE = 5_000;

/**
 * Why a build gave up: the snapshot moved under it (`retry`: build again once the graph is quiet), or the data of
 * this version cannot be indexed exactly (not before the graph changes).
 */
export class BuildAbandoned extends Error {
  constructor(
    message: string,
    readonly version: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

interface BuildStatements {
  count: Statement;
  entities: Statement;
  edges: Statement;
}

function prepare(db: Database): BuildStatements {
  return {
    count: db.prepare('SELECT count(*) FROM edges').pluck(),
    entities: db.prepare('SELECT id FROM entities WHERE id > ? ORDER BY id LIMIT ?').pluck(),
    // Keyset pages over the covering index, in its own order (rowid last, as the index stores it); the status comes as
    // its code (one string fewer per relationship), the page's last row (its status spelled out again from the code) is the key of the next.
    edges: db
      .prepare(
        `SELECT from_id, to_id, CASE status WHEN 'active' THEN 0 WHEN 'contested' THEN 1 WHEN 'retracted' THEN 2 END,
          rowid
        FROM edges WHERE (from_id, to_id, status, rowid) > (?, ?, ?, ?)
        ORDER BY from_id, to_id, status, rowid LIMIT ?`,
      )
      .raw(true),
  };
}

/**
 * Reads the index in bounded steps: the generator yields between pages (a caller may pause there so other work runs)
 * and checks the version at each, so every page comes from the same snapshot; it throws BuildAbandoned as soon as the
 * version moved (the caller builds again later) and returns the index tagged with the version it read.
 */
export function* buildTopology(db: Database, version: VersionReader): Generator<void, TopologyIndex, void> {
  const st = prepare(db);
  const tag = version();
  const check = () => {
    if (version() !== tag) throw new BuildAbandoned('the graph changed during the build', tag, true);
  };

  const ids: string[] = [];
  for (let after = ''; ; ) {
    const page = st.entities.all(after, ENTITY_PAGE) as string[];
    for (const id of page) {
      // Binary search relies on JavaScript's string order being SQLite's: true for the ids the schema admits.
      if (!SAFE_ID.test(id) || (ids.length > 0 && !((ids[ids.length - 1] as string) < id))) throw new BuildAbandoned(`id outside the indexed alphabet: ${id}`, tag, false);
      ids.push(id);
    }
    if (page.length < ENTITY_PAGE) break;
    after = page[page.length - 1] as string;
    yield;
    check();
  }

  const m = Number(st.count.get());
  const n = ids.length;
  const edgeRowid = new Int32Array(m);
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const edgeStatus = new Uint8Array(m);
  const outStart = new Int32Array(n + 1);
  let count = 0;
  let lastFrom = '';
  let f = 0;
  // Only the id table is looked up while relationships are read.
  const index = { ids } as TopologyIndex;
  for (let after: [string, string, string, number] = ['', '', '', 0]; ; ) {
    yield;
    check();
    const page = st.edges.all(...after, EDGE_PAGE) as [string, string, number | null, number][];
    for (const [from, to, s, rowid] of page) {
      // Sources arrive in id order: the number of each new one is found by walking forward, not by a lookup.
      if (from !== lastFrom) {
        while (f < n && (ids[f] as string) < from) f++;
        if (ids[f] !== from) throw new BuildAbandoned('a relationship the snapshot cannot place', tag, false);
        lastFrom = from;
      }
      const t = entityNumber(index, to);
      if (t < 0 || s === null || count >= m || rowid > MAX_ROWID) throw new BuildAbandoned('a relationship the snapshot cannot place', tag, false);
      edgeRowid[count] = rowid;
      edgeFrom[count] = f;
      edgeTo[count] = t;
      edgeStatus[count] = s;
      outStart[f + 1]!++;
      count++;
    }
    if (page.length < EDGE_PAGE) break;
    const [lastFromId, lastTo, lastCode, lastRowid] = page[page.length - 1]!;
    after = [lastFromId, lastTo, STATUS_NAMES[lastCode as number] as string, lastRowid];
  }
  if (count !== m) throw new BuildAbandoned('the relationship count moved during the build', tag, false);
  for (let u = 0; u < n; u++) outStart[u + 1]! += outStart[u] as number;

  // Distributed in numbering order, each incoming list comes out ordered by (from, status, rowid).
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) inStart[(edgeTo[e] as number) + 1]!++;
  for (let u = 0; u < n; u++) inStart[u + 1]! += inStart[u] as number;
  const fill = inStart.slice(0, n);
  const inEdges = new Int32Array(m);
  for (let e = 0; e < m; e++) inEdges[fill[edgeTo[e] as number]!++] = e;
  check();
  return { version: tag, ids, edgeRowid, edgeFrom, edgeTo, edgeStatus, outStart, inStart, inEdges };
}

/** Runs a build to the end without pausing. */
export function buildTopologyNow(db: Database, version: VersionReader): TopologyIndex {
  const build = buildTopology(db, version);
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
}
