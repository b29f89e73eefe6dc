// `npm run migrate` is all or nothing: an SQLite target is written to a temporary file and moved into place only
// when every count matches, so a copy killed part way leaves no target that looks valid; a rerun can `--replace` a
// target that already holds a graph, and refuses one without it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, runMigration } from '../../server/src/cli/migrate.ts';
import { ConflictError } from '../../server/src/domain/errors.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { generateBundle } from '../bench/generate-graph.ts';
import { bundle, entityInput } from '../fixtures/builders.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actornet-migrate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function graphFile(name: string, graph = miniBundle): Promise<string> {
  const file = path.join(dir, name);
  const store = await openSqliteStore(file);
  await store.bulkLoad(graph, 'loader');
  await store.close();
  return file;
}

async function counts(file: string) {
  const store = await openSqliteStore(file);
  try {
    return await countRecords(store);
  } finally {
    await store.close();
  }
}

describe('all-or-nothing migrate to SQLite', () => {
  it('writes the target only once the copy is complete, leaving no temporary file behind', async () => {
    const from = await graphFile('from.db');
    const to = path.join(dir, 'to.db');
    const report = await runMigration({ from: `sqlite:${from}`, to: `sqlite:${to}`, replace: false });
    expect(report.matches).toBe(true);
    expect(await counts(to)).toEqual(await counts(from));
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('leaves no target when killed part way, and a rerun then completes', async () => {
    const from = await graphFile('big.db', bundle(generateBundle({ entities: 2000, edges: 12_000, seed: 3 })));
    const to = path.join(dir, 'to.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/migrate.ts', '--from', `sqlite:${from}`, '--to', `sqlite:${to}`], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it as soon as it has started writing.
    for (let i = 0; i < 1500 && !existsSync(`${to}.partial`); i++) await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(`${to}.partial`)).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(to)).toBe(false);

    const report = await runMigration({ from: `sqlite:${from}`, to: `sqlite:${to}`, replace: false });
    expect(report.matches).toBe(true);
    expect((await counts(to)).edges).toBe(12_000);
    expect(existsSync(`${to}.partial`)).toBe(false);
  }, 90_000);

  it('refuses a target that holds a graph unless told to replace it, then replaces it whole', async () => {
    const from = await graphFile('from.db');
    const to = path.join(dir, 'to.db');
    const held = await openSqliteStore(to);
    await held.createEntity(entityInput({ kind: 'organization', name: 'Already here' }), 'researcher');
    await held.close();
    const before = await counts(to);

    const refused = await runMigration({ from: `sqlite:${from}`, to: `sqlite:${to}`, replace: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toMatch(/--replace/);
    expect(await counts(to)).toEqual(before);

    const report = await runMigration({ from: `sqlite:${from}`, to: `sqlite:${to}`, replace: true });
    expect(report.matches).toBe(true);
    expect(await counts(to)).toEqual(await counts(from));
  });
});
