import { describe, expect, it } from 'vitest';
import { actionLabel, diffLines } from './history-diff.ts';

const edge = (over: Record<string, unknown> = {}) => ({
  id: 'e1', type: 'SUPPORTED', confidence: 'reported', validTo: '2021', note: null, updatedAt: '2026-01-01', status: 'active',
  citations: [{ id: 'c1', locator: 'p. 1', stance: 'supports', sourceId: 's1' }, { id: 'c2', locator: 'p. 2', stance: 'disputes', sourceId: 's1' }],
  ...over,
});

describe('history diff', () => {
  it('lists only the fields that changed, leaving out bookkeeping', () => {
    const lines = diffLines(JSON.stringify(edge()), JSON.stringify(edge({ confidence: 'alleged', validTo: null, updatedAt: '2026-02-02' })));
    expect(lines).toEqual([
      { field: 'confidence', before: 'reported', after: 'alleged' },
      { field: 'validTo', before: '2021', after: null },
    ]);
  });

  it('names a retracted and an added citation, and the reason of a reinstatement', () => {
    const after = edge({
      citations: [edge().citations[0], { ...edge().citations[1], retraction: { reason: 'misread' } }, { id: 'c3', locator: 'fn. 4', stance: 'supports', sourceId: 's2' }],
      reason: 'second source',
    });
    const lines = diffLines(JSON.stringify(edge()), JSON.stringify(after));
    expect(lines).toContainEqual({ field: 'citation retracted', before: 'p. 2 · disputes · source s1', after: 'retracted: misread' });
    expect(lines).toContainEqual({ field: 'citation added', before: null, after: 'fn. 4 · supports · source s2' });
    expect(lines.at(-1)).toEqual({ field: 'reason', before: null, after: 'second source' });
  });

  it('reads merges and withheld snapshots', () => {
    expect(diffLines(JSON.stringify({ name: 'Old' }), JSON.stringify({ mergedInto: 'ent-2' }))).toEqual([{ field: 'merged into', before: 'Old', after: 'ent-2' }]);
    expect(diffLines(JSON.stringify({ kept: { name: 'A' }, merged: { id: 'b', name: 'B' } }), '{}')).toEqual([{ field: 'merged in', before: null, after: 'B (b)' }]);
    expect(diffLines(null, null)).toEqual([]);
    expect(actionLabel('citation.retract')).toBe('Citation retracted');
  });
});
