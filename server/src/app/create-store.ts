// Opens the configured graph store. The rest of the server sees only the GraphStore port.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { openNeo4jStore } from '../stores/neo4j/index.ts';
import { openSqliteStore } from '../stores/sqlite/index.ts';

export async function createStore(store: Config['store']): Promise<GraphStore> {
  if (store.kind === 'neo4j') {
    const { uri, user, password, database } = store;
    return openNeo4jStore({ uri, user, password, database });
  }
  await mkdir(path.dirname(store.path), { recursive: true });
  return openSqliteStore(store.path);
}

export function describeStore(store: Config['store']): string {
  return store.kind === 'neo4j' ? `neo4j at ${store.uri} (database ${store.database})` : `sqlite at ${store.path}`;
}
