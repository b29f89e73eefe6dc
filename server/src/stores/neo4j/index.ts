// Opens the Neo4j 5 GraphStore: loads the Cypher files, connects (failing within seconds when Neo4j is absent) and
// applies the schema.
import type { GraphStore } from '../../ports/graph-store.ts';
import { CypherRunner, connect, type Neo4jConnection } from './cypher-runner.ts';
import { loadQueries } from './load-queries.ts';
import { Neo4jGraphStore } from './neo4j-store.ts';

export type Neo4jStoreOptions = Neo4jConnection;
export { Neo4jGraphStore };

export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  const queries = loadQueries();
  const driver = await connect(options);
  const store = new Neo4jGraphStore(new CypherRunner(driver, options.database, queries));
  try {
    await store.init();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
