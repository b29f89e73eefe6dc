// A Neo4j target is marked unfinished from before the first batch of `npm run migrate` until after the last: a
// server refuses to open it meanwhile, saying how to finish, and a rerun with --replace replaces it. Runs wherever
// NEO4J_URI points at a Neo4j it may wipe; skipped, saying so, elsewhere.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countRecords, runMigration } from '../../server/src/cli/migrate.ts';
import { ConflictError, StoreUnavailableError } from '../../server/src/domain/errors.ts';
import { openNeo4jStore, type Neo4jGraphStore } from '../../server/src/stores/neo4j/index.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { bundle } from '../fixtures/builders.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';

const uri = process.env.NEO4J_URI;
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const mayWipe = process.env.NEO4J_TEST_ALLOW_WIPE === '1' || /test/i.test(database);

if (!uri || !mayWipe) {
  console.info('Neo4j unfinished-copy tests skipped: set NEO4J_URI (and NEO4J_TEST_ALLOW_WIPE=1 or a *test* database) to run them.');
  describe.skip('unfinished Neo4j copy (no Neo4j to wipe: skipped)', () => undefined);
} else {
  const options = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database };
  const target = `${uri.replace('://', `://${encodeURIComponent(options.user)}:${encodeURIComponent(options.password)}@`)}/${database}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'actornet-neo4j-copy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('unfinished Neo4j copy', () => {
    it('is refused by a server with the way to finish it, refused by a plain rerun, and replaced by --replace', async () => {
      const from = path.join(dir, 'from.db');
      const source = await openSqliteStore(from);
      await source.bulkLoad(miniBundle, 'loader');
      const expected = await countRecords(source);
      await source.close();

      // What a copy killed part way leaves: the marker, and some of the graph.
      const partial = (await openNeo4jStore(options, { allowUnfinishedCopy: true })) as Neo4jGraphStore;
      await partial.deleteEverything();
      await partial.beginCopy(`sqlite:${from}`);
      await partial.bulkLoad(bundle({ sources: miniBundle.sources, entities: miniBundle.entities.slice(0, 2), edges: [] }), 'loader');
      await partial.close();

      const refused = await openNeo4jStore(options).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreUnavailableError);
      expect((refused as StoreUnavailableError).remedy).toContain('--replace');

      await expect(runMigration({ from: `sqlite:${from}`, to: target, replace: false })).rejects.toBeInstanceOf(ConflictError);
      const report = await runMigration({ from: `sqlite:${from}`, to: target, replace: true });
      expect(report.matches).toBe(true);

      const served = await openNeo4jStore(options);
      expect(await countRecords(served)).toEqual(expected);
      await served.close();
    });
  });
}
