// Saved maps in the embedded store: one row per map holding the whole map as JSON, written with its audit event in
// one immediate transaction.
import type { Database, Statement } from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors.ts';
import { newAuditId } from '../../domain/ids.ts';
import type { SavedMap } from '../../domain/maps.ts';
import type { Actor } from '../../ports/graph-store.ts';
import type { MapAction, MapChange, MapStore } from '../../ports/map-store.ts';
import { toDomainError } from './driver-errors.ts';
import { auditParams } from './rows.ts';

const SQL = {
  list: 'SELECT doc FROM maps WHERE @includeDeleted = 1 OR deleted_at IS NULL ORDER BY updated_at DESC, id',
  get: 'SELECT doc FROM maps WHERE id = ?',
  insert: 'INSERT INTO maps (id, title, owner, updated_at, deleted_at, doc) VALUES (@id, @title, @owner, @updatedAt, @deletedAt, @doc)',
  update: 'UPDATE maps SET title = @title, owner = @owner, updated_at = @updatedAt, deleted_at = @deletedAt, doc = @doc WHERE id = @id',
};

const row = (map: SavedMap) => ({ id: map.id, title: map.title, owner: map.owner, updatedAt: map.updatedAt, deletedAt: map.deletedAt, doc: JSON.stringify(map) });
const parse = (r: { doc: string } | undefined): SavedMap | null => (r ? (JSON.parse(r.doc) as SavedMap) : null);

export class SqliteMapStore implements MapStore {
  private readonly st: Record<keyof typeof SQL, Statement>;

  constructor(
    private readonly db: Database,
    private readonly insertAuditEvent: Statement,
  ) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof SQL, Statement>;
  }

  private run<T>(fn: () => T, write: boolean): Promise<T> {
    try {
      return Promise.resolve(write ? this.db.transaction(fn).immediate() : fn());
    } catch (error) {
      return Promise.reject(toDomainError(error));
    }
  }

  private audit(action: string, actor: Actor, at: string, before: SavedMap | null, after: SavedMap) {
    this.insertAuditEvent.run(auditParams({ id: newAuditId(), at, actor, action, targetId: after.id, before, after }));
  }

  listMaps(includeDeleted: boolean): Promise<SavedMap[]> {
    return this.run(() => (this.st.list.all({ includeDeleted: includeDeleted ? 1 : 0 }) as { doc: string }[]).map((r) => parse(r)!), false);
  }

  getMap(id: string): Promise<SavedMap | null> {
    return this.run(() => parse(this.st.get.get(id) as { doc: string } | undefined), false);
  }

  createMap(record: SavedMap, actor: Actor): Promise<SavedMap> {
    return this.run(() => {
      this.st.insert.run(row(record));
      this.audit('map.create', actor, record.createdAt, null, record);
      return record;
    }, true);
  }

  changeMap(id: string, action: MapAction, change: MapChange, actor: Actor): Promise<SavedMap> {
    return this.run(() => {
      const before = parse(this.st.get.get(id) as { doc: string } | undefined);
      if (!before) throw new NotFoundError('Map', id, ['id']);
      const at = new Date().toISOString();
      const after = change(before, actor, at);
      this.st.update.run(row(after));
      this.audit(action, actor, at, before, after);
      return after;
    }, true);
  }
}
