// Backing up and restoring the embedded store's file. A backup uses SQLite's online backup API through its own
// connection, so it is one consistent moment of the graph even while a server keeps writing, and never takes the
// store's lock. A restore replaces the file only while no server holds the lock, and only with a file that passes
// SQLite's integrity check; it is copied beside the store first and renamed into place, so it is all or nothing.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreUnavailableError, ValidationError } from '../../domain/errors.ts';
import { toDomainError } from './driver-errors.ts';
import { acquireStoreLock, lockHolder } from './store-lock.ts';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Opens `file` read-only and runs quick_check on it; throws a domain error naming what is wrong. */
function verify(file: string, path: (string | number)[]): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check(1)', { simple: false }) as { quick_check: string }[];
    if (rows[0]?.quick_check !== 'ok') throw ValidationError.field(path, `is damaged: ${rows[0]?.quick_check ?? 'no answer from quick_check'}`);
    const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('entities', 'edges', 'audit_events')").pluck().get();
    if (tables !== 3) throw ValidationError.field(path, 'is an SQLite database but not an Actornet graph');
  } catch (error) {
    const domain = toDomainError(error);
    if (domain instanceof StoreUnavailableError && domain.reason) throw ValidationError.field(path, `cannot be used: ${domain.reason}`);
    throw domain;
  } finally {
    db?.close();
  }
}

/** Copies the store at `source` to a new file `target`; returns the number of pages copied. */
export async function backupSqliteFile(source: string, target: string): Promise<number> {
  if (existsSync(target)) throw ValidationError.field(['file'], `${target} already exists; choose a new file name`);
  let db: Database.Database | undefined;
  try {
    db = new Database(source, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const { totalPages } = await db.backup(target);
    db.close();
    db = undefined;
    verify(target, ['file']);
    return totalPages;
  } catch (error) {
    db?.close();
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${target}${suffix}`, { force: true });
    throw toDomainError(error);
  }
}

/** Puts the backup `backup` in place of the store at `target`; refused while a server uses the store. */
export function restoreSqliteFile(backup: string, target: string): void {
  verify(backup, ['file']);
  const holder = lockHolder(target);
  if (holder !== null) {
    throw new StoreUnavailableError(`The store at ${target} is in use by process ${holder}; stop the server first, then restore`, {
      reason: 'the database is in use by a running server',
      remedy: 'stop the server using it, then run the restore again',
    });
  }
  let release: (() => void) | undefined;
  try {
    release = acquireStoreLock(target);
    const partial = `${target}.restoring`;
    copyFileSync(backup, partial);
    // The old file's write-ahead log would be replayed into the restored one; it goes with the old file.
    for (const suffix of SIDE_FILES) rmSync(`${target}${suffix}`, { force: true });
    renameSync(partial, target);
  } catch (error) {
    throw toDomainError(error);
  } finally {
    release?.();
  }
}
