// Broken storage says what is wrong. At start the server exits 1 naming the file, the cause and what to do; at run
// time the client gets SERVICE_UNAVAILABLE with the cause in words (never the path) and the log names the cause.
// Read-only and full disks are real: a read-only folder (or, as root, a read-only tmpfs) and a tiny tmpfs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, statSync, writeSync, closeSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import type { Logger } from '../../server/src/app/logger.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { bundle } from '../fixtures/builders.ts';
import { FIXTURE, STATS, postGraphQL, readSeed, removeTempDirs, tempDbFile } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];

/** Starts `npm start`'s server process (without the build) and waits for it to exit or to listen. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server/launch/start.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', SEED_FILE: FIXTURE, NODE_ENV: 'test', ...env },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function seededFile(): Promise<string> {
  const file = await tempDbFile();
  const store = await openSqliteStore(file);
  await store.bulkLoad(bundle(await readSeed(FIXTURE)), 'seed');
  await store.close();
  return file;
}

/** Overwrites whole pages of the file with garbage, from page `first` (1-based) to the end. */
function damagePages(file: string, first: number, only?: (page: Buffer) => boolean): number {
  const size = statSync(file).size;
  const bytes = readFileSync(file);
  const fd = openSync(file, 'r+');
  let damaged = 0;
  for (let at = (first - 1) * 4096; at + 4096 <= size; at += 4096) {
    if (only && !only(bytes.subarray(at, at + 4096))) continue;
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, at);
    damaged++;
  }
  closeSync(fd);
  return damaged;
}

/** A tmpfs of `size` at a fresh folder, when this process may mount (root); null otherwise. */
async function tmpfs(size: string): Promise<string | null> {
  if (!isRoot) return null;
  const dir = path.dirname(await tempDbFile());
  const mountPoint = path.join(dir, 'mnt');
  mkdirSync(mountPoint);
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint]);
  if (result.status !== 0) return null;
  mounts.push(mountPoint);
  return mountPoint;
}

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const push = (m: string) => void lines.push(m);
  return { lines, logger: { debug: () => undefined, info: push, warn: push, error: push } };
}

afterAll(async () => {
  for (const mountPoint of mounts.splice(0)) spawnSync('umount', ['-l', mountPoint]);
  await removeTempDirs();
});

describe('broken storage at start', () => {
  it('refuses a file that is not a database, naming it, the cause and the fix', async () => {
    const file = await tempDbFile();
    const fd = openSync(file, 'w');
    writeSync(fd, 'these are meeting notes, not a database\n'.repeat(200));
    closeSync(fd);
    const { code, output } = await runServer({ SQLITE_PATH: file });
    expect(code).toBe(1);
    expect(output).toContain(file);
    expect(output).toContain('the file is not an SQLite database');
    expect(output).toMatch(/To fix it: point SQLITE_PATH/);
  });

  it('refuses a damaged file after its integrity check, saying how to restore', async () => {
    const file = await seededFile();
    expect(damagePages(file, 3)).toBeGreaterThan(0);
    const { code, output } = await runServer({ SQLITE_PATH: file });
    expect(code).toBe(1);
    expect(output).toContain(file);
    expect(output).toContain('the database file is damaged');
    expect(output).toContain('npm run restore');
  });

  it('refuses a database another server is using, naming the process', async () => {
    const file = await seededFile();
    const first = await startServer(loadConfig({ NODE_ENV: 'test', PORT: '0', SQLITE_PATH: file, SEED: 'none', LOG_LEVEL: 'silent' }));
    try {
      const { code, output } = await runServer({ SQLITE_PATH: file });
      expect(code).toBe(1);
      expect(output).toContain(file);
      expect(output).toContain(`the database is locked by another process (process ${process.pid} holds its lock)`);
    } finally {
      await first.close();
    }
    // Once the first server has stopped, the file is free again.
    expect((await runServer({ SQLITE_PATH: file, SEED: 'none' })).output).toMatch(/listening on/);
  });

  it('refuses a read-only data folder with the cause and the fix', async () => {
    let dir: string;
    if (isRoot) {
      const mounted = await tmpfs('4m');
      if (!mounted) return console.info('read-only test skipped: cannot mount a tmpfs');
      dir = mounted;
      const store = await openSqliteStore(path.join(dir, 'actornet.db'));
      await store.close();
      expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
    } else {
      dir = path.dirname(await seededFile());
      chmodSync(dir, 0o555);
    }
    const { code, output } = await runServer({ SQLITE_PATH: path.join(dir, 'actornet.db') });
    if (!isRoot) chmodSync(dir, 0o755);
    expect(code).toBe(1);
    expect(output).toContain(path.join(dir, 'actornet.db'));
    expect(output).toContain('the database file or its folder is read-only');
    expect(output).toMatch(/To fix it: give the server write access/);
  });

  it.runIf(isRoot)('refuses a disk too full to create the database (real tmpfs, needs root)', async () => {
    const dir = await tmpfs('48k');
    if (!dir) return console.info('full-disk test skipped: cannot mount a tmpfs');
    const { code, output } = await runServer({ SQLITE_PATH: path.join(dir, 'actornet.db') });
    expect(code).toBe(1);
    expect(output).toContain('the disk holding the database is full');
  });
});

describe('broken storage at run time', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('reports damaged pages as degraded, tells the client the cause without the path, and refuses writes', async () => {
    const file = await seededFile();
    // Damage only the pages holding the sources (and their audit copies), so the server starts and entities read.
    const marker = Buffer.from('Post by R. on the PUK and Narodnye Sovety');
    const seed = await readSeed(FIXTURE);
    expect(seed.sources.some((s) => s.title === marker.toString())).toBe(true);
    expect(damagePages(file, 2, (page) => page.includes(marker))).toBeGreaterThan(0);
    const { logger, lines } = capture();
    // Past the size bound only the schema is checked at start, as on a large file.
    server = await startServer(
      loadConfig({ NODE_ENV: 'test', PORT: '0', SQLITE_PATH: file, SEED: 'none', SQLITE_CHECK_MAX_MB: '0', LOG_LEVEL: 'silent' }),
      { logger },
    );
    const read = await postGraphQL(server.url, '{ sources(first: 50) { id title } }');
    expect(read.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(read.errors?.[0]?.message).toBe('The graph store is unavailable: the database file is damaged');
    expect(JSON.stringify(read)).not.toContain(file);
    expect(lines.join('\n')).toMatch(/the database file is damaged \(SQLITE_CORRUPT/);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'degraded', reason: 'the database file is damaged' });

    const write = await postGraphQL(server.url, 'mutation { createEntity(input: { kind: PERSON, name: "Nobody" }) { id } }');
    expect(write.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(write.errors?.[0]?.message).toContain('damaged');
    await server.close();
    server = undefined;
  });

  it.runIf(isRoot)('answers a full disk with SERVICE_UNAVAILABLE and keeps every acknowledged write (real tmpfs, needs root)', async () => {
    const dir = await tmpfs('2m');
    if (!dir) return console.info('full-disk test skipped: cannot mount a tmpfs');
    const { logger, lines } = capture();
    server = await startServer(
      loadConfig({ NODE_ENV: 'test', PORT: '0', SQLITE_PATH: path.join(dir, 'actornet.db'), SEED_FILE: FIXTURE, LOG_LEVEL: 'silent' }),
      { logger },
    );
    // Fill what is left of the disk.
    const filler = openSync(path.join(dir, 'filler'), 'w');
    try {
      for (;;) writeSync(filler, Buffer.alloc(16 * 1024));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    closeSync(filler);
    let refused: Awaited<ReturnType<typeof postGraphQL>> | null = null;
    let acknowledged = 0;
    for (let i = 0; i < 200 && !refused; i++) {
      const response = await postGraphQL(server.url, 'mutation($input: EntityInput!) { createEntity(input: $input) { id } }', {
        input: { kind: 'PERSON', name: `Person ${i}`, description: 'x'.repeat(4000) },
      });
      if (response.errors) refused = response;
      else acknowledged++;
    }
    expect(refused?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused?.errors?.[0]?.message).toBe('The graph store is unavailable: the disk holding the database is full');
    expect(JSON.stringify(refused)).not.toContain(dir);
    expect(lines.join('\n')).toMatch(/the disk holding the database is full \(SQLITE_FULL/);
    const stats = (await postGraphQL<{ stats: { entities: number } }>(server.url, STATS)).data?.stats;
    const seed = await readSeed(FIXTURE);
    expect(stats?.entities).toBe(seed.entities.length + acknowledged);
    await server.close();
    server = undefined;
  });
});
