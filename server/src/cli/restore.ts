// `npm run restore -- FILE`: puts a backup taken by `npm run backup` in place of the embedded store. Refused while a
// server uses the store, and for a file that is not an intact Actornet database.
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { restoreSqliteFile } from '../stores/sqlite/backup.ts';
import { runStoreFileCommand } from './store-file-command.ts';

export async function restore(args: string[]): Promise<string> {
  return runStoreFileCommand('restore', args, loadConfig(), async (store, file) => {
    restoreSqliteFile(file, store);
    return `Restored ${store} from ${file}.`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  restore(process.argv.slice(2)).then(
    (line) => console.log(line),
    (error: unknown) => {
      console.error(`restore: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
