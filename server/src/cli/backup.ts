// `npm run backup -- FILE`: a consistent copy of the embedded store (SQLITE_PATH or DATA_DIR) in FILE, taken with
// SQLite's online backup API, so the server may keep running and writing meanwhile.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { backupSqliteFile } from '../stores/sqlite/backup.ts';
import { runStoreFileCommand } from './store-file-command.ts';

export async function backup(args: string[]): Promise<string> {
  return runStoreFileCommand('backup', args, loadConfig(), async (store, file) => {
    const pages = await backupSqliteFile(store, file);
    return `Backed up ${store} to ${file} (${pages} pages, integrity checked). Restore it with: npm run restore -- ${path.relative(process.cwd(), file) || file}`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  backup(process.argv.slice(2)).then(
    (line) => console.log(line),
    (error: unknown) => {
      console.error(`backup: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
