// Loads a whole graph bundle (the seed, an import) in one transaction: every reference is checked up front, rows go in
// through prepared statements with the load-friendly pragmas on, and the search index is built once at the end.
import type { Database } from 'better-sqlite3';
import { ValidationError } from '../../domain/errors.ts';
import { graphBundleSchema, type GraphBundle } from '../../domain/schemas.ts';
import { entitySearchKeys, searchKey } from '../../domain/search-keys.ts';
import { parseInput } from '../../domain/validate.ts';
import { RELATIONSHIP_TYPES, isRelationshipType } from '../../domain/vocabulary.ts';
import type { BulkLoadResult } from '../../ports/graph-store.ts';
import { newAuditId, sequentialIds } from './ids.ts';
import type { Statements } from './statements.ts';

/** The id every bulk-load audit event targets: the graph as a whole. */
export const GRAPH_AUDIT_TARGET = 'graph';

function uniqueIds(items: { id: string }[], section: string): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) throw ValidationError.field(['bundle', section, i, 'id'], `duplicates id ${item.id}`);
    ids.add(item.id);
  });
  return ids;
}

/** Checks every reference against the bundle first and the store second, before anything is written. */
function checkReferences(data: GraphBundle, st: Statements) {
  const entityIds = uniqueIds(data.entities, 'entities');
  const sourceIds = uniqueIds(data.sources, 'sources');
  uniqueIds(data.edges, 'edges');
  const entityKnown = (id: string) => entityIds.has(id) || st.entityExists.get(id) !== undefined;
  const sourceKnown = (id: string) => sourceIds.has(id) || st.sourceExists.get(id) !== undefined;
  data.sources.forEach((s, i) => {
    if (s.partOf && !sourceKnown(s.partOf)) throw ValidationError.field(['bundle', 'sources', i, 'partOf'], `refers to an unknown source: ${s.partOf}`);
  });
  data.edges.forEach((e, i) => {
    if (!entityKnown(e.from)) throw ValidationError.field(['bundle', 'edges', i, 'from'], `refers to an unknown entity: ${e.from}`);
    if (!entityKnown(e.to)) throw ValidationError.field(['bundle', 'edges', i, 'to'], `refers to an unknown entity: ${e.to}`);
    if (e.from === e.to && isRelationshipType(e.type) && !RELATIONSHIP_TYPES[e.type].selfLoop) {
      throw ValidationError.field(['bundle', 'edges', i, 'to'], `a ${e.type} relationship cannot join an entity to itself`);
    }
    e.citations.forEach((c, j) => {
      if (!sourceKnown(c.sourceId)) {
        throw ValidationError.field(['bundle', 'edges', i, 'citations', j, 'sourceId'], `refers to an unknown source: ${c.sourceId}`);
      }
    });
  });
}

/**
 * Pragmas that speed a large load without risking the file: a big page cache and in-memory temp storage. Foreign-key
 * checks are off only because every reference was checked above; they come back on before returning.
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

export function bulkLoad(db: Database, st: Statements, bundle: GraphBundle, actor: string): BulkLoadResult {
  const data = parseInput(graphBundleSchema, bundle, ['bundle']);
  checkReferences(data, st);
  const at = new Date().toISOString();
  const result: BulkLoadResult = { entities: data.entities.length, sources: data.sources.length, edges: data.edges.length, citations: 0 };
  return withLoadPragmas(db, () =>
    db
      .transaction(() => {
        const citationId = sequentialIds('cit');
        const liveRows = Number(st.countLiveEdges.pluck().get());
        const restoreIndexes = data.edges.length >= REBUILD_INDEXES_FROM && data.edges.length >= liveRows ? deferIndexes(db) : null;
        const firstNewRowid = Number(st.maxEntityRowid.pluck().get());
        for (const s of data.sources) st.insertSource.run({ ...s, createdAt: at, createdBy: actor });
        for (const e of data.entities) {
          st.insertEntity.run({
            id: e.id,
            kind: e.kind,
            name: e.name,
            nameKey: searchKey(e.name),
            searchKeys: entitySearchKeys(e.name, e.aliases),
            description: e.description,
            startDate: e.startDate,
            endDate: e.endDate,
            sensitivity: e.sensitivity,
            createdAt: at,
            createdBy: actor,
            updatedAt: at,
            updatedBy: actor,
          });
          for (const a of e.aliases) st.insertAlias.run(e.id, a.value, a.lang, searchKey(a.value));
        }
        for (const e of data.edges) {
          st.insertEdge.run({
            id: e.id,
            type: e.type,
            from: e.from,
            to: e.to,
            validFrom: e.validFrom,
            validTo: e.validTo,
            confidence: e.confidence,
            status: e.citations.some((c) => c.stance === 'disputes') ? 'contested' : 'active',
            note: e.note,
            retractedReason: null,
            createdAt: at,
            createdBy: actor,
            updatedAt: at,
            updatedBy: actor,
          });
          for (const c of e.citations) {
            st.insertCitation.run({
              id: citationId(),
              edgeId: e.id,
              sourceId: c.sourceId,
              locator: c.locator,
              quote: c.quote,
              stance: c.stance,
              addedAt: at,
              addedBy: actor,
            });
          }
          result.citations += e.citations.length;
        }
        restoreIndexes?.();
        st.searchIndexBuildAfter.run(firstNewRowid);
        st.insertAuditEvent.run({
          id: newAuditId(),
          at,
          actor,
          action: 'bulk-load',
          targetId: GRAPH_AUDIT_TARGET,
          before: null,
          after: JSON.stringify({ ...result, name: data.meta?.name ?? null }),
        });
        return result;
      })
      .immediate(),
  );
}
