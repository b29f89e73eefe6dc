// `npm start` runs the server through server/launch/start.mjs: the entry bundled to plain JavaScript, no tsx loader.
// The bundled server must behave as the sources do, read workers included (each bundles its own script from inside
// the bundled server), and stop cleanly on SIGTERM; the Neo4j store, imported on demand, sits in a chunk of its own.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, removeTempDirs, tempDbFile } from './helpers.ts';

afterAll(removeTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('server launcher', () => {
  it('starts the bundled server with read workers, answers from them, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['server/launch/start.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', SQLITE_PATH: await tempDbFile(), SEED_FILE: FIXTURE, READ_WORKERS: '2', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /listening on (http:\/\/\S+)/.exec(output);
        if (m) resolve(m[1]!);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
    });
    try {
      const post = async (query: string) => {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      };
      // search and stats are pooled reads: with READ_WORKERS=2 a worker answers them.
      const stats = await post('{ stats { entities edges } }');
      expect(stats.errors).toBeUndefined();
      expect(stats.data?.stats).toMatchObject({ entities: expect.any(Number), edges: expect.any(Number) });
      expect((stats.data?.stats as { entities: number }).entities).toBeGreaterThan(0);
      const found = await post('{ search(query: "R.", first: 5) { id name } }');
      expect(found.data?.search).toContainEqual({ id: 'person-at-risk-1', name: 'R.' });
      expect(readdirSync(path.join(ROOT, 'server', 'dist')).some((f) => /^main-[A-Z0-9]{8}\.mjs$/.test(f))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/could not start|Error/);
  }, 60_000);

  it('loads the Neo4j store only when asked for it, and names the unreachable server', async () => {
    const child = spawn(process.execPath, ['server/launch/start.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('the Neo4j store at bolt://127.0.0.1:1');
    expect(output).toContain('not reachable');
  }, 60_000);
});
