// GraphiQL at /explorer, in Chromium against a real server: it loads from this server alone (editor workers included,
// under the server's Content-Security-Policy), runs a query, and its docs explorer reads the schema by introspection.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHOTS, hasChromium, startBrowserRig, type BrowserRig } from './browser.ts';

describe.skipIf(!hasChromium)('GraphiQL at /explorer', () => {
  let rig: BrowserRig;
  let page: Page;

  beforeAll(async () => {
    rig = await startBrowserRig();
    if (!existsSync(path.join(ROOT, 'client/dist/explorer.html'))) {
      throw new Error('client/dist/explorer.html is missing: run `npm run build` first (npm test does).');
    }
    ({ page } = await rig.newPage());
    page.setDefaultTimeout(15_000);
    await page.goto(`${rig.server.url}/explorer`);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('renders GraphiQL with its editors', async () => {
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  });

  it('runs the example query against /graphql and shows the answer', async () => {
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('query Search') === true);
    await page.locator('.graphiql-execute-button').click();
    const body = (await (await answered).json()) as { data: { search: { id: string }[] } };
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
    const origin = new URL(rig.server.url).host;
    const foreign = rig.requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== origin);
    expect(rig.requested.some((u) => u.includes('.worker'))).toBe(true);
    expect(foreign).toEqual([]);
    // A Content-Security-Policy refusal is reported on the console, not as a page error.
    expect(rig.consoleErrors).toEqual([]);
    expect(rig.pageErrors).toEqual([]);
  });
});
