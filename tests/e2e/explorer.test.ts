// Drives the built explorer in Chromium against a real server (SQLite file seeded with the real seed): search across
// scripts, add and expand, read evidence, add and retract a sourced relationship, find a path, export (redacted for
// publication by default), share a URL.
// A network guard fails the suite if the page requests anything from a host other than its own server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import { loadConfig } from '../../server/src/config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && process.env.CI) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI must not skip them.`);
}
if (!hasChromium) console.warn(`\n*** SKIPPING browser tests: ${CHROMIUM} is missing (apt-get install -y chromium) ***\n`);

interface Gql<T> {
  data: T;
}

describe.skipIf(!hasChromium)('explorer in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return ((await res.json()) as Gql<T>).data;
  };
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const drawn = async (which: 'nodes' | 'edges') =>
    Number(await page.getByTestId('canvas').getAttribute(which === 'nodes' ? 'data-visible-nodes' : 'data-visible-edges'));
  const outlineNodes = () => page.locator('[data-testid="outline-node"]');
  /** How many relationships the server knows among the entities on the canvas: what a complete canvas draws. */
  const edgesAmongShown = async (filter: Record<string, unknown> = {}) => {
    const ids = await outlineNodes().evaluateAll((els) => els.map((el) => el.getAttribute('data-id') as string));
    const data = await gql<{ edgesAmong: unknown[] }>(`query($ids: [ID!]!, $filter: EdgeFilter) { edgesAmong(ids: $ids, filter: $filter) { id } }`, { ids, filter });
    return data.edgesAmong.length;
  };
  /** Clicks an export button and returns the path of the file it downloaded. */
  const download = async (on: Page, testId: string): Promise<string> => {
    const [file] = await Promise.all([on.waitForEvent('download'), on.getByTestId(testId).click()]);
    const saved = path.join(tmp, `${Date.now()}-${(file as Download).suggestedFilename()}`);
    await file.saveAs(saved);
    expect(statSync(saved).size).toBeGreaterThan(1000);
    return saved;
  };

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'client/dist/index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
    }
    mkdirSync(SHOTS, { recursive: true });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'actornet-e2e-'));
    server = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        SQLITE_PATH: path.join(tmp, 'e2e.db'),
        SEED_FILE: path.join(ROOT, 'seeds/kazakhstan-2024.json'),
        LOG_LEVEL: 'warn',
      }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows an empty canvas with a hint to begin', async () => {
    await expect(page.getByTestId('empty-hint').textContent()).resolves.toContain('Search for an organization, person or event');
    await shot('01-empty');
  });

  it('finds an organization in Cyrillic and in Latin script', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('Народные');
    const cyrillic = page.locator('[data-testid="search-result"][data-entity-id="org-narodnye-sovety"]');
    await cyrillic.waitFor();
    await shot('02-search-cyrillic');
    await input.fill('narodnye');
    await page.locator('[data-testid="search-results"]').getByText('Narodnye Sovety', { exact: true }).waitFor();
    await expect(page.locator('[data-testid="search-result"][data-entity-id="org-narodnye-sovety"]').count()).resolves.toBe(1);
  });

  it('adds an entity with the keyboard and shows its details on click', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('Казахстанский союз');
    await page.locator('[data-testid="search-result"][data-entity-id="org-puk"]').waitFor();
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.locator('[data-testid="outline-node"][data-id="org-puk"]').waitFor({ state: 'attached' });
    await expect.poll(() => drawn('nodes')).toBe(1);
    await expect(page.getByTestId('empty-hint').count()).resolves.toBe(0);

    // A lone node sits in the middle of the canvas, and stays there when the details panel narrows the canvas.
    const box = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('entity-details').waitFor();
    await expect(page.getByTestId('details-title').textContent()).resolves.toBe("Parents' Union of Kazakhstan");
    await expect(page.getByTestId('aliases').textContent()).resolves.toContain('Казахстанский союз родителей');
  });

  it('expands a node on double-click and undoes/redoes the expansion', async () => {
    const box = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => outlineNodes().count()).toBeGreaterThan(10);
    await expect.poll(() => drawn('edges')).toBeGreaterThan(5);
    await page.locator('[data-testid="outline-node"][data-id="org-narodnye-sovety"]').waitFor({ state: 'attached' });
    await shot('03-expanded');
    const expanded = await outlineNodes().count();

    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => outlineNodes().count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => outlineNodes().count()).toBe(expanded);
  });

  it('opens an edge and lists every citation with source and locator', async () => {
    const expected = await gql<{ neighborhood: { edges: { id: string; type: string; to: { id: string }; citations: { locator: string | null; source: { title: string } }[] }[] } }>(
      `{ neighborhood(ids: ["org-puk"]) { edges { id type to { id } citations { locator source { title } } } } }`,
    );
    const contested = expected.neighborhood.edges.find((e) => e.type === 'AFFILIATED_WITH' && e.to.id === 'org-narodnye-sovety')!;
    await page.locator('[data-testid="outline"] summary').click();
    await page.locator(`[data-testid="outline-edge"][data-id="${contested.id}"]`).click();
    await page.getByTestId('edge-details').waitFor();
    await expect(page.getByTestId('edge-status').textContent()).resolves.toBe('contested');
    await expect(page.getByTestId('citation').count()).resolves.toBe(contested.citations.length);
    const text = await page.getByTestId('citations').textContent();
    for (const c of contested.citations) {
      expect(text).toContain(c.source.title);
      // A footnoted source is cited without a locator where the report gives none.
      if (c.locator) expect(text).toContain(c.locator);
    }
    expect(contested.citations.some((c) => c.locator)).toBe(true);
    await shot('04-edge-citations');
  });

  it('adds a relationship with a new source, shows server field errors, draws it, then retracts it', async () => {
    await expect.poll(async () => (await drawn('edges')) === (await edgesAmongShown())).toBe(true);
    await page.getByTestId('new-edge').click();
    await page.getByTestId('edge-from-search-input').fill('akimat');
    await page.locator('[data-testid="edge-from-search"] [data-entity-id="org-akimat"]').click();
    await page.getByTestId('edge-to-search-input').fill('narodnye');
    await page.locator('[data-testid="edge-to-search"] [data-entity-id="org-narodnye-sovety"]').click();
    await page.getByTestId('edge-type').selectOption('OPPOSED');
    await page.getByTestId('edge-valid-from').fill('2022');
    await page.getByTestId('edge-valid-to').fill('2022-13');
    await page.getByTestId('edge-confidence-input').selectOption('ALLEGED');

    // No citation yet and a bad date: the server names both fields.
    await page.getByTestId('save-edge').click();
    await expect(page.getByTestId('error-validTo').textContent()).resolves.toMatch(/date/);
    await expect(page.getByTestId('error-citations').textContent()).resolves.toMatch(/citation/);

    await page.getByTestId('edge-valid-to').fill('2022-12');
    await page.getByTestId('create-source').click();
    await page.getByTestId('source-title').fill('Browser test source on the Akimat');
    await page.getByTestId('source-url').fill('https://example.org/akimat-report');
    await page.getByTestId('source-publisher').fill('Test Desk');
    await page.getByTestId('citation-locator-input').fill('p. 7');
    await shot('05-new-edge-form');
    await page.getByTestId('save-edge').click();

    await page.getByTestId('edge-details').waitFor();
    await expect(page.getByTestId('details-title').textContent()).resolves.toContain('opposed');
    await expect(page.getByTestId('citations').textContent()).resolves.toContain('Browser test source on the Akimat');
    await expect(page.getByTestId('citation-link').first().getAttribute('rel')).resolves.toBe('noopener noreferrer');
    // The new relationship is drawn, and so is every other one between the Akimat (new on the canvas) and the rest.
    await expect.poll(async () => (await drawn('edges')) === (await edgesAmongShown())).toBe(true);
    const edgesWith = await drawn('edges');

    await page.getByTestId('retract').click();
    await page.getByTestId('retract-reason').fill('Entered against the wrong organization');
    await page.getByTestId('confirm-retract').click();
    await expect.poll(() => page.getByTestId('edge-status').textContent()).toBe('retracted');
    await expect(page.getByTestId('retracted-reason').textContent()).resolves.toBe('Entered against the wrong organization');
    // Retracted relationships are hidden by the default filter, and shown again when asked for.
    await expect.poll(() => drawn('edges')).toBe(edgesWith - 1);
    await page.getByTestId('filter-retracted').check();
    await expect.poll(() => drawn('edges')).toBe(edgesWith);
    await shot('06-retracted');
    await page.getByTestId('filter-retracted').uncheck();
  });

  it('finds the paths from the PUK to the Akimat and lists the evidence chain', async () => {
    await page.getByTestId('path-from-search-input').fill('parents union');
    await page.locator('[data-testid="path-from-search"] [data-entity-id="org-puk"]').click();
    await page.getByTestId('path-to-search-input').fill('akimat');
    await page.locator('[data-testid="path-to-search"] [data-entity-id="org-akimat"]').click();
    await page.getByTestId('find-paths').click();
    await page.getByTestId('paths').waitFor();
    expect(await page.getByTestId('path').count()).toBeGreaterThan(0);
    const firstPath = page.getByTestId('path').first();
    const hops = await firstPath.getByTestId('hop').count();
    expect(hops).toBeGreaterThan(0);
    expect(await firstPath.getByTestId('citation').count()).toBeGreaterThanOrEqual(hops);
    await expect(firstPath.textContent()).resolves.toContain('Akimat');
    await page.locator('[data-testid="outline-node"][data-id="org-akimat"]').waitFor({ state: 'attached' });
    await shot('07-path');
  });

  it('exports PNG and SVG with the legend and the cited sources, and the view as JSON', async () => {
    const save = (testId: string) => download(page, testId);
    const png = readFileSync(await save('export-png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = readFileSync(await save('export-svg'), 'utf8');
    expect(svg).toContain('Legend');
    expect(svg).toContain('Organization');
    expect(svg).toContain('Contested');
    const paths = await gql<{ paths: { edges: { citations: { source: { title: string } }[] }[] }[] }>(
      `{ paths(from: "org-puk", to: "org-akimat", maxHops: 4) { edges { citations { source { title } } } } }`,
    );
    const title = paths.paths[0]!.edges[0]!.citations[0]!.source.title;
    const escaped = title.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
    expect(svg).toContain(escaped.slice(0, 50));
    expect(svg).toMatch(/>\[1\] /);
    const json = JSON.parse(readFileSync(await save('export-json'), 'utf8')) as { nodes: unknown[]; edges: unknown[]; sources: { title: string }[] };
    expect(json.nodes.length).toBe(await drawn('nodes'));
    expect(json.sources.map((s) => s.title)).toContain(title);
  });

  it('restores the same view from its URL', async () => {
    const nodes = await outlineNodes().count();
    const url = page.url();
    expect(url).toContain('n=org-puk');
    const fresh = await page.context().newPage();
    fresh.on('request', (r) => requested.push(r.url()));
    await fresh.goto(url);
    await expect.poll(() => fresh.locator('[data-testid="outline-node"]').count()).toBe(nodes);
    await expect.poll(async () => Number(await fresh.getByTestId('canvas').getAttribute('data-visible-nodes'))).toBe(nodes);
    // The selected relationship is retracted, so the canvas filters it out; the panel still fetches and shows it.
    await expect.poll(() => fresh.getByTestId('edge-status').textContent()).toBe('retracted');
    await fresh.waitForTimeout(1500); // let the layout settle before the screenshot
    await fresh.screenshot({ path: path.join(SHOTS, '08-restored-from-url.png') });
    await fresh.close();
  });

  it('redacts a restricted person and source from exports unless the user unticks the box', async () => {
    const person = 'Aigerim Testova';
    const seed = JSON.parse(readFileSync(path.join(ROOT, 'seeds/kazakhstan-2024.json'), 'utf8')) as { sources: { id: string; title: string }[] };
    const restrictedSource = seed.sources.find((s) => s.id === 'src-fn13-instagram-post')!.title;
    const { createEntity } = await gql<{ createEntity: { id: string } }>(
      `mutation ($input: EntityInput!) { createEntity(input: $input) { id } }`,
      { input: { kind: 'PERSON', name: person, description: `${person} was sued by the PUK`, startDate: '1991', sensitivity: 'RESTRICTED' } },
    );
    const { addEdge } = await gql<{ addEdge: { id: string } }>(
      `mutation ($input: EdgeInput!) { addEdge(input: $input) { id } }`,
      {
        input: {
          type: 'SUED',
          from: 'org-puk',
          to: createEntity.id,
          confidence: 'REPORTED',
          note: `Sued ${person} for defamation`,
          citations: [{ sourceId: 'src-fn13-instagram-post', locator: 'post by Testova', quote: `${person} wrote about the PUK` }],
        },
      },
    );
    expect(addEdge.id).toBeTruthy();

    const fresh = await page.context().newPage();
    fresh.on('request', (r) => requested.push(r.url()));
    fresh.on('pageerror', (e) => pageErrors.push(e.message));
    await fresh.goto(`${server.url}/?n=org-puk,${createEntity.id},person-at-risk-1`);
    await expect.poll(async () => Number(await fresh.getByTestId('canvas').getAttribute('data-visible-edges'))).toBeGreaterThanOrEqual(2);
    await expect(fresh.getByTestId('export-redact').isChecked()).resolves.toBe(true);
    await fresh.waitForTimeout(1500); // let the layout settle before the screenshot

    const png = readFileSync(await download(fresh, 'export-png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = readFileSync(await download(fresh, 'export-svg'), 'utf8');
    const json = readFileSync(await download(fresh, 'export-json'), 'utf8');
    // The server redacts what the export reads (X-Actornet-Audience: public); the sheet lists a withheld source as such.
    expect(svg).toContain('[restricted source]');
    for (const text of [svg, json]) {
      expect(text).toContain('[restricted]');
      expect(text).not.toContain(person);
      expect(text).not.toContain('Testova');
      expect(text).not.toContain(restrictedSource);
      expect(text).not.toContain('instagram.com');
    }
    // The canvas still names them after a redacted export; the exported sheet does not.
    await fresh.getByTestId('export').scrollIntoViewIfNeeded();
    await fresh.screenshot({ path: path.join(SHOTS, '09-export-redaction.png') });
    const sheet = await page.context().newPage();
    await sheet.setContent(svg.replace(/<\?xml[^>]*\?>/, ''));
    await sheet.screenshot({ path: path.join(SHOTS, '10-redacted-svg-export.png'), fullPage: true });
    await sheet.close();
    const doc = JSON.parse(json) as { nodes: { id: string; name: string }[]; edges: { id: string; note: string | null }[] };
    expect(doc.nodes.find((n) => n.id === 'person-at-risk-1')?.name).toBe('[restricted]');
    expect(doc.edges.find((e) => e.id === addEdge.id)?.note).toBe('[restricted]');

    // Unticked, the export shows everything; that it shows the name also proves the canvas got its labels back.
    await fresh.getByTestId('export-redact').uncheck();
    const full = readFileSync(await download(fresh, 'export-svg'), 'utf8');
    expect(full).toContain(person);
    expect(full).toContain(restrictedSource);
    expect(full).not.toContain('[restricted]');
    await fresh.close();
  });

  it('requested nothing from any host but its own server, and threw no page errors', () => {
    const origin = new URL(server.url).host;
    const foreign = requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== origin);
    expect(requested.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
