// Loads a whole graph bundle (the seed, an import) in one transaction: every reference is checked up front, rows go in
// through prepared statements with the load-friendly pragmas on, and the search index is built once at the end.
import type { Database } from 'better-sqlite3';
import { channel } from 'node:diagnostics_channel';
import { availableParallelism } from 'node:os';
import { bundleIds, checkBundleReferences } from '../../domain/bundle-references.ts';
import { sequentialIds } from '../../domain/ids.ts';
import { BULK_LOAD_ORIGIN, loadAuditEvents, type LoadOrigin } from '../../domain/load-audit.ts';
import { newEdgeRecord, newEntityRecord, newSourceRecord, type EntityRecord } from '../../domain/records.ts';
import type { GraphBundle } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/search-keys.ts';
import type { EntityKind } from '../../domain/shared/vocabulary.ts';
import type { BulkLoadResult } from '../../ports/graph-store.ts';
import type { Alias, AuditEvent, Citation, Edge } from '../../domain/types.ts';
import { BatchInsert } from './batch-insert.ts';
import { citationSummaryJson, entityParams } from './rows.ts';
import type { Statements } from './statements.ts';

/**
 * Pragmas that speed a large load without risking the file: a big page cache and in-memory temp storage. Foreign-key
 * checks are off only because every reference was checked before the load began; they come back on before returning.
 */
function withLoadPragmas<T>(db: Database, fn: () => T): T {
  const cacheSize = db.pragma('cache_size', { simple: true });
  const tempStore = db.pragma('temp_store', { simple: true });
  const threads = db.pragma('threads', { simple: true });
  db.pragma('cache_size = -262144');
  // Index builds sort with helper threads, one per core (SQLite caps the number it uses).
  db.pragma(`threads = ${Math.max(1, Math.min(4, availableParallelism()))}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  const restoreJournal = withRollbackJournal(db);
  try {
    return fn();
  } finally {
    restoreJournal();
    db.pragma('foreign_keys = ON');
    db.pragma(`temp_store = ${Number(tempStore)}`);
    db.pragma(`threads = ${Number(threads)}`);
    db.pragma(`cache_size = ${Number(cacheSize)}`);
  }
}

/**
 * The load's journal: a rollback journal where this connection has the file to itself, the WAL otherwise. Through the
 * WAL every page a load writes is written twice, into the WAL and then by the checkpoint into the file (4-5 s of a
 * million-relationship load); a rollback journal keeps only the pages the load changes that existed before it, so a
 * load into a new file writes each page once. Either way the load is one atomic transaction: a crash leaves a hot
 * journal that the next writable open rolls back before anything reads the file. With synchronous FULL while the
 * rollback journal is on, since NORMAL is not safe against power loss in that mode. Where another connection has the
 * file open (a server's read workers) SQLite keeps the WAL and the load runs as before. Gives back what restores WAL.
 */
function withRollbackJournal(db: Database): () => void {
  // An in-memory database has no WAL to leave, and inside a transaction the journal cannot change.
  if (db.inTransaction || db.pragma('journal_mode', { simple: true }) !== 'wal') return () => undefined;
  const synchronous = Number(db.pragma('synchronous', { simple: true }));
  let switched = false;
  try {
    switched = db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch {
    // Busy: another connection holds the file; the load goes through the WAL.
  }
  if (!switched) return () => undefined;
  db.pragma('synchronous = FULL');
  return () => {
    db.pragma(`synchronous = ${synchronous}`);
    try {
      db.pragma('journal_mode = WAL');
      // One read makes the WAL's shared-memory index now, while there is room for it: made at a later write on a full
      // disk, it would fail as an I/O error rather than as the full disk it is.
      db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    } catch {
      // A connection opened during the load holds the file: the load itself stands (committed or rolled back), this
      // connection carries on with the rollback journal, and the next writable open of the file sets WAL again.
    }
  };
}

/** The diagnostics channel a load reports each finished phase on (`npm run bench:import-phases` splits the time). */
export const BULK_LOAD_PHASES = 'actornet:sqlite-bulk-load';
export interface BulkLoadPhase {
  done: string;
}
const phases = channel(BULK_LOAD_PHASES);
/** Costs nothing unless something listens. */
const phaseDone = (done: string) => {
  if (phases.hasSubscribers) phases.publish({ done } satisfies BulkLoadPhase);
};

/** Below this many rows, keeping the indexes current row by row is cheaper than rebuilding them. */
const REBUILD_INDEXES_FROM = 50_000;

const DROP = { index: 'DROP INDEX', trigger: 'DROP TRIGGER' } as const;

/**
 * Drops the indexes or triggers SQLite holds on these tables and returns a function that recreates them from their
 * own stored SQL. Runs inside the load's transaction, so a failed load gets them back with the rollback of its rows.
 * The names come from the schema itself, never from input; an identifier cannot be a bound parameter, so each is quoted.
 */
function deferSchemaObjects(db: Database, type: keyof typeof DROP, tables: readonly string[]): () => void {
  const objects = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))`)
    .all(type, JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const o of objects) db.exec(`${DROP[type]} "${o.name.replaceAll('"', '""')}"`);
  return () => {
    for (const o of objects) db.exec(o.sql);
  };
}

/**
 * The secondary indexes of the loaded tables: building an index once from sorted rows is several times faster than
 * updating it a million times.
 */
const deferIndexes = (db: Database) => deferSchemaObjects(db, 'index', ['entities', 'aliases', 'edges', 'citations', 'audit_events']);

/**
 * The triggers on citations. They append each citation written on its own to its relationship's summary and refuse
 * edits and deletions (migration 012); a load writes each summary with its relationship's row instead, once, rather
 * than updating the row again for every citation.
 */
const deferCitationTriggers = (db: Database) => deferSchemaObjects(db, 'trigger', ['citations']);

const entityRows = (db: Database) =>
  new BatchInsert<EntityRecord>(
    db,
    'entities',
    ['id', 'kind', 'name', 'name_key', 'search_keys', 'description', 'start_date', 'end_date', 'sensitivity', 'created_at', 'created_by', 'updated_at', 'updated_by'],
    (entity) => {
      const e = entityParams(entity);
      return [e.id, e.kind, e.name, e.nameKey, e.searchKeys, e.description, e.startDate, e.endDate, e.sensitivity, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy];
    },
  );

const aliasRows = (db: Database) =>
  new BatchInsert<{ entityId: string; alias: Alias }>(db, 'aliases', ['entity_id', 'value', 'lang', 'key'], ({ entityId, alias }) => [
    entityId,
    alias.value,
    alias.lang,
    searchKey(alias.value),
  ]);

const edgeRows = (db: Database) =>
  new BatchInsert<Edge>(
    db,
    'edges',
    [
      'id', 'type', 'from_id', 'to_id', 'valid_from', 'valid_to', 'confidence', 'status', 'note', 'retracted_reason',
      'created_at', 'created_by', 'updated_at', 'updated_by', 'citation_summary',
    ],
    (e) => [
      e.id, e.type, e.from, e.to, e.validFrom, e.validTo, e.confidence, e.status, e.note, e.retractedReason,
      e.createdAt, e.createdBy, e.updatedAt, e.updatedBy, citationSummaryJson(e.citations),
    ],
  );

const citationRows = (db: Database) =>
  new BatchInsert<Citation>(
    db,
    'citations',
    ['id', 'edge_id', 'source_id', 'locator', 'quote', 'stance', 'added_at', 'added_by', 'retracted_reason', 'retracted_at', 'retracted_by'],
    (c) => [c.id, c.edgeId, c.sourceId, c.locator, c.quote, c.stance, c.addedAt, c.addedBy, c.retraction?.reason ?? null, c.retraction?.at ?? null, c.retraction?.by ?? null],
  );

/** A load's events share one snapshot object, so its JSON is written once rather than once per event. */
function auditRows(db: Database) {
  const json = new WeakMap<object, string>();
  const text = (value: unknown) => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object') return JSON.stringify(value);
    let known = json.get(value);
    if (known === undefined) json.set(value, (known = JSON.stringify(value)));
    return known;
  };
  return new BatchInsert<AuditEvent>(db, 'audit_events', ['id', 'at', 'actor', 'action', 'target_id', 'before_json', 'after_json'], (e) => [
    e.id,
    e.at,
    e.actor,
    e.action,
    e.targetId,
    text(e.before),
    text(e.after),
  ]);
}

export function bulkLoad(db: Database, st: Statements, data: GraphBundle, actor: string, origin: LoadOrigin = BULK_LOAD_ORIGIN): BulkLoadResult {
  const entityKind = st.entityKind.pluck();
  checkBundleReferences(data, bundleIds(data), {
    entityKind: (id) => entityKind.get(id) as EntityKind | undefined,
    hasSource: (id) => st.sourceExists.get(id) !== undefined,
  });
  const at = new Date().toISOString();
  const result: BulkLoadResult = { entities: data.entities.length, sources: data.sources.length, edges: data.edges.length, citations: 0 };
  const loaded = withLoadPragmas(db, () =>
    db
      .transaction(() => {
        const citationId = sequentialIds('cit');
        const wasEmpty = Boolean(st.isEmpty.pluck().get());
        const liveRows = Number(st.countLiveEdges.pluck().get());
        const restoreIndexes = data.edges.length >= REBUILD_INDEXES_FROM && data.edges.length >= liveRows ? deferIndexes(db) : null;
        const firstNewRowid = Number(st.maxEntityRowid.pluck().get());
        phaseDone('checks');
        for (const s of data.sources) st.insertSource.run(newSourceRecord(s, actor, at));
        const entities = entityRows(db);
        const aliases = aliasRows(db);
        for (const e of data.entities) {
          const entity = newEntityRecord(e, actor, at);
          entities.add(entity);
          for (const alias of entity.aliases) aliases.add({ entityId: entity.id, alias });
        }
        entities.flush();
        aliases.flush();
        phaseDone('entities');
        const restoreTriggers = deferCitationTriggers(db);
        const edges = edgeRows(db);
        const citations = citationRows(db);
        for (const e of data.edges) {
          const edge = newEdgeRecord(e, actor, at, citationId);
          edges.add(edge);
          for (const c of edge.citations) citations.add(c);
          result.citations += edge.citations.length;
        }
        edges.flush();
        citations.flush();
        restoreTriggers();
        phaseDone('relationships');
        const audit = auditRows(db);
        for (const event of loadAuditEvents(data, data.meta?.name ?? null, origin, actor, at)) audit.add(event);
        audit.flush();
        phaseDone('audit');
        restoreIndexes?.();
        phaseDone('index builds');
        // Degrees are counted once, set-based, after the indexes are back: for every entity of a fresh store, else
        // only for the ends of the loaded edges.
        if (wasEmpty) st.recountAllDegrees.run();
        else if (data.edges.length > 0) st.recountDegrees.run(JSON.stringify([...new Set(data.edges.flatMap((e) => [e.from, e.to]))]));
        phaseDone('degrees');
        st.searchIndexBuildAfter.run(firstNewRowid);
        phaseDone('search index');
        return result;
      })
      .immediate(),
  );
  phaseDone('commit');
  return loaded;
}
