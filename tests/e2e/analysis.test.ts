// The analysis features in Chromium on the real seed: who matters most in the whole graph, metrics and communities of
// the canvas, focus and interlocks, the timeline and the weight of evidence. Canvases are opened by URL (`?n=...`) and
// every expectation is computed from the API's own answers, so corrections to the seed do not break the tests.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, SHOTS, hasChromium, startBrowserRig, type BrowserRig } from './browser.ts';

if (!hasChromium) console.warn(`\n*** SKIPPING analysis browser tests: ${CHROMIUM} is missing (apt-get install -y chromium) ***\n`);

interface WireEdge {
  id: string;
  from: { id: string };
  to: { id: string };
  validFrom: string | null;
  validTo: string | null;
  status: string;
  citations: { stance: string; source: { id: string } }[];
}
interface Hood {
  nodes: { id: string; kind: string }[];
  edges: WireEdge[];
}

const NS = 'org-narodnye-sovety';
const PUK = 'org-puk';

describe.skipIf(!hasChromium)('analysis in Chromium', () => {
  let rig: BrowserRig;
  let page: Page;
  const gql = <T>(query: string, variables?: Record<string, unknown>): Promise<T> => rig.gql<T>(query, variables);
  const hood = async (ids: string[], depth = 1): Promise<Hood> =>
    (
      await gql<{ neighborhood: Hood }>(
        `query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth, limit: 2000) {
          nodes { id kind } edges { id from { id } to { id } validFrom validTo status citations { stance source { id } } } } }`,
        { ids, depth },
      )
    ).neighborhood;
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const canvasCount = async (attr: string) => Number(await page.getByTestId('canvas').getAttribute(attr));
  const drawnNodes = () => canvasCount('data-visible-nodes');
  const drawnEdges = () => canvasCount('data-visible-edges');
  const hiddenCount = async () => Number(await page.getByTestId('timeline-hidden').getAttribute('data-hidden'));
  /** Opens a canvas holding exactly these entities, as a shared link would. */
  /** The analysis column and timeline open from the header. */
  const showAnalysis = async () => {
    await page.getByTestId('analysis-toggle').click();
    await page.getByTestId('analysis-panel').waitFor();
  };
  const open = async (ids: string[], selected?: string) => {
    const sel = selected ? `&sel=n:${selected}` : '';
    await page.goto(`${rig.server.url}/?n=${ids.join(',')}${sel}`);
    await expect.poll(drawnNodes).toBe(ids.length);
    await showAnalysis();
  };
  /** Edges of a neighbourhood answer with both ends among `ids`: what a canvas of those ids draws. */
  const among = (edges: WireEdge[], ids: string[]) => edges.filter((e) => ids.includes(e.from.id) && ids.includes(e.to.id));
  const sources = (e: WireEdge) => new Set(e.citations.filter((c) => c.stance === 'SUPPORTS').map((c) => c.source.id)).size;

  beforeAll(async () => {
    rig = await startBrowserRig();
    ({ page } = await rig.newPage({ viewport: { width: 1600, height: 950 } }));
    await page.goto(rig.server.url);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('answers an empty canvas and a single entity sensibly', async () => {
    await expect(page.getByTestId('analysis-panel').count()).resolves.toBe(0);
    await showAnalysis();
    await page.getByTestId('metrics-empty').waitFor();
    await page.getByTestId('timeline-empty').waitFor();
    await open([NS]);
    await expect.poll(() => page.getByTestId('ranked-row').count()).toBe(1);
    await expect(page.getByTestId('ranked-row').first().getAttribute('data-score')).resolves.toBe('0');
    for (const metric of ['betweenness', 'closeness', 'pagerank', 'inDegree']) {
      await page.getByTestId('metric-select').selectOption(metric);
      await expect.poll(() => page.getByTestId('ranked-row').count()).toBe(1);
    }
    await page.getByTestId('metric-select').selectOption('degree');
  });

  it('starts from who matters most: the PUK ranks first by degree and by PageRank in the whole graph', async () => {
    await page.getByTestId('who-load').click();
    await expect.poll(() => page.getByTestId('who-row').first().getAttribute('data-entity-id')).toBe(PUK);
    await page.getByTestId('who-metric').selectOption('PAGERANK');
    await expect.poll(() => page.getByTestId('who-row').first().getAttribute('data-entity-id')).toBe(PUK);
    await shot('analysis-01-who-matters');
    await page.getByTestId('clear').click();
    await page.getByTestId('who-add-all').click();
    await expect.poll(drawnNodes).toBe(await page.getByTestId('who-row').count());
  });

  it('ranks the canvas by every metric, the PUK first by degree and PageRank, and sizes and colours nodes with a legend', async () => {
    const puk = await hood([PUK]);
    const ids = puk.nodes.map((n) => n.id);
    await open(ids);
    await expect.poll(() => page.getByTestId('ranked-row').first().getAttribute('data-entity-id')).toBe(PUK);
    const pukDegree = among(puk.edges, ids).filter((e) => e.from.id === PUK || e.to.id === PUK).length;
    await expect(page.getByTestId('ranked-row').first().getAttribute('data-score')).resolves.toBe(String(pukDegree));
    await page.getByTestId('metric-select').selectOption('pagerank');
    await expect.poll(() => page.getByTestId('ranked-row').first().getAttribute('data-entity-id')).toBe(PUK);
    await page.getByTestId('metric-select').selectOption('betweenness');
    await expect.poll(() => page.getByTestId('ranked-row').first().getAttribute('data-entity-id')).toBe(PUK);

    await expect.poll(() => canvasCount('data-styled-nodes')).toBe(0);
    await page.getByTestId('size-by').selectOption('pagerank');
    await page.getByTestId('size-legend').waitFor();
    await expect.poll(() => canvasCount('data-styled-nodes')).toBe(ids.length);
    await page.getByTestId('color-by').selectOption('closeness');
    await page.getByTestId('color-legend').waitFor();
    await shot('analysis-02-metrics');
    await page.getByTestId('size-by').selectOption('');
    await page.getByTestId('color-by').selectOption('kind');
    await expect.poll(() => canvasCount('data-styled-nodes')).toBe(0);
  });

  it('colours Louvain communities and connected parts, measured apart, and names a community that stays named', async () => {
    // Two parts that do not touch: the PUK's neighbourhood, and a pair of new organizations related only to each other.
    const puk = await hood([PUK]);
    const make = async (name: string) =>
      (await gql<{ createEntity: { id: string } }>('mutation($n: String!) { createEntity(input: { kind: ORGANIZATION, name: $n }) { id } }', { n: name }))
        .createEntity.id;
    const [a, b] = [await make('Analysis test: first of a pair'), await make('Analysis test: second of a pair')];
    const { createSource } = await gql<{ createSource: { id: string } }>('mutation { createSource(input: { kind: "report", title: "Analysis test" }) { id } }');
    await gql('mutation($a: ID!, $b: ID!, $s: ID!) { addEdge(input: { type: "ALLIED_WITH", from: $a, to: $b, confidence: REPORTED, citations: [{ sourceId: $s }] }) { id } }', {
      a,
      b,
      s: createSource.id,
    });
    const ids = [...puk.nodes.map((n) => n.id), a!, b!];
    await open(ids);
    await page.getByTestId('color-by').selectOption('components');
    const sizes = async () => Promise.all((await page.getByTestId('community').all()).map(async (c) => Number(await c.getAttribute('data-size'))));
    await expect.poll(sizes).toEqual([puk.nodes.length, 2]);
    await expect(page.getByTestId('legend').isVisible()).resolves.toBe(true);

    await page.getByTestId('color-by').selectOption('louvain');
    await expect.poll(async () => (await sizes()).reduce((a, b) => a + b, 0)).toBe(ids.length);
    await page.getByTestId('community').first().click();
    await page.getByTestId('community-name').fill('PUK circle');
    await page.getByTestId('community-save').click();
    await expect(page.getByTestId('community').first().textContent()).resolves.toContain('PUK circle');
    await shot('analysis-03-communities');
    await page.getByTestId('color-by').selectOption('components');
    await page.getByTestId('color-by').selectOption('louvain');
    await expect(page.getByTestId('community').first().textContent()).resolves.toContain('PUK circle');

    // A saved map keeps the name: reopened from its address, the same community carries it.
    await page.getByTestId('map-title').fill('Communities of the PUK');
    await page.getByTestId('map-save').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/maps\//);
    const mapPath = new URL(page.url()).pathname;
    await page.goto(`${rig.server.url}${mapPath}`);
    await expect.poll(drawnNodes).toBe(ids.length);
    await showAnalysis();
    await page.getByTestId('color-by').selectOption('louvain');
    await expect.poll(() => page.getByTestId('community').first().textContent()).toContain('PUK circle');
    await page.getByTestId('color-by').selectOption('kind');
  });

  it('focuses on the entities within 1 step of Narodnye Sovety: its neighbors only', async () => {
    const two = await hood([NS], 2);
    const one = await hood([NS], 1);
    const ids = two.nodes.map((n) => n.id);
    expect(ids.length).toBeGreaterThan(one.nodes.length);
    await open(ids, NS);
    await page.getByTestId('focus-pick').click();
    await page.getByTestId('focus-1').click();
    // Every neighbour of Narodnye Sovety is on this canvas, so focus leaves exactly its 1-hop neighbourhood.
    await expect.poll(drawnNodes).toBe(one.nodes.length);
    await expect.poll(() => page.locator('[data-testid="ranked-row"]').count()).toBe(Math.min(15, one.nodes.length));
    const ranked = await Promise.all((await page.getByTestId('ranked-row').all()).map((r) => r.getAttribute('data-entity-id')));
    const neighbours = new Set(one.nodes.map((n) => n.id));
    for (const id of ranked) expect(neighbours.has(id!)).toBe(true);
    await shot('analysis-04-focus');
    await page.getByTestId('focus-2').click();
    await expect.poll(drawnNodes).toBe(ids.length);
    await page.getByTestId('focus-2').click();
  });

  it('shows the interlocks of two picked entities: the organizations, events and claims both are related to', async () => {
    const both = await hood([NS, PUK]);
    const ids = both.nodes.map((n) => n.id);
    const kinds = new Map(both.nodes.map((n) => [n.id, n.kind]));
    const edges = among(both.edges, ids);
    const next = (id: string) => new Set(edges.flatMap((e) => (e.from.id === id ? [e.to.id] : e.to.id === id ? [e.from.id] : [])));
    const [a, b] = [next(NS), next(PUK)];
    const expected = [...a].filter((id) => b.has(id) && id !== NS && id !== PUK && ['ORGANIZATION', 'EVENT', 'CLAIM'].includes(kinds.get(id)!));
    await open(ids, NS);
    await page.getByTestId('focus-pick').click();
    await page.locator(`[data-testid="ranked-row"][data-entity-id="${PUK}"]`).click();
    await page.getByTestId('focus-pick').click();
    await page.getByTestId('interlocks').waitFor();
    const shown = await Promise.all((await page.getByTestId('interlock').all()).map((r) => r.getAttribute('data-entity-id')));
    expect(new Set(shown)).toEqual(new Set(expected));
    if (expected.length === 0) await page.getByTestId('no-interlocks').waitFor();
    await shot('analysis-05-interlocks');
  });

  it('brushes the timeline to 2022: the 2019-2020 relationships are hidden and counted, undated ones can be hidden', async () => {
    const law = await hood(['law-penalty-law-2020']);
    const rally = await hood(['event-puk-rally-2022-03-12']);
    const ids = [...new Set([...law.nodes, ...rally.nodes].map((n) => n.id))];
    const edges = among([...law.edges, ...rally.edges], ids).filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i);
    const yearOf = (e: WireEdge) => (e.validFrom ?? e.validTo)?.slice(0, 4) ?? null;
    const early = edges.filter((e) => ['2019', '2020'].includes(yearOf(e) ?? ''));
    const undated = edges.filter((e) => yearOf(e) === null);
    const in2022 = edges.filter((e) => yearOf(e) === '2022');
    expect(early.length).toBeGreaterThan(0);
    expect(in2022.length).toBeGreaterThan(0);
    await open(ids);
    await expect.poll(drawnEdges).toBe(edges.length);
    const bar = (key: string) => page.locator(`[data-testid="timeline-bar"][data-key="${key}"]`);
    await expect(bar('2019').getAttribute('data-count')).resolves.toBe(String(early.filter((e) => yearOf(e) === '2019').length));
    await expect(bar('2020').getAttribute('data-count')).resolves.toBe(String(early.filter((e) => yearOf(e) === '2020').length));
    await bar('2022').click();
    const other = edges.length - in2022.length - undated.length;
    await expect.poll(hiddenCount).toBe(other);
    expect(other).toBeGreaterThanOrEqual(early.length);
    await expect.poll(drawnEdges).toBe(in2022.length + undated.length);
    await expect(page.getByTestId('timeline-hidden').textContent()).resolves.toContain(`${other} relationships hidden`);
    await shot('analysis-06-timeline-2022');

    await page.getByTestId('timeline-undated').uncheck();
    await expect.poll(hiddenCount).toBe(other + undated.length);
    await expect.poll(drawnEdges).toBe(in2022.length);
    await expect(page.getByTestId('timeline-hidden').textContent()).resolves.toMatch(/entities dimmed/);

    // By month, dates keep the precision they were entered with: the rally day falls in March 2022.
    await page.getByTestId('timeline-month').click();
    await expect(bar('2022-03').getAttribute('data-count')).resolves.toBe(String(in2022.filter((e) => (e.validFrom ?? '').startsWith('2022-03')).length));
    await page.getByTestId('timeline-undated').check();
    await page.getByTestId('timeline-year').click();
    await expect.poll(hiddenCount).toBe(0);
  });

  it('weighs the evidence: line width by independent sources, filters by sources and dispute, and an entity\'s single-source share', async () => {
    const puk = await hood([PUK]);
    const ids = puk.nodes.map((n) => n.id);
    const edges = among(puk.edges, ids);
    await open(ids, PUK);
    await expect.poll(() => canvasCount('data-styled-edges')).toBe(edges.length);

    await page.getByTestId('evidence-min').fill('2');
    await expect.poll(hiddenCount).toBe(edges.filter((e) => sources(e) < 2).length);
    await page.getByTestId('evidence-min').fill('1');
    await page.getByTestId('evidence-single').check();
    await expect.poll(hiddenCount).toBe(edges.filter((e) => sources(e) > 1).length);
    await page.getByTestId('evidence-single').uncheck();
    await page.getByTestId('evidence-disputed').check();
    const disputed = edges.filter((e) => e.status === 'CONTESTED' || e.citations.some((c) => c.stance === 'DISPUTES'));
    expect(disputed.length).toBeGreaterThan(0);
    await expect.poll(drawnEdges).toBe(disputed.length);
    await shot('analysis-07-disputed');
    await page.getByTestId('evidence-disputed').uncheck();
    await expect.poll(hiddenCount).toBe(0);

    const touching = edges.filter((e) => e.from.id === PUK || e.to.id === PUK);
    const share = page.getByTestId('evidence-share');
    await expect(share.getAttribute('data-total')).resolves.toBe(String(touching.length));
    await expect(share.getAttribute('data-single')).resolves.toBe(String(touching.filter((e) => sources(e) <= 1).length));
    await page.getByTestId('evidence-width').uncheck();
    await expect.poll(() => canvasCount('data-styled-edges')).toBe(0);
    await page.getByTestId('evidence-width').check();
  });

  it('made no request to any other host and raised no page error', () => {
    const origin = new URL(rig.server.url).origin;
    expect(rig.requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(rig.pageErrors).toEqual([]);
  });
});
