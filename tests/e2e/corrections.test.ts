// An explorer researchers can trust, in Chromium on the real seed: complete canvases however entities arrive (the
// Akimat case), corrections in place, duplicates caught, history, the path chain, forgiving search, readable canvases
// and keyboard use with an axe-core check. Seed records are looked up by name, never by count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openSession, seriousViolations, type Session } from './harness.ts';

interface Found {
  id: string;
  name: string;
  kind: string;
}

describe.skipIf(!hasChromium)('corrections and trust in Chromium', () => {
  let s: Session;
  const ids: Record<string, string> = {};
  let supportedId = '';

  const page = () => s.page;
  const byName = async (name: string): Promise<string> => {
    const { search } = await s.gql<{ search: Found[] }>(`query($q: String!) { search(query: $q, first: 20) { id name kind } }`, { q: name });
    const hit = search.find((e) => e.name === name);
    if (!hit) throw new Error(`The seed has no entity named ${name}`);
    return hit.id;
  };
  const drawn = async () => Number(await page().getByTestId('canvas').getAttribute('data-visible-edges'));
  const outlineEdge = (id: string) => page().locator(`[data-testid="outline-edge"][data-id="${id}"]`);
  const openOutline = async () => {
    const summary = page().locator('[data-testid="outline"] summary');
    if ((await page().locator('[data-testid="outline"][open]').count()) === 0) await summary.click();
  };

  beforeAll(async () => {
    s = await openSession();
    ids.puk = await byName("Parents' Union of Kazakhstan");
    ids.akimat = await byName('Akimat');
    const { neighborhood } = await s.gql<{ neighborhood: { edges: { id: string; type: string; from: { id: string }; to: { id: string; name: string; kind: string } }[] } }>(
      `query($ids: [ID!]!) { neighborhood(ids: $ids) { edges { id type from { id } to { id name kind } } } }`,
      { ids: [ids.akimat] },
    );
    const supported = neighborhood.edges.find((e) => e.type === 'SUPPORTED' && e.from.id === ids.akimat && e.to.kind === 'EVENT');
    if (!supported) throw new Error('The seed has no Akimat SUPPORTED event relationship');
    supportedId = supported.id;
    ids.rally = supported.to.id;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('forgives typos in search, ranks the exact name first, and says how many matched', async () => {
    const input = page().getByTestId('search-input');
    for (const [typed, name] of [
      ['Narodnie Soviety', 'Narodnye Sovety'],
      ['Baltabayva', 'Bagilya Baltabayeva'],
      ['Feminitta', 'Feminita'],
      ['Akimt', 'Akimat'],
    ]) {
      await input.fill(typed as string);
      await expect
        .poll(async () => (await page().locator('[data-testid="search-result"] .result-name').allTextContents()).slice(0, 3), { timeout: 5000 })
        .toContain(name);
    }
    await input.fill('Feminita');
    await expect.poll(() => page().locator('[data-testid="search-result"] .result-name').first().textContent()).toBe('Feminita');
    await expect(page().getByTestId('search-count').textContent()).resolves.toMatch(/\d+ match|More than/);
    await s.shot('c01-search-typo');
    await input.fill('');
  });

  it('draws every relationship among the entities the path finder brings in (the Akimat case)', async () => {
    await page().getByTestId('path-from-search-input').fill('parents union');
    await page().locator(`[data-testid="path-from-search"] [data-entity-id="${ids.puk}"]`).click();
    await page().getByTestId('path-to-search-input').fill('akimat');
    await page().locator(`[data-testid="path-to-search"] [data-entity-id="${ids.akimat}"]`).click();
    await page().getByTestId('find-paths').click();
    await page().getByTestId('paths-panel').waitFor();
    await openOutline();
    await page().locator(`[data-testid="outline-node"][data-id="${ids.rally}"]`).waitFor({ state: 'attached' });
    await outlineEdge(supportedId).waitFor({ state: 'attached' });
    // Every relationship among the entities shown is drawn, not only the hops of the paths that brought them.
    const shown = await page().locator('[data-testid="outline-node"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') as string));
    const { edgesAmong } = await s.gql<{ edgesAmong: { id: string }[] }>(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { id } }`, { ids: shown });
    await expect.poll(() => drawn()).toBe(edgesAmong.length);
    for (const e of edgesAmong) await outlineEdge(e.id).waitFor({ state: 'attached' });
    const { paths } = await s.gql<{ paths: { edges: { id: string }[] }[] }>(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { edges { id } } }`, { a: ids.puk, b: ids.akimat });
    const onPaths = new Set(paths.flatMap((p) => p.edges.map((e) => e.id)));
    expect(edgesAmong.some((e) => !onPaths.has(e.id))).toBe(true);
    await s.shot('c02-akimat-complete');
  });

  it('reads each hop from the start, with direction, confidence, status and citations; one path or all', async () => {
    const panel = page().getByTestId('paths-panel');
    const hops = panel.getByTestId('hop');
    expect(await hops.count()).toBeGreaterThan(0);
    await expect(hops.first().getByTestId('hop-sentence').textContent()).resolves.toMatch(/\w+ .+ \w+/);
    await expect(hops.first().getByTestId('hop-confidence').textContent()).resolves.toMatch(/confirmed|reported|alleged/);
    await expect(hops.first().getByTestId('hop-status').textContent()).resolves.toMatch(/active|contested/);
    expect(await hops.first().getByTestId('citation').count()).toBeGreaterThan(0);
    // A backward hop reads against the relationship's own direction, and says so with the arrow.
    const directions = await hops.evaluateAll((els) => els.map((el) => el.getAttribute('data-forward')));
    expect(directions.every((d) => d === 'true' || d === 'false')).toBe(true);
    const first = await panel.locator('.hop-node').first().textContent();
    expect(first).toBe("Parents' Union of Kazakhstan");

    await page().getByTestId('path-hops').selectOption('6');
    await page().getByTestId('path-count').selectOption('10');
    await page().getByTestId('path-skip-claims').check();
    await page().getByTestId('find-paths').click();
    await expect.poll(() => panel.getByTestId('path').count()).toBeGreaterThan(1);
    const all = await panel.getByTestId('path').count();
    expect(all).toBeLessThanOrEqual(10);
    await page().getByTestId('path-only').selectOption('0');
    await expect.poll(() => panel.getByTestId('path').count()).toBe(1);
    await s.shot('c03-path-chain');
    await page().getByTestId('path-only').selectOption('all');
    await expect.poll(() => panel.getByTestId('path').count()).toBe(all);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('edits a relationship in place, shows a field error by its field, and records the change in its history', async () => {
    await openOutline();
    await outlineEdge(supportedId).click();
    await page().getByTestId('edge-details').waitFor();
    await page().getByTestId('edit-edge').click();
    await page().getByTestId('edit-valid-to').fill('2021');
    await page().getByTestId('save-edge-edit').click();
    await expect(page().getByTestId('error-validTo').textContent()).resolves.toMatch(/before/);
    await page().getByTestId('edit-valid-to').fill('');
    await page().getByTestId('edit-confidence').selectOption('ALLEGED');
    await page().getByTestId('edit-note').fill('Only one witness statement supports this.');
    await page().getByTestId('save-edge-edit').click();
    await expect.poll(() => page().getByTestId('edge-confidence').textContent()).toBe('alleged');
    await page().getByTestId('show-history').click();
    const latest = page().getByTestId('history-event').first();
    await expect(latest.getAttribute('data-action')).resolves.toBe('edge.update');
    await expect(latest.textContent()).resolves.toContain('confidence');
    await expect(latest.locator('del').first().textContent()).resolves.toBeTruthy();
    await s.shot('c04-edge-history');
  });

  it('retracts one citation with a reason, refuses the last one, and reinstates a retracted relationship', async () => {
    const { sources } = await s.gql<{ sources: { id: string }[] }>(`{ sources(first: 1) { id } }`);
    const { addEdge } = await s.gql<{ addEdge: { id: string } }>(`mutation($input: EdgeInput!) { addEdge(input: $input) { id } }`, {
      input: {
        type: 'OPPOSED',
        from: ids.akimat,
        to: ids.puk,
        confidence: 'REPORTED',
        citations: [{ sourceId: sources[0]!.id, locator: 'p. 1' }, { sourceId: sources[0]!.id, locator: 'p. 2', stance: 'DISPUTES' }],
      },
    });
    // Written behind the canvas's back: the canvas completes itself once the view changes.
    await page().getByTestId('filter-retracted').check();
    await openOutline();
    await outlineEdge(addEdge.id).click();
    await expect.poll(() => page().getByTestId('edge-status').textContent()).toBe('contested');
    await page().locator('[data-testid="citation"]').nth(1).getByTestId('retract-citation').click();
    await page().getByTestId('retract-citation-form-reason').fill('The page disputes another office, not the Akimat');
    await page().getByTestId('retract-citation-form-confirm').click();
    await expect.poll(() => page().getByTestId('edge-status').textContent()).toBe('active');
    await expect(page().locator('[data-testid="citation"][data-retracted="true"]').getByTestId('citation-retraction').textContent()).resolves.toContain('another office');

    await page().locator('[data-testid="citation"][data-retracted="false"]').getByTestId('retract-citation').click();
    await page().getByTestId('retract-citation-form-reason').fill('Wrong');
    await page().getByTestId('retract-citation-form-confirm').click();
    await expect.poll(() => page().getByTestId('retract-citation-form').textContent()).toMatch(/last active citation/);
    await s.shot('c05-last-citation-refused');
    await page().getByTestId('retract-citation-form').getByText('Cancel').click();

    await page().getByTestId('retract').click();
    await page().getByTestId('retract-reason').fill('Not in the report after all');
    await page().getByTestId('confirm-retract').click();
    await expect.poll(() => page().getByTestId('edge-status').textContent()).toBe('retracted');
    await page().getByTestId('reinstate').click();
    await page().getByTestId('reinstate-form-confirm').click();
    await expect(page().getByTestId('error-reason').textContent()).resolves.toMatch(/empty/);
    await page().getByTestId('reinstate-form-reason').fill('Found on p. 12');
    await page().getByTestId('reinstate-form-confirm').click();
    await expect.poll(() => page().getByTestId('edge-status').textContent()).toBe('active');
    await page().getByTestId('show-history').click();
    const actions = () => page().getByTestId('history-event').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
    await expect.poll(async () => (await actions()).slice(0, 4)).toEqual(['edge.reinstate', 'edge.retract', 'citation.retract', 'edge.add']);
    await expect(page().getByTestId('history').textContent()).resolves.toContain('Found on p. 12');
    await s.shot('c06-reinstated-history');
    await page().getByTestId('filter-retracted').uncheck();
  });

  it('edits an entity: description, an alias with its language', async () => {
    await page().locator(`[data-testid="outline-node"][data-id="${ids.akimat}"]`).click();
    await page().getByTestId('entity-details').waitFor();
    await page().getByTestId('edit-entity').click();
    await page().getByTestId('edit-add-alias').click();
    await page().getByTestId('edit-alias-value').last().fill('Әкімдік');
    await page().getByTestId('edit-alias-lang').last().fill('kk');
    await page().getByTestId('edit-entity-start').fill('2022-13');
    await page().getByTestId('save-entity-edit').click();
    await expect(page().getByTestId('error-startDate').textContent()).resolves.toMatch(/date/);
    await page().getByTestId('edit-entity-start').fill('');
    await page().getByTestId('edit-entity-description').fill('The city administration (mayor’s office) of Almaty.');
    await page().getByTestId('save-entity-edit').click();
    await expect.poll(() => page().getByTestId('aliases').textContent()).toContain('Әкімдік');
    await expect(page().getByTestId('entity-details').textContent()).resolves.toContain('mayor’s office');
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('warns of a matching entity when creating one, then compares and merges the two with a preview', async () => {
    const person = await byName('Bagilya Baltabayeva');
    await page().getByTestId('new-entity').click();
    await page().getByTestId('entity-kind').selectOption('PERSON');
    await page().getByTestId('entity-name').fill('Багила Балтабаева');
    await page().getByTestId('similar-entities').waitFor();
    await expect(page().getByTestId('similar-entities').textContent()).resolves.toContain('Bagilya Baltabayeva');
    await s.shot('c07-similar-entity-warning');
    await page().getByTestId('save-entity').click();
    await page().getByTestId('entity-details').waitFor();
    await expect.poll(() => page().getByTestId('details-title').textContent()).toBe('Багила Балтабаева');

    await page().getByTestId('find-duplicates').click();
    await page().getByTestId('duplicate-candidate').filter({ hasText: 'Bagilya Baltabayeva' }).click();
    await page().getByTestId('merge-compare').waitFor();
    expect(await page().getByTestId('compare-column').count()).toBe(2);
    await page().getByTestId('swap-keep').click();
    await expect(page().getByTestId('merge-preview').textContent()).resolves.toMatch(/move from Багила Балтабаева onto Bagilya Baltabayeva/);
    await s.shot('c08-merge-compare');
    expect(await seriousViolations(page())).toEqual([]);
    await page().getByTestId('confirm-merge').click();
    await expect.poll(() => page().getByTestId('details-title').textContent()).toBe('Bagilya Baltabayeva');
    await expect.poll(() => page().getByTestId('aliases').textContent()).toContain('Багила Балтабаева');
    await page().getByTestId('show-history').click();
    await expect(page().getByTestId('history-event').first().getAttribute('data-action')).resolves.toBe('entity.merge');
    const { entity } = await s.gql<{ entity: { id: string } | null }>(`query($id: ID!) { entity(id: $id) { id } }`, { id: person });
    expect(entity?.id).toBe(person);
  });

  it('warns that a relationship repeats an existing one and adds the citation to it instead', async () => {
    const { edge: before } = await s.gql<{ edge: { citations: { id: string }[] } }>(`query($id: ID!) { edge(id: $id) { citations { id } } }`, { id: supportedId });
    await page().getByTestId('new-edge').click();
    await page().getByTestId('edge-from-search-input').fill('akimat');
    await page().locator(`[data-testid="edge-from-search"] [data-entity-id="${ids.akimat}"]`).click();
    await page().getByTestId('edge-type').selectOption('SUPPORTED');
    await page().getByTestId('edge-to-search-input').fill('rally');
    await page().locator(`[data-testid="edge-to-search"] [data-entity-id="${ids.rally}"]`).click();
    await page().getByTestId('duplicate-edge').waitFor();
    await page().getByTestId('create-source').click();
    await page().getByTestId('source-title').fill('Second account of the rally permit');
    await page().getByTestId('citation-locator-input').fill('para. 3');
    await s.shot('c09-duplicate-relationship');
    await page().getByTestId('add-to-existing').click();
    await page().getByTestId('edge-details').waitFor();
    await expect.poll(() => page().getByTestId('citations').textContent()).toContain('Second account of the rally permit');
    const { edge: after } = await s.gql<{ edge: { citations: { id: string }[] } }>(`query($id: ID!) { edge(id: $id) { citations { id } } }`, { id: supportedId });
    expect(after.citations.length).toBe(before.citations.length + 1);
  });

  it('keeps the canvas readable: labels clear of each other, relationship labels on zoom, contested stays contested', async () => {
    await page().getByTestId('layout-fcose').click().catch(() => undefined);
    await expect.poll(() => page().getByTestId('canvas').getAttribute('data-label-overlaps'), { timeout: 10_000 }).toBe('0');
    await expect(page().getByTestId('canvas').getAttribute('data-edge-labels')).resolves.not.toBe('on');
    const box = (await page().getByTestId('canvas').boundingBox())!;
    await page().mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 30; i++) {
      await page().mouse.wheel(0, -300);
      await page().waitForTimeout(30);
    }
    await expect.poll(() => page().getByTestId('canvas').getAttribute('data-edge-labels')).toBe('on');
    await s.shot('c10-zoomed-labels');

    // A contested relationship, selected, keeps its contested look (checked by eye on the screenshot) and status.
    const { sources } = await s.gql<{ sources: { id: string }[] }>(`{ sources(first: 1) { id } }`);
    await s.gql(`mutation($input: EdgeInput!) { addEdge(input: $input) { id } }`, {
      input: { type: 'ALLIED_WITH', from: ids.akimat, to: ids.puk, confidence: 'ALLEGED', citations: [{ sourceId: sources[0]!.id, locator: 'p. 3' }, { sourceId: sources[0]!.id, locator: 'p. 4', stance: 'DISPUTES' }] },
    });
    const narodnye = await byName('Narodnye Sovety');
    await page().getByTestId('search-input').fill('Narodnye Sovety');
    await page().locator(`[data-testid="search-result"][data-entity-id="${narodnye}"]`).click();
    const shown = await page().locator('[data-testid="outline-node"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') as string));
    const { edgesAmong } = await s.gql<{ edgesAmong: { id: string; status: string }[] }>(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { id status } }`, { ids: shown });
    const contested = edgesAmong.find((e) => e.status === 'CONTESTED');
    await outlineEdge(contested?.id ?? '').waitFor({ state: 'attached' });
    expect(contested).toBeDefined();
    await openOutline();
    await outlineEdge(contested!.id).click();
    await expect.poll(() => page().getByTestId('edge-status').textContent()).toBe('contested');
    await page().getByTestId('fit').click();
    await page().waitForTimeout(400);
    await s.shot('c12-selected-contested');
  });

  it('works from the keyboard: skip link, arrow keys between entities, Enter opens, Escape closes', async () => {
    await page().keyboard.press('Escape');
    await expect.poll(() => page().getByTestId('right-panel').count()).toBe(0);
    await page().getByTestId('skip-link').focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('canvas');
    await page().keyboard.press('ArrowRight');
    await expect.poll(() => page().getByTestId('canvas-announcement').textContent()).toMatch(/relationships shown/);
    const first = await page().getByTestId('canvas-announcement').textContent();
    await page().keyboard.press('ArrowLeft');
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Enter');
    await page().getByTestId('entity-details').waitFor();
    expect(first).toBeTruthy();
    await s.shot('c11-keyboard');
    await page().keyboard.press('Escape');
    await expect.poll(() => page().getByTestId('right-panel').count()).toBe(0);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('requested nothing from any other host and threw no page errors', () => {
    const origin = new URL(s.server.url).host;
    expect(s.requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== origin)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
