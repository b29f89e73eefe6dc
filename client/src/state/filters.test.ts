import { describe, expect, it } from 'vitest';
import { edge, entity } from '../test-fixtures.ts';
import { DEFAULT_FILTERS, edgePasses, nodePasses, toEdgeFilter, yearBounds } from './filters.ts';

describe('filters', () => {
  it('by default shows active and contested edges and hides retracted ones', () => {
    expect(edgePasses(edge('e', 'a', 'b'), DEFAULT_FILTERS)).toBe(true);
    expect(edgePasses(edge('e', 'a', 'b', { status: 'CONTESTED' }), DEFAULT_FILTERS)).toBe(true);
    expect(edgePasses(edge('e', 'a', 'b', { status: 'RETRACTED' }), DEFAULT_FILTERS)).toBe(false);
    expect(edgePasses(edge('e', 'a', 'b', { status: 'RETRACTED' }), { ...DEFAULT_FILTERS, includeRetracted: true })).toBe(true);
    expect(edgePasses(edge('e', 'a', 'b', { status: 'CONTESTED' }), { ...DEFAULT_FILTERS, includeContested: false })).toBe(false);
  });

  it('filters by relationship type and confidence', () => {
    const f = { ...DEFAULT_FILTERS, types: ['FUNDED'], confidence: ['CONFIRMED' as const] };
    expect(edgePasses(edge('e', 'a', 'b', { type: 'FUNDED', confidence: 'CONFIRMED' }), f)).toBe(true);
    expect(edgePasses(edge('e', 'a', 'b', { type: 'FUNDED', confidence: 'ALLEGED' }), f)).toBe(false);
    expect(edgePasses(edge('e', 'a', 'b', { type: 'LEADS', confidence: 'CONFIRMED' }), f)).toBe(false);
  });

  it('keeps edges overlapping the date window, and undated edges', () => {
    const f = { ...DEFAULT_FILTERS, fromYear: 2021, toYear: 2022 };
    expect(edgePasses(edge('e', 'a', 'b', { validFrom: '2019', validTo: '2021-03' }), f)).toBe(true);
    expect(edgePasses(edge('e', 'a', 'b', { validFrom: '2023-01' }), f)).toBe(false);
    expect(edgePasses(edge('e', 'a', 'b', { validTo: '2020-12' }), f)).toBe(false);
    expect(edgePasses(edge('e', 'a', 'b'), f)).toBe(true);
  });

  it('filters nodes by kind', () => {
    const f = { ...DEFAULT_FILTERS, kinds: ['PERSON' as const] };
    expect(nodePasses(entity('p', { kind: 'PERSON' }), f)).toBe(true);
    expect(nodePasses(entity('o'), f)).toBe(false);
  });

  it('turns into the server EdgeFilter, leaving out what is unrestricted', () => {
    expect(toEdgeFilter(DEFAULT_FILTERS)).toEqual({ includeContested: true, includeRetracted: false });
    expect(toEdgeFilter({ ...DEFAULT_FILTERS, types: ['SUED'], confidence: ['ALLEGED'], fromYear: 2020, toYear: 2022 })).toEqual({
      includeContested: true,
      includeRetracted: false,
      types: ['SUED'],
      confidence: ['ALLEGED'],
      from: '2020',
      to: '2022',
    });
  });

  it('finds the year range of dated edges', () => {
    expect(yearBounds([edge('a', 'x', 'y', { validFrom: '2022-03-12' }), edge('b', 'x', 'y', { validFrom: '2018', validTo: '2024-01' })])).toEqual({
      min: 2018,
      max: 2024,
    });
    expect(yearBounds([edge('a', 'x', 'y')])).toBeNull();
  });
});
