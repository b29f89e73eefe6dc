import type { GraphStore } from '../../ports/graph-store.ts';

export async function openSqliteStore(_path: string): Promise<GraphStore> {
  throw new Error('SQLite store not implemented yet');
}
