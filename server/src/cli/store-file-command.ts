// What `npm run backup` and `npm run restore` share: one FILE argument and the embedded store's path from the
// configuration. A Neo4j store is backed up with Neo4j's own tools (see the README).
import path from 'node:path';
import type { Config } from '../config.ts';
import { ValidationError } from '../domain/errors.ts';

export async function runStoreFileCommand(
  name: 'backup' | 'restore',
  args: string[],
  config: Config,
  run: (store: string, file: string) => Promise<string>,
): Promise<string> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw ValidationError.field(['file'], `is required: npm run ${name} -- FILE`);
  if (config.store.kind !== 'sqlite') {
    throw ValidationError.field(['STORE'], `npm run ${name} works on the embedded SQLite store; back up Neo4j with neo4j-admin database dump or Aura snapshots`);
  }
  return run(config.store.path, path.resolve(file));
}
