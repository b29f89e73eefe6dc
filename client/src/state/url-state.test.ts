import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters.ts';
import { decodeUrlState, encodeUrlState, type UrlState } from './url-state.ts';

const base: UrlState = { nodeIds: [], hidden: [], pinned: [], filters: DEFAULT_FILTERS, layout: 'fcose', selected: null };

describe('url state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeUrlState(base)).toBe('');
    expect(decodeUrlState('')).toEqual(base);
  });

  it('round-trips canvas, filters, layout and selection', () => {
    const state: UrlState = {
      nodeIds: ['org-puk', 'org-narodnye-sovety', 'org-akimat'],
      hidden: ['org-akimat'],
      pinned: ['org-puk'],
      filters: {
        kinds: ['ORGANIZATION', 'PERSON'],
        types: ['AFFILIATED_WITH', 'SUED'],
        confidence: ['ALLEGED'],
        includeContested: false,
        includeRetracted: true,
        fromYear: 2019,
        toYear: 2022,
      },
      layout: 'concentric',
      selected: { kind: 'edge', id: 'edge-1' },
    };
    const query = encodeUrlState(state);
    expect(query).toContain('n=org-puk,org-narodnye-sovety,org-akimat');
    expect(decodeUrlState(`?${query}`)).toEqual(state);
  });

  it('ignores malformed values instead of failing', () => {
    const s = decodeUrlState('?n=ok,bad%20id,<x>&kinds=NOPE&layout=spiral&from=20x&sel=q:1&conf=ALLEGED,WRONG');
    expect(s.nodeIds).toEqual(['ok']);
    expect(s.filters.kinds).toEqual([]);
    expect(s.layout).toBe('fcose');
    expect(s.filters.fromYear).toBeNull();
    expect(s.selected).toBeNull();
    expect(s.filters.confidence).toEqual(['ALLEGED']);
  });
});
