// Runs the GraphStore contract against the embedded store on a real SQLite file in a temporary directory, plus what
// only a file-backed store has: reopening keeps the data, and a closed database fails with a domain error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/src/domain/errors.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { entityInput } from '../fixtures/builders.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';
import { openSqliteTestStore } from '../fixtures/test-stores.ts';
import { describeGraphStoreContract } from './index.ts';
import { describeAnalysisStoreContract } from './analysis-store-contract.ts';
import { describeCorrectionsContract } from './corrections-contract.ts';
import { describeMapStoreContract } from './map-store-contract.ts';
import { describeAccountStoreContract } from './account-store-contract.ts';
import { describeLeakContract } from './leak-contract.ts';
import { describeBundleRoundTripContract } from './bundle-round-trip-contract.ts';

const tempDirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'actornet-contract-'));
  tempDirs.push(dir);
  return dir;
}

describeGraphStoreContract('sqlite', openSqliteTestStore);
describeMapStoreContract('sqlite', openSqliteTestStore);
describeAccountStoreContract('sqlite', openSqliteTestStore);
describeLeakContract('sqlite', openSqliteTestStore);
describeAnalysisStoreContract('sqlite', openSqliteTestStore);
describeCorrectionsContract('sqlite', openSqliteTestStore);
describeBundleRoundTripContract('sqlite', openSqliteTestStore);

describe('sqlite file', () => {
  afterEach(async () => {
    await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('keeps every record and the audit trail when the file is opened again', async () => {
    const path = join(await tempDir(), 'nested', 'graph.db');
    const first = await openSqliteStore(path);
    await first.bulkLoad(miniBundle, 'seed');
    const created = await first.createEntity(entityInput({ kind: 'person', name: 'Advocacy officer' }), 'local');
    const stats = await first.stats();
    const events = await first.auditEvents(null, 100);
    await first.close();

    const second = await openSqliteStore(path);
    await second.init();
    expect(await second.stats()).toEqual(stats);
    expect(await second.auditEvents(null, 100)).toEqual(events);
    expect(await second.getEntity(created.id)).toEqual(created);
    expect((await second.search('narodnye', { first: 5, includeRestricted: true }))[0]?.id).toBe('narodnye-sovety');
    await second.close();
  });

  it('reports a closed database as unavailable, not as a driver error', async () => {
    const store = await openSqliteStore(join(await tempDir(), 'graph.db'));
    await store.close();
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.createEntity(entityInput({ kind: 'person', name: 'X' }), 'local')).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('fails to open a path that cannot be a database with a domain error', async () => {
    const dir = await tempDir();
    await expect(openSqliteStore(dir)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
