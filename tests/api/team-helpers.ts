// A team-mode server (AUTH=accounts) for HTTP tests, with accounts created through the same service the
// `npm run users` command uses, and a small client that signs in and keeps its session cookie.
import http from 'node:http';
import { AccountService, OPERATOR } from '../../server/src/domain/account-service.ts';
import type { Role } from '../../server/src/domain/accounts.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { startTestServer, tempDbFile, type GraphQLResponse, type TestServer } from './helpers.ts';

export const PASSWORD = 'a long team password';

export interface TeamAccount {
  name: string;
  role: Role;
  restrictedAccess?: boolean;
}

export async function createAccounts(dbFile: string, accounts: TeamAccount[]): Promise<void> {
  const store = await openSqliteStore(dbFile);
  try {
    const service = new AccountService(store.accounts);
    for (const a of accounts) await service.create(OPERATOR, { ...a, restrictedAccess: a.restrictedAccess ?? false, password: PASSWORD });
  } finally {
    await store.close();
  }
}

export async function startTeamServer(options: { seedFile: string; accounts: TeamAccount[]; env?: Record<string, string> }): Promise<TestServer> {
  const dbFile = await tempDbFile();
  await createAccounts(dbFile, options.accounts);
  return startTestServer({ seedFile: options.seedFile, dbFile, env: { AUTH: 'accounts', ...options.env } });
}

export async function login(url: string, username: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('actornet_session='));
  if (!cookie) throw new Error(`No session cookie (HTTP ${response.status})`);
  return cookie.split(';')[0] as string;
}

export interface Client {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The raw response text, for scanning every byte. */
  text(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<string>;
  headers: Record<string, string>;
}

export function clientWith(url: string, headers: Record<string, string>): Client {
  const post = (query: string, variables?: Record<string, unknown>, extra: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...extra },
      body: JSON.stringify({ query, variables }),
    });
  return {
    headers,
    request: async (query, variables, extra) => {
      const response = await post(query, variables, extra);
      const body = (await response.json()) as Record<string, unknown>;
      return { status: response.status, headers: response.headers, ...body } as never;
    },
    text: async (query, variables, extra) => (await post(query, variables, extra)).text(),
  };
}

export async function signIn(url: string, username: string): Promise<Client> {
  const response = await login(url, username, PASSWORD);
  if (response.status !== 200) throw new Error(`Sign-in of ${username} failed: HTTP ${response.status}`);
  return clientWith(url, { cookie: sessionCookieOf(response) });
}

/** A raw HTTP request with any Host header (fetch does not let a caller choose Host). */
export function rawRequest(url: string, options: { method: string; path: string; host: string; body?: string }): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        method: options.method,
        path: options.path,
        headers: { host: options.host, 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
