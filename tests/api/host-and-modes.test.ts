// The boundary of both modes: a foreign Host header is refused before anything is read or written (DNS rebinding),
// local mode never binds beyond loopback, and a team server with no account says how to create the first admin.
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../server/src/app/logger.ts';
import { FIRST_ADMIN_COMMAND, startServer } from '../../server/src/app/server.ts';
import { ConfigError, loadConfig } from '../../server/src/config.ts';
import { FIXTURE, STATS, removeTempDirs, startTestServer, tempDbFile } from './helpers.ts';
import { PASSWORD, rawRequest, startTeamServer } from './team-helpers.ts';

afterAll(removeTempDirs);

const CREATE = JSON.stringify({ query: 'mutation { createEntity(input: { kind: ORGANIZATION, name: "Rebound" }) { id } }' });

describe('Host header check', () => {
  it('refuses a foreign Host with 421 on every route in local mode, and writes nothing', async () => {
    const server = await startTestServer({ seedFile: FIXTURE });
    try {
      const before = await server.query(STATS);
      for (const [method, path, body] of [
        ['POST', '/graphql', CREATE],
        ['GET', '/', undefined],
        ['GET', '/healthz', undefined],
        ['GET', '/explorer', undefined],
      ] as const) {
        const response = await rawRequest(server.url, { method, path, host: 'attacker.example:4000', body });
        expect(response.status, `${method} ${path}`).toBe(421);
        expect(response.body).not.toContain('Rebound');
      }
      expect(await server.query(STATS)).toEqual(before);
      for (const host of ['127.0.0.1', 'localhost:4000', '[::1]:4000']) {
        expect((await rawRequest(server.url, { method: 'GET', path: '/healthz', host })).status, host).toBe(200);
      }
    } finally {
      await server.close();
    }
  });

  it('answers the names in ALLOWED_HOSTS and PUBLIC_URL, and refuses sign-in from a foreign Host in team mode', async () => {
    const server = await startTeamServer({
      seedFile: FIXTURE,
      accounts: [{ name: 'admin', role: 'admin', restrictedAccess: true }],
      env: { ALLOWED_HOSTS: 'actornet.lan, team.example:8443', PUBLIC_URL: 'https://actornet.example.org' },
    });
    try {
      for (const host of ['actornet.lan', 'TEAM.example:8443', 'actornet.example.org']) {
        expect((await rawRequest(server.url, { method: 'GET', path: '/healthz', host })).status, host).toBe(200);
      }
      const login = JSON.stringify({ username: 'admin', password: PASSWORD });
      const refused = await rawRequest(server.url, { method: 'POST', path: '/auth/login', host: 'evil.example', body: login });
      expect(refused.status).toBe(421);
      expect((await rawRequest(server.url, { method: 'POST', path: '/auth/login', host: 'actornet.lan', body: login })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('modes', () => {
  it('refuses AUTH=none on a non-loopback HOST, saying to set AUTH=accounts', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'actornet.lan']) {
      expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST: host })).toThrow(/set AUTH=accounts/);
      expect(loadConfig({ HOST: host, AUTH: 'accounts' }).auth).toBe('accounts');
    }
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(loadConfig({ HOST: host }).auth).toBe('none');
    expect(loadConfig({}).sessionIdleMs).toBe(8 * 3600 * 1000);
    expect(loadConfig({ HOST: '::1' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(loadConfig({ HOST: 'fd00::5', AUTH: 'accounts', ALLOWED_HOSTS: 'A.example:8443' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1', 'fd00::5', 'a.example']);
    expect(() => loadConfig({ SESSION_IDLE: 'forever' })).toThrow(/SESSION_IDLE/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x.example' })).toThrow(/PUBLIC_URL/);
  });

  it('does not start with HOST=0.0.0.0 and no AUTH=accounts', async () => {
    const { AUTH: _auth, ...inherited } = process.env;
    const child = spawn(process.execPath, ['server/launch/start.mjs'], {
      env: { ...inherited, HOST: '0.0.0.0', PORT: '0', SQLITE_PATH: await tempDbFile(), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('HOST');
    expect(stderr).toContain('set AUTH=accounts');
  }, 30_000);

  it('tells the operator of a team server with no account the command that creates the first admin', async () => {
    const lines: string[] = [];
    const logger: Logger = { debug: () => undefined, info: () => undefined, warn: (m) => lines.push(m), error: (m) => lines.push(m) };
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', SQLITE_PATH: await tempDbFile(), SEED_FILE: FIXTURE, AUTH: 'accounts' });
    const server = await startServer(config, { logger });
    try {
      expect(lines.join('\n')).toContain(FIRST_ADMIN_COMMAND);
      expect(FIRST_ADMIN_COMMAND).toBe('npm run users -- add NAME --role admin --restricted-access');
      expect((await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: STATS }) })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('answers me with null in local mode, where the local user has every right', async () => {
    const server = await startTestServer({ seedFile: FIXTURE });
    try {
      expect(await server.query('{ me { name } }')).toEqual({ me: null });
      expect((await server.query('{ entity(id: "person-at-risk-1") { name } }')).entity.name).toBe('R.');
      const preview = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-actornet-audience': 'public' },
        body: JSON.stringify({ query: '{ entity(id: "person-at-risk-1") { name redacted } }' }),
      });
      expect(((await preview.json()) as { data: unknown }).data).toEqual({ entity: { name: '[restricted]', redacted: true } });
      expect((await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
