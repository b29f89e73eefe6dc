// `npm run users` against a real SQLite file: the commands an operator runs, and that their accounts sign in.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, STATS, removeTempDirs, startTestServer, tempDbFile } from './helpers.ts';
import { clientWith, login } from './team-helpers.ts';

afterAll(removeTempDirs);

function users(dbFile: string, args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/users.ts', ...args], {
    env: { ...process.env, SQLITE_PATH: dbFile, AUTH: 'accounts' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run users', () => {
  it('adds, lists, changes, tokens and disables accounts', async () => {
    const db = await tempDbFile();
    const short = await users(db, ['add', 'ana', '--role', 'editor'], 'too short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 12 characters/);

    const added = await users(db, ['add', 'ana', '--role', 'editor', '--restricted-access'], 'long enough password\nsecond line ignored\n');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('ana\teditor\trestricted access');
    expect(added.stdout + added.stderr).not.toContain('long enough password');
    expect((await users(db, ['add', 'bo', '--role', 'viewer'], 'another long password\n')).code).toBe(0);
    expect((await users(db, ['set-role', 'bo', 'admin'])).code).toBe(0);
    expect((await users(db, ['revoke-restricted', 'ana'])).code).toBe(0);
    expect((await users(db, ['list'])).stdout.trim().split('\n')).toEqual(['ana\teditor', 'bo\tadmin']);

    const issued = await users(db, ['token', 'ana']);
    const token = issued.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^tok_[A-Za-z0-9_-]{40,}$/);
    expect((await users(db, ['password', 'bo'], 'a brand new password\n')).code).toBe(0);

    const server = await startTestServer({ seedFile: FIXTURE, dbFile: db, env: { AUTH: 'accounts' } });
    try {
      const script = clientWith(server.url, { authorization: `Bearer ${token}` });
      expect((await script.request('{ me { name role restrictedAccess } }')).data).toEqual({ me: { name: 'ana', role: 'EDITOR', restrictedAccess: false } });
      expect((await login(server.url, 'bo', 'another long password')).status).toBe(401);
      expect((await login(server.url, 'bo', 'a brand new password')).status).toBe(200);

      expect((await users(db, ['revoke-token', 'ana'])).code).toBe(0);
      expect((await script.request(STATS)).status).toBe(401);
      const session = await login(server.url, 'ana', 'long enough password');
      expect(session.status).toBe(200);
      expect((await users(db, ['disable', 'ana'])).code).toBe(0);
      expect((await clientWith(server.url, { cookie: session.headers.getSetCookie()[0]!.split(';')[0]! }).request(STATS)).status).toBe(401);
      expect((await login(server.url, 'ana', 'long enough password')).status).toBe(401);
    } finally {
      await server.close();
    }
  }, 120_000);
});
