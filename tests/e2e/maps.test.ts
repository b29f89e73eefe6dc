// Saved maps in Chromium: build a view, save it as a map with a caption and a note, reopen /maps/<id> in a fresh
// browser context and find every node within 1 px of where it was saved, then rename, duplicate, delete and restore.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, hasChromium, startBrowserRig, type BrowserRig } from './browser.ts';

if (!hasChromium) console.warn('\n*** SKIPPING map browser tests: Chromium is missing (apt-get install -y chromium) ***\n');

interface Placed {
  id: string;
  x: number;
  y: number;
}
const MAP_POSITIONS = 'query($id: ID!) { map(id: $id) { id title caption deletedAt entities { id x y } annotations { text target targetId } } }';

describe.skipIf(!hasChromium)('saved maps in Chromium', () => {
  let rig: BrowserRig;
  let page: Page;
  let mapId = '';
  let saved: Placed[] = [];

  const drawn = async (on: Page) => Number(await on.getByTestId('canvas').getAttribute('data-visible-nodes'));
  const mapIdOf = (on: Page) => /\/maps\/([A-Za-z0-9_-]+)/.exec(new URL(on.url()).pathname)?.[1] ?? '';

  beforeAll(async () => {
    rig = await startBrowserRig();
    ({ page } = await rig.newPage());
    await page.goto(rig.server.url);
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('saves the current view as a map with its positions, caption and a note', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('PUK');
    await page.locator('[data-testid="search-result"][data-entity-id="org-puk"]').click();
    await expect.poll(() => drawn(page)).toBe(1);
    const box = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => drawn(page)).toBeGreaterThan(10);
    // Let the layout settle so the saved positions are the final ones.
    await page.waitForTimeout(1500);

    await page.getByTestId('map-title').fill('PUK network');
    await page.getByTestId('map-caption').fill('The Parents’ Union and its allies, as documented in the submission.');
    // With nothing selected, a note is pinned to the map itself.
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.getByTestId('map-note').fill('Compiled from the EL*C and Feminita report');
    await page.getByTestId('map-add-note').click();
    await page.getByTestId('map-save').click();
    await expect.poll(() => mapIdOf(page)).not.toBe('');
    mapId = mapIdOf(page);
    await page.locator(`[data-testid="map-item"][data-map-id="${mapId}"]`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'maps-01-saved.png') });

    const { map } = await rig.gql<{ map: { title: string; caption: string; entities: Placed[]; annotations: { text: string; target: string }[] } }>(MAP_POSITIONS, { id: mapId });
    expect(map.title).toBe('PUK network');
    expect(map.caption).toContain('Parents’ Union');
    expect(map.annotations).toEqual([{ text: 'Compiled from the EL*C and Feminita report', target: 'MAP', targetId: null }]);
    expect(map.entities.length).toBe(await drawn(page));
    saved = map.entities;
  });

  it('reopens /maps/<id> in a new browser context with every node within 1 px of its saved position', async () => {
    const { context, page: fresh } = await rig.newPage();
    await fresh.goto(`${rig.server.url}/maps/${mapId}`);
    await expect.poll(() => drawn(fresh)).toBe(saved.length);
    await expect.poll(() => fresh.getByTestId('map-title').inputValue()).toBe('PUK network');
    await expect.poll(() => fresh.getByTestId('map-notes').textContent()).toContain('Compiled from the EL*C and Feminita report');
    // Wait long enough that a layout, had one started, would have moved nodes.
    await fresh.waitForTimeout(1500);
    await fresh.screenshot({ path: path.join(SHOTS, 'maps-02-reopened.png') });

    // The page saves what its canvas holds: its copy's positions are the reopened positions.
    await fresh.getByTestId('map-title').fill('PUK network, reopened');
    await fresh.getByTestId('map-save').click();
    await expect.poll(() => mapIdOf(fresh)).not.toBe(mapId);
    const { map: copy } = await rig.gql<{ map: { entities: Placed[] } }>(MAP_POSITIONS, { id: mapIdOf(fresh) });
    expect(copy.entities.map((e) => e.id).sort()).toEqual(saved.map((e) => e.id).sort());
    const at = new Map(copy.entities.map((e) => [e.id, e]));
    for (const e of saved) {
      const p = at.get(e.id)!;
      expect(Math.hypot(p.x - e.x, p.y - e.y), e.id).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  it('renames, duplicates, deletes and restores from the list', async () => {
    await page.reload();
    const item = page.locator(`[data-testid="map-item"][data-map-id="${mapId}"]`);
    await item.getByTestId('map-rename').click();
    await item.getByTestId('map-rename-input').fill('PUK network (final)');
    await item.getByTestId('map-rename-save').click();
    await expect.poll(async () => (await rig.gql<{ map: { title: string } }>(MAP_POSITIONS, { id: mapId })).map.title).toBe('PUK network (final)');

    const before = await page.getByTestId('map-item').count();
    await item.getByTestId('map-duplicate').click();
    await expect.poll(() => page.getByTestId('map-item').count()).toBe(before + 1);
    await page.getByTestId('map-list').getByText('PUK network (final) (copy)').waitFor();

    await item.getByTestId('map-delete').click();
    await expect.poll(() => page.locator(`[data-testid="map-item"][data-map-id="${mapId}"]`).count()).toBe(0);
    await page.getByTestId('map-show-deleted').check();
    await item.getByTestId('map-restore').click();
    await expect.poll(async () => (await rig.gql<{ map: { deletedAt: string | null } }>(MAP_POSITIONS, { id: mapId })).map.deletedAt).toBeNull();
    await page.getByTestId('maps').screenshot({ path: path.join(SHOTS, 'maps-03-list.png') });
  });

  it('spoke to no host but its own server and raised no page errors', () => {
    const own = new URL(rig.server.url).host;
    expect(rig.requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== own)).toEqual([]);
    expect(rig.pageErrors).toEqual([]);
  });
});
