// Translates better-sqlite3 and file-system failures into domain errors so no driver detail reaches a caller. A
// storage failure keeps its cause in words (read-only, not a database, damaged, disk full, locked) and what to do
// about it, so the start-up message and the log say what is wrong instead of "not available".
import { ConflictError, DomainError, StoreDamagedError, StoreUnavailableError, ValidationError } from '../../domain/errors.ts';
import { StoreLockedError } from './store-lock.ts';

interface DriverError extends Error {
  code?: string;
}

const RESTORE = 'restore the last good backup with `npm run restore -- FILE` (stop the server first), or move the file aside to start empty';

/** Storage causes by SQLite result code prefix (extended codes such as SQLITE_READONLY_DBMOVED included). */
const STORAGE_CAUSES: { codes: string[]; cause: string; remedy: string; damaged?: boolean }[] = [
  {
    codes: ['SQLITE_READONLY', 'EROFS', 'EACCES', 'EPERM', 'SQLITE_PERM', 'SQLITE_AUTH'],
    cause: 'the database file or its folder is read-only',
    remedy: 'give the server write access to the file and its folder (SQLite writes -wal and -shm files beside it), or set DATA_DIR / SQLITE_PATH to a writable place',
  },
  {
    codes: ['SQLITE_NOTADB'],
    cause: 'the file is not an SQLite database',
    remedy: 'point SQLITE_PATH (or DATA_DIR) at an Actornet database file, or move this file aside to start a new one',
  },
  { codes: ['SQLITE_CORRUPT'], cause: 'the database file is damaged', remedy: RESTORE, damaged: true },
  {
    codes: ['SQLITE_FULL', 'ENOSPC', 'EDQUOT'],
    cause: 'the disk holding the database is full',
    remedy: 'free space on that disk (or move the data to a larger one); no acknowledged write was lost',
  },
  {
    codes: ['SQLITE_BUSY', 'SQLITE_LOCKED'],
    cause: 'the database is locked by another process',
    remedy: 'stop the other program using the file (another server, a backup restore, an sqlite3 shell), then try again',
  },
  {
    codes: ['SQLITE_CANTOPEN', 'ENOTDIR', 'ENOENT', 'EISDIR'],
    cause: 'the database file cannot be opened',
    remedy: 'check that SQLITE_PATH (or DATA_DIR) names a file in an existing, writable folder',
  },
  {
    codes: ['SQLITE_IOERR', 'EIO'],
    cause: 'reading or writing the database file failed (an input/output error)',
    remedy: 'check the disk (dmesg, SMART) and its mount; then run the server again, which checks the file at start',
  },
];

/** The cause in words and the remedy of a storage failure, or null when the error is not one. */
export function storageCause(error: unknown): { cause: string; remedy: string; damaged: boolean } | null {
  const code = (error as DriverError | null)?.code ?? '';
  for (const entry of STORAGE_CAUSES) {
    if (entry.codes.some((c) => code === c || code.startsWith(`${c}_`))) return { cause: entry.cause, remedy: entry.remedy, damaged: entry.damaged ?? false };
  }
  return null;
}

export function toDomainError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  const code = (error as DriverError | null)?.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new ConflictError('A record with this id already exists', { cause: error });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new ValidationError('A referenced record does not exist', [{ path: ['input'], message: 'refers to a record that does not exist' }]);
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new ValidationError('The input breaks a rule of the graph', [{ path: ['input'], message: 'breaks a rule of the graph' }]);
  }
  const storage = storageCause(error);
  if (storage) {
    const Kind = storage.damaged ? StoreDamagedError : StoreUnavailableError;
    const holder = error instanceof StoreLockedError ? ` (process ${error.pid} holds its lock)` : '';
    return new Kind(`The graph database cannot be used: ${storage.cause}${holder}`, { cause: error, reason: storage.cause, remedy: storage.remedy });
  }
  if (code.startsWith('SQLITE_') || (error instanceof TypeError && /database connection is not open/.test(error.message))) {
    return new StoreUnavailableError('The graph database is not available', { cause: error });
  }
  // Anything else is a fault in the store itself, not the driver: let it surface as it is.
  return error instanceof Error ? error : new Error(String(error));
}
