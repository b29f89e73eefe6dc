// Edge endpoints and citation sources resolve through per-request batch loaders: a neighborhood costs a fixed number
// of store reads however many edges it holds. The real SQLite store is wrapped only to count its calls.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/app/logger.ts';
import { seedIfEmpty } from '../../server/src/app/seed.ts';
import { GraphService } from '../../server/src/domain/graph-service.ts';
import { LOCAL_VIEWER } from '../../server/src/domain/visibility.ts';
import { createApolloServer } from '../../server/src/graphql/apollo.ts';
import { createContext } from '../../server/src/graphql/context.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { REAL_SEED, readSeed, removeTempDirs, tempDbFile } from './helpers.ts';

function countingCalls(store: GraphStore, calls: Map<string, number>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
}

describe('batched loading', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openSqliteStore(await tempDbFile());
    await store.init();
    await seedIfEmpty(store, REAL_SEED);
  });
  afterAll(async () => {
    await store?.close();
    await removeTempDirs();
  });

  it('reads a two-hop neighborhood with its endpoints and sources in a fixed number of store calls', async () => {
    const seed = await readSeed(REAL_SEED);
    const degree = new Map<string, number>();
    for (const e of seed.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const [hub] = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]!;

    const calls = new Map<string, number>();
    const service = new GraphService(countingCalls(store, calls));
    const apollo = createApolloServer({ httpServer: http.createServer(), logger: createLogger('silent'), introspection: false });
    await apollo.start();
    try {
      const response = await apollo.executeOperation(
        {
          query: `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 2000) {
            edges { id from { name } to { name } citations { source { title partOf { title } } } } } }`,
          variables: { ids: [hub] },
        },
        { contextValue: createContext(service, LOCAL_VIEWER) },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      expect(result?.errors).toBeUndefined();
      const edges = (result?.data as { neighborhood: { edges: unknown[] } }).neighborhood.edges;
      expect(edges.length).toBeGreaterThan(20);
      // Endpoints come primed from the neighborhood's own nodes; sources load in one batch, plus one for `partOf`.
      expect([...calls.keys()].sort()).toEqual(['getSources', 'traverse']);
      expect(calls.get('traverse')).toBe(1);
      expect(calls.get('getSources')).toBeLessThanOrEqual(2);
    } finally {
      await apollo.stop();
    }
  });
});
