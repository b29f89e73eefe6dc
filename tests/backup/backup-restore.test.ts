// `npm run backup -- FILE` copies the live SQLite store while the server keeps writing (SQLite's online backup API,
// so the copy is one consistent moment), and `npm run restore -- FILE` puts a copy back, refusing while a server
// uses the store.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../server/src/app/server.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { postGraphQL } from '../api/helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.resolve('tests/api/fixtures/small-graph.json');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actornet-backup-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function npmRun(script: 'backup' | 'restore', file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `server/src/cli/${script}.ts`, file], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function contents(file: string) {
  const store = await openSqliteStore(file);
  try {
    const events = await store.auditEvents(null, 100_000);
    return { stats: await store.stats(), created: events.filter((e) => e.action === 'entity.create').length };
  } finally {
    await store.close();
  }
}

describe('backup and restore', () => {
  it('backs up the live store consistently while writes go on, and restores it once the server has stopped', async () => {
    const db = path.join(dir, 'actornet.db');
    const env = { SQLITE_PATH: db };
    const server = await startServer(loadConfig({ NODE_ENV: 'test', PORT: '0', SQLITE_PATH: db, SEED_FILE: FIXTURE, LOG_LEVEL: 'silent' }));
    const create = (name: string) =>
      postGraphQL(server.url, 'mutation($input: EntityInput!) { createEntity(input: $input) { id } }', { input: { kind: 'PERSON', name } });
    const seeded = (await postGraphQL<{ stats: { entities: number } }>(server.url, '{ stats { entities } }')).data!.stats.entities;

    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) if (!(await create(`Person ${written}`)).errors) written++;
    })();
    const backupFile = path.join(dir, 'backup.db');
    const backup = await npmRun('backup', backupFile, env);
    writing = false;
    await writes;
    expect(backup.code).toBe(0);
    expect(backup.output).toContain(backupFile);

    // One consistent moment: every entity in the copy has its audit event, and it holds a prefix of the writes.
    const copy = await contents(backupFile);
    expect(copy.stats.entities - seeded).toBe(copy.created);
    expect(copy.created).toBeGreaterThan(0);
    expect(copy.created).toBeLessThanOrEqual(written);

    const refused = await npmRun('restore', backupFile, env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`process ${process.pid}`);
    expect(refused.output).toMatch(/stop the server/);

    await create('Written after the backup');
    await server.close();
    const restored = await npmRun('restore', backupFile, env);
    expect(restored.code).toBe(0);
    expect(await contents(db)).toEqual(copy);
  }, 120_000);

  it('refuses to restore a file that is not a database, leaving the store as it was', async () => {
    const db = path.join(dir, 'actornet.db');
    const store = await openSqliteStore(db);
    await store.close();
    const before = await contents(db);
    const notes = path.join(dir, 'notes.db');
    writeFileSync(notes, 'not a database at all\n'.repeat(100));
    const { code, output } = await npmRun('restore', notes, { SQLITE_PATH: db });
    expect(code).toBe(1);
    expect(output).toContain('not an SQLite database');
    expect(await contents(db)).toEqual(before);
  });

  it('refuses to back up over an existing file', async () => {
    const db = path.join(dir, 'actornet.db');
    const store = await openSqliteStore(db);
    await store.close();
    const existing = path.join(dir, 'existing.db');
    writeFileSync(existing, 'keep me');
    const { code, output } = await npmRun('backup', existing, { SQLITE_PATH: db });
    expect(code).toBe(1);
    expect(output).toContain('already exists');
    expect(existsSync(existing)).toBe(true);
  });
});
