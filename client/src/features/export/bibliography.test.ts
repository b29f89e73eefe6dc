import { describe, expect, it } from 'vitest';
import { citation, edge, source } from '../../test-fixtures.ts';
import { formatEntry, numberSources } from './bibliography.ts';

describe('numberSources', () => {
  const s1 = source('s1', { title: 'Report', publisher: 'Feminita', publishedAt: '2023', url: 'https://example.org/r' });
  const s2 = source('s2', { title: 'Court record' });
  const s3 = source('s3', { title: 'News' });

  it('numbers each source once, in order of first appearance', () => {
    const b = numberSources([
      edge('e1', 'a', 'b', { citations: [citation('c1', s2), citation('c2', s1), citation('c3', s2)] }),
      edge('e2', 'a', 'c', { citations: [citation('c4', s3), citation('c5', s1)] }),
      edge('e3', 'b', 'c', { citations: [] }),
    ]);
    expect(b.entries.map((e) => [e.n, e.source.id])).toEqual([
      [1, 's2'],
      [2, 's1'],
      [3, 's3'],
    ]);
    expect(b.refsByEdge.get('e1')).toEqual([1, 2]);
    expect(b.refsByEdge.get('e2')).toEqual([3, 2]);
    expect(b.refsByEdge.get('e3')).toEqual([]);
  });

  it('formats an entry with title, publisher, date and URL, leaving out what is missing', () => {
    expect(formatEntry({ n: 2, source: s1 })).toBe('[2] Report. Feminita, 2023. https://example.org/r');
    expect(formatEntry({ n: 1, source: s2 })).toBe('[1] Court record.');
  });

  it('lists a source the server withheld as a restricted source, with what remains of it', () => {
    const withheld = source('s9', { title: '[restricted]', publishedAt: '2023-02', redacted: true });
    expect(formatEntry({ n: 3, source: withheld })).toBe('[3] [restricted source]. 2023-02.');
  });
});
