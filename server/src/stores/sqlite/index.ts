// Opens (creating if needed) the SQLite file behind the embedded GraphStore: takes the store's lock, checks the file's
// integrity (bounded on large files), and brings its schema up to date. Every failure leaves as a domain error whose
// cause and remedy say what is wrong with the file.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreDamagedError } from '../../domain/errors.ts';
import type { GraphStore } from '../../ports/graph-store.ts';
import { storageCause, toDomainError } from './driver-errors.ts';
import { migrate } from './migrate.ts';
import { SqliteGraphStore } from './sqlite-store.ts';
import { acquireStoreLock } from './store-lock.ts';
import type { TopologyMode } from './topology-keeper.ts';

export interface SqliteStoreOptions {
  /**
   * `normal` (default): a write acknowledged survives a crash of the process; `full` also survives a power loss or
   * an operating-system crash, at the cost of a sync to disk per write.
   */
  synchronous?: 'normal' | 'full';
  /** Files up to this size get a full `PRAGMA quick_check` at open; larger ones a check of the schema only. */
  checkMaxBytes?: number;
  /**
   * Opens an existing, migrated file for reading only, beside the connection of this process that writes it (WAL
   * lets readers and the writer proceed together): what a read worker holds. It takes no lock and runs no check or
   * migration; the writing connection did.
   */
  readonly?: boolean;
  /** How the in-memory adjacency index behind the walks is kept (see topology-keeper.ts); `background` by default. */
  topology?: TopologyMode;
}

export const DEFAULT_CHECK_MAX_BYTES = 1024 * 1024 * 1024;

/** Runs SQLite's quick_check (or, past the size bound, reads the schema only); throws StoreDamagedError on damage. */
function checkIntegrity(db: Database.Database, path: string, maxBytes: number): void {
  const size = path === ':memory:' ? 0 : statSync(path).size;
  if (size > maxBytes) {
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    return;
  }
  const problems = db.pragma('quick_check(3)', { simple: false }) as { quick_check: string }[];
  const found = problems.map((row) => row.quick_check).filter((line) => line !== 'ok');
  if (found.length > 0) {
    const damaged = storageCause({ code: 'SQLITE_CORRUPT' })!;
    throw new StoreDamagedError(`The graph database cannot be used: ${damaged.cause} (quick_check: ${found.join('; ')})`, {
      reason: damaged.cause,
      remedy: damaged.remedy,
    });
  }
}

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<GraphStore> {
  let db: Database.Database | undefined;
  let release: (() => void) | undefined;
  try {
    if (options.readonly) {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } else {
      if (path !== ':memory:') {
        mkdirSync(dirname(path), { recursive: true });
        release = acquireStoreLock(path);
      }
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
      db.pragma('foreign_keys = ON');
    }
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) checkIntegrity(db, path, options.checkMaxBytes ?? DEFAULT_CHECK_MAX_BYTES);
    // Source titles are matched case-insensitively in any script; SQLite's own lower() folds ASCII only.
    db.function('fold_case', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : null));
    if (!options.readonly) migrate(db);
    return new SqliteGraphStore(db, release, options.topology);
  } catch (error) {
    db?.close();
    release?.();
    throw toDomainError(error);
  }
}
