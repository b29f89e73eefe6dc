// Bad input, through the one place that parses it: GraphService, over a real store of each engine. Every case names
// the offending field and writes nothing. (The store contract holds the stores to what only they can decide:
// references to what they hold, conflicts, loops and endpoint kinds against stored entities.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/src/domain/schemas.ts';
import { GraphService } from '../../server/src/domain/graph-service.ts';
import { ValidationError } from '../../server/src/domain/errors.ts';
import { LOCAL_VIEWER } from '../../server/src/domain/visibility.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';
import type { OpenedStore } from '../fixtures/test-stores.ts';

async function rejectionPath(promise: Promise<unknown>): Promise<(string | number)[] | undefined> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues[0]?.path;
}

export function describeGraphServiceSuite(name: string, open: () => Promise<OpenedStore>): void {
  describe(`GraphService input: ${name}`, () => {
    let opened: OpenedStore;
    let store: GraphStore;
    let service: GraphService;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      await store.bulkLoad(miniBundle, 'seed');
      service = new GraphService(store);
    });
    afterEach(async () => {
      await opened.cleanup();
    });

    /** Runs a write that must fail on its input, and checks the field it names and that nothing was written. */
    async function rejects(write: () => Promise<unknown>, path: (string | number)[]) {
      const before = { stats: await store.stats(), audit: (await store.auditEvents(null, 10_000)).map((e) => e.id) };
      expect(await rejectionPath(write())).toEqual(path);
      expect({ stats: await store.stats(), audit: (await store.auditEvents(null, 10_000)).map((e) => e.id) }).toEqual(before);
    }

    it.each([
      ['unknown kind', { kind: 'spaceship', name: 'X' }, ['input', 'kind']],
      ['oversized name', { kind: 'person', name: 'x'.repeat(LIMITS.name + 1) }, ['input', 'name']],
      ['empty name', { kind: 'person', name: '   ' }, ['input', 'name']],
      ['impossible month', { kind: 'event', name: 'X', startDate: '2022-13' }, ['input', 'startDate']],
      ['impossible day', { kind: 'event', name: 'X', startDate: '2022-02-30' }, ['input', 'startDate']],
      ['end before start', { kind: 'event', name: 'X', startDate: '2022-03', endDate: '2021' }, ['input', 'endDate']],
      ['bad explicit id', { id: 'has space', kind: 'person', name: 'X' }, ['input', 'id']],
    ])('rejects an entity with %s', async (_case, input, path) => {
      await rejects(() => service.createEntity(LOCAL_VIEWER, input), path);
    });

    it.each([
      ['an impossible date', { startDate: '2022-13' }, ['input', 'startDate']],
      ['an empty name', { name: '' }, ['input', 'name']],
      ['an unknown sensitivity', { sensitivity: 'secret' }, ['input', 'sensitivity']],
    ])('rejects a patch with %s', async (_case, patch, path) => {
      await rejects(() => service.updateEntity(LOCAL_VIEWER, 'puk', patch), path);
    });

    it.each([
      ['a javascript: URL', { kind: 'news', title: 'X', url: 'javascript:alert(1)' }, ['input', 'url']],
      ['an unknown kind', { kind: 'blog', title: 'X' }, ['input', 'kind']],
      ['an oversized title', { kind: 'news', title: 't'.repeat(LIMITS.title + 1) }, ['input', 'title']],
      ['an impossible date', { kind: 'news', title: 'X', publishedAt: '2022-13' }, ['input', 'publishedAt']],
      ['an unknown partOf', { kind: 'news', title: 'X', partOf: 'no-such-source' }, ['input', 'partOf']],
    ])('rejects a source with %s', async (_case, input, path) => {
      await rejects(() => service.createSource(LOCAL_VIEWER, input), path);
    });

    const edgeWith = (overrides: Record<string, unknown>) => ({
      type: 'ALLIED_WITH',
      from: 'puk',
      to: 'narodnye-sovety',
      confidence: 'reported',
      citations: [{ sourceId: 'src-report' }],
      ...overrides,
    });

    it.each([
      ['no citations', { citations: [] }, ['input', 'citations']],
      ['an unknown relationship type', { type: 'HATES' }, ['input', 'type']],
      ['an impossible date', { validFrom: '2022-13' }, ['input', 'validFrom']],
      ['an unknown confidence', { confidence: 'certain' }, ['input', 'confidence']],
      ['an oversized note', { note: 'n'.repeat(LIMITS.note + 1) }, ['input', 'note']],
      ['validTo before validFrom', { validFrom: '2022', validTo: '2021-12' }, ['input', 'validTo']],
      ['an unknown stance', { citations: [{ sourceId: 'src-report', stance: 'maybe' }] }, ['input', 'citations', 0, 'stance']],
      ['an oversized quote', { citations: [{ sourceId: 'src-report', quote: 'q'.repeat(LIMITS.quote + 1) }] }, ['input', 'citations', 0, 'quote']],
      ['an unknown from', { from: 'no-such-entity' }, ['input', 'from']],
      ['an unknown sourceId', { citations: [{ sourceId: 'src-report' }, { sourceId: 'missing' }] }, ['input', 'citations', 1, 'sourceId']],
      ['a self-loop', { to: 'puk' }, ['input', 'to']],
      ['an organization asserting an event', { type: 'ASSERTED', to: 'rally-2022-03-12' }, ['input', 'to']],
      ['a person at the start of ABOUT', { type: 'ABOUT', from: 'activist-r' }, ['input', 'from']],
      ['an organization located in an event', { type: 'LOCATED_IN', to: 'rally-2022-03-12' }, ['input', 'to']],
    ])('rejects a relationship with %s', async (_case, overrides, path) => {
      await rejects(() => service.addEdge(LOCAL_VIEWER, edgeWith(overrides)), path);
    });

    it('rejects a bad citation, a blank reason and a bad id, naming each', async () => {
      await rejects(() => service.addCitation(LOCAL_VIEWER, 'puk-affiliated-narodnye', { sourceId: 'src-report', stance: 'maybe' }), ['citation', 'stance']);
      await rejects(() => service.addCitation(LOCAL_VIEWER, 'puk-affiliated-narodnye', { sourceId: 'missing' }), ['citation', 'sourceId']);
      await rejects(() => service.addCitation(LOCAL_VIEWER, 'bad id!', { sourceId: 'src-report' }), ['edgeId']);
      await rejects(() => service.retractEdge(LOCAL_VIEWER, 'puk-affiliated-narodnye', '  '), ['reason']);
      await rejects(() => service.retractEdge(LOCAL_VIEWER, 'puk-affiliated-narodnye', 'r'.repeat(LIMITS.reason + 1)), ['reason']);
      await rejects(() => service.mergeEntities(LOCAL_VIEWER, 'puk', 'puk'), ['mergeId']);
      await rejects(() => service.mergeEntities(LOCAL_VIEWER, 'puk', 'not an id'), ['mergeId']);
      expect((await store.getEdge('puk-affiliated-narodnye'))?.status).toBe('contested');
    });

    it('rejects read bounds and filters by field', async () => {
      const view = (args: Record<string, unknown>) => service.neighborhood(LOCAL_VIEWER, { ids: ['puk'], depth: 1, limit: 200, ...args } as never);
      expect(await rejectionPath(view({ depth: 0 }))).toEqual(['depth']);
      expect(await rejectionPath(view({ limit: 1.5 }))).toEqual(['limit']);
      expect(await rejectionPath(view({ filter: { types: ['HATES'] } }))).toEqual(['filter', 'types', 0]);
      expect(await rejectionPath(view({ filter: { from: '2022', to: '2021' } }))).toEqual(['filter', 'to']);
      const route = (args: Record<string, unknown>) => service.paths(LOCAL_VIEWER, { from: 'puk', to: 'activist-r', maxHops: 3, first: 3, ...args } as never);
      expect(await rejectionPath(route({ maxHops: 7 }))).toEqual(['maxHops']);
      expect(await rejectionPath(route({ first: 0 }))).toEqual(['first']);
      expect(await rejectionPath(route({ from: 'a b' }))).toEqual(['from']);
      expect(await rejectionPath(service.search(LOCAL_VIEWER, 'q'.repeat(LIMITS.query + 1), null, 5))).toEqual(['query']);
    });

    it('rejects query and lookup text that corrupts or disguises what it asks for, and still answers a blank search', async () => {
      expect(await rejectionPath(service.search(LOCAL_VIEWER, 'puk\u0000', null, 5))).toEqual(['query']);
      expect(await rejectionPath(service.search(LOCAL_VIEWER, '\ud83dpuk', null, 5))).toEqual(['query']);
      expect(await rejectionPath(service.search(LOCAL_VIEWER, 'kup\u202e', null, 5))).toEqual(['query']);
      expect(await rejectionPath(service.sources(LOCAL_VIEWER, 'report\u0007', 5))).toEqual(['query']);
      expect(await rejectionPath(service.corrections.similarEntities(LOCAL_VIEWER, 'PUK\u200e\u202d', null, null))).toEqual(['name']);
      expect(await rejectionPath(service.corrections.similarEntities(LOCAL_VIEWER, 'PUK', ['ПУК', 'P\u0000'], null))).toEqual(['aliases', 1]);
      // Blank text finds nothing rather than failing: a search box can be sent empty.
      expect(await service.search(LOCAL_VIEWER, '\u200b ', null, 5)).toEqual(expect.any(Array));
      // Paired surrogates (an emoji) and right-to-left script are ordinary text.
      expect(await service.search(LOCAL_VIEWER, 'ПУК 😀 שלום', null, 5)).toEqual(expect.any(Array));
    });
  });
}
