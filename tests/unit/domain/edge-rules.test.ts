import { describe, expect, it } from 'vitest';
import { assertEndpointsAllowed, assertSelfLoopAllowed, retractedByMerge, statusAfterCitation, statusFor } from '../../../server/src/domain/edge-rules.ts';
import { ValidationError } from '../../../server/src/domain/errors.ts';
import type { Citation } from '../../../server/src/domain/types.ts';

const cited = (stance: Citation['stance']): Citation => ({
  id: 'cit_1', edgeId: 'edg_1', sourceId: 'src_1', locator: null, quote: null, stance, addedAt: '2024-01-01T00:00:00.000Z', addedBy: 'test',
});

describe('edge rules', () => {
  it('derives contested from any disputing citation', () => {
    expect(statusFor(['supports', 'supports'])).toBe('active');
    expect(statusFor(['supports', 'disputes'])).toBe('contested');
  });

  it('lets a new citation contest a live edge but never revive a retracted one', () => {
    expect(statusAfterCitation({ status: 'active', citations: [cited('supports')] }, 'disputes')).toBe('contested');
    expect(statusAfterCitation({ status: 'contested', citations: [cited('disputes')] }, 'supports')).toBe('contested');
    expect(statusAfterCitation({ status: 'active', citations: [cited('supports')] }, 'supports')).toBe('active');
    expect(statusAfterCitation({ status: 'retracted', citations: [cited('supports')] }, 'disputes')).toBe('retracted');
  });

  it('rejects a loop the vocabulary forbids, naming the given field', () => {
    expect(() => assertSelfLoopAllowed({ type: 'MEMBER_OF', from: 'a', to: 'b' }, ['input', 'to'])).not.toThrow();
    try {
      assertSelfLoopAllowed({ type: 'MEMBER_OF', from: 'a', to: 'a' }, ['input', 'to']);
      expect.unreachable('a MEMBER_OF loop must be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([{ path: ['input', 'to'], message: 'a MEMBER_OF relationship cannot join an entity to itself' }]);
    }
  });

  it('retracts the live loops a merge leaves, and leaves retracted ones alone', () => {
    expect(retractedByMerge({ type: 'ALLIED_WITH', status: 'active' })).toBe(true);
    expect(retractedByMerge({ type: 'ALLIED_WITH', status: 'contested' })).toBe(true);
    expect(retractedByMerge({ type: 'ALLIED_WITH', status: 'retracted' })).toBe(false);
  });

  it('allows each type only between the kinds the vocabulary names, naming the offending end', () => {
    const pathOf = (fn: () => void) => {
      try {
        fn();
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues[0]?.path;
      }
    };
    const root = ['input'];
    expect(pathOf(() => assertEndpointsAllowed({ type: 'ASSERTED' }, { from: 'person', to: 'claim' }, root))).toBeNull();
    expect(pathOf(() => assertEndpointsAllowed({ type: 'ASSERTED' }, { from: 'law', to: 'claim' }, root))).toEqual(['input', 'from']);
    expect(pathOf(() => assertEndpointsAllowed({ type: 'ASSERTED' }, { from: 'person', to: 'person' }, root))).toEqual(['input', 'to']);
    expect(pathOf(() => assertEndpointsAllowed({ type: 'ABOUT' }, { from: 'claim', to: 'place' }, root))).toBeNull();
    expect(pathOf(() => assertEndpointsAllowed({ type: 'ABOUT' }, { from: 'event', to: 'claim' }, root))).toEqual(['input', 'from']);
    expect(pathOf(() => assertEndpointsAllowed({ type: 'AMENDED' }, { from: 'law', to: 'law' }, root))).toBeNull();
    expect(pathOf(() => assertEndpointsAllowed({ type: 'ENACTED' }, { from: 'claim', to: 'law' }, root))).toEqual(['input', 'from']);
    expect(pathOf(() => assertEndpointsAllowed({ type: 'LOCATED_IN' }, { from: 'event', to: 'organization' }, root))).toEqual(['input', 'to']);
    expect(pathOf(() => assertEndpointsAllowed({ type: 'FUNDED' }, { from: 'law', to: 'claim' }, root))).toBeNull();
  });
});
