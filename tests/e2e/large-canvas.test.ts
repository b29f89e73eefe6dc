// A large canvas in Chromium (the explorer's own canvas code on the benchmark's page): 800 entities, more than a canvas
// names at once. At the zoom that fits them no name is readable and none is set; zoomed in, the entities in view carry
// their names; an export names every entity.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEdge, ApiEntity } from '../../client/src/api/types.ts';
import { VIEWPORT_LABELS_ABOVE } from '../../client/src/graph/large-graph.ts';
import { openBenchPage } from '../bench/client-render.ts';
import type { CanvasRun, NamesProbe } from '../bench/client/main.ts';
import { hasChromium, SHOTS } from './browser.ts';

const NODES = 800;

function graph(): { entities: ApiEntity[]; edges: ApiEdge[] } {
  const entities: ApiEntity[] = Array.from({ length: NODES }, (_, i) => ({
    id: `e-${i}`,
    kind: i % 3 === 0 ? 'PERSON' : 'ORGANIZATION',
    name: `Entity number ${i}`,
    aliases: [],
    description: null,
    startDate: null,
    endDate: null,
    sensitivity: 'PUBLIC',
    degree: 2,
    redacted: false,
  }));
  // A ring with chords: connected, and spread out by the layout rather than packed around a hub.
  const edges: ApiEdge[] = entities.flatMap((_, i) =>
    [1, 37].map((step) => ({
      id: `r-${i}-${step}`,
      type: 'MEMBER_OF',
      from: `e-${i}`,
      to: `e-${(i + step) % NODES}`,
      validFrom: null,
      validTo: null,
      confidence: 'CONFIRMED' as const,
      status: 'ACTIVE' as const,
      note: null,
      retractedReason: null,
      citations: [],
    })),
  );
  return { entities, edges };
}

describe.skipIf(!hasChromium)('large canvas in Chromium', () => {
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ page, close } = await openBenchPage());
    page.setDefaultTimeout(60_000);
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  it('sets no names at the fitted zoom, names the entities in view when zoomed in, and every entity for an export', async () => {
    expect(NODES).toBeGreaterThan(VIEWPORT_LABELS_ABOVE);
    const { entities, edges } = graph();
    const run = await page.evaluate(
      ({ entities, edges }) => (window as unknown as { renderSubgraph(n: unknown[], e: unknown[], keep: boolean): Promise<CanvasRun> }).renderSubgraph(entities, edges, true),
      { entities, edges },
    );
    expect(run.nodes).toBe(NODES);
    const probe = await page.evaluate(() => (window as unknown as { probeNames(id: string, zoom: number): Promise<NamesProbe> }).probeNames('e-0', 1.2));
    expect(probe.atFit).toBe(0);
    // Zoomed in: the probed entity and its neighbourhood on screen are named, most of the canvas is not.
    expect(probe.zoomedIn).toContain('e-0');
    expect(probe.zoomedIn.length).toBeGreaterThan(1);
    expect(probe.zoomedIn.length).toBeLessThan(NODES / 2);
    await page.screenshot({ path: path.join(SHOTS, 'large-canvas-zoomed-in.png') });
    expect(await page.evaluate(() => (window as unknown as { exportNames(): number }).exportNames())).toBe(NODES);
  }, 120_000);
});
