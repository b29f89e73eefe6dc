// GraphiQL at /explorer, in Chromium against a real server: it loads from this server alone (editor workers included,
// under the server's Content-Security-Policy), runs a query, and its docs explorer reads the schema by introspection.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import { loadConfig } from '../../server/src/config.ts';
import { foreignRequests, hasChromium, launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');

describe.skipIf(!hasChromium)('GraphiQL at /explorer', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const requested: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'client/dist/explorer.html'))) {
      throw new Error('client/dist/explorer.html is missing: run `npm run build` first (npm test does).');
    }
    mkdirSync(SHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'actornet-graphiql-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        SQLITE_PATH: path.join(tmp, 'graphiql.db'),
        SEED_FILE: path.join(ROOT, 'seeds/kazakhstan-2024.json'),
        LOG_LEVEL: 'warn',
      }),
    );
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // A Content-Security-Policy refusal is reported on the console, not as a page error.
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(`${server.url}/explorer`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('renders GraphiQL with its editors', async () => {
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  });

  it('runs the example query against /graphql and shows the answer', async () => {
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('query Search') === true);
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;
    const body = (await response.json()) as { data: { search: { id: string }[] } };
    expect(body.data.search.map((e) => e.id)).toContain('org-narodnye-sovety');
    await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('org-narodnye-sovety');
    await page.screenshot({ path: path.join(SHOTS, 'graphiql-query.png') });
  });

  it('lists the schema in the docs explorer', async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.innerText()).toContain('neighborhood');
    await page.screenshot({ path: path.join(SHOTS, 'graphiql-docs.png') });
  });

  it('requested nothing from any host but its own server, with no errors or policy refusals', () => {
    expect(requested.some((u) => u.includes('.worker'))).toBe(true);
    expect(foreignRequests(requested, server.url)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
