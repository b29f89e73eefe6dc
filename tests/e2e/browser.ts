// What the browser suites share: a real server on a temporary SQLite file seeded with the real seed, Chromium driven
// by playwright-core, and a guard recording every request so a suite can prove the page spoke only to its server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import { loadConfig } from '../../server/src/config.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && process.env.CI) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI must not skip them.`);
}

export interface BrowserRig {
  server: RunningServer;
  browser: Browser;
  tmp: string;
  /** Every URL any page of any context requested. */
  requested: string[];
  pageErrors: string[];
  consoleErrors: string[];
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export interface RigOptions {
  /** Another bundle than the real seed, for suites that need a graph of a particular shape. */
  seedFile?: string;
  /** More server configuration, e.g. `AUTH: 'accounts'` for team mode. */
  env?: Record<string, string>;
  /** Runs on the database file before the server opens it (to create accounts, say). */
  beforeStart?: (dbFile: string) => Promise<void>;
}

export async function startBrowserRig(options: RigOptions = {}): Promise<BrowserRig> {
  if (!existsSync(path.join(ROOT, 'client/dist/index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(SHOTS, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'actornet-e2e-'));
  const dbFile = path.join(tmp, 'e2e.db');
  await options.beforeStart?.(dbFile);
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      SQLITE_PATH: dbFile,
      SEED_FILE: options.seedFile ?? path.join(ROOT, 'seeds/kazakhstan-2024.json'),
      LOG_LEVEL: 'warn',
      ...options.env,
    }),
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  return {
    server,
    browser,
    tmp,
    requested,
    pageErrors,
    consoleErrors,
    async newPage({ viewport = { width: 1440, height: 900 } } = {}) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('request', (r) => requested.push(r.url()));
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      return { context, page };
    },
    async gql<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
