import type { GraphStore } from '../../ports/graph-store.ts';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export async function openNeo4jStore(_options: Neo4jStoreOptions): Promise<GraphStore> {
  throw new Error('Neo4j store not implemented yet');
}
