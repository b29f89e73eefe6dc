// The GraphStore contract on a real Neo4j 5. Runs wherever NEO4J_URI points at a Neo4j it may wipe; skipped, saying
// so, elsewhere. Every test starts from an empty database, so the database must be one kept for tests.
import { describe } from 'vitest';
import { neo4jSkipReason, openNeo4jTestStore, openSqliteTestStore } from '../fixtures/test-stores.ts';
import { describeGraphStoreContract } from './index.ts';
import { describeAnalysisStoreContract } from './analysis-store-contract.ts';
import { describeCorrectionsContract } from './corrections-contract.ts';
import { describeMapStoreContract } from './map-store-contract.ts';
import { describeAccountStoreContract } from './account-store-contract.ts';
import { describeLeakContract } from './leak-contract.ts';
import { describeBundleRoundTripContract } from './bundle-round-trip-contract.ts';

const skip = neo4jSkipReason('contract');
if (skip) {
  console.info(skip);
  describe.skip(`Neo4j contract: ${skip.split('\n')[0]}`, () => undefined);
} else {
  // The copying test opens a second, separate store while the first is open. With a second database (Enterprise,
  // Desktop, Aura) it is Neo4j to Neo4j; on Community it is Neo4j to a temporary SQLite file, a cross-engine copy.
  const copyDatabase = process.env.NEO4J_TEST_COPY_DATABASE;
  let openStores = 0;
  describeGraphStoreContract('neo4j', async () => {
    if (openStores > 0 && !copyDatabase) {
      const copy = await openSqliteTestStore();
      await copy.store.init();
      return copy;
    }
    const opened = await openNeo4jTestStore(openStores === 0 ? undefined : copyDatabase);
    openStores++;
    return {
      store: opened.store,
      cleanup: async () => {
        openStores--;
        await opened.cleanup();
      },
    };
  });
  describeMapStoreContract('neo4j', () => openNeo4jTestStore());
  describeAccountStoreContract('neo4j', () => openNeo4jTestStore());
  describeLeakContract('neo4j', () => openNeo4jTestStore());
  describeBundleRoundTripContract('neo4j', () => openNeo4jTestStore());
  describeAnalysisStoreContract('neo4j', () => openNeo4jTestStore());
  describeCorrectionsContract('neo4j', () => openNeo4jTestStore());
}
