import { describe, expect, it } from 'vitest';
import { citation, edge, source } from '../test-fixtures.ts';
import { mergeEdge } from './merge-edge.ts';
import { isFullEdge, type ApiEdge, type LeanEdge } from './types.ts';

function leanOf(full: ApiEdge, patch: Partial<LeanEdge> = {}): LeanEdge {
  const citations = full.citations.map((c) => ({ id: c.id, stance: c.stance, source: { id: c.source.id } }));
  return { ...full, citations, lean: true, ...patch };
}

const report = source('s1', { title: 'Annual report', publisher: 'Registry' });
const full = edge('e1', 'a', 'b', { citations: [citation('c1', report, { locator: 'p. 4', quote: 'owns' })] });

describe('mergeEdge', () => {
  it('keeps the cached full citations when a lean copy of the same citations arrives, taking its other fields', () => {
    const merged = mergeEdge(full, leanOf(full, { status: 'CONTESTED' }));
    expect(isFullEdge(merged)).toBe(true);
    expect(merged.status).toBe('CONTESTED');
    expect(merged.citations).toEqual(full.citations);
    expect('lean' in merged).toBe(false);
  });

  it('takes the lean copy when its citations differ from the cached ones (the cached evidence is stale)', () => {
    const next = leanOf(full, { citations: [{ id: 'c1', stance: 'SUPPORTS', source: { id: 's1' } }, { id: 'c2', stance: 'DISPUTES', source: { id: 's2' } }] });
    expect(mergeEdge(full, next)).toBe(next);
  });

  it('replaces a lean edge with a full one and a full one with a newer full one', () => {
    const lean = leanOf(full);
    expect(mergeEdge(lean, full)).toBe(full);
    const newer = { ...full, note: 'updated' };
    expect(mergeEdge(full, newer)).toBe(newer);
  });

  it('stores a lean edge as is when nothing or only a lean copy is cached', () => {
    const lean = leanOf(full);
    expect(mergeEdge(undefined, lean)).toBe(lean);
    const again = leanOf(full, { confidence: 'CONFIRMED' });
    expect(mergeEdge(lean, again)).toBe(again);
  });
});
