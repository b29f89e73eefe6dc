// Opens the Neo4j 5 GraphStore: loads the Cypher files, connects (failing within seconds when Neo4j is absent) and
// applies the schema.
import { StoreUnavailableError } from '../../domain/errors.ts';
import type { GraphStore } from '../../ports/graph-store.ts';
import { CypherRunner, connect, type Neo4jConnection } from './cypher-runner.ts';
import { loadQueries } from './load-queries.ts';
import { Neo4jGraphStore } from './neo4j-store.ts';

export type Neo4jStoreOptions = Neo4jConnection;
export { Neo4jGraphStore };

/** The message a server gives for a database a copy was never finished into. */
export function unfinishedCopyError(database: string, copy: { source: string; startedAt: string }): StoreUnavailableError {
  return new StoreUnavailableError(`The Neo4j database ${database} holds an unfinished copy from ${copy.source} (started ${copy.startedAt})`, {
    reason: 'the database holds an unfinished migration',
    remedy: `finish it by running the copy again with --replace: npm run migrate -- --from ${copy.source} --to <this database> --replace`,
  });
}

/**
 * `allowUnfinishedCopy` is for `npm run migrate`, which may replace such a database; anything that serves the graph
 * opens without it and is refused a database whose copy never finished.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions, open: { allowUnfinishedCopy?: boolean } = {}): Promise<GraphStore> {
  const queries = loadQueries();
  const driver = await connect(options);
  const store = new Neo4jGraphStore(new CypherRunner(driver, options.database, queries));
  try {
    await store.init();
    const unfinished = open.allowUnfinishedCopy ? null : await store.unfinishedCopy();
    if (unfinished) throw unfinishedCopyError(options.database, unfinished);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
