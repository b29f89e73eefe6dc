import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout.ts';
import type { LayoutRequest } from './layout-protocol.ts';

function star(leaves: number): LayoutRequest {
  const nodes = ['hub', ...Array.from({ length: leaves }, (_, i) => `n${i}`)];
  const edges = nodes.slice(1).map((id, i) => ({ id: `e${i}`, source: 'hub', target: id }));
  return { name: 'fcose', nodes, fixed: [], edges };
}

function points(positions: Float64Array): { x: number; y: number }[] {
  return Array.from({ length: positions.length / 2 }, (_, i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! }));
}

describe('computeLayout', () => {
  it('returns a finite position for every node, in request order, with no two nodes on the same spot', () => {
    const { positions } = computeLayout(star(40));
    expect(positions).toHaveLength(82);
    const pts = points(positions);
    expect(pts.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(pts.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(41);
  });

  it('spreads neighbours at least a node apart from their hub', () => {
    const pts = points(computeLayout(star(12)).positions);
    const hub = pts[0]!;
    for (const p of pts.slice(1)) expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeGreaterThan(34);
  });

  it('keeps pinned nodes where they are', () => {
    const request = { ...star(20), fixed: [{ id: 'n3', position: { x: 500, y: -250 } }] };
    const pts = points(computeLayout(request).positions);
    expect(pts[4]!.x).toBeCloseTo(500, 0);
    expect(pts[4]!.y).toBeCloseTo(-250, 0);
  });

  it('lays out a large graph with the draft settings', () => {
    const request = star(1200);
    const pts = points(computeLayout(request).positions);
    const xs = pts.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
  });
});
