import { describe, expect, it } from 'vitest';
import type { ApiEdge, ApiEntity, ApiPath } from '../../api/types.ts';
import { hopsOf, onlyThroughClaimAbout } from './path-results.ts';

const node = (id: string, kind: ApiEntity['kind'] = 'ORGANIZATION'): ApiEntity => ({
  id, kind, name: id, aliases: [], description: null, startDate: null, endDate: null, sensitivity: 'PUBLIC', degree: 1, redacted: false,
});
const edge = (id: string, type: string, from: string, to: string): ApiEdge => ({
  id, type, from, to, validFrom: null, validTo: null, confidence: 'REPORTED', status: 'ACTIVE', note: null, citations: [], retractedReason: null,
});

describe('reading a path', () => {
  it('reads each hop from the start and says when the relationship points back', () => {
    const path: ApiPath = { nodes: [node('puk'), node('rally', 'EVENT'), node('akimat')], edges: [edge('e1', 'ORGANIZED', 'puk', 'rally'), edge('e2', 'SUPPORTED', 'akimat', 'rally')] };
    expect(hopsOf(path).map((h) => [h.at, h.next, h.forward])).toEqual([
      ['puk', 'rally', true],
      ['rally', 'akimat', false],
    ]);
  });

  it('finds paths that pass only through a claim both ends are merely about', () => {
    const viaClaim: ApiPath = { nodes: [node('a'), node('claim', 'CLAIM'), node('b')], edges: [edge('e1', 'ABOUT', 'claim', 'a'), edge('e2', 'ABOUT', 'claim', 'b')] };
    const asserted: ApiPath = { nodes: [node('a'), node('claim', 'CLAIM'), node('b')], edges: [edge('e1', 'ASSERTED', 'a', 'claim'), edge('e2', 'ABOUT', 'claim', 'b')] };
    expect(onlyThroughClaimAbout(viaClaim)).toBe(true);
    expect(onlyThroughClaimAbout(asserted)).toBe(false);
  });
});
