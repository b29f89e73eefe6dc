import { describe, expect, it } from 'vitest';
import { SLICE, yieldingList } from '../../../server/src/graphql/yielding-list.ts';

describe('yieldingList', () => {
  it('hands a short list back as it is', () => {
    const items = Array.from({ length: SLICE }, (_, i) => ({ i }));
    const out = yieldingList(items);
    expect(out).toEqual(items);
    expect(out.every((item, i) => item === items[i])).toBe(true);
  });

  it('resolves every item of a long list to the same item, in order', async () => {
    const items = Array.from({ length: 5 * SLICE + 7 }, (_, i) => ({ i }));
    const out = await Promise.all(yieldingList(items));
    expect(out).toHaveLength(items.length);
    expect(out.every((item, i) => item === items[i])).toBe(true);
  });

  it('opens one slice per turn of the event loop, so work queued meanwhile runs between slices', async () => {
    const items = Array.from({ length: 4 * 10 }, (_, i) => i);
    const events: string[] = [];
    const out = yieldingList(items, 10);
    expect(out.slice(0, 10)).toEqual(items.slice(0, 10));
    const done = out.map((item, i) => Promise.resolve(item).then(() => i % 10 === 0 && events.push(`slice ${i / 10}`)));
    // A request arriving while the list is being completed, and another one while its second slice completes: each
    // waits at most for the slice already scheduled, never for the rest of the list.
    setImmediate(() => events.push('other request'));
    void Promise.resolve(out[10]).then(() => setImmediate(() => events.push('later request')));
    await Promise.all(done);
    expect(events).toEqual(['slice 0', 'other request', 'slice 1', 'slice 2', 'later request', 'slice 3']);
  });
});
