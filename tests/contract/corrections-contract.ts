// The CorrectionStore contract (`store.corrections`) and the relationships-among walk through `traverse`: fuzzy
// candidates, and corrections written with their audit event or refused writing nothing. Rules come from the domain
// plans, exactly as the service applies them; the suite speaks only through the port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { edgePatchSchema, planCitationRetraction, planEdgeUpdate, planReinstatement, relationshipsAmong } from '../../server/src/domain/corrections.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../server/src/domain/errors.ts';
import { DEFAULT_EDGE_FILTER, edgeFilterSchema, type EdgeFilter } from '../../server/src/domain/schemas.ts';
import { searchKey } from '../../server/src/domain/search-keys.ts';
import type { Edge } from '../../server/src/domain/types.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { citationInput, edgeInput, entityInput, entityPatch, reason as why, sourceInput } from '../fixtures/builders.ts';
import type { OpenStore } from './index.ts';

const ACTOR = 'contract-test';
const patch = (v: Parameters<typeof edgePatchSchema.parse>[0]) => edgePatchSchema.parse(v);

async function snapshot(store: GraphStore) {
  return { stats: await store.stats(), audit: (await store.auditEvents(null, 10_000)).map((e) => e.id) };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

export function describeCorrectionsContract(name: string, open: OpenStore): void {
  describe(`CorrectionStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await cleanup();
    });

    /** Three organizations; a-b supported and disputed, b-c supported twice, c-a on one citation. */
    async function graph() {
      const src = await store.createSource(sourceInput({ kind: 'report', title: 'A report' }), ACTOR);
      const org = (name: string) => store.createEntity(entityInput({ kind: 'organization', name }), ACTOR);
      const [a, b, c, far] = [await org('Alpha'), await org('Beta'), await org('Gamma'), await org('Far away')];
      const add = (from: string, to: string, stances: ('supports' | 'disputes')[], extra = {}) =>
        store.addEdge(
          edgeInput({ type: 'ALLIED_WITH', from, to, confidence: 'reported', citations: stances.map((stance, i) => ({ sourceId: src.id, locator: `p. ${i + 1}`, stance })), ...extra }),
          ACTOR,
        );
      const ab = await add(a.id, b.id, ['supports', 'disputes']);
      const bc = await add(b.id, c.id, ['supports', 'supports'], { validFrom: '2020', validTo: '2021' });
      const ca = await add(c.id, a.id, ['supports']);
      const cFar = await add(c.id, far.id, ['supports']);
      return { src, a, b, c, far, ab, bc, ca, cFar };
    }

    describe('relationships among a set of entities (through traverse)', () => {
      const among = (ids: string[], f: Partial<EdgeFilter> = {}, take = 100) =>
        store.traverse(() => relationshipsAmong(ids, { ...DEFAULT_EDGE_FILTER, ...f }, take));

      it('returns every passing relationship with both ends in the set, with citations, and none leaving it', async () => {
        const g = await graph();
        await store.retractEdge(g.ca.id, why('Wrong'), ACTOR);
        const live = await among([g.a.id, g.b.id, g.c.id]);
        expect(new Set(live.map((e) => e.id))).toEqual(new Set([g.ab.id, g.bc.id]));
        expect(live.find((e) => e.id === g.ab.id)?.citations.map((c) => c.stance)).toEqual(['supports', 'disputes']);
        const all = await among([g.a.id, g.b.id, g.c.id], { includeRetracted: true });
        expect(all.find((e) => e.id === g.ca.id)?.status).toBe('retracted');
        expect(new Set((await among([g.a.id, g.b.id, g.c.id], { includeContested: false })).map((e) => e.id))).toEqual(new Set([g.bc.id]));
        expect(await among([g.a.id])).toEqual([]);
      });

      it('honours the bound on how many it returns', async () => {
        const g = await graph();
        expect(await among([g.a.id, g.b.id, g.c.id, g.far.id], {}, 2)).toHaveLength(2);
      });
    });

    describe('similarEntityIds', () => {
      it('offers entities a typo away as candidates, and never a restricted one unless asked', async () => {
        const person = await store.createEntity(entityInput({ kind: 'person', name: 'Bagilya Baltabayeva' }), ACTOR);
        const hidden = await store.createEntity(entityInput({ kind: 'person', name: 'Baltabaeva Hidden', sensitivity: 'restricted' }), ACTOR);
        await store.createEntity(entityInput({ kind: 'organization', name: 'Unrelated Union' }), ACTOR);
        const found = await store.corrections.similarEntityIds([searchKey('Baltabayva')], { first: 10, includeRestricted: true, kinds: null });
        expect(found).toContain(person.id);
        expect(found).toContain(hidden.id);
        const open = await store.corrections.similarEntityIds([searchKey('Baltabayva')], { first: 10, includeRestricted: false, kinds: null });
        expect(open).toContain(person.id);
        expect(open).not.toContain(hidden.id);
        const orgs = await store.corrections.similarEntityIds([searchKey('Baltabayva')], { first: 10, includeRestricted: true, kinds: ['organization'] });
        expect(orgs).not.toContain(person.id);
      });

      it('keeps candidates current as names change', async () => {
        const e = await store.createEntity(entityInput({ kind: 'organization', name: 'Akimat' }), ACTOR);
        expect(await store.corrections.similarEntityIds([searchKey('Akimt')], { first: 10, includeRestricted: true })).toContain(e.id);
        await store.updateEntity(e.id, entityPatch({ name: 'Mayor office' }), ACTOR);
        expect(await store.corrections.similarEntityIds([searchKey('Akimt')], { first: 10, includeRestricted: true })).not.toContain(e.id);
        expect(await store.corrections.similarEntityIds([searchKey('Mayr office')], { first: 10, includeRestricted: true })).toContain(e.id);
      });
    });

    describe('updating a relationship', () => {
      it('changes dates, confidence and note, keeps the rest, and audits before and after', async () => {
        const g = await graph();
        const after = await store.corrections.correctEdge(g.bc.id, 'id', ACTOR, (before) =>
          planEdgeUpdate(before, patch({ validFrom: '2019-05', validTo: null, confidence: 'confirmed', note: 'Checked against the court record' })),
        );
        expect(after).toMatchObject({ id: g.bc.id, validFrom: '2019-05', validTo: null, confidence: 'confirmed', note: 'Checked against the court record', status: 'active', updatedBy: ACTOR });
        expect(after.citations).toEqual(g.bc.citations);
        expect(await store.getEdge(g.bc.id)).toEqual(after);
        const last = (await store.history(g.bc.id)).at(-1);
        expect(last).toMatchObject({ action: 'edge.update', actor: ACTOR, targetId: g.bc.id });
        expect((last?.before as Edge).validTo).toBe('2021');
        expect((last?.after as Edge).validTo).toBeNull();
      });

      it('moves the relationship in and out of date windows as its dates change', async () => {
        const g = await graph();
        const inWindow = async (from: string, to: string) =>
          (await store.traverse(() => relationshipsAmong([g.b.id, g.c.id], edgeFilterSchema.parse({ from, to }), 10))).some((e) => e.id === g.bc.id);
        expect(await inWindow('2024', '2025')).toBe(false);
        await store.corrections.correctEdge(g.bc.id, 'id', ACTOR, (before) => planEdgeUpdate(before, patch({ validTo: '2024-06' })));
        expect(await inWindow('2024', '2025')).toBe(true);
      });

      it('refuses dates out of order, or an unknown relationship, writing nothing', async () => {
        const g = await graph();
        const before = await snapshot(store);
        const wrongOrder = await failure(store.corrections.correctEdge(g.bc.id, 'id', ACTOR, (e) => planEdgeUpdate(e, patch({ validFrom: '2023' }))));
        expect(wrongOrder).toBeInstanceOf(ValidationError);
        expect((wrongOrder as ValidationError).issues[0]?.path).toEqual(['input', 'validFrom']);
        const missing = await failure(store.corrections.correctEdge('no-such-edge', 'id', ACTOR, (e) => planEdgeUpdate(e, patch({ note: 'x' }))));
        expect(missing).toBeInstanceOf(NotFoundError);
        expect((missing as NotFoundError).path).toEqual(['id']);
        expect(await snapshot(store)).toEqual(before);
        expect(await store.getEdge(g.bc.id)).toEqual(g.bc);
      });
    });

    describe('retracting one citation', () => {
      it('keeps the citation with its reason and recomputes the status from the active citations', async () => {
        const g = await graph();
        expect(g.ab.status).toBe('contested');
        const disputing = g.ab.citations[1]?.id as string;
        const after = await store.corrections.correctEdge(g.ab.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, disputing, why('Misread the source')));
        expect(after.status).toBe('active');
        expect(after.citations).toHaveLength(2);
        const retracted = after.citations.find((c) => c.id === disputing);
        expect(retracted?.retraction).toMatchObject({ reason: 'Misread the source', by: ACTOR });
        expect(after.citations.find((c) => c.id !== disputing)?.retraction).toBeUndefined();
        expect(await store.getEdge(g.ab.id)).toEqual(after);
        expect((await store.history(g.ab.id)).at(-1)).toMatchObject({ action: 'citation.retract', actor: ACTOR });
        // A retracted citation no longer counts: a new supporting citation leaves the relationship active.
        const more = await store.addCitation(g.ab.id, citationInput({ sourceId: g.src.id, stance: 'supports' }), ACTOR);
        expect(more.status).toBe('active');
      });

      it('refuses the last active citation, an unknown or already retracted citation, writing nothing', async () => {
        const g = await graph();
        const only = g.ca.citations[0]?.id as string;
        const before = await snapshot(store);
        const last = await failure(store.corrections.correctEdge(g.ca.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, only, why('Wrong'))));
        expect(last).toBeInstanceOf(ValidationError);
        expect((last as ValidationError).issues[0]?.path).toEqual(['citationId']);
        expect((last as ValidationError).message).toMatch(/last active citation/);
        const unknown = await failure(store.corrections.correctEdge(g.ca.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, g.ab.citations[0]?.id as string, why('Wrong'))));
        expect(unknown).toBeInstanceOf(NotFoundError);
        expect(await snapshot(store)).toEqual(before);

        const first = g.bc.citations[0]?.id as string;
        await store.corrections.correctEdge(g.bc.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, first, why('Duplicate')));
        const again = await failure(store.corrections.correctEdge(g.bc.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, first, why('Duplicate'))));
        expect(again).toBeInstanceOf(ConflictError);
        // With one citation retracted, the other is now the last active one.
        const second = await failure(store.corrections.correctEdge(g.bc.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, g.bc.citations[1]?.id as string, why('x'))));
        expect(second).toBeInstanceOf(ValidationError);
      });

      it('pages a retracted citation with its retraction, so a copy keeps it', async () => {
        const g = await graph();
        const first = g.bc.citations[0]?.id as string;
        await store.corrections.correctEdge(g.bc.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, first, why('Duplicate')));
        const paged = (await store.pageEdges(null, 100)).find((e) => e.id === g.bc.id);
        expect(paged?.citations.find((c) => c.id === first)?.retraction?.reason).toBe('Duplicate');
      });
    });

    describe('reinstating a relationship', () => {
      it('makes a retracted relationship live again, with its status from its citations, and counts it again', async () => {
        const g = await graph();
        await store.retractEdge(g.ab.id, why('Too weak'), ACTOR);
        expect((await store.getEntity(g.a.id))?.degree).toBe(g.a.degree + 1);
        const after = await store.corrections.correctEdge(g.ab.id, 'id', ACTOR, (e) => planReinstatement(e, why('A second source confirms it')));
        expect(after.status).toBe('contested');
        expect(after.retractedReason).toBeNull();
        expect((await store.getEntity(g.a.id))?.degree).toBe(2);
        expect((await store.stats()).edges).toBe(4);
        const event = (await store.history(g.ab.id)).at(-1);
        expect(event).toMatchObject({ action: 'edge.reinstate', actor: ACTOR });
        expect((event?.before as Edge).status).toBe('retracted');
        expect((event?.after as { reason: string }).reason).toBe('A second source confirms it');
      });

      it('refuses to reinstate a live relationship, writing nothing', async () => {
        const g = await graph();
        const before = await snapshot(store);
        const live = await failure(store.corrections.correctEdge(g.ab.id, 'id', ACTOR, (e) => planReinstatement(e, why('Why not'))));
        expect(live).toBeInstanceOf(ValidationError);
        expect((live as ValidationError).issues[0]?.path).toEqual(['id']);
        expect((live as ValidationError).message).toMatch(/not retracted/);
        expect(await snapshot(store)).toEqual(before);
      });
    });
  });
}
