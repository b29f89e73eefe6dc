// The relationship and citation reads of a walk, with rows fetched as arrays and turned into records in one step.
// better-sqlite3 builds a keyed object per row by setting each column in turn, which for the thousands of rows of a
// hub's view costs more than SQLite's own reads; an array per row, read by position, then one object literal, costs
// about half. Column lists are spelled out so each position is fixed.
import type { Database, Statement } from 'better-sqlite3';
import type { Alias, Citation, Entity } from '../../domain/types.ts';
import { retractionOf, type EdgeRow } from './rows.ts';

type Cell = string | number | null;

const EDGES_BY_ROWIDS = `SELECT rowid, id, type, from_id, to_id, valid_from, valid_to, confidence, status, note, retracted_reason,
    created_at, created_by, updated_at, updated_by, citation_summary
  FROM edges WHERE rowid IN (SELECT value FROM json_each(?))`;

const CITATIONS_OF_EDGES = `SELECT id, edge_id, source_id, locator, quote, stance, added_at, added_by,
    retracted_reason, retracted_at, retracted_by
  FROM citations WHERE edge_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`;

// Only what an Entity record carries: the search columns (name_key, search_keys) are not read.
const ENTITIES_BY_IDS = `SELECT id, kind, name, description, start_date, end_date, sensitivity, degree,
    created_at, created_by, updated_at, updated_by
  FROM entities WHERE id IN (SELECT value FROM json_each(?))`;

export class RawRows {
  private readonly edgesByRowids: Statement;
  private readonly citationsOfEdges: Statement;
  private readonly entitiesByIds: Statement;

  constructor(db: Database) {
    this.edgesByRowids = db.prepare(EDGES_BY_ROWIDS).raw(true);
    this.citationsOfEdges = db.prepare(CITATIONS_OF_EDGES).raw(true);
    this.entitiesByIds = db.prepare(ENTITIES_BY_IDS).raw(true);
  }

  /** The entities with these ids as records with the aliases `aliasesOf` gives (what `toEntity` makes of a row), by id. */
  entities(ids: string[], aliasesOf: (id: string) => Alias[]): Map<string, Entity> {
    const found = new Map<string, Entity>();
    for (const r of this.entitiesByIds.all(JSON.stringify(ids)) as Cell[][]) {
      const id = r[0] as string;
      found.set(id, {
        id,
        kind: r[1] as Entity['kind'],
        name: r[2] as string,
        aliases: aliasesOf(id),
        description: r[3] as string | null,
        startDate: r[4] as string | null,
        endDate: r[5] as string | null,
        sensitivity: r[6] as Entity['sensitivity'],
        degree: r[7] as number,
        createdAt: r[8] as string,
        createdBy: r[9] as string,
        updatedAt: r[10] as string,
        updatedBy: r[11] as string,
      });
    }
    return found;
  }

  /** The relationship rows with these rowids, each with its rowid, in no particular order. */
  edges(rowids: number[]): { rowid: number; row: EdgeRow }[] {
    return (this.edgesByRowids.all(JSON.stringify(rowids)) as Cell[][]).map((r) => ({
      rowid: r[0] as number,
      row: {
        id: r[1] as string,
        type: r[2] as string,
        from_id: r[3] as string,
        to_id: r[4] as string,
        valid_from: r[5] as string | null,
        valid_to: r[6] as string | null,
        confidence: r[7] as EdgeRow['confidence'],
        status: r[8] as EdgeRow['status'],
        note: r[9] as string | null,
        retracted_reason: r[10] as string | null,
        created_at: r[11] as string,
        created_by: r[12] as string,
        updated_at: r[13] as string,
        updated_by: r[14] as string,
        citation_summary: r[15] as string,
      },
    }));
  }

  /** The citations of these relationships in the order they were added, as records (what `toCitation` makes of a row). */
  citations(edgeIds: string[]): Citation[] {
    return (this.citationsOfEdges.all(JSON.stringify(edgeIds)) as Cell[][]).map((r) => {
      const citation: Citation = {
        id: r[0] as string,
        edgeId: r[1] as string,
        sourceId: r[2] as string,
        locator: r[3] as string | null,
        quote: r[4] as string | null,
        stance: r[5] as Citation['stance'],
        addedAt: r[6] as string,
        addedBy: r[7] as string,
      };
      const retraction = retractionOf(r[8] as string | null, r[9] as string | null, r[10] as string | null);
      if (retraction) citation.retraction = retraction;
      return citation;
    });
  }
}
