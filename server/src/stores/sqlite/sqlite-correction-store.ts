// The embedded store's CorrectionStore: candidates for fuzzy search and duplicate checks (close words from the word
// index's own vocabulary), and corrections written in one immediate transaction with their audit event.
import type { Database, Statement } from 'better-sqlite3';
import type { EdgeChange } from '../../domain/corrections.ts';
import { newAuditId } from '../../domain/ids.ts';
import type { Edge } from '../../domain/types.ts';
import { missing } from '../../domain/write-rules.ts';
import { TERM_LENGTH_SLACK, closeTerms } from '../../domain/fuzzy-match.ts';
import type { CorrectionStore } from '../../ports/correction-store.ts';
import type { Actor, SearchOptions } from '../../ports/graph-store.ts';
import { toDomainError } from './driver-errors.ts';
import { auditParams, toCitation, withCitations, type CitationRow, type EdgeRow } from './rows.ts';

const SQL = {
  edgeById: 'SELECT * FROM edges WHERE id = ?',
  citationsOfEdges: 'SELECT * FROM citations WHERE edge_id IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  // The index's words of the keys column that start with the typed word's first letter (a range fts5vocab seeks
  // rather than scans; typos rarely touch the first letter), within a length window: what a typed word is compared with.
  termsNear: `SELECT term FROM entity_search_vocab
    WHERE term >= @from AND term < @to AND col = 'keys' AND length(term) BETWEEN @min AND @max`,
  // The best hits of the close words first, then the entity filters, as the word search does.
  similarIds: `WITH hits AS (
      SELECT rowid, rank FROM entity_search WHERE entity_search MATCH @match ORDER BY rank LIMIT @fetch
    )
    SELECT e.id FROM hits JOIN entities e ON e.rowid = hits.rowid
    WHERE (@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))
      AND (@includeRestricted = 1 OR e.sensitivity = 'public')
    ORDER BY hits.rank LIMIT @limit`,
  updateEdge: `UPDATE edges SET valid_from = @validFrom, valid_to = @validTo, confidence = @confidence, note = @note,
      status = @status, retracted_reason = @retractedReason, updated_at = @updatedAt, updated_by = @updatedBy
    WHERE id = @id`,
  retractCitation: `UPDATE citations SET retracted_reason = @reason, retracted_at = @at, retracted_by = @by
    WHERE id = @id AND edge_id = @edgeId AND retracted_at IS NULL`,
  addDegree: 'UPDATE entities SET degree = degree + @delta WHERE id IN (@from, @to)',
  insertAuditEvent: `INSERT INTO audit_events (id, at, actor, action, target_id, before_json, after_json)
    VALUES (@id, @at, @actor, @action, @targetId, @before, @after)`,
} as const;

/** The MATCH value looking the given index words up in the keys column; each is a quoted FTS5 string. */
export function termsMatch(terms: readonly string[]): string | null {
  return terms.length ? `keys : (${terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ')})` : null;
}

export class SqliteCorrectionStore implements CorrectionStore {
  private readonly st: { [K in keyof typeof SQL]: Statement };

  constructor(private readonly db: Database) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as { [K in keyof typeof SQL]: Statement };
  }

  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(toDomainError(error));
    }
  }

  private withCitations(rows: EdgeRow[]): Edge[] {
    if (rows.length === 0) return [];
    return withCitations(rows, (this.st.citationsOfEdges.all(JSON.stringify(rows.map((r) => r.id))) as CitationRow[]).map(toCitation));
  }

  private loadEdge(id: string): Edge | null {
    const row = this.st.edgeById.get(id) as EdgeRow | undefined;
    return row ? (this.withCitations([row])[0] ?? null) : null;
  }

  similarEntityIds(keys: string[], options: SearchOptions): Promise<string[]> {
    return this.guard(() => {
      const words = [...new Set(keys.flatMap((k) => k.split(' ')).filter((w) => w.length >= 3))].slice(0, 16);
      if (words.length === 0 || options.first <= 0) return [];
      const near = this.st.termsNear.pluck();
      const termsFor = (w: string) =>
        near.all({
          from: w[0],
          to: String.fromCharCode((w.codePointAt(0) ?? 0) + 1),
          min: w.length - TERM_LENGTH_SLACK,
          max: w.length + TERM_LENGTH_SLACK,
        }) as string[];
      const match = termsMatch([...new Set(words.flatMap((w) => closeTerms(w, termsFor(w))))]);
      if (!match) return [];
      return this.st.similarIds.pluck().all({
        match,
        fetch: options.first * 4,
        limit: options.first,
        kinds: options.kinds?.length ? JSON.stringify(options.kinds) : null,
        includeRestricted: options.includeRestricted ? 1 : 0,
      }) as string[];
    });
  }

  correctEdge(id: string, idPath: string, actor: Actor, plan: (before: Edge) => EdgeChange): Promise<Edge> {
    return this.guard(() =>
      this.db
        .transaction(() => {
          const before = this.loadEdge(id);
          if (!before) throw missing.relationship(id, [idPath]);
          const change = plan(before);
          const at = new Date().toISOString();
          this.st.updateEdge.run({ id, ...change.fields, updatedAt: at, updatedBy: actor });
          if (change.retractCitation) {
            this.st.retractCitation.run({ id: change.retractCitation.id, edgeId: id, reason: change.retractCitation.reason, at, by: actor });
          }
          // The stored degree counts live relationships only.
          const wasLive = before.status !== 'retracted';
          const isLive = change.fields.status !== 'retracted';
          if (wasLive !== isLive) this.st.addDegree.run({ from: before.from, to: before.to, delta: isLive ? 1 : -1 });
          const after = this.loadEdge(id) as Edge;
          const snapshot = change.reason === undefined ? after : { ...after, reason: change.reason };
          this.st.insertAuditEvent.run(auditParams({ id: newAuditId(), at, actor, action: change.action, targetId: id, before, after: snapshot }));
          return after;
        })
        .immediate(),
    );
  }
}
