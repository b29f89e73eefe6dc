// Saved maps, exports and imports in Chromium: build a view, save it as a map with a caption and a note, reopen
// /maps/<id> in a fresh browser context and find every node within 1 px of where it was saved, download the map in the
// server's formats, rename, duplicate, delete and restore it, and import a CSV bundle after its preview.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, hasChromium, startBrowserRig, type BrowserRig } from './browser.ts';

const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPoppler && process.env.CI) throw new Error('The PDF checks need poppler-utils (apt-get install -y poppler-utils)');

if (!hasChromium) console.warn('\n*** SKIPPING map browser tests: Chromium is missing (apt-get install -y chromium) ***\n');

interface Placed {
  id: string;
  x: number;
  y: number;
}
/** The machine is shared: give the page time, rather than vitest's default second, to reach each state. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
const ENTITY_NOTE = 'Founded by parents; led the 2022 rallies';
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
    await poll(() => drawn(page)).toBe(1);
    // Expand from the details panel: a double-click on the canvas would race the zoom that centres a lone node.
    await page.locator('[data-testid="outline"] summary').click();
    await page.locator('[data-testid="outline-node"][data-id="org-puk"]').click();
    await page.getByTestId('expand').click();
    await poll(() => drawn(page)).toBeGreaterThan(10);
    // Let the layout settle so the saved positions are the final ones.
    await page.waitForTimeout(1500);

    await page.getByTestId('map-title').fill('PUK network');
    await page.getByTestId('map-caption').fill('The Parents’ Union and its allies, as documented in the submission.');
    // With an entity selected, a note is pinned to it; with nothing selected, to the map itself.
    await page.locator('[data-testid="outline-node"][data-id="org-puk"]').click();
    await page.getByTestId('map-note').fill(ENTITY_NOTE);
    await page.getByTestId('map-add-note').click();
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.getByTestId('map-note').fill('Compiled from the EL*C and Feminita report');
    await page.getByTestId('map-add-note').click();
    await page.getByTestId('map-save').click();
    await poll(() => mapIdOf(page)).not.toBe('');
    mapId = mapIdOf(page);
    await page.locator(`[data-testid="map-item"][data-map-id="${mapId}"]`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'maps-01-saved.png') });

    const { map } = await rig.gql<{ map: { title: string; caption: string; entities: Placed[]; annotations: { text: string; target: string }[] } }>(MAP_POSITIONS, { id: mapId });
    expect(map.title).toBe('PUK network');
    expect(map.caption).toContain('Parents’ Union');
    expect(map.annotations).toEqual([
      { text: ENTITY_NOTE, target: 'ENTITY', targetId: 'org-puk' },
      { text: 'Compiled from the EL*C and Feminita report', target: 'MAP', targetId: null },
    ]);
    // The notes are drawn on the canvas as they are added.
    await poll(() => page.getByTestId('canvas-note').textContent()).toContain(ENTITY_NOTE);
    await poll(() => page.getByTestId('canvas-map-notes').textContent()).toContain('Compiled from the EL*C and Feminita report');
    expect(map.entities.length).toBe(await drawn(page));
    saved = map.entities;
  });

  it('exports an SVG whose claim shapes and multi-line labels match the canvas, with no console errors', async () => {
    const { map } = await rig.gql<{ map: { entities: { id: string; entity: { kind: string; name: string } }[] } }>(
      'query($id: ID!) { map(id: $id) { entities { id entity { kind name } } } }',
      { id: mapId },
    );
    rig.consoleErrors.length = 0;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const file = path.join(rig.tmp, 'sheet.svg');
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    expect(rig.consoleErrors).toEqual([]);
    // The graph is the nested <svg>; the sheet's own legend draws its icons outside it.
    const graph = svg.slice(svg.indexOf('<svg', 10));
    const claims = map.entities.filter((e) => e.entity.kind === 'CLAIM');
    expect(claims.length).toBeGreaterThan(3);
    const claimFills = graph.match(/<path[^>]*fill="rgb\(124,\s*58,\s*237\)"/g) ?? [];
    expect(claimFills.length).toBe(claims.length);
    // Every line of every wrapped label is there: the label reads whole when its lines are joined.
    const texts = [...graph.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    const joined = texts.join(' ').replace(/\s+/g, ' ');
    const names = new Map(map.entities.map((e) => [e.id, e.entity.name]));
    for (const e of map.entities) {
      const name = e.id === 'person-at-risk-1' ? '[restricted]' : e.entity.name;
      expect(joined, e.id).toContain(name.replace(/\s+/g, ' '));
    }
    // The map's notes: listed on the sheet by number, the number on the label of the entity it is pinned to.
    const sheetTexts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&')).join('\n');
    expect(sheetTexts).toContain('Notes (numbers as on the diagram’s labels)');
    expect(sheetTexts).toContain(`1. ${names.get('org-puk')}: ${ENTITY_NOTE}`);
    expect(sheetTexts).toContain('2. On the map: Compiled from the EL*C and Feminita report');
    expect(joined).toContain(`${names.get('org-puk')} · note 1`);
    const sheet = await page.context().newPage();
    await sheet.setContent(svg.replace(/<\?xml[^>]*\?>/, ''));
    await sheet.screenshot({ path: path.join(SHOTS, 'maps-sheet-svg.png'), fullPage: true });
    await sheet.close();
  });

  it('exports the map as a vector PDF on A4 and Letter with selectable text, title, caption, legend and sources', async () => {
    const pdfs: Record<string, string> = {};
    for (const paper of ['a4', 'letter'] as const) {
      await page.getByTestId('export-paper').selectOption(paper);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-pdf').click()]);
      const file = path.join(rig.tmp, download.suggestedFilename());
      await download.saveAs(file);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      pdfs[paper] = file;
    }
    expect(rig.consoleErrors).toEqual([]);
    if (!hasPoppler) return;
    // The page size says the paper: A4 is 595 x 842 pt, Letter 612 x 792 pt (either way round).
    const sizeOf = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!.slice(1).map(Number).sort((a, b) => a - b);
    expect(sizeOf(pdfs.a4!).map(Math.round)).toEqual([595, 842]);
    expect(sizeOf(pdfs.letter!).map(Math.round)).toEqual([612, 792]);
    // Text is text, not pixels: it can be extracted, Cyrillic included.
    const text = execFileSync('pdftotext', [pdfs.a4!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('PUK network');
    expect(text).toContain('Parents’ Union and its allies');
    expect(text).toContain('Legend');
    expect(text).toContain('Sources cited by the relationships shown');
    expect(text).toMatch(/Конференция|Правда/);
    expect(text).toMatch(/spread \[\d/);
    // The map's notes, by number, and the number on the noted entity's label.
    expect(text).toContain(`1. Parents' Union of Kazakhstan: ${ENTITY_NOTE}`);
    expect(text).toContain('2. On the map: Compiled from the EL*C and Feminita report');
    expect(text).toMatch(/Kazakhstan · note 1/);
    // And it renders.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfs.a4!, path.join(SHOTS, 'maps-sheet-pdf-a4')]);
    expect(readFileSync(path.join(SHOTS, 'maps-sheet-pdf-a4.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('reopens /maps/<id> in a new browser context with every node within 1 px of its saved position', async () => {
    const { context, page: fresh } = await rig.newPage();
    await fresh.goto(`${rig.server.url}/maps/${mapId}`);
    await poll(() => drawn(fresh)).toBe(saved.length);
    await poll(() => fresh.getByTestId('map-title').inputValue()).toBe('PUK network');
    await poll(() => fresh.getByTestId('map-notes').textContent()).toContain('Compiled from the EL*C and Feminita report');
    // Wait long enough that a layout, had one started, would have moved nodes.
    await fresh.waitForTimeout(1500);
    await fresh.screenshot({ path: path.join(SHOTS, 'maps-02-reopened.png') });

    // The notes are drawn: the entity's beside it on the canvas, the map's in the corner box.
    const pinned = fresh.getByTestId('canvas-note');
    await poll(() => pinned.isVisible()).toBe(true);
    expect(await pinned.getAttribute('data-target-id')).toBe('org-puk');
    expect(await pinned.textContent()).toContain(ENTITY_NOTE);
    const [noteBox, canvasBox] = [await pinned.boundingBox(), await fresh.getByTestId('canvas').boundingBox()];
    expect(noteBox!.x).toBeGreaterThanOrEqual(canvasBox!.x);
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(canvasBox!.y + canvasBox!.height);
    expect(await fresh.getByTestId('canvas-map-notes').textContent()).toContain('Compiled from the EL*C and Feminita report');
    // A note is edited and removed where the map is edited, and the canvas follows.
    await fresh.getByTestId('map-note-edit').first().click();
    await fresh.getByTestId('map-note').fill(`${ENTITY_NOTE} (checked)`);
    await fresh.getByTestId('map-add-note').click();
    await poll(() => pinned.textContent()).toContain('(checked)');
    await fresh.screenshot({ path: path.join(SHOTS, 'maps-04-notes.png') });
    await fresh.getByTestId('map-note-remove').last().click();
    await poll(() => fresh.getByTestId('canvas-map-notes').count()).toBe(0);

    // The page saves what its canvas holds: its copy's positions are the reopened positions.
    await fresh.getByTestId('map-title').fill('PUK network, reopened');
    await fresh.getByTestId('map-save').click();
    await poll(() => mapIdOf(fresh)).not.toBe(mapId);
    const { map: copy } = await rig.gql<{ map: { entities: Placed[] } }>(MAP_POSITIONS, { id: mapIdOf(fresh) });
    expect(copy.entities.map((e) => e.id).sort()).toEqual(saved.map((e) => e.id).sort());
    const at = new Map(copy.entities.map((e) => [e.id, e]));
    for (const e of saved) {
      const p = at.get(e.id)!;
      expect(Math.hypot(p.x - e.x, p.y - e.y), e.id).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  it('downloads the open map in the server formats, redacted for publication by default', async () => {
    const { context, page: fresh } = await rig.newPage();
    await fresh.goto(`${rig.server.url}/maps/${mapId}`);
    await poll(() => drawn(fresh)).toBe(saved.length);
    await expect(fresh.getByTestId('export-formats').textContent()).resolves.toContain('This map');
    const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.getByTestId('export-json-file').click()]);
    expect(download.suggestedFilename()).toBe(`actornet-${mapId}-public.json`);
    const file = path.join(rig.tmp, download.suggestedFilename());
    await download.saveAs(file);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as { audience: string; meta: { name: string }; entities: { id: string; name: string }[] };
    expect(bundle.audience).toBe('public');
    expect(bundle.meta.name).toBe('PUK network');
    expect(bundle.entities.map((e) => e.id).sort()).toEqual(saved.map((e) => e.id).sort());
    const r = bundle.entities.find((e) => e.id === 'person-at-risk-1');
    if (r) expect(r.name).toBe('[restricted]');
    const [gexf] = await Promise.all([fresh.waitForEvent('download'), fresh.getByTestId('export-gexf-file').click()]);
    const gexfFile = path.join(rig.tmp, gexf.suggestedFilename());
    await gexf.saveAs(gexfFile);
    expect(readFileSync(gexfFile, 'utf8')).toContain(`<nodes count="${saved.length}">`);
    await context.close();
  });

  it('renames, duplicates, deletes and restores from the list', async () => {
    await page.reload();
    const item = page.locator(`[data-testid="map-item"][data-map-id="${mapId}"]`);
    await item.getByTestId('map-rename').click();
    await item.getByTestId('map-rename-input').fill('PUK network (final)');
    await item.getByTestId('map-rename-save').click();
    await poll(async () => (await rig.gql<{ map: { title: string } }>(MAP_POSITIONS, { id: mapId })).map.title).toBe('PUK network (final)');

    const before = await page.getByTestId('map-item').count();
    await item.getByTestId('map-duplicate').click();
    await poll(() => page.getByTestId('map-item').count()).toBe(before + 1);
    await page.getByTestId('map-list').getByText('PUK network (final) (copy)').waitFor();

    await item.getByTestId('map-delete').click();
    await poll(() => page.locator(`[data-testid="map-item"][data-map-id="${mapId}"]`).count()).toBe(0);
    await page.getByTestId('map-show-deleted').check();
    await item.getByTestId('map-restore').click();
    await poll(async () => (await rig.gql<{ map: { deletedAt: string | null } }>(MAP_POSITIONS, { id: mapId })).map.deletedAt).toBeNull();
    await page.getByTestId('maps').screenshot({ path: path.join(SHOTS, 'maps-03-list.png') });
  });

  it('imports a CSV bundle after a preview that names bad rows by file, row and column and matches names', async () => {
    const bom = '\uFEFF';
    const table = (rows: string[][]) => strToU8(bom + rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
    const files = (type: string) =>
      zipSync({
        'sources.csv': table([['id', 'kind', 'title'], ['ui-src', 'news', 'Browser import source']]),
        'entities.csv': table([['id', 'kind', 'name'], ['ui-a', 'organization', 'Browser Import Union'], ['ui-ns', 'organization', 'Народные Советы']]),
        'relationships.csv': table([['id', 'type', 'from', 'to', 'confidence'], ['ui-e', type, 'ui-a', 'ui-ns', 'alleged']]),
        'citations.csv': table([['relationship_id', 'source_id', 'locator'], ['ui-e', 'ui-src', 'p. 1']]),
      });
    await page.getByTestId('import').scrollIntoViewIfNeeded();
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.zip', mimeType: 'application/zip', buffer: Buffer.from(files('BRIBED')) });
    const issue = page.locator('[data-testid="import-issue"][data-file="relationships.csv"][data-row="2"][data-column="type"]');
    await issue.waitFor();
    await expect(page.getByTestId('import-commit').isDisabled()).resolves.toBe(true);
    await page.getByTestId('import').screenshot({ path: path.join(SHOTS, 'import-01-errors.png') });

    await page.getByTestId('import-file').setInputFiles({ name: 'good.zip', mimeType: 'application/zip', buffer: Buffer.from(files('ALLIED_WITH')) });
    await page.getByTestId('import-creates').waitFor();
    await expect(page.getByTestId('import-problem-count').count()).resolves.toBe(0);
    await page.getByTestId('import-matches').locator('summary').click();
    await expect(page.getByTestId('import-match').textContent()).resolves.toContain('Народные Советы → Narodnye Sovety');
    await page.getByTestId('import').screenshot({ path: path.join(SHOTS, 'import-02-preview.png') });
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    const { edge } = await rig.gql<{ edge: { from: { name: string }; to: { id: string } } | null }>('{ edge(id: "ui-e") { from { name } to { id } } }');
    expect(edge).toEqual({ from: { name: 'Browser Import Union' }, to: { id: 'org-narodnye-sovety' } });
  });

  it('flows a long source list onto further PDF pages on A4 and Letter, every source number printed', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 45; i++) {
      const { createSource } = await rig.gql<{ createSource: { id: string } }>('mutation($input: SourceInput!) { createSource(input: $input) { id } }', {
        input: { kind: 'news', title: `Long list item ${i}: a press report on the Parents’ Union, with a title as long as real ones are`, publisher: 'Example Daily' },
      });
      ids.push(createSource.id);
    }
    await rig.gql('mutation($input: EdgeInput!) { addEdge(input: $input) { id } }', {
      input: { type: 'SUPPORTED', from: 'org-puk', to: 'org-narodnye-sovety', confidence: 'REPORTED', citations: ids.map((sourceId) => ({ sourceId })) },
    });
    const { context, page: fresh } = await rig.newPage();
    await fresh.goto(`${rig.server.url}/maps/${mapId}`);
    await poll(() => drawn(fresh)).toBe(saved.length);
    await fresh.waitForTimeout(1000);
    for (const paper of ['a4', 'letter'] as const) {
      await fresh.getByTestId('export-paper').selectOption(paper);
      const [download] = await Promise.all([fresh.waitForEvent('download', { timeout: 30_000 }), fresh.getByTestId('export-pdf').click()]);
      const file = path.join(rig.tmp, `long-${download.suggestedFilename()}`);
      await download.saveAs(file);
      if (!hasPoppler) continue;
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
      expect(pages, paper).toBeGreaterThanOrEqual(2);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      const numbers = new Set([...text.matchAll(/(?:^|\n)\s*\[(\d+)\]\s/g)].map((m) => Number(m[1])));
      // The seed's sources cited on the map and the 45 new ones: every one listed, by every number.
      expect(Math.max(...numbers), paper).toBeGreaterThanOrEqual(45);
      expect([...numbers].sort((a, b) => a - b), paper).toEqual(Array.from({ length: Math.max(...numbers) }, (_, i) => i + 1));
      expect(text, paper).toContain('Long list item 45');
      // The last page is the list's end, the first page the diagram's title.
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
      expect(first).toContain('PUK network');
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', '-singlefile', file, path.join(SHOTS, `maps-sheet-pdf-${paper}-page2`)]);
    }
    expect(rig.consoleErrors).toEqual([]);
    await context.close();
  });

  it('spoke to no host but its own server and raised no page errors', () => {
    const own = new URL(rig.server.url).host;
    expect(rig.requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== own)).toEqual([]);
    expect(rig.pageErrors).toEqual([]);
  });
});
