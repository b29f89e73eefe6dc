// A lock file beside the database (`<file>.lock`, holding the owner's process id) says that a process is using the
// store. SQLite in WAL mode lets several processes open one file, which is right for a backup taken while the server
// runs but wrong for a second server or a restore over a live store; those check the lock and say who holds it.
// A lock left by a process that no longer runs (kill -9, power loss) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export const lockFileOf = (dbPath: string) => `${dbPath}.lock`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The id of a live process other than this one holding the store's lock, or null when none does. */
export function lockHolder(dbPath: string): number | null {
  let text: string;
  try {
    text = readFileSync(lockFileOf(dbPath), 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : null;
}

export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
  readonly code = 'SQLITE_BUSY';
  constructor(readonly pid: number) {
    super(`the database is in use by process ${pid}`);
  }
}

/** Takes the store's lock for this process; returns the release. Throws StoreLockedError when another holds it. */
export function acquireStoreLock(dbPath: string): () => void {
  const file = lockFileOf(dbPath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(dbPath);
      if (holder !== null) throw new StoreLockedError(holder);
      // A stale lock (its process is gone, or it is our own from an earlier open in this process): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new StoreLockedError(lockHolder(dbPath) ?? 0);
}
