// Opens (creating if needed) the SQLite file behind the embedded GraphStore and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { GraphStore } from '../../ports/graph-store.ts';
import { toDomainError } from './driver-errors.ts';
import { migrate } from './migrate.ts';
import { SqliteGraphStore } from './sqlite-store.ts';

/**
 * `readonly` opens an existing, migrated file for reading only, beside the connection that writes it (WAL lets
 * readers and the writer proceed together): what a read worker holds.
 */
export async function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Promise<GraphStore> {
  let db: Database.Database | undefined;
  try {
    if (options.readonly) {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } else {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
    }
    db.pragma('busy_timeout = 5000');
    // Source titles are matched case-insensitively in any script; SQLite's own lower() folds ASCII only.
    db.function('fold_case', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : null));
    if (!options.readonly) migrate(db);
    return new SqliteGraphStore(db);
  } catch (error) {
    db?.close();
    throw toDomainError(error);
  }
}
