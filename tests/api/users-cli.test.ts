// `npm run users` against a real SQLite file. The real command runs as a process where its process matters (the
// password from standard input, the token on the last line, the exit status); the other commands run through the same
// command function in-process, on the same file, while a team server serves it.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runUsersCommand, UsageError } from '../../server/src/cli/users-command.ts';
import { AccountService } from '../../server/src/domain/account-service.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
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
  it('reads the password from the first line of standard input and prints a token once, on the last line', async () => {
    const db = await tempDbFile();
    const short = await users(db, ['add', 'ana', '--role', 'editor'], 'too short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 12 characters/);

    const added = await users(db, ['add', 'ana', '--role', 'editor', '--restricted-access'], 'long enough password\nsecond line ignored\n');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('ana\teditor\trestricted access');
    expect(added.stdout + added.stderr).not.toContain('long enough password');

    const issued = await users(db, ['token', 'ana']);
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^tok_[A-Za-z0-9_-]{40,}$/);

    const server = await startTestServer({ seedFile: FIXTURE, dbFile: db, env: { AUTH: 'accounts' } });
    try {
      expect((await login(server.url, 'ana', 'long enough password')).status).toBe(200);
      const script = clientWith(server.url, { authorization: `Bearer ${token}` });
      expect((await script.request('{ me { name role restrictedAccess } }')).data).toEqual({ me: { name: 'ana', role: 'EDITOR', restrictedAccess: true } });
    } finally {
      await server.close();
    }
  }, 120_000);

  it('lists, changes roles and grants, sets passwords, revokes tokens and disables accounts', async () => {
    const db = await tempDbFile();
    const server = await startTestServer({ seedFile: FIXTURE, dbFile: db, env: { AUTH: 'accounts' } });
    const store = await openSqliteStore(db);
    const accounts = new AccountService(store.accounts);
    const run = (args: string[], password = '') => runUsersCommand(accounts, args, async () => password);
    try {
      await run(['add', 'ana', '--role', 'editor'], 'long enough password');
      await run(['add', 'bo', '--role', 'viewer'], 'another long password');
      await expect(run(['add', 'cy', '--role', 'wizard'], 'a third long password')).rejects.toBeInstanceOf(UsageError);
      await expect(run(['set-role', 'bo'])).rejects.toBeInstanceOf(UsageError);
      await expect(run(['frobnicate'])).rejects.toBeInstanceOf(UsageError);
      await run(['set-role', 'bo', 'admin']);
      await run(['grant-restricted', 'ana']);
      await run(['revoke-restricted', 'ana']);
      await run(['grant-restricted', 'bo']);
      expect(await run(['list'])).toEqual(['ana\teditor', 'bo\tadmin\trestricted access']);

      const token = (await run(['token', 'ana'])).at(-1)!;
      const script = clientWith(server.url, { authorization: `Bearer ${token}` });
      expect((await script.request(STATS)).status).toBe(200);
      await run(['revoke-token', 'ana']);
      expect((await script.request(STATS)).status).toBe(401);

      const session = await login(server.url, 'bo', 'another long password');
      expect(session.status).toBe(200);
      await run(['password', 'bo'], 'a brand new password');
      // A new password signs the account out everywhere.
      expect((await clientWith(server.url, { cookie: session.headers.getSetCookie()[0]!.split(';')[0]! }).request(STATS)).status).toBe(401);
      expect((await login(server.url, 'bo', 'another long password')).status).toBe(401);
      expect((await login(server.url, 'bo', 'a brand new password')).status).toBe(200);

      const anaSession = await login(server.url, 'ana', 'long enough password');
      await run(['disable', 'ana']);
      expect((await clientWith(server.url, { cookie: anaSession.headers.getSetCookie()[0]!.split(';')[0]! }).request(STATS)).status).toBe(401);
      expect((await login(server.url, 'ana', 'long enough password')).status).toBe(401);
      await run(['enable', 'ana']);
      expect((await login(server.url, 'ana', 'long enough password')).status).toBe(200);
    } finally {
      await store.close();
      await server.close();
    }
  }, 120_000);
});
