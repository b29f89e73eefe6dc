// The embedded store's in-memory adjacency index: every relationship's two ends, status, type and confidence as typed
// arrays in compressed sparse rows (both directions), read from one snapshot of the file and tagged with that
// snapshot's version. The walks' topology lookups are answered from it while it is current (topology-lookups.ts); the
// rows themselves (entities, relationships with their citations) always come from SQLite.
//
// Entities are numbered by their position in id order, which is SQLite's own order (ids are ASCII letters, digits,
// "-" and "_", so BINARY collation and JavaScript's string order agree): an id is found by binary search in one
// sorted array, with no per-entity map. Each outgoing list is ordered as the (from_id, to_id, status) index returns
// it: by far end, then status, then rowid; each incoming list as (to_id, from_id, status) does. So an answer read from
// the index lists its members in the order the SQL answer does.
import type { Database, Statement } from 'better-sqlite3';

/** Status codes in the order SQLite's index sorts the status text. */
export const STATUS_CODES = { active: 0, contested: 1, retracted: 2 } as const;
const CONFIDENCE_CODES: Record<string, number> = { alleged: 0, confirmed: 1, reported: 2 };
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

export interface TopologyIndex {
  /** The version of the snapshot it was read from (see `topologyVersion`). */
  readonly version: string;
  /** Entity ids in id order; an entity's number is its position here. */
  readonly ids: string[];
  /** Per relationship, numbered in rowid order. */
  readonly edgeRowid: Float64Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeStatus: Uint8Array;
  readonly edgeType: Uint8Array;
  readonly edgeConfidence: Uint8Array;
  /** The relationship types met, by code. */
  readonly types: string[];
  /** Outgoing relationships of entity u: outEdges[outStart[u] .. outStart[u + 1]). */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
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
  const arrays = [index.edgeRowid, index.edgeFrom, index.edgeTo, index.edgeStatus, index.edgeType, index.edgeConfidence, index.outStart, index.outEdges, index.inStart, index.inEdges];
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
const EDGE_PAGE = 10_000;
/** Entities whose lists are sorted between two pauses of a build. */
const SORT_PAGE = 20_000;

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
    edges: db.prepare('SELECT rowid, from_id, to_id, status, type, confidence FROM edges WHERE rowid > ? ORDER BY rowid LIMIT ?').raw(true),
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
  const numbers = new Map<string, number>();
  for (let after = ''; ; ) {
    const page = st.entities.all(after, ENTITY_PAGE) as string[];
    for (const id of page) {
      // Binary search relies on JavaScript's string order being SQLite's: true for the ids the schema admits.
      if (!SAFE_ID.test(id) || (ids.length > 0 && !((ids[ids.length - 1] as string) < id))) throw new BuildAbandoned(`id outside the indexed alphabet: ${id}`, tag, false);
      numbers.set(id, ids.length);
      ids.push(id);
    }
    if (page.length < ENTITY_PAGE) break;
    after = page[page.length - 1] as string;
    yield;
    check();
  }

  const m = Number(st.count.get());
  const edgeRowid = new Float64Array(m);
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const edgeStatus = new Uint8Array(m);
  const edgeType = new Uint8Array(m);
  const edgeConfidence = new Uint8Array(m);
  const types: string[] = [];
  const typeCodes = new Map<string, number>();
  let count = 0;
  for (let after = 0; ; ) {
    yield;
    check();
    const page = st.edges.all(after, EDGE_PAGE) as [number, string, string, string, string, string][];
    for (const [rowid, from, to, status, type, confidence] of page) {
      const f = numbers.get(from);
      const t = numbers.get(to);
      const s = STATUS_CODES[status as keyof typeof STATUS_CODES] as number | undefined;
      const c = CONFIDENCE_CODES[confidence];
      let code = typeCodes.get(type);
      if (code === undefined) {
        code = types.length;
        if (code > 255) throw new BuildAbandoned('more relationship types than the index codes', tag, false);
        typeCodes.set(type, code);
        types.push(type);
      }
      if (f === undefined || t === undefined || s === undefined || c === undefined || count >= m) throw new BuildAbandoned('a relationship the snapshot cannot place', tag, false);
      edgeRowid[count] = rowid;
      edgeFrom[count] = f;
      edgeTo[count] = t;
      edgeStatus[count] = s;
      edgeType[count] = code;
      edgeConfidence[count] = c;
      count++;
    }
    if (page.length < EDGE_PAGE) break;
    after = page[page.length - 1]![0];
  }
  if (count !== m) throw new BuildAbandoned('the relationship count moved during the build', tag, false);
  numbers.clear();

  const n = ids.length;
  const csr = (ends: Int32Array) => {
    const start = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) start[(ends[e] as number) + 1]!++;
    for (let u = 0; u < n; u++) start[u + 1]! += start[u] as number;
    const fill = start.slice(0, n);
    const list = new Int32Array(m);
    for (let e = 0; e < m; e++) list[fill[ends[e] as number]!++] = e;
    return { start, list };
  };
  const out = csr(edgeFrom);
  const inn = csr(edgeTo);
  // Lists are in rowid order now; the index order is far end, then status, then rowid (numbers follow rowids).
  const byFarEnd = (far: Int32Array) => (a: number, b: number) => (far[a] as number) - (far[b] as number) || (edgeStatus[a] as number) - (edgeStatus[b] as number) || a - b;
  const outOrder = byFarEnd(edgeTo);
  const inOrder = byFarEnd(edgeFrom);
  for (let u = 0; u < n; u++) {
    if (u % SORT_PAGE === SORT_PAGE - 1) yield;
    const o0 = out.start[u] as number;
    const o1 = out.start[u + 1] as number;
    if (o1 - o0 > 1) out.list.subarray(o0, o1).sort(outOrder);
    const i0 = inn.start[u] as number;
    const i1 = inn.start[u + 1] as number;
    if (i1 - i0 > 1) inn.list.subarray(i0, i1).sort(inOrder);
  }
  check();
  return { version: tag, ids, edgeRowid, edgeFrom, edgeTo, edgeStatus, edgeType, edgeConfidence, types, outStart: out.start, outEdges: out.list, inStart: inn.start, inEdges: inn.list };
}

/** Runs a build to the end without pausing. */
export function buildTopologyNow(db: Database, version: VersionReader): TopologyIndex {
  const build = buildTopology(db, version);
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
}
