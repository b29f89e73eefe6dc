// Loads a whole graph bundle (the seed, an import) in one transaction: every reference is checked up front, rows go in
// through prepared statements with the load-friendly pragmas on, and the search index is built once at the end.
import type { Database } from 'better-sqlite3';
import { bundleIds, checkBundleReferences } from '../../domain/bundle-references.ts';
import { sequentialIds } from '../../domain/ids.ts';
import { BULK_LOAD_ORIGIN, loadAuditEvents, type LoadOrigin } from '../../domain/load-audit.ts';
import { newEdgeRecord, newEntityRecord, newSourceRecord } from '../../domain/records.ts';
import type { GraphBundle } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/search-keys.ts';
import type { EntityKind } from '../../domain/shared/vocabulary.ts';
import type { BulkLoadResult } from '../../ports/graph-store.ts';
import { auditParams, citationParams, entityParams } from './rows.ts';
import type { Statements } from './statements.ts';

/**
 * Pragmas that speed a large load without risking the file: a big page cache and in-memory temp storage. Foreign-key
 * checks are off only because every reference was checked before the load began; they come back on before returning.
 */
function withLoadPragmas<T>(db: Database, fn: () => T): T {
  const cacheSize = db.pragma('cache_size', { simple: true });
  const tempStore = db.pragma('temp_store', { simple: true });
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  try {
    return fn();
  } finally {
    db.pragma('foreign_keys = ON');
    db.pragma(`temp_store = ${Number(tempStore)}`);
    db.pragma(`cache_size = ${Number(cacheSize)}`);
  }
}

/** Below this many rows, keeping the indexes current row by row is cheaper than rebuilding them. */
const REBUILD_INDEXES_FROM = 50_000;

/**
 * Drops the secondary indexes of the loaded tables and returns a function that recreates them: building an index once
 * from sorted rows is several times faster than updating it a million times. Runs inside the load's transaction, so a
 * failed load rolls the indexes back with the rows.
 */
function deferIndexes(db: Database): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('entities', 'aliases', 'edges', 'citations')`,
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}

export function bulkLoad(db: Database, st: Statements, data: GraphBundle, actor: string, origin: LoadOrigin = BULK_LOAD_ORIGIN): BulkLoadResult {
  const entityKind = st.entityKind.pluck();
  checkBundleReferences(data, bundleIds(data), {
    entityKind: (id) => entityKind.get(id) as EntityKind | undefined,
    hasSource: (id) => st.sourceExists.get(id) !== undefined,
  });
  const at = new Date().toISOString();
  const result: BulkLoadResult = { entities: data.entities.length, sources: data.sources.length, edges: data.edges.length, citations: 0 };
  return withLoadPragmas(db, () =>
    db
      .transaction(() => {
        const citationId = sequentialIds('cit');
        const wasEmpty = Boolean(st.isEmpty.pluck().get());
        const liveRows = Number(st.countLiveEdges.pluck().get());
        const restoreIndexes = data.edges.length >= REBUILD_INDEXES_FROM && data.edges.length >= liveRows ? deferIndexes(db) : null;
        const firstNewRowid = Number(st.maxEntityRowid.pluck().get());
        for (const s of data.sources) st.insertSource.run(newSourceRecord(s, actor, at));
        for (const e of data.entities) {
          const entity = newEntityRecord(e, actor, at);
          st.insertEntity.run(entityParams(entity));
          for (const a of entity.aliases) st.insertAlias.run(entity.id, a.value, a.lang, searchKey(a.value));
        }
        for (const e of data.edges) {
          const edge = newEdgeRecord(e, actor, at, citationId);
          st.insertEdge.run(edge);
          for (const c of edge.citations) st.insertCitation.run(citationParams(c));
          result.citations += edge.citations.length;
        }
        restoreIndexes?.();
        // Degrees are counted once, set-based, after the indexes are back: for every entity of a fresh store, else
        // only for the ends of the loaded edges.
        if (wasEmpty) st.recountAllDegrees.run();
        else if (data.edges.length > 0) st.recountDegrees.run(JSON.stringify([...new Set(data.edges.flatMap((e) => [e.from, e.to]))]));
        st.searchIndexBuildAfter.run(firstNewRowid);
        for (const event of loadAuditEvents(data, data.meta?.name ?? null, origin, actor, at)) st.insertAuditEvent.run(auditParams(event));
        return result;
      })
      .immediate(),
  );
}
