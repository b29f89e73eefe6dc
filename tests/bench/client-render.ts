// Client rendering benchmark: builds the canvas bench page (tests/bench/client/, the explorer's own graph modules)
// with Vite into a temp dir, serves it to Debian Chromium through request interception (no network, no server), and
// times 1,000- and 5,000-node subgraphs (first render, layout, the longest main-thread task) and an expand of 200
// nodes onto the 1,000-node canvas.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import type { ApiEdge, ApiEntity } from '../../client/src/api/types.ts';
import type { Subgraph } from '../../server/src/domain/types.ts';
import { FORCE_ABOVE } from '../../client/src/graph/compute-layout.ts';
import type { AnalysisRun, CanvasRun, ExpandRun } from './client/main.ts';

export const CHROMIUM = '/usr/bin/chromium';
const PAGE_ROOT = fileURLToPath(new URL('./client/', import.meta.url));
const ORIGIN = 'http://canvas-bench.invalid';
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export interface ClientRenderRun extends CanvasRun {
  layout: string;
}

export interface ClientRenderResult {
  method: string;
  runs: ClientRenderRun[];
  /** 200 nodes expanded onto the 1,000-node canvas; null when the graphs were too small to draw them from. */
  expand: ExpandRun | null;
  /** Canvas metrics and communities in the analysis worker, per subgraph. */
  analysis?: AnalysisRun[];
}

export const EXPAND_CANVAS = 1000;
export const EXPAND_ADDED = 200;

/**
 * The expand case from the two hub neighborhoods: the smaller one is the canvas, and the first 200 nodes of the larger
 * one that are not on it arrive, with every relationship of the larger one that joins them to the canvas or to each
 * other, for the hub (the first node) as the anchor.
 */
function expandCase(graphs: Subgraph[]): { canvas: Subgraph; anchor: string; added: Subgraph } | null {
  const canvas = graphs.find((g) => g.nodes.length >= EXPAND_CANVAS);
  const larger = graphs.find((g) => g.nodes.length > EXPAND_CANVAS + EXPAND_ADDED);
  const anchor = canvas?.nodes[0]?.id;
  if (!canvas || !larger || !anchor) return null;
  const onCanvas = new Set(canvas.nodes.map((n) => n.id));
  const nodes = larger.nodes.filter((n) => !onCanvas.has(n.id)).slice(0, EXPAND_ADDED);
  const fresh = new Set(nodes.map((n) => n.id));
  const edges = larger.edges.filter((e) => (fresh.has(e.from) || fresh.has(e.to)) && (fresh.has(e.from) || onCanvas.has(e.from)) && (fresh.has(e.to) || onCanvas.has(e.to)));
  return { canvas, anchor, added: { nodes, edges, truncated: false } };
}

const upper = <T extends string>(value: string) => value.toUpperCase() as T;

/** The API's wire shape, as the explorer's cache holds it. */
export function toApi(graph: Subgraph): { entities: ApiEntity[]; edges: ApiEdge[] } {
  return {
    entities: graph.nodes.map((n) => ({
      id: n.id,
      kind: upper(n.kind),
      name: n.name,
      aliases: n.aliases,
      description: n.description,
      startDate: n.startDate,
      endDate: n.endDate,
      sensitivity: upper(n.sensitivity),
      degree: n.degree,
      redacted: Boolean(n.redacted),
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      type: e.type,
      from: e.from,
      to: e.to,
      validFrom: e.validFrom,
      validTo: e.validTo,
      confidence: upper(e.confidence),
      status: upper(e.status),
      note: e.note,
      retractedReason: e.retractedReason,
      citations: [],
    })),
  };
}

/**
 * The bench page built and loaded in Chromium, ready for `renderSubgraph`, `expandOnto` and `analyseSubgraph`.
 * `minify: false` keeps function names readable in a profile.
 */
export async function openBenchPage(scale = 1, minify = true): Promise<{ page: Page; close(): Promise<void> }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'actornet-canvas-bench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const close = async () => {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  };
  try {
    await build({ root: PAGE_ROOT, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000, minify } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: scale });
    await page.route(`${ORIGIN}/**`, async (route) => {
      const file = path.join(outDir, new URL(route.request().url()).pathname);
      if (!file.startsWith(outDir)) return route.abort();
      const body = await readFile(file).catch(() => null);
      if (!body) return route.fulfill({ status: 404 });
      return route.fulfill({ body, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    });
    await page.route(/^(?!http:\/\/canvas-bench\.invalid)/, (route) => route.abort());
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => 'renderSubgraph' in window);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * `shots`: a folder to save a screenshot of each laid-out canvas in (`canvas-<nodes>.png`); `scale`: the screen's
 * pixel density (2 for a high-density laptop screen).
 */
export async function measureClientRender(graphs: Subgraph[], shots?: string, scale = 1): Promise<ClientRenderResult> {
  const { page, close } = await openBenchPage(scale);
  try {
    const runs: ClientRenderRun[] = [];
    for (const graph of graphs) {
      const { entities, edges } = toApi(graph);
      const run = await page.evaluate(
        ({ entities, edges, keep }) =>
          (window as unknown as { renderSubgraph(n: unknown[], e: unknown[], keep: boolean): Promise<CanvasRun> }).renderSubgraph(entities, edges, keep),
        { entities, edges, keep: shots !== undefined },
      );
      if (shots !== undefined) {
        await page.screenshot({ path: path.join(shots, `canvas-${run.nodes}.png`) });
        await page.evaluate(() => (window as unknown as { dropCanvas(): void }).dropCanvas());
      }
      runs.push({ ...run, layout: run.nodes > FORCE_ABOVE ? 'd3-force in a worker' : 'fcose in a worker' });
    }
    const expandInput = expandCase(graphs);
    const expand = expandInput
      ? await page.evaluate(
          ({ canvas, anchor, added }) =>
            (window as unknown as { expandOnto(c: unknown, a: string, x: unknown): Promise<ExpandRun> }).expandOnto(canvas, anchor, added),
          { canvas: toApi(expandInput.canvas), anchor: expandInput.anchor, added: toApi(expandInput.added) },
        )
      : null;
    const analysis: AnalysisRun[] = [];
    for (const graph of graphs) {
      const { entities, edges } = toApi(graph);
      analysis.push(
        await page.evaluate(
          ({ entities, edges }) =>
            (window as unknown as { analyseSubgraph(n: unknown[], e: unknown[]): Promise<AnalysisRun> }).analyseSubgraph(entities, edges),
          { entities, edges },
        ),
      );
    }
    return {
      expand,
      method:
        'standalone Vite page with the explorer\'s stylesheet, toElements, ring placement, dense-canvas settings and runLayout (client/src/graph, layout worker included), headless Chromium --disable-gpu',
      runs,
      analysis,
    };
  } finally {
    await close();
  }
}
