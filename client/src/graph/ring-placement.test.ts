import { describe, expect, it } from 'vitest';
import { ringPositions } from './ring-placement.ts';

describe('ringPositions', () => {
  it('places each new node around the centre, none on it, distinct from each other', () => {
    const centre = { x: 100, y: -50 };
    const ps = ringPositions(centre, 30);
    expect(ps).toHaveLength(30);
    const distances = ps.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y));
    expect(Math.min(...distances)).toBeGreaterThanOrEqual(150);
    expect(new Set(ps.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(30);
    const mean = ps.reduce((a, p) => ({ x: a.x + p.x / 30, y: a.y + p.y / 30 }), { x: 0, y: 0 });
    expect(Math.hypot(mean.x - centre.x, mean.y - centre.y)).toBeLessThan(1);
  });

  it('places nothing for no nodes', () => {
    expect(ringPositions({ x: 0, y: 0 }, 0)).toEqual([]);
  });
});
