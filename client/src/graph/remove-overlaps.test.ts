import { describe, expect, it } from 'vitest';
import { countOverlaps, separate, type Box } from './remove-overlaps.ts';

const box = (id: string, x: number, y: number, fixed = false): Box => ({ id, x, y, w: 100, h: 30, fixed });

describe('overlap removal', () => {
  it('moves overlapping labels apart until none overlap, leaving pinned nodes in place', () => {
    const boxes = [box('a', 0, 0, true), box('b', 20, 5), box('c', 40, 10), box('far', 1000, 1000)];
    expect(countOverlaps(boxes)).toBe(3);
    const moved = separate(boxes, 30);
    expect(moved.has('a')).toBe(false);
    expect(moved.has('far')).toBe(false);
    const after = boxes.map((b) => ({ ...b, ...(moved.get(b.id) ?? {}) }));
    expect(countOverlaps(after)).toBe(0);
  });
});
