// The GraphStore contract on a real Neo4j 5. Runs wherever NEO4J_URI points at a Neo4j it may wipe; skipped, saying
// so, elsewhere. Every test starts from an empty database, so the database must be one kept for tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { openNeo4jStore, type Neo4jGraphStore } from '../../server/src/stores/neo4j/index.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { describeAnalysisStoreContract } from './analysis-store-contract.ts';
import { describeGraphStoreContract } from './graph-store-contract.ts';

const uri = process.env.NEO4J_URI;
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
// Wiping is allowed on a database named for tests, or when the caller says so explicitly.
const mayWipe = process.env.NEO4J_TEST_ALLOW_WIPE === '1' || /test/i.test(database);

if (!uri) {
  console.info(
    'Neo4j contract tests skipped: NEO4J_URI is not set. To run them against a Neo4j 5 you may wipe:\n' +
      '  NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=password NEO4J_TEST_ALLOW_WIPE=1 npx vitest run tests/contract/neo4j.neo4j.test.ts',
  );
  describe.skip('Neo4j contract (NEO4J_URI not set: skipped)', () => undefined);
} else if (!mayWipe) {
  console.info(`Neo4j contract tests skipped: they empty the database "${database}"; set NEO4J_TEST_ALLOW_WIPE=1 or use a database named *test*.`);
  describe.skip('Neo4j contract (NEO4J_TEST_ALLOW_WIPE not set: skipped)', () => undefined);
} else {
  // The copying test opens a second, separate store while the first is open. With a second database (Enterprise,
  // Desktop, Aura) it is Neo4j to Neo4j; on Community it is Neo4j to a temporary SQLite file, a cross-engine copy.
  const copyDatabase = process.env.NEO4J_TEST_COPY_DATABASE;
  let openStores = 0;
  const openNeo4j: Parameters<typeof describeGraphStoreContract>[1] = async () => {
    const target = openStores === 0 ? database : copyDatabase;
    if (!target) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-copy-'));
      const copy = await openSqliteStore(path.join(dir, 'copy.db'));
      await copy.init();
      return { store: copy, cleanup: async () => { await copy.close(); await rm(dir, { recursive: true, force: true }); } };
    }
    const store = (await openNeo4jStore({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: target })) as Neo4jGraphStore;
    openStores++;
    await store.deleteEverything();
    return {
      store,
      cleanup: async () => {
        openStores--;
        await store.deleteEverything();
        await store.close();
      },
    };
  };
  describeGraphStoreContract('neo4j', openNeo4j);
  describeAnalysisStoreContract('neo4j', openNeo4j);
}
