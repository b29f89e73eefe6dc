// The seed loads exactly once: stats match the seed file, and an edit survives a restart without a second seeding.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REAL_SEED, STATS, bundleCounts, readSeed, removeTempDirs, startTestServer, tempDbFile } from './helpers.ts';

afterAll(removeTempDirs);

describe('stats and restarts', () => {
  it('reports the seed bundle counts on first start', async () => {
    const expected = bundleCounts(await readSeed(REAL_SEED));
    const server = await startTestServer({ seedFile: REAL_SEED });
    try {
      expect(server.seeded).toEqual(expected);
      expect((await server.query(STATS)).stats).toEqual(expected);
    } finally {
      await server.close();
    }
  });

  it('keeps an edit across a restart and does not seed again', async () => {
    const seedCounts = bundleCounts(await readSeed(REAL_SEED));
    const dbFile = await tempDbFile();

    const first = await startTestServer({ seedFile: REAL_SEED, dbFile });
    let entityId: string;
    try {
      const { createEntity } = await first.query(
        `mutation { createEntity(input: { kind: CLAIM, name: "Restart survives", description: "kept" }) { id } }`,
      );
      entityId = createEntity.id;
    } finally {
      await first.close();
    }

    const second = await startTestServer({ seedFile: REAL_SEED, dbFile });
    try {
      expect(second.seeded).toBeNull();
      expect((await second.query(STATS)).stats).toEqual({ ...seedCounts, entities: seedCounts.entities + 1 });
      const { entity } = await second.query(`query($id: ID!) { entity(id: $id) { name kind description } }`, { id: entityId });
      expect(entity).toEqual({ name: 'Restart survives', kind: 'CLAIM', description: 'kept' });
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a seed file that breaks the schema, naming the file and the field', async () => {
    const seedFile = path.join(path.dirname(await tempDbFile()), 'bad-seed.json');
    await writeFile(seedFile, JSON.stringify({ sources: [], entities: [{ id: 'a', kind: 'robot', name: 'A' }], edges: [] }));
    await expect(startTestServer({ seedFile })).rejects.toThrow(/bad-seed\.json.*entities\.0\.kind/);
  });

  it('starts empty with SEED=none', async () => {
    const server = await startTestServer({ seedFile: REAL_SEED, env: { SEED: 'none' } });
    try {
      expect(server.seeded).toBeNull();
      expect((await server.query(STATS)).stats).toEqual({ entities: 0, edges: 0, sources: 0, citations: 0 });
    } finally {
      await server.close();
    }
  });
});
