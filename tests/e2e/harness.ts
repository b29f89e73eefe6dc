// What a browser test file needs: the built client served by a real server on a fresh SQLite file seeded with the
// real seed, Chromium driven by playwright-core, a GraphQL helper for looking the seed up by name, screenshots, and
// an axe-core check injected from node_modules (no CDN).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import { loadConfig } from '../../server/src/config.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && process.env.CI) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI must not skip them.`);
}
if (!hasChromium) console.warn(`\n*** SKIPPING browser tests: ${CHROMIUM} is missing (apt-get install -y chromium) ***\n`);

export interface Session {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Every URL any page of the session requested. */
  requested: string[];
  pageErrors: string[];
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  shot(name: string, on?: Page): Promise<void>;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  if (!existsSync(path.join(ROOT, 'client/dist/index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(SHOTS, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'actornet-e2e-'));
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      SQLITE_PATH: path.join(tmp, 'e2e.db'),
      SEED_FILE: path.join(ROOT, 'seeds/kazakhstan-2024.json'),
      LOG_LEVEL: 'warn',
    }),
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // bypassCSP lets the test inject axe-core into a page whose policy (rightly) forbids any script but its own.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const requested: string[] = [];
  const pageErrors: string[] = [];
  context.on('page', (p) => {
    p.on('request', (r) => requested.push(r.url()));
    p.on('pageerror', (e) => pageErrors.push(e.message));
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  await page.goto(server.url);
  return {
    server,
    browser,
    page,
    requested,
    pageErrors,
    async gql<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data: T; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    },
    async shot(name, on = page) {
      await on.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // The canvas draws on a <canvas>; its text is not in the DOM for axe to judge, so its contrast is checked by eye.
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
}
