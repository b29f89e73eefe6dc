import { describe, expect, it } from 'vitest';
import { citation, edge, entity, source } from '../../test-fixtures.ts';
import { DEFAULT_FILTERS } from '../../state/filters.ts';
import { numberSources } from './bibliography.ts';
import { describeFilters, edgeStyleKey, labelsWithSources, shownStyles } from './sheet-facts.ts';

describe('sheet facts', () => {
  const s1 = source('s1');
  const s2 = source('s2');
  const e1 = edge('e1', 'a', 'b', { type: 'FUNDED', confidence: 'ALLEGED', citations: [citation('c1', s2), citation('c2', s1)] });
  const e2 = edge('e2', 'a', 'c', { type: 'SUED', status: 'CONTESTED', citations: [citation('c3', s1)] });

  it('puts the numbers of the cited sources on each relationship label', () => {
    const labels = labelsWithSources([e1, e2], numberSources([e1, e2]), new Map([['FUNDED', 'funded'], ['SUED', 'sued']]));
    expect(labels.get('e1')).toBe('funded [1, 2]');
    expect(labels.get('e2')).toBe('sued (contested) [2]');
  });

  it('collects exactly the kinds and edge styles drawn', () => {
    const shown = shownStyles([entity('a', { kind: 'PERSON' }), entity('b', { kind: 'CLAIM', sensitivity: 'RESTRICTED' })], [e1, e2]);
    expect([...shown.kinds].sort()).toEqual(['CLAIM', 'PERSON']);
    expect(shown.restricted).toBe(true);
    expect([...shown.edgeStyles].sort()).toEqual(['ALLEGED', 'CONTESTED']);
    expect(edgeStyleKey({ status: 'RETRACTED', confidence: 'CONFIRMED' })).toBe('RETRACTED');
  });

  it('notes only the filters that narrow the view', () => {
    expect(describeFilters(DEFAULT_FILTERS, new Map(), 0)).toBe('Filters: retracted relationships left out.');
    const narrowed = { ...DEFAULT_FILTERS, kinds: ['PERSON' as const], types: ['FUNDED'], includeContested: false, fromYear: 2021, toYear: null };
    expect(describeFilters(narrowed, new Map([['FUNDED', 'funded']]), 2)).toBe(
      'Filters: kinds: Person; relationship types: funded; contested relationships left out; retracted relationships left out; dates 2021–…; 2 entities hidden by hand.',
    );
  });
});
