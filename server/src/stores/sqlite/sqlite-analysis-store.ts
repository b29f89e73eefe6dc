// The embedded store's side of whole-graph analysis: relationship ends paged by rowid (the table's own order, so each
// page is a range scan) and a version token that moves with every write.
import type { Database, Statement } from 'better-sqlite3';
import type { AnalysisStore, EdgeEnds, EdgeEndsPage, EntityKindRow } from '../../ports/analysis-store.ts';
import { toDomainError } from './driver-errors.ts';

/** rowid, from_id, to_id. */
type EndsRow = [number, string, string];

export class SqliteAnalysisStore implements AnalysisStore {
  private readonly version: Statement;
  private readonly kinds: Statement;
  private readonly ends: Statement;

  constructor(db: Database) {
    // total_changes() moves with every row this connection writes, including copies that leave no audit event; the
    // last audit and edge rowids catch writes made by another process on the same file.
    this.version = db.prepare(`SELECT coalesce((SELECT max(seq) FROM audit_events), 0) || ':' ||
      coalesce((SELECT max(rowid) FROM edges), 0) || ':' || total_changes() AS version`);
    this.kinds = db.prepare('SELECT id, kind FROM entities WHERE id > ? ORDER BY id LIMIT ?');
    // Rows as arrays: a page is copied into its ends once, without an intermediate object per row.
    this.ends = db
      .prepare(`SELECT rowid, from_id, to_id FROM edges WHERE rowid > ? AND status != 'retracted' ORDER BY rowid LIMIT ?`)
      .raw(true);
  }

  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(toDomainError(error));
    }
  }

  graphVersion(): Promise<string> {
    return this.guard(() => String(this.version.pluck().get()));
  }

  entityKinds(afterId: string | null, first: number): Promise<EntityKindRow[]> {
    return this.guard(() => this.kinds.all(afterId ?? '', Math.max(0, first)) as EntityKindRow[]);
  }

  edgeEnds(after: string | null, first: number): Promise<EdgeEndsPage> {
    return this.guard(() => {
      const limit = Math.max(1, first);
      const rows = this.ends.all(after === null ? 0 : Number(after), limit) as EndsRow[];
      const ends: EdgeEnds[] = rows.map((r) => ({ from: r[1], to: r[2] }));
      const last = rows.at(-1);
      return { ends, next: rows.length === limit && last ? String(last[0]) : null };
    });
  }
}
