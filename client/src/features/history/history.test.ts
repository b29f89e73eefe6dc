import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo } from './history.ts';

describe('history', () => {
  it('undoes and redoes in order, and a new change clears redo', () => {
    let h = record(record(emptyHistory<string>(), 'a'), 'b'); // now at 'c'
    const u1 = undo(h, 'c')!;
    expect(u1.state).toBe('b');
    const u2 = undo(u1.history, 'b')!;
    expect(u2.state).toBe('a');
    expect(undo(u2.history, 'a')).toBeNull();
    const r1 = redo(u2.history, 'a')!;
    expect(r1.state).toBe('b');
    h = record(r1.history, 'b');
    expect(h.future).toEqual([]);
    expect(redo(h, 'x')).toBeNull();
  });
});
