// Runs the GraphStore contract against the embedded store on a real SQLite file in a temporary directory, plus what
// only a file-backed store has: reopening keeps the data, and a closed database fails with a domain error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/src/domain/errors.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { graphBundleSchema } from '../../server/src/domain/schemas.ts';
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

  it('writes a bulk load\'s relationship rows grouped by the entity they start from, in the bundle\'s entity order', async () => {
    const path = join(await tempDir(), 'graph.db');
    const org = (id: string) => ({ id, kind: 'organization', name: `Organization ${id}` });
    const edge = (id: string, from: string, to: string) => ({ id, type: 'AFFILIATED_WITH', from, to, confidence: 'reported', citations: [{ sourceId: 'src', stance: 'supports' }] });
    const bundle = graphBundleSchema.parse({
      sources: [{ id: 'src', kind: 'report', title: 'Report' }],
      entities: [org('c'), org('a'), org('b')],
      edges: [edge('a-b', 'a', 'b'), edge('b-c', 'b', 'c'), edge('c-a', 'c', 'a'), edge('a-c', 'a', 'c'), edge('b-a', 'b', 'a'), edge('a-b-2', 'a', 'b')],
    });
    const store = await openSqliteStore(path);
    await store.bulkLoad(bundle, 'seed');
    expect((await store.pageEdges(null, 10)).map((e) => [e.id, e.from, e.to, e.citations.length])).toEqual([
      ['a-b', 'a', 'b', 1],
      ['a-b-2', 'a', 'b', 1],
      ['a-c', 'a', 'c', 1],
      ['b-a', 'b', 'a', 1],
      ['b-c', 'b', 'c', 1],
      ['c-a', 'c', 'a', 1],
    ]);
    // The embedded store pages relationship ends in row order: the order the rows were written in.
    const { ends } = await store.analysis.edgeEnds(null, 10);
    expect(ends.map((e) => `${e.from}>${e.to}`)).toEqual(['c>a', 'a>b', 'a>c', 'a>b', 'b>c', 'b>a']);
    await store.close();
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
