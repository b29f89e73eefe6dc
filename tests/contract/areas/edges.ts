// GraphStore contract, edges and evidence.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../server/src/domain/errors.ts';
import type { Entity } from '../../../server/src/domain/types.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { citationInput, edgeInput, reason } from '../../fixtures/builders.ts';
import { ACTOR, ISO_TIME, expectValidationError, filter, ids, snapshot, type ContractContext } from '../context.ts';
import { neighborhood } from '../../../server/src/domain/traversal.ts';

export function edgesContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source, entity, edge } = ctx;

  describe('edges and evidence', () => {
    let a: Entity;
    let b: Entity;
    let sourceId: string;
    beforeEach(async () => {
      a = await entity('PUK', { id: 'puk' });
      b = await entity('Narodnye Sovety', { id: 'narodnye' });
      sourceId = (await source({ id: 'report' })).id;
    });

    it('adds an edge with its citations and derives status active', async () => {
      const added = await edge(a.id, b.id, sourceId, {
        type: 'AFFILIATED_WITH',
        confidence: 'alleged',
        validFrom: '2021',
        validTo: '2022-03',
        note: 'claimed by R.',
        citations: [{ sourceId, locator: 'p. 4', quote: 'affiliated' }],
      });
      expect(added).toMatchObject({
        type: 'AFFILIATED_WITH',
        from: a.id,
        to: b.id,
        confidence: 'alleged',
        status: 'active',
        validFrom: '2021',
        validTo: '2022-03',
        note: 'claimed by R.',
        retractedReason: null,
        createdBy: ACTOR,
      });
      expect(added.citations).toHaveLength(1);
      expect(added.citations[0]).toMatchObject({ edgeId: added.id, sourceId, locator: 'p. 4', quote: 'affiliated', stance: 'supports', addedBy: ACTOR });
      expect(await store.getEdge(added.id)).toEqual(added);
      expect(await store.getEdge('no-such-edge')).toBeNull();
      expect(await store.stats()).toEqual({ entities: 2, edges: 1, sources: 1, citations: 1 });
      expect((await store.getEntity(a.id))?.degree).toBe(1);
      expect((await store.getEntity(b.id))?.degree).toBe(1);
      const history = await store.history(added.id);
      expect(history.map((e) => e.action)).toEqual(['edge.add']);
      expect(history[0]).toMatchObject({ actor: ACTOR, targetId: added.id, after: { id: added.id, status: 'active' } });
      expect(history[0]?.at).toMatch(ISO_TIME);
    });

    it.each([
      ['an unknown from', { from: 'no-such-entity' }, ['input', 'from']],
      ['an unknown to', { to: 'no-such-entity' }, ['input', 'to']],
      ['a self-loop', { to: 'puk' }, ['input', 'to']],
      ['an unknown sourceId', { citations: [{ sourceId: 'no-such-source' }] }, ['input', 'citations', 0, 'sourceId']],
      ['an organization at the start of ABOUT', { type: 'ABOUT' }, ['input', 'from']],
      ['an organization at the end of ASSERTED', { type: 'ASSERTED' }, ['input', 'to']],
      ['a claim at the start of ASSERTED', { type: 'ASSERTED', from: 'claim', to: 'claim-2' }, ['input', 'from']],
      ['an organization at the end of ENACTED', { type: 'ENACTED' }, ['input', 'to']],
      ['a claim at the start of LOCATED_IN', { type: 'LOCATED_IN', from: 'claim', to: 'almaty' }, ['input', 'from']],
    ])('rejects an edge with %s, naming the field and writing nothing', async (_case, overrides, path) => {
      await entity('A claim', { id: 'claim', kind: 'claim' });
      await entity('Another claim', { id: 'claim-2', kind: 'claim' });
      await entity('Almaty', { id: 'almaty', kind: 'place' });
      const before = await snapshot(store);
      const input = edgeInput({ type: 'MEMBER_OF', from: 'puk', to: 'narodnye', confidence: 'reported', citations: [{ sourceId: 'report' }], ...overrides } as Parameters<typeof edgeInput>[0]);
      await expectValidationError(store.addEdge(input, ACTOR), path);
      expect(await snapshot(store)).toEqual(before);
    });

    it('accepts each restricted type between the kinds it joins', async () => {
      const claim = await entity('UN committees promote pornography', { kind: 'claim' });
      const law = await entity('Criminal Code art. 121', { kind: 'law' });
      const place = await entity('Almaty', { kind: 'place' });
      const rally = await entity('Rally of 12 March 2022', { kind: 'event' });
      const penaltyLaw = await entity('2020 penalty law', { kind: 'law' });
      const added = [
        await edge(a.id, claim.id, sourceId, { type: 'ASSERTED' }),
        await edge(claim.id, b.id, sourceId, { type: 'ABOUT' }),
        await edge(rally.id, law.id, sourceId, { type: 'APPLIED' }),
        await edge(penaltyLaw.id, law.id, sourceId, { type: 'AMENDED' }),
        await edge(rally.id, place.id, sourceId, { type: 'LOCATED_IN' }),
      ];
      expect(added.map((e) => e.type)).toEqual(['ASSERTED', 'ABOUT', 'APPLIED', 'AMENDED', 'LOCATED_IN']);
    });

    it('names the failing citation among several', async () => {
      const input = edgeInput({ type: 'MEMBER_OF', from: a.id, to: b.id, confidence: 'reported', citations: [{ sourceId }, { sourceId: 'missing' }] });
      await expectValidationError(store.addEdge(input, ACTOR), ['input', 'citations', 1, 'sourceId']);
    });

    it('marks an edge contested when a citation disputes it, via addEdge and via addCitation', async () => {
      const disputed = await edge(a.id, b.id, sourceId, { citations: [{ sourceId }, { sourceId, stance: 'disputes' }] });
      expect(disputed.status).toBe('contested');
      expect((await store.getEdge(disputed.id))?.status).toBe('contested');

      const plain = await edge(a.id, b.id, sourceId, { type: 'ALLIED_WITH' });
      expect(plain.status).toBe('active');
      const supported = await store.addCitation(plain.id, citationInput({ sourceId, locator: 'p. 9' }), 'editor');
      expect(supported.status).toBe('active');
      expect(supported.citations).toHaveLength(2);
      const contested = await store.addCitation(plain.id, citationInput({ sourceId, locator: 'court filing', stance: 'disputes' }), 'editor');
      expect(contested.status).toBe('contested');
      expect(contested.citations.map((c) => c.stance).sort()).toEqual(['disputes', 'supports', 'supports']);
      const stillContested = await store.addCitation(plain.id, citationInput({ sourceId }), 'editor');
      expect(stillContested.status).toBe('contested');
      expect(await store.getEdge(plain.id)).toEqual(stillContested);
      expect((await store.history(plain.id)).map((e) => e.action)).toEqual(['edge.add', 'citation.add', 'citation.add', 'citation.add']);
      expect((await store.stats()).citations).toBe(6);
    });

    it('rejects a bad citation without writing', async () => {
      const added = await edge(a.id, b.id, sourceId);
      const before = await snapshot(store);
      await expectValidationError(store.addCitation(added.id, citationInput({ sourceId: 'missing' }), ACTOR), ['citation', 'sourceId']);
      await expect(store.addCitation('no-such-edge', citationInput({ sourceId }), ACTOR)).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot(store)).toEqual(before);
    });

    it('keeps two parallel edges of one type between one pair as two edges', async () => {
      const first = await edge(a.id, b.id, sourceId, { citations: [{ sourceId, locator: 'p. 1' }] });
      const second = await edge(a.id, b.id, sourceId, { citations: [{ sourceId, locator: 'p. 2' }] });
      expect(first.id).not.toBe(second.id);
      expect((await store.stats()).edges).toBe(2);
      expect((await store.getEntity(a.id))?.degree).toBe(2);
      const view = await store.traverse(() => neighborhood({ ids: [a.id], depth: 1, limit: 10, filter: filter() }));
      expect(ids(view.edges)).toEqual(new Set([first.id, second.id]));
    });

    it('refuses a duplicate explicit edge id', async () => {
      await edge(a.id, b.id, sourceId, { id: 'e1' });
      const before = await snapshot(store);
      await expect(edge(a.id, b.id, sourceId, { id: 'e1' })).rejects.toBeInstanceOf(ConflictError);
      expect(await snapshot(store)).toEqual(before);
    });

    it('retracts an edge, keeping its citations and reason; a second retraction conflicts', async () => {
      const added = await edge(a.id, b.id, sourceId, { citations: [{ sourceId, locator: 'p. 3' }] });
      const retracted = await store.retractEdge(added.id, reason('Source withdrew the claim'), 'editor');
      expect(retracted).toMatchObject({ id: added.id, status: 'retracted', retractedReason: 'Source withdrew the claim', updatedBy: 'editor' });
      expect(retracted.citations).toEqual(added.citations);
      expect(await store.getEdge(added.id)).toEqual(retracted);
      expect(await store.stats()).toEqual({ entities: 2, edges: 0, sources: 1, citations: 1 });
      expect((await store.getEntity(a.id))?.degree).toBe(0);

      const before = await snapshot(store);
      await expect(store.retractEdge(added.id, reason('again'), 'editor')).rejects.toBeInstanceOf(ConflictError);
      await expect(store.retractEdge('no-such-edge', reason('why'), 'editor')).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot(store)).toEqual(before);

      const afterCitation = await store.addCitation(added.id, citationInput({ sourceId, stance: 'disputes' }), 'editor');
      expect(afterCitation.status).toBe('retracted');
      const history = await store.history(added.id);
      expect(history.map((e) => e.action)).toEqual(['edge.add', 'edge.retract', 'citation.add']);
      expect(history[1]).toMatchObject({ before: { status: 'active' }, after: { status: 'retracted', retractedReason: 'Source withdrew the claim' } });
    });
  });
}
