// Team mode in Chromium against a real server: the sign-in page on 401, who is signed in, "Preview as public"
// switching every read to the redacted view (the header rides on every request), sign-out ending the session on the
// server, and a viewer who sees no write controls.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, createAccounts } from '../api/team-helpers.ts';
import { SHOTS, hasChromium, startBrowserRig, type BrowserRig } from './browser.ts';

describe.skipIf(!hasChromium)('sign-in, sign-out and Preview as public in Chromium', () => {
  let rig: BrowserRig;
  let context: BrowserContext;
  let page: Page;
  // Each request with the audience header it carried, so a test can see "Preview as public" ride on every read.
  const requested: { url: string; audience: string | undefined }[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  const signInAs = async (name: string, password = PASSWORD) => {
    await page.getByTestId('sign-in-form').waitFor();
    await page.locator('input[name="username"]').fill(name);
    await page.locator('input[name="password"]').fill(password);
    await page.getByTestId('sign-in').click();
  };
  const openDetailsOfOnlyNode = async () => {
    await page.locator('[data-testid="outline-node"]').first().waitFor({ state: 'attached' });
    const box = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('entity-details').waitFor();
    return page.getByTestId('details-title').textContent();
  };
  const searchIds = async (text: string) => {
    await page.getByTestId('search-input').fill(text);
    await page.getByTestId('search-results').or(page.getByText('No matches')).first().waitFor().catch(() => undefined);
    await page.waitForTimeout(600);
    return page.locator('[data-testid="search-result"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')));
  };

  beforeAll(async () => {
    rig = await startBrowserRig({
      env: { AUTH: 'accounts' },
      beforeStart: (dbFile) =>
        createAccounts(dbFile, [
          { name: 'trusted', role: 'admin', restrictedAccess: true },
          { name: 'reader', role: 'viewer' },
        ]),
    });
    ({ context, page } = await rig.newPage());
    page.on('request', (r) => requested.push({ url: r.url(), audience: r.headers()['x-actornet-audience'] }));
    await page.goto(rig.server.url);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('shows the sign-in page to a visitor without a session, and one message for a wrong password', async () => {
    await page.getByTestId('sign-in-form').waitFor();
    await expect(page.getByTestId('search-input').count()).resolves.toBe(0);
    await shot('access-01-sign-in');
    await signInAs('trusted', 'not the right password');
    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toMatch(/account name or password is not right/);
  });

  it('signs in and says who is signed in', async () => {
    await signInAs('trusted');
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('trusted · admin · restricted access');
    await expect(page.getByTestId('new-entity').count()).resolves.toBe(1);
    expect(await searchIds('R.')).toContain('person-at-risk-1');
    await page.locator('[data-testid="search-result"][data-entity-id="person-at-risk-1"]').click();
    await expect(openDetailsOfOnlyNode()).resolves.toBe('R.');
    await shot('access-02-signed-in');
  });

  it('lets an admin manage accounts in the page', async () => {
    await page.getByTestId('manage-accounts').click();
    await page.getByTestId('account-reader').waitFor();
    await expect(page.getByTestId('account-trusted').count()).resolves.toBe(1);
    await shot('access-03-accounts');
    await page.getByTestId('accounts-panel').getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('switches every read to the public view with "Preview as public", and back', async () => {
    const before = requested.length;
    await page.getByTestId('preview-public').check();
    await page.getByTestId('preview-banner').waitFor();
    await expect(openDetailsOfOnlyNode()).resolves.toBe('Restricted entity');
    expect(await searchIds('R.')).not.toContain('person-at-risk-1');
    await shot('access-04-preview-public');
    const reads = requested.slice(before).filter((r) => r.url.endsWith('/graphql'));
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((r) => r.audience === 'public')).toBe(true);

    await page.getByTestId('preview-public').uncheck();
    await page.getByTestId('signed-in-as').waitFor();
    await expect(page.getByTestId('preview-banner').count()).resolves.toBe(0);
    await expect(openDetailsOfOnlyNode()).resolves.toBe('R.');
  });

  it('signs out, ending the session on the server', async () => {
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'actornet_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-form').waitFor();
    const replay = await fetch(`${rig.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `actornet_session=${session!.value}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(replay.status).toBe(401);
  });

  it('shows a viewer the redacted graph with no write controls and no preview switch', async () => {
    await signInAs('reader');
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('reader · viewer');
    await expect(page.getByTestId('new-entity').count()).resolves.toBe(0);
    await expect(page.getByTestId('new-edge').count()).resolves.toBe(0);
    await expect(page.getByTestId('preview-public').count()).resolves.toBe(0);
    await expect(page.getByTestId('manage-accounts').count()).resolves.toBe(0);
    expect(await searchIds('R.')).not.toContain('person-at-risk-1');
    await shot('access-05-viewer');
  });

  it('made no request to any other host and raised no page error', () => {
    const origin = new URL(rig.server.url).origin;
    expect(requested.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'))).toEqual([]);
    expect(rig.pageErrors).toEqual([]);
  });
});
