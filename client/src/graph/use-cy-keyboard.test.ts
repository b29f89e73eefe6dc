import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './use-cy-keyboard.ts';

describe('arrow keys on the canvas', () => {
  const nodes = [
    { id: 'right-near', x: 100, y: 10 },
    { id: 'right-far', x: 300, y: 0 },
    { id: 'up', x: 0, y: -100 },
    { id: 'diagonal', x: 80, y: 90 },
  ];
  it('moves to the nearest entity in the pressed direction, preferring one straight ahead', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, { x: 1, y: 0 }, nodes)).toBe('right-near');
    expect(nearestInDirection({ x: 0, y: 0 }, { x: 0, y: -1 }, nodes)).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, { x: -1, y: 0 }, nodes)).toBeNull();
  });
});
