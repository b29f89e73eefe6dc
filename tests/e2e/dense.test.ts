// A dense view in Chromium: 100 entities with thousands of relationships among them, from a generated graph (the
// benchmark's generator) served by a real server. The canvas draws a bounded number of relationships, says how many of
// how many, draws them all on request, and exports every relationship of the view whatever it draws.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_BUDGET } from '../../client/src/graph/edge-budget.ts';
import { generateGraph } from '../bench/generate-graph.ts';
import { hasChromium, SHOTS, startBrowserRig, type BrowserRig } from './browser.ts';

const VIEW = 100;

describe.skipIf(!hasChromium)('dense view in Chromium', () => {
  let rig: BrowserRig;
  let page: Page;
  let dir: string;
  let ids: string[];

  const count = async (attr: string) => Number(await page.getByTestId('canvas').getAttribute(attr));
  const among = async () =>
    (await rig.gql<{ edgesAmong: { id: string }[] }>(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { id } }`, { ids })).edgesAmong.length;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'actornet-e2e-dense-'));
    const graph = generateGraph({ entities: 200, edges: 9000, seed: 7 });
    const edges = [...graph.edgeBatches(graph.edgeCount)].flat();
    const degree = new Map<string, number>();
    for (const e of edges) for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    ids = [...degree].sort((a, b) => b[1] - a[1]).slice(0, VIEW).map(([id]) => id);
    const seedFile = path.join(dir, 'dense.json');
    writeFileSync(seedFile, JSON.stringify({ meta: graph.meta, sources: graph.sources, entities: graph.entities, edges }));
    rig = await startBrowserRig({ seedFile });
    ({ page } = await rig.newPage());
    page.setDefaultTimeout(30_000);
  }, 120_000);

  afterAll(async () => {
    await rig?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws at most the budget of relationships and says how many of how many', async () => {
    const total = await among();
    expect(total).toBeGreaterThan(EDGE_BUDGET);
    await page.goto(`${rig.server.url}/?n=${ids.join(',')}`);
    await expect.poll(() => count('data-visible-nodes'), { timeout: 30_000 }).toBe(VIEW);
    await expect.poll(() => count('data-visible-edges'), { timeout: 30_000 }).toBe(EDGE_BUDGET);
    expect(await count('data-thinned-edges')).toBe(total - EDGE_BUDGET);
    await expect.poll(() => page.getByTestId('edge-budget').textContent()).toContain(`Showing ${EDGE_BUDGET.toLocaleString('en')} of ${total.toLocaleString('en')} relationships`);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(SHOTS, 'dense-01-budget.png') });
  }, 90_000);

  it('exports every relationship of the view, drawn or not', async () => {
    const total = await among();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const saved = path.join(dir, 'view.json');
    await file.saveAs(saved);
    const json = JSON.parse(readFileSync(saved, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(VIEW);
    expect(json.edges).toHaveLength(total);
  }, 60_000);

  it('draws every relationship on request, and fewer again', async () => {
    const total = await among();
    await page.getByTestId('edge-budget-all').click();
    await expect.poll(() => count('data-visible-edges'), { timeout: 30_000 }).toBe(total);
    expect(await count('data-thinned-edges')).toBe(0);
    await expect.poll(() => page.getByTestId('edge-budget').textContent()).toContain(`Showing all ${total.toLocaleString('en')} relationships`);
    await page.getByTestId('edge-budget-fewer').click();
    await expect.poll(() => count('data-visible-edges'), { timeout: 30_000 }).toBe(EDGE_BUDGET);
    expect(rig.pageErrors).toEqual([]);
    expect(rig.requested.every((url) => url.startsWith(rig.server.url))).toBe(true);
  }, 90_000);
});
