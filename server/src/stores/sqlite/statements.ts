// Every SQL statement the store runs, prepared once per connection. Values always travel as bound parameters.
import type { Database, Statement } from 'better-sqlite3';

const ENTITY_FILTERS = `(@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))
  AND (@includeRestricted = 1 OR e.sensitivity = 'public')`;

const SQL = {
  entityById: 'SELECT * FROM entities WHERE id = ?',
  entityExists: 'SELECT 1 FROM entities WHERE id = ?',
  entityKind: 'SELECT kind FROM entities WHERE id = ?',
  aliasesOf: 'SELECT value, lang FROM aliases WHERE entity_id = ? ORDER BY rowid',
  aliasesOfEntities: 'SELECT entity_id, value, lang FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  insertEntity: `INSERT INTO entities (id, kind, name, name_key, search_keys, description, start_date, end_date,
      sensitivity, created_at, created_by, updated_at, updated_by)
    VALUES (@id, @kind, @name, @nameKey, @searchKeys, @description, @startDate, @endDate,
      @sensitivity, @createdAt, @createdBy, @updatedAt, @updatedBy)`,
  updateEntity: `UPDATE entities SET name = @name, name_key = @nameKey, search_keys = @searchKeys,
      description = @description, start_date = @startDate, end_date = @endDate, sensitivity = @sensitivity,
      updated_at = @updatedAt, updated_by = @updatedBy
    WHERE id = @id`,
  deleteEntity: 'DELETE FROM entities WHERE id = ?',
  // Degree upkeep: a loop touches its entity once, so the incoming count skips it.
  addDegree: 'UPDATE entities SET degree = degree + @delta WHERE id IN (@from, @to)',
  recountDegrees: `UPDATE entities SET degree =
      (SELECT count(*) FROM edges WHERE from_id = entities.id AND status != 'retracted')
      + (SELECT count(*) FROM edges WHERE to_id = entities.id AND from_id != entities.id AND status != 'retracted')
    WHERE id IN (SELECT value FROM json_each(?))`,
  recountAllDegrees: `UPDATE entities SET degree =
      (SELECT count(*) FROM edges WHERE from_id = entities.id AND status != 'retracted')
      + (SELECT count(*) FROM edges WHERE to_id = entities.id AND from_id != entities.id AND status != 'retracted')`,
  insertAlias: 'INSERT INTO aliases (entity_id, value, lang, key) VALUES (?, ?, ?, ?)',
  deleteAliases: 'DELETE FROM aliases WHERE entity_id = ?',
  searchIndexDelete: 'DELETE FROM entity_search WHERE rowid = (SELECT rowid FROM entities WHERE id = ?)',
  searchIndexInsert: `INSERT INTO entity_search (rowid, names, keys)
    SELECT rowid, @names, @keys FROM entities WHERE id = @id`,
  searchIndexBuildAfter: `INSERT INTO entity_search (rowid, names, keys)
    SELECT e.rowid,
      e.name || ' ' || coalesce((SELECT group_concat(a.value, ' ') FROM aliases a WHERE a.entity_id = e.id), ''),
      e.search_keys
    FROM entities e WHERE e.rowid > ?`,
  maxEntityRowid: 'SELECT coalesce(max(rowid), 0) FROM entities',
  // The search statements name each candidate and its degree; the store reads only the entities it keeps.
  searchFullText: `SELECT e.id, e.degree, bm25(entity_search) AS rank
    FROM entity_search JOIN entities e ON e.rowid = entity_search.rowid
    WHERE entity_search MATCH @match AND ${ENTITY_FILTERS}
    ORDER BY rank LIMIT @limit`,
  // Ranks inside the full-text index first and joins only the best hits; the caller falls back to searchFullText when
  // the entity filters leave too few of them.
  searchTopHits: `WITH hits AS (
      SELECT rowid, rank FROM entity_search WHERE entity_search MATCH @match ORDER BY rank LIMIT @fetch
    )
    SELECT e.id, e.degree, hits.rank AS rank, (SELECT count(*) FROM hits) AS hit_count
    FROM hits JOIN entities e ON e.rowid = hits.rowid
    WHERE ${ENTITY_FILTERS}
    ORDER BY hits.rank LIMIT @limit`,
  searchExactKey: `SELECT e.id, e.degree FROM entities e
    WHERE (e.name_key = @key OR e.id IN (SELECT entity_id FROM aliases WHERE key = @key)) AND ${ENTITY_FILTERS}
    LIMIT @limit`,
  pageEntities: 'SELECT * FROM entities WHERE id > ? ORDER BY id LIMIT ?',
  countEntities: 'SELECT count(*) FROM entities',

  sourceById: 'SELECT * FROM sources WHERE id = ?',
  sourcesByIds: 'SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?))',
  sourceExists: 'SELECT 1 FROM sources WHERE id = ?',
  insertSource: `INSERT INTO sources (id, kind, title, author, publisher, url, published_at, retrieved_at, language,
      sensitivity, part_of, created_at, created_by)
    VALUES (@id, @kind, @title, @author, @publisher, @url, @publishedAt, @retrievedAt, @language,
      @sensitivity, @partOf, @createdAt, @createdBy)`,
  listSources: `SELECT * FROM sources
    WHERE @query IS NULL
      OR instr(fold_case(title), @query) > 0
      OR instr(fold_case(publisher), @query) > 0
      OR instr(fold_case(author), @query) > 0
    ORDER BY fold_case(title), id LIMIT @limit`,
  pageSources: 'SELECT * FROM sources WHERE id > ? ORDER BY id LIMIT ?',
  countSources: 'SELECT count(*) FROM sources',

  edgeById: 'SELECT * FROM edges WHERE id = ?',
  edgeExists: 'SELECT 1 FROM edges WHERE id = ?',
  insertEdge: `INSERT INTO edges (id, type, from_id, to_id, valid_from, valid_to, confidence, status, note,
      retracted_reason, created_at, created_by, updated_at, updated_by)
    VALUES (@id, @type, @from, @to, @validFrom, @validTo, @confidence, @status, @note,
      @retractedReason, @createdAt, @createdBy, @updatedAt, @updatedBy)`,
  setEdgeStatus: `UPDATE edges SET status = @status, retracted_reason = @retractedReason,
      updated_at = @updatedAt, updated_by = @updatedBy
    WHERE id = @id`,
  outDegreeUpTo: 'SELECT count(*) FROM (SELECT 1 FROM edges WHERE from_id = ? LIMIT ?)',
  // The unary + keeps the to_id test off the index: each from_id range is scanned once and to_id is checked on the
  // index entry, so only edges inside the view cost a table read.
  edgesAmong: `SELECT e.* FROM json_each(@from) f CROSS JOIN edges e ON e.from_id = f.value
    WHERE +e.to_id IN (SELECT value FROM json_each(@to))`,
  edgesFromTo: `SELECT e.* FROM json_each(@to) t CROSS JOIN edges e ON e.from_id = @from AND e.to_id = t.value`,
  adjacentIds: `SELECT id, from_id, to_id, type, confidence, status, valid_from, valid_to FROM edges WHERE from_id = @id
      AND (@retracted = 1 OR status != 'retracted') AND (@contested = 1 OR status != 'contested')
    UNION ALL SELECT id, from_id, to_id, type, confidence, status, valid_from, valid_to FROM edges WHERE to_id = @id
      AND from_id != @id
      AND (@retracted = 1 OR status != 'retracted') AND (@contested = 1 OR status != 'contested')`,
  // Path search under a filter on status alone: the far ends of a node's edges, read from the indexes alone.
  pathOutIds: `SELECT to_id FROM edges WHERE from_id = @id
      AND (@retracted = 1 OR status != 'retracted') AND (@contested = 1 OR status != 'contested')`,
  pathInIds: `SELECT from_id FROM edges WHERE to_id = @id
      AND (@retracted = 1 OR status != 'retracted') AND (@contested = 1 OR status != 'contested')`,
  pathDegree: `SELECT (SELECT count(*) FROM edges WHERE from_id = @id
        AND (@retracted = 1 OR status != 'retracted') AND (@contested = 1 OR status != 'contested'))
    + (SELECT count(*) FROM edges WHERE to_id = @id
        AND (@retracted = 1 OR status != 'retracted') AND (@contested = 1 OR status != 'contested'))`,
  // The edges joining two nodes either way; the store keeps the passing one with the smallest id for a path's hop.
  edgesBetween: `SELECT * FROM edges WHERE from_id = @a AND to_id = @b
    UNION ALL SELECT * FROM edges WHERE from_id = @b AND to_id = @a`,
  edgesByIds: 'SELECT * FROM edges WHERE id IN (SELECT value FROM json_each(?))',
  moveEdgesFrom: `UPDATE edges SET from_id = @keep, updated_at = @at, updated_by = @actor WHERE from_id = @merge`,
  moveEdgesTo: `UPDATE edges SET to_id = @keep, updated_at = @at, updated_by = @actor WHERE to_id = @merge`,
  selfLoopsOf: 'SELECT * FROM edges WHERE from_id = @id AND to_id = @id',
  pageEdges: 'SELECT * FROM edges WHERE id > ? ORDER BY id LIMIT ?',
  countLiveEdges: "SELECT count(*) FROM edges WHERE status != 'retracted'",

  citationsOf: 'SELECT * FROM citations WHERE edge_id = ? ORDER BY rowid',
  insertCitation: `INSERT INTO citations (id, edge_id, source_id, locator, quote, stance, added_at, added_by,
      retracted_reason, retracted_at, retracted_by)
    VALUES (@id, @edgeId, @sourceId, @locator, @quote, @stance, @addedAt, @addedBy,
      @retractedReason, @retractedAt, @retractedBy)`,
  countCitations: 'SELECT count(*) FROM citations',

  insertAuditEvent: `INSERT INTO audit_events (id, at, actor, action, target_id, before_json, after_json)
    VALUES (@id, @at, @actor, @action, @targetId, @before, @after)`,
  historyOf: 'SELECT * FROM audit_events WHERE target_id = ? ORDER BY seq',
  auditEventsAfter: `SELECT * FROM audit_events
    WHERE seq > coalesce((SELECT seq FROM audit_events WHERE id = @after), 0)
    ORDER BY seq LIMIT @first`,

  isEmpty: 'SELECT NOT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM sources)',
} as const;

export type Statements = { [K in keyof typeof SQL]: Statement };

export function prepareStatements(db: Database): Statements {
  return Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Statements;
}
