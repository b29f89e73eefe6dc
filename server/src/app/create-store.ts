// Opens the configured graph store. The rest of the server sees only the GraphStore port.
import type { Config } from '../config.ts';
import { StoreUnavailableError } from '../domain/errors.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { openSqliteStore } from '../stores/sqlite/index.ts';

export async function createStore(store: Config['store']): Promise<GraphStore> {
  if (store.kind === 'neo4j') {
    // Loaded only for a Neo4j store: the driver and its dependencies hold some 20 MB once imported.
    const { openNeo4jStore } = await import('../stores/neo4j/index.ts');
    const { uri, user, password, database } = store;
    return openNeo4jStore({ uri, user, password, database });
  }
  return openSqliteStore(store.path, { synchronous: store.sync, checkMaxBytes: store.checkMaxMb * 1024 * 1024 });
}

/**
 * The start-up message for a store that could not be opened: which store, the cause and what to do. The path is
 * for the operator reading the console; a client is never told it.
 */
export function describeStartFailure(store: Config['store'], error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof StoreUnavailableError)) return message;
  const where = store.kind === 'sqlite' ? `the SQLite store at ${store.path}` : `the Neo4j store at ${store.uri}`;
  return `${where}: ${message}.${error.remedy ? ` To fix it: ${error.remedy}.` : ''}`;
}

export function describeStore(store: Config['store']): string {
  return store.kind === 'neo4j' ? `neo4j at ${store.uri} (database ${store.database})` : `sqlite at ${store.path}`;
}
