// A bulk load into a file no other connection holds runs with a rollback journal (each page written once, not into
// the WAL and again by its checkpoint) and gives the file back in WAL mode. It stays one atomic transaction: a load
// killed part way leaves a hot journal that the next open rolls back, and a load that fails inside its transaction
// leaves nothing. Where another connection holds the file, as a server's read workers do, the load goes through the WAL.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { generateBundle } from '../bench/generate-graph.ts';
import { entityInput } from '../fixtures/builders.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actornet-load-journal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function journalMode(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('journal_mode', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('sqlite bulk load journal', () => {
  it('loads with the file to itself and gives it back in WAL mode, with no journal left', async () => {
    const file = path.join(dir, 'graph.db');
    const store = await openSqliteStore(file);
    await store.bulkLoad(miniBundle, 'loader');
    expect(existsSync(`${file}-journal`)).toBe(false);
    await store.createEntity(entityInput({ kind: 'person', name: 'Written after the load' }), 'local');
    // The store's own connection is back on the WAL: the write after the load went there.
    expect(existsSync(`${file}-wal`)).toBe(true);
    const stats = await store.stats();
    await store.close();
    expect(journalMode(file)).toBe('wal');
    const again = await openSqliteStore(file);
    expect(await again.stats()).toEqual(stats);
    await again.close();
  });

  it('loads through the WAL while a reader holds the file, and the reader then sees the load', async () => {
    const file = path.join(dir, 'graph.db');
    const store = await openSqliteStore(file);
    await store.init();
    const reader = new Database(file, { readonly: true });
    try {
      const count = reader.prepare('SELECT count(*) FROM edges').pluck();
      expect(count.get()).toBe(0);
      await store.bulkLoad(miniBundle, 'loader');
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(count.get()).toBe(miniBundle.edges.length);
    } finally {
      reader.close();
      await store.close();
    }
  });

  it('leaves nothing of a load that fails inside its transaction, and the file in WAL mode', async () => {
    const file = path.join(dir, 'graph.db');
    const store = await openSqliteStore(file);
    await store.init();
    await store.close();
    // A trigger that refuses the load's audit rows: the entities, sources and relationships are written by then.
    const raw = new Database(file);
    raw.exec("CREATE TRIGGER refuse_load BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
    raw.close();
    const failing = await openSqliteStore(file);
    await expect(failing.bulkLoad(miniBundle, 'loader')).rejects.toThrow();
    expect(await failing.stats()).toMatchObject({ entities: 0, edges: 0, sources: 0, citations: 0 });
    await failing.close();
    expect(existsSync(`${file}-journal`)).toBe(false);
    expect(journalMode(file)).toBe('wal');
  });

  it('keeps a load killed part way all or nothing: a hot journal is rolled back when the file is opened again', async () => {
    const bundle = generateBundle({ entities: 20_000, edges: 120_000, sources: 500, seed: 3 });
    const bundleFile = path.join(dir, 'bundle.json');
    writeFileSync(bundleFile, JSON.stringify(bundle));
    const file = path.join(dir, 'graph.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/import.ts', bundleFile], {
      cwd: ROOT,
      env: { ...process.env, STORE: 'sqlite', SQLITE_PATH: file },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // The load's journal exists from its first write to its commit (about 2.5 s here); a new file also has one for a
    // moment when it is created, before the load. Kill once a journal has lasted 100 ms: inside the load.
    let since: number | null = null;
    for (let i = 0; i < 6000 && (since === null || performance.now() - since < 100); i++) {
      if (!existsSync(`${file}-journal`)) since = null;
      else since ??= performance.now();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(since).not.toBeNull();
    child.kill('SIGKILL');
    await exited;
    // Killed inside the commit, the journal is hot; killed just after it, the load is whole.
    const killedInCommit = existsSync(`${file}-journal`);

    const store = await openSqliteStore(file);
    expect(existsSync(`${file}-journal`)).toBe(false);
    const stats = await store.stats();
    if (killedInCommit) {
      expect(stats).toMatchObject({ entities: 0, edges: 0, sources: 0, citations: 0 });
      await store.bulkLoad(miniBundle, 'loader');
      expect((await store.stats()).edges).toBe(miniBundle.edges.length);
    } else {
      expect(stats).toMatchObject({ entities: bundle.entities.length, edges: bundle.edges.length, sources: bundle.sources.length });
    }
    await store.close();
    expect(journalMode(file)).toBe('wal');
    const check = new Database(file, { readonly: true });
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    check.close();
  }, 60_000);
});
