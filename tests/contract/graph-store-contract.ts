// The GraphStore contract: one behavioural suite that every store adapter must pass. It speaks only through the port,
// never SQL or Cypher, and compares sets wherever the port promises no order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../server/src/domain/errors.ts';
import { DEFAULT_EDGE_FILTER, LIMITS, type EdgeFilter, type EdgeInput, type EntityInput, type SourceInput } from '../../server/src/domain/schemas.ts';
import type { Edge, Entity, Path } from '../../server/src/domain/types.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { citationInput, edgeInput, entityInput, entityPatch, sourceInput, unchecked } from '../fixtures/builders.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';
import { loadSearchGraph } from '../fixtures/search-graph.ts';
import { loadTraversalGraph, type NodeName, type TraversalGraph } from '../fixtures/traversal-graph.ts';

export type OpenStore = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

const ACTOR = 'contract-test';
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const filter = (f: Partial<EdgeFilter> = {}): EdgeFilter => ({ ...DEFAULT_EDGE_FILTER, ...f });
const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
const sorted = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Everything a failed write must leave untouched. */
async function snapshot(store: GraphStore) {
  return { stats: await store.stats(), audit: (await store.auditEvents(null, 10_000)).map((e) => e.id) };
}

async function expectValidationError(promise: Promise<unknown>, path: (string | number)[]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues[0]?.path).toEqual(path);
}

export function describeGraphStoreContract(name: string, open: OpenStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await cleanup();
    });

    const source = (overrides: Partial<Parameters<typeof sourceInput>[0]> = {}) =>
      store.createSource(sourceInput({ kind: 'report', title: 'A report', ...overrides }), ACTOR);
    const entity = (name: string, overrides: Partial<Parameters<typeof entityInput>[0]> = {}) =>
      store.createEntity(entityInput({ kind: 'organization', name, ...overrides }), ACTOR);
    const edge = (from: string, to: string, sourceId: string, overrides: Partial<Parameters<typeof edgeInput>[0]> = {}) =>
      store.addEdge(edgeInput({ type: 'MEMBER_OF', from, to, confidence: 'reported', citations: [{ sourceId }], ...overrides }), ACTOR);

    describe('lifecycle', () => {
      it('starts empty, is not empty once it holds a source, and init() is idempotent', async () => {
        expect(await store.isEmpty()).toBe(true);
        expect(await store.stats()).toEqual({ entities: 0, edges: 0, sources: 0, citations: 0 });
        const s = await source();
        expect(await store.isEmpty()).toBe(false);
        await store.init();
        await store.init();
        expect(await store.getSource(s.id)).toEqual(s);
        expect(await store.isEmpty()).toBe(false);
      });
    });

    describe('entities', () => {
      it('creates an entity with a generated URL-safe id, audit fields and degree 0', async () => {
        const created = await entity('Feminita', { aliases: [{ value: 'Феминита', lang: 'ru' }], description: 'Feminist initiative', startDate: '2018' });
        expect(created.id).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(created).toMatchObject({
          kind: 'organization',
          name: 'Feminita',
          aliases: [{ value: 'Феминита', lang: 'ru' }],
          description: 'Feminist initiative',
          startDate: '2018',
          endDate: null,
          sensitivity: 'public',
          degree: 0,
          createdBy: ACTOR,
          updatedBy: ACTOR,
        });
        expect(created.createdAt).toMatch(ISO_TIME);
        expect(await store.getEntity(created.id)).toEqual(created);
      });

      it('keeps an explicit id and refuses a second entity with it, writing nothing', async () => {
        const created = await entity('EL*C', { id: 'elc' });
        expect(created.id).toBe('elc');
        const before = await snapshot(store);
        await expect(entity('Another', { id: 'elc' })).rejects.toBeInstanceOf(ConflictError);
        expect(await snapshot(store)).toEqual(before);
        expect((await store.getEntity('elc'))?.name).toBe('EL*C');
      });

      it('returns null for an unknown id and skips unknown ids in getEntities', async () => {
        const a = await entity('A');
        const b = await entity('B');
        expect(await store.getEntity('no-such-entity')).toBeNull();
        const found = await store.getEntities([a.id, 'no-such-entity', b.id]);
        expect(ids(found)).toEqual(new Set([a.id, b.id]));
      });

      it.each([
        ['unknown kind', { kind: 'spaceship', name: 'X' }, ['input', 'kind']],
        ['oversized name', { kind: 'person', name: 'x'.repeat(LIMITS.name + 1) }, ['input', 'name']],
        ['empty name', { kind: 'person', name: '   ' }, ['input', 'name']],
        ['impossible month', { kind: 'event', name: 'X', startDate: '2022-13' }, ['input', 'startDate']],
        ['impossible day', { kind: 'event', name: 'X', startDate: '2022-02-30' }, ['input', 'startDate']],
        ['end before start', { kind: 'event', name: 'X', startDate: '2022-03', endDate: '2021' }, ['input', 'endDate']],
        ['bad explicit id', { id: 'has space', kind: 'person', name: 'X' }, ['input', 'id']],
      ])('rejects an entity with %s, naming the field and writing nothing', async (_case, input, path) => {
        const before = await snapshot(store);
        await expectValidationError(store.createEntity(unchecked<EntityInput>(input), ACTOR), path);
        expect(await snapshot(store)).toEqual(before);
      });

      it('updates with patch semantics, replaces aliases, re-indexes search and records before/after', async () => {
        const created = await entity('Parents Union', { aliases: [{ value: 'Old Alias', lang: 'en' }], description: 'keep me' });
        const updated = await store.updateEntity(created.id, entityPatch({ aliases: [{ value: 'Союз родителей', lang: 'ru' }] }), 'editor');
        expect(updated).toMatchObject({ name: 'Parents Union', description: 'keep me', aliases: [{ value: 'Союз родителей', lang: 'ru' }], updatedBy: 'editor', createdBy: ACTOR });
        expect(ids(await store.search('Союз родителей', { first: 5, includeRestricted: true }))).toContain(created.id);
        expect(ids(await store.search('Old Alias', { first: 5, includeRestricted: true }))).not.toContain(created.id);

        const renamed = await store.updateEntity(created.id, entityPatch({ name: 'Parents Union of Kazakhstan', description: null }), 'editor');
        expect(renamed).toMatchObject({ name: 'Parents Union of Kazakhstan', description: null, aliases: [{ value: 'Союз родителей', lang: 'ru' }] });
        expect(await store.getEntity(created.id)).toEqual(renamed);

        const history = await store.history(created.id);
        expect(history.map((e) => e.action)).toEqual(['entity.create', 'entity.update', 'entity.update']);
        expect(history[2]).toMatchObject({ actor: 'editor', targetId: created.id, before: { name: 'Parents Union' }, after: { name: 'Parents Union of Kazakhstan' } });
      });

      it('rejects a bad patch or an unknown id without writing', async () => {
        const created = await entity('Akimat', { kind: 'organization', startDate: '2020' });
        const before = await snapshot(store);
        await expectValidationError(store.updateEntity(created.id, unchecked({ startDate: '2022-13' }), ACTOR), ['input', 'startDate']);
        await expectValidationError(store.updateEntity(created.id, unchecked({ name: '' }), ACTOR), ['input', 'name']);
        await expectValidationError(store.updateEntity(created.id, entityPatch({ endDate: '2019' }), ACTOR), ['input', 'endDate']);
        await expect(store.updateEntity('no-such-entity', entityPatch({ name: 'X' }), ACTOR)).rejects.toBeInstanceOf(NotFoundError);
        expect(await snapshot(store)).toEqual(before);
        expect(await store.getEntity(created.id)).toEqual(created);
      });
    });

    describe('sources', () => {
      it('creates, reads and lists sources, matching title, publisher and author case-insensitively', async () => {
        const report = await source({ id: 'report', title: 'Submission on Kazakhstan', publisher: 'Feminita', author: 'EL*C', publishedAt: '2024-02-29', url: 'https://example.org/r' });
        const news = await source({ kind: 'news', title: 'Митинг в Алматы', publisher: 'Vlast.kz', partOf: 'report' });
        const other = await source({ kind: 'court_record', title: 'Defamation judgment', author: 'District court' });
        expect(report).toMatchObject({ id: 'report', kind: 'report', publishedAt: '2024-02-29', url: 'https://example.org/r', partOf: null, createdBy: ACTOR });
        expect(await store.getSource('report')).toEqual(report);
        expect(await store.getSource('nope')).toBeNull();
        expect(ids(await store.getSources(['report', 'nope', news.id]))).toEqual(new Set(['report', news.id]));
        expect((await store.getSource(news.id))?.partOf).toBe('report');

        expect(ids(await store.listSources(null, 50))).toEqual(new Set([report.id, news.id, other.id]));
        expect(ids(await store.listSources('KAZAKHSTAN', 50))).toEqual(new Set([report.id]));
        expect(ids(await store.listSources('vlast', 50))).toEqual(new Set([news.id]));
        expect(ids(await store.listSources('district', 50))).toEqual(new Set([other.id]));
        expect(ids(await store.listSources('митинг', 50))).toEqual(new Set([news.id]));
        expect(await store.listSources(null, 2)).toHaveLength(2);
        expect((await store.history(report.id)).map((e) => e.action)).toEqual(['source.create']);
      });

      it.each([
        ['a javascript: URL', { kind: 'news', title: 'X', url: 'javascript:alert(1)' }, ['input', 'url']],
        ['an unknown kind', { kind: 'blog', title: 'X' }, ['input', 'kind']],
        ['an oversized title', { kind: 'news', title: 't'.repeat(LIMITS.title + 1) }, ['input', 'title']],
        ['an impossible date', { kind: 'news', title: 'X', publishedAt: '2022-13' }, ['input', 'publishedAt']],
        ['an unknown partOf', { kind: 'news', title: 'X', partOf: 'no-such-source' }, ['input', 'partOf']],
      ])('rejects a source with %s, writing nothing', async (_case, input, path) => {
        const before = await snapshot(store);
        await expectValidationError(store.createSource(unchecked<SourceInput>(input), ACTOR), path);
        expect(await snapshot(store)).toEqual(before);
      });

      it('refuses a duplicate explicit source id', async () => {
        await source({ id: 'dup' });
        await expect(source({ id: 'dup' })).rejects.toBeInstanceOf(ConflictError);
      });
    });

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

      it('rejects an edge without citations and writes nothing', async () => {
        const before = await snapshot(store);
        const historyBefore = await store.history(a.id);
        await expectValidationError(
          store.addEdge(unchecked<EdgeInput>({ type: 'MEMBER_OF', from: a.id, to: b.id, confidence: 'reported', citations: [] }), ACTOR),
          ['input', 'citations'],
        );
        expect(await snapshot(store)).toEqual(before);
        expect(await store.history(a.id)).toEqual(historyBefore);
        expect((await store.getEntity(a.id))?.degree).toBe(0);
      });

      it.each([
        ['an unknown relationship type', { type: 'HATES' }, ['input', 'type']],
        ['an impossible date', { validFrom: '2022-13' }, ['input', 'validFrom']],
        ['an unknown confidence', { confidence: 'certain' }, ['input', 'confidence']],
        ['an oversized note', { note: 'n'.repeat(LIMITS.note + 1) }, ['input', 'note']],
        ['validTo before validFrom', { validFrom: '2022', validTo: '2021-12' }, ['input', 'validTo']],
        ['an unknown from', { from: 'no-such-entity' }, ['input', 'from']],
        ['an unknown to', { to: 'no-such-entity' }, ['input', 'to']],
        ['a self-loop', { to: 'puk' }, ['input', 'to']],
        ['an unknown sourceId', { citations: [{ sourceId: 'no-such-source' }] }, ['input', 'citations', 0, 'sourceId']],
        ['an unknown stance', { citations: [{ sourceId: 'report', stance: 'maybe' }] }, ['input', 'citations', 0, 'stance']],
        ['an oversized quote', { citations: [{ sourceId: 'report', quote: 'q'.repeat(LIMITS.quote + 1) }] }, ['input', 'citations', 0, 'quote']],
      ])('rejects an edge with %s, naming the field and writing nothing', async (_case, overrides, path) => {
        const before = await snapshot(store);
        const input = { type: 'MEMBER_OF', from: 'puk', to: 'narodnye', confidence: 'reported', citations: [{ sourceId: 'report' }], ...overrides };
        await expectValidationError(store.addEdge(unchecked<EdgeInput>(input), ACTOR), path);
        expect(await snapshot(store)).toEqual(before);
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
        await expectValidationError(store.addCitation(added.id, unchecked({ sourceId: 'missing' }), ACTOR), ['citation', 'sourceId']);
        await expectValidationError(store.addCitation(added.id, unchecked({ sourceId, stance: 'maybe' }), ACTOR), ['citation', 'stance']);
        await expect(store.addCitation('no-such-edge', citationInput({ sourceId }), ACTOR)).rejects.toBeInstanceOf(NotFoundError);
        expect(await snapshot(store)).toEqual(before);
      });

      it('keeps two parallel edges of one type between one pair as two edges', async () => {
        const first = await edge(a.id, b.id, sourceId, { citations: [{ sourceId, locator: 'p. 1' }] });
        const second = await edge(a.id, b.id, sourceId, { citations: [{ sourceId, locator: 'p. 2' }] });
        expect(first.id).not.toBe(second.id);
        expect((await store.stats()).edges).toBe(2);
        expect((await store.getEntity(a.id))?.degree).toBe(2);
        const view = await store.neighborhood({ ids: [a.id], depth: 1, limit: 10, filter: filter() });
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
        const retracted = await store.retractEdge(added.id, 'Source withdrew the claim', 'editor');
        expect(retracted).toMatchObject({ id: added.id, status: 'retracted', retractedReason: 'Source withdrew the claim', updatedBy: 'editor' });
        expect(retracted.citations).toEqual(added.citations);
        expect(await store.getEdge(added.id)).toEqual(retracted);
        expect(await store.stats()).toEqual({ entities: 2, edges: 0, sources: 1, citations: 1 });
        expect((await store.getEntity(a.id))?.degree).toBe(0);

        const before = await snapshot(store);
        await expect(store.retractEdge(added.id, 'again', 'editor')).rejects.toBeInstanceOf(ConflictError);
        await expect(store.retractEdge('no-such-edge', 'why', 'editor')).rejects.toBeInstanceOf(NotFoundError);
        await expectValidationError(store.retractEdge(added.id, '  ', 'editor'), ['reason']);
        expect(await snapshot(store)).toEqual(before);

        const afterCitation = await store.addCitation(added.id, citationInput({ sourceId, stance: 'disputes' }), 'editor');
        expect(afterCitation.status).toBe('retracted');
        const history = await store.history(added.id);
        expect(history.map((e) => e.action)).toEqual(['edge.add', 'edge.retract', 'citation.add']);
        expect(history[1]).toMatchObject({ before: { status: 'active' }, after: { status: 'retracted', retractedReason: 'Source withdrew the claim' } });
      });
    });

    describe('merging entities', () => {
      it('moves edges, citations and aliases onto the kept entity, retracts edges between the two, and audits both ids', async () => {
        const sourceId = (await source()).id;
        const keep = await entity('Parents Union of Kazakhstan', { aliases: [{ value: 'PUK', lang: 'en' }] });
        const merge = await entity('Казахстанский союз родителей', { aliases: [{ value: 'Kazakhstanskyi Souz Roditelei', lang: 'ru-Latn' }] });
        const x = await entity('X');
        const y = await entity('Y');
        const out = await edge(merge.id, x.id, sourceId, { type: 'FUNDED', citations: [{ sourceId, locator: 'out' }] });
        const inbound = await edge(y.id, merge.id, sourceId, { type: 'SUED', citations: [{ sourceId, locator: 'in' }] });
        const between = await edge(keep.id, merge.id, sourceId, { type: 'ALLIED_WITH' });
        const statsBefore = await store.stats();

        const kept = await store.mergeEntities(keep.id, merge.id, 'editor');
        expect(kept.id).toBe(keep.id);
        expect(kept.name).toBe('Parents Union of Kazakhstan');
        expect(new Set(kept.aliases.map((a) => a.value))).toEqual(new Set(['PUK', 'Казахстанский союз родителей', 'Kazakhstanskyi Souz Roditelei']));
        expect(kept.degree).toBe(2);
        expect(await store.getEntity(merge.id)).toBeNull();
        expect(await store.getEntity(keep.id)).toEqual(kept);

        const movedOut = await store.getEdge(out.id);
        expect(movedOut).toMatchObject({ from: keep.id, to: x.id, status: 'active' });
        expect(movedOut?.citations).toEqual(out.citations);
        const movedIn = await store.getEdge(inbound.id);
        expect(movedIn).toMatchObject({ from: y.id, to: keep.id, status: 'active' });
        expect(movedIn?.citations).toEqual(inbound.citations);
        const loop = await store.getEdge(between.id);
        expect(loop).toMatchObject({ status: 'retracted', retractedReason: 'merged' });
        expect(loop?.citations).toEqual(between.citations);

        expect(await store.stats()).toEqual({ ...statsBefore, entities: statsBefore.entities - 1, edges: statsBefore.edges - 1 });
        expect(ids(await store.search('Kazakhstanskyi Souz', { first: 5, includeRestricted: true }))).toEqual(new Set([keep.id]));
        expect(ids(await store.search('Казахстанский союз родителей', { first: 5, includeRestricted: true }))).toEqual(new Set([keep.id]));
        const view = await store.neighborhood({ ids: [keep.id], depth: 1, limit: 10, filter: filter() });
        expect(ids(view.nodes)).toEqual(new Set([keep.id, x.id, y.id]));

        expect((await store.history(keep.id)).map((e) => e.action)).toContain('entity.merge');
        expect((await store.history(merge.id)).map((e) => e.action)).toEqual(['entity.create', 'entity.merge']);
      });

      it('rejects merging an entity into itself or an unknown one, writing nothing', async () => {
        const a = await entity('A');
        const before = await snapshot(store);
        await expectValidationError(store.mergeEntities(a.id, a.id, ACTOR), ['mergeId']);
        await expect(store.mergeEntities(a.id, 'no-such-entity', ACTOR)).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.mergeEntities('no-such-entity', a.id, ACTOR)).rejects.toBeInstanceOf(NotFoundError);
        expect(await snapshot(store)).toEqual(before);
      });
    });

    describe('neighborhood', () => {
      let g: TraversalGraph;
      beforeEach(async () => {
        g = await loadTraversalGraph(store);
      });
      const nodesOf = (names: NodeName[]) => new Set(names.map((n) => g.node[n]));
      const view = (f: Partial<EdgeFilter> = {}, depth = 1, limit = 100, seeds: NodeName[] = ['A']) =>
        store.neighborhood({ ids: seeds.map((n) => g.node[n]), depth, limit, filter: filter(f) });

      it('returns depth-1 neighbors and every passing edge among them, with citations', async () => {
        const result = await view();
        expect(result.truncated).toBe(false);
        expect(ids(result.nodes)).toEqual(nodesOf(['A', 'B', 'E', 'F']));
        expect(ids(result.edges)).toEqual(new Set([g.edge['A-B'], g.edge['A-E'], g.edge['A-F'], g.edge['B-E']]));
        for (const e of result.edges) expect(e.citations.length).toBeGreaterThan(0);
        expect(result.nodes.find((n) => n.id === g.node.A)?.degree).toBe(3);
      });

      it('reaches further at depth 2', async () => {
        const result = await view({}, 2);
        expect(ids(result.nodes)).toEqual(nodesOf(['A', 'B', 'C', 'D', 'E', 'F']));
        expect(ids(result.edges)).toEqual(new Set(Object.values(g.edge)));
      });

      it('ignores seed ids that do not exist', async () => {
        const result = await store.neighborhood({ ids: ['no-such-entity', g.node.D], depth: 1, limit: 100, filter: filter() });
        expect(ids(result.nodes)).toEqual(nodesOf(['D', 'C', 'F']));
      });

      it('filters by relationship type and confidence', async () => {
        expect(ids((await view({ types: ['MEMBER_OF'] }, 2)).nodes)).toEqual(nodesOf(['A', 'B']));
        const confirmed = await view({ confidence: ['confirmed'] }, 2);
        expect(ids(confirmed.nodes)).toEqual(nodesOf(['A', 'B', 'C', 'E']));
        expect(confirmed.edges.every((e) => e.confidence === 'confirmed')).toBe(true);
      });

      it('leaves contested edges out when asked', async () => {
        const all = await view();
        expect(all.edges.find((e) => e.id === g.edge['A-F'])?.status).toBe('contested');
        const result = await view({ includeContested: false });
        expect(ids(result.nodes)).toEqual(nodesOf(['A', 'B', 'E']));
        expect(result.edges.some((e) => e.status === 'contested')).toBe(false);
      });

      it('keeps to the date window; undated edges always pass', async () => {
        expect(ids((await view({ from: '2022' })).nodes)).toEqual(nodesOf(['A', 'E', 'F']));
        expect(ids((await view({ from: '2021-06' })).nodes)).toEqual(nodesOf(['A', 'B', 'E', 'F']));
        expect(ids((await view({ to: '2019' })).nodes)).toEqual(nodesOf(['A', 'E', 'F']));
        expect(ids((await view({ from: '2020-06', to: '2020-07' })).nodes)).toEqual(nodesOf(['A', 'B', 'E', 'F']));
      });

      it('hides a retracted edge by default and shows it, with citations and reason, when asked', async () => {
        await store.retractEdge(g.edge['A-B'], 'Misattributed', ACTOR);
        const hidden = await view();
        expect(ids(hidden.edges)).not.toContain(g.edge['A-B']);
        expect(ids(hidden.nodes)).toEqual(nodesOf(['A', 'E', 'F']));
        expect(ids((await view({ types: ['MEMBER_OF'] })).nodes)).toEqual(nodesOf(['A']));
        const shown = await view({ includeRetracted: true, types: ['MEMBER_OF'] });
        expect(ids(shown.nodes)).toEqual(nodesOf(['A', 'B']));
        const retracted = shown.edges.find((e) => e.id === g.edge['A-B']);
        expect(retracted).toMatchObject({ status: 'retracted', retractedReason: 'Misattributed' });
        expect(retracted?.citations).toHaveLength(1);
      });

      it('stops at the node limit and says the view is truncated', async () => {
        const result = await view({}, 2, 3);
        expect(result.truncated).toBe(true);
        expect(result.nodes).toHaveLength(3);
        expect(ids(result.nodes)).toContain(g.node.A);
        const inView = ids(result.nodes);
        for (const e of result.edges) {
          expect(inView.has(e.from) && inView.has(e.to)).toBe(true);
        }
        const exact = await view({}, 2, 6);
        expect(exact.truncated).toBe(false);
        expect(exact.nodes).toHaveLength(6);
        const oneHop = await view({}, 1, 4);
        expect(oneHop.truncated).toBe(false);
        expect((await view({}, 1, 2)).truncated).toBe(true);
      });
    });

    describe('paths', () => {
      let g: TraversalGraph;
      beforeEach(async () => {
        g = await loadTraversalGraph(store);
      });
      const route = (p: Path) => p.nodes.map((n) => (Object.entries(g.node).find(([, id]) => id === n.id)?.[0] ?? '?')).join('');
      const find = (from: NodeName, to: NodeName, maxHops: number, first: number, f: Partial<EdgeFilter> = {}) =>
        store.paths({ from: g.node[from], to: g.node[to], maxHops, first, filter: filter(f) });

      it('returns the shortest paths first, each node and edge in order, edges with citations', async () => {
        const found = await find('A', 'D', 3, 5);
        expect(found.map(route)[0]).toBe('AFD');
        expect(new Set(found.map(route))).toEqual(new Set(['AFD', 'ABCD', 'AECD']));
        expect(found.map((p) => p.edges.length)).toEqual([2, 3, 3]);
        const abcd = found.find((p) => route(p) === 'ABCD') as Path;
        expect(abcd.edges.map((e) => e.id)).toEqual([g.edge['A-B'], g.edge['B-C'], g.edge['C-D']]);
        for (const p of found) {
          expect(p.edges.length).toBe(p.nodes.length - 1);
          p.edges.forEach((e, i) => {
            expect(new Set([e.from, e.to])).toEqual(new Set([p.nodes[i]?.id, p.nodes[i + 1]?.id]));
            expect(e.citations.length).toBeGreaterThan(0);
          });
        }
      });

      it('respects maxHops, first and the filter', async () => {
        expect(new Set((await find('A', 'D', 4, 10)).map(route))).toEqual(new Set(['AFD', 'ABCD', 'AECD', 'ABECD', 'AEBCD']));
        expect((await find('A', 'D', 4, 10)).map((p) => p.edges.length)).toEqual([2, 3, 3, 4, 4]);
        expect((await find('A', 'D', 4, 1)).map(route)).toEqual(['AFD']);
        expect((await find('A', 'D', 4, 2)).length).toBe(2);
        expect(new Set((await find('A', 'D', 3, 5, { includeContested: false })).map(route))).toEqual(new Set(['ABCD', 'AECD']));
        expect(await find('A', 'D', 2, 5, { includeContested: false })).toEqual([]);
        expect((await find('A', 'D', 4, 5, { types: ['MEMBER_OF', 'FUNDED', 'LEADS'] })).map(route)).toEqual(['ABCD']);
        expect((await find('A', 'D', 4, 5, { confidence: ['confirmed'] })).map(route)).toEqual([]);
        expect((await find('A', 'C', 4, 5, { confidence: ['confirmed'] })).map(route).sort()).toEqual(['ABEC', 'AEC']);
        expect((await find('B', 'D', 4, 5, { from: '2022', includeContested: false })).map(route).sort()).toEqual(['BCD', 'BECD']);
      });

      it('counts parallel edges once per hop but keeps routes through different nodes apart', async () => {
        await store.addEdge(edgeInput({ type: 'FUNDED', from: g.node.B, to: g.node.C, confidence: 'confirmed', citations: [{ sourceId: g.sourceId }] }), ACTOR);
        const found = await find('A', 'D', 3, 10, { includeContested: false });
        expect(found.map(route).sort()).toEqual(['ABCD', 'AECD']);
      });

      it('leaves retracted edges out unless asked', async () => {
        await store.retractEdge(g.edge['F-D'], 'Wrong target', ACTOR);
        expect((await find('A', 'D', 2, 5)).map(route)).toEqual([]);
        const shown = await find('A', 'D', 2, 5, { includeRetracted: true });
        expect(shown.map(route)).toEqual(['AFD']);
        expect(shown[0]?.edges[1]).toMatchObject({ id: g.edge['F-D'], status: 'retracted', retractedReason: 'Wrong target' });
      });

      it('returns no path from a node to itself, none between unconnected nodes, and fails on unknown ids', async () => {
        expect(await find('A', 'A', 4, 5)).toEqual([]);
        const lone = await entity('Lone');
        expect(await store.paths({ from: g.node.A, to: lone.id, maxHops: 6, first: 5, filter: filter() })).toEqual([]);
        await expect(store.paths({ from: 'no-such-entity', to: g.node.A, maxHops: 3, first: 1, filter: filter() })).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.paths({ from: g.node.A, to: 'no-such-entity', maxHops: 3, first: 1, filter: filter() })).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('search', () => {
      let s: Awaited<ReturnType<typeof loadSearchGraph>>;
      beforeEach(async () => {
        s = await loadSearchGraph(store);
      });
      const top = async (query: string, options: Partial<{ kinds: Entity['kind'][]; first: number; includeRestricted: boolean }> = {}) =>
        store.search(query, { first: 10, includeRestricted: true, ...options });

      it.each(['Народные Советы', 'narodnye sovety', 'Narodnye Sovety', 'НАРОДНЫЕ', 'narod', 'Nardonye Sovety'])(
        'finds Narodnye Sovety from %j',
        async (query) => {
          expect((await top(query))[0]?.id).toBe(s.narodnye.id);
        },
      );

      it.each([
        ['Baltabaeva', 'baltabayeva'],
        ['Baltabayeva', 'baltabayeva'],
        ['Балтабаева', 'baltabayeva'],
        ['Kazakhstanskyi Souz Roditelei', 'puk'],
        ['Казахстанский союз', 'puk'],
        ['Parents Union', 'puk'],
        ['Әкімдік', 'akimat'],
        ['akimdik', 'akimat'],
        ['Akimat', 'akimat'],
      ] as const)('finds %j across scripts and spellings', async (query, key) => {
        expect((await top(query))[0]?.id).toBe(s[key].id);
      });

      it('ranks an exact name match first and honours first', async () => {
        const sourceId = (await source()).id;
        const other = await entity('Other');
        await edge(s.feminitaYouth.id, other.id, sourceId);
        await edge(s.feminitaYouth.id, s.akimat.id, sourceId);
        const found = await top('Feminita');
        expect(found.map((e) => e.id)).toEqual([s.feminita.id, s.feminitaYouth.id]);
        expect(found[1]?.degree).toBe(2);
        expect(await top('Feminita', { first: 1 })).toHaveLength(1);
      });

      it('filters by kind', async () => {
        expect(ids(await top('Baltabaeva', { kinds: ['organization'] }))).toEqual(new Set());
        expect(ids(await top('Baltabaeva', { kinds: ['person', 'organization'] }))).toEqual(new Set([s.baltabayeva.id]));
        expect(ids(await top('Feminita', { kinds: ['organization'] }))).toEqual(new Set([s.feminita.id, s.feminitaYouth.id]));
      });

      it('never returns a restricted entity unless restricted entities are included', async () => {
        expect(ids(await top('Aliya Seitkali', { includeRestricted: false }))).toEqual(new Set());
        expect(ids(await top('Seitkali', { includeRestricted: false }))).toEqual(new Set());
        expect(ids(await top('Aliya Seitkali', { includeRestricted: true }))).toEqual(new Set([s.restricted.id]));
      });

      it('finds nothing for a query with no words, and treats query syntax as text', async () => {
        expect(await top('')).toEqual([]);
        expect(await top('  !!  ')).toEqual([]);
        expect((await top('"Feminita*')).map((e) => e.id)).toEqual([s.feminita.id, s.feminitaYouth.id]);
        expect((await top('Feminita) (')).map((e) => e.id)).toEqual([s.feminita.id, s.feminitaYouth.id]);
        expect(await top('NEAR(a b) AND')).toEqual([]);
      });
    });

    describe('audit trail', () => {
      it('appends one event per write, oldest first, and pages through every event', async () => {
        const a = await entity('A');
        const b = await entity('B');
        const src = await source();
        const e = await edge(a.id, b.id, src.id);
        await store.addCitation(e.id, citationInput({ sourceId: src.id }), ACTOR);
        await store.retractEdge(e.id, 'test', ACTOR);
        await store.updateEntity(a.id, entityPatch({ description: 'changed' }), ACTOR);
        const all = await store.auditEvents(null, 100);
        expect(all.map((x) => x.action)).toEqual(['entity.create', 'entity.create', 'source.create', 'edge.add', 'citation.add', 'edge.retract', 'entity.update']);
        expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
        for (const event of all) {
          expect(event.at).toMatch(ISO_TIME);
          expect(event.actor).toBe(ACTOR);
        }
        const firstPage = await store.auditEvents(null, 3);
        const secondPage = await store.auditEvents(firstPage[2]?.id ?? null, 3);
        const thirdPage = await store.auditEvents(secondPage[2]?.id ?? null, 3);
        expect([...firstPage, ...secondPage, ...thirdPage].map((x) => x.id)).toEqual(all.map((x) => x.id));
        expect((await store.history(a.id)).map((x) => x.action)).toEqual(['entity.create', 'entity.update']);
        expect(await store.history('nothing-here')).toEqual([]);
      });
    });

    describe('bulk load', () => {
      it('loads a bundle with its ids, derives status, indexes search and records one audit event per record', async () => {
        const before = (await store.auditEvents(null, 100)).length;
        const result = await store.bulkLoad(miniBundle, 'seed');
        expect(result).toEqual({ entities: 4, sources: 2, edges: 3, citations: 4 });
        expect(await store.stats()).toEqual({ entities: 4, edges: 3, sources: 2, citations: 4 });
        expect((await store.getEdge('puk-affiliated-narodnye'))?.status).toBe('contested');
        expect((await store.getEdge('narodnye-organized-rally'))?.status).toBe('active');
        expect((await store.getEdge('narodnye-organized-rally'))?.citations[0]).toMatchObject({ sourceId: 'src-footnote-12', locator: 'fn. 12' });
        expect(await store.getEntity('puk')).toMatchObject({ name: 'Казахстанский союз родителей', degree: 2, createdBy: 'seed' });
        expect((await store.getSource('src-footnote-12'))?.partOf).toBe('src-report');
        expect((await store.search('narodnye sovety', { first: 5, includeRestricted: true }))[0]?.id).toBe('narodnye-sovety');
        expect(ids(await store.search('R', { first: 5, includeRestricted: false }))).not.toContain('activist-r');
        const records = [...miniBundle.sources, ...miniBundle.entities, ...miniBundle.edges];
        const events = (await store.auditEvents(null, 100)).slice(before);
        expect(events.map((e) => e.targetId)).toEqual(records.map((r) => r.id));
        for (const event of events) {
          expect(event).toMatchObject({ action: 'bulk-load', actor: 'seed', before: null, after: { file: null, bundle: miniBundle.meta?.name ?? null } });
        }
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
        expect((await store.history('puk')).map((e) => e.action)).toEqual(['bulk-load']);
        expect(await store.isEmpty()).toBe(false);
      });

      it('records where a load came from in the history of every record it wrote', async () => {
        await store.bulkLoad(miniBundle, 'seed', { action: 'seed.import', file: 'mini.json' });
        for (const record of [...miniBundle.sources, ...miniBundle.entities, ...miniBundle.edges]) {
          const history = await store.history(record.id);
          expect(history, record.id).toHaveLength(1);
          expect(history[0]).toMatchObject({ action: 'seed.import', targetId: record.id, after: { file: 'mini.json' } });
        }
        expect(await store.history('graph')).toEqual([]);
      });

      it('rejects a bundle with a broken reference or a duplicate id and writes nothing', async () => {
        const broken = { ...miniBundle, edges: [...miniBundle.edges, { ...miniBundle.edges[0]!, id: 'x', to: 'no-such-entity' }] };
        await expectValidationError(store.bulkLoad(broken, 'seed'), ['bundle', 'edges', 3, 'to']);
        const duplicate = { ...miniBundle, entities: [...miniBundle.entities, miniBundle.entities[0]!] };
        await expectValidationError(store.bulkLoad(duplicate, 'seed'), ['bundle', 'entities', 4, 'id']);
        const badSource = { ...miniBundle, edges: [{ ...miniBundle.edges[0]!, citations: [{ ...miniBundle.edges[0]!.citations[0]!, sourceId: 'nope' }] }] };
        await expectValidationError(store.bulkLoad(badSource, 'seed'), ['bundle', 'edges', 0, 'citations', 0, 'sourceId']);
        expect(await store.isEmpty()).toBe(true);
        expect(await store.auditEvents(null, 10)).toEqual([]);
      });

      it('refuses to load ids the store already holds, writing nothing', async () => {
        await store.bulkLoad(miniBundle, 'seed');
        const before = await snapshot(store);
        await expect(store.bulkLoad(miniBundle, 'seed')).rejects.toBeInstanceOf(ConflictError);
        expect(await snapshot(store)).toEqual(before);
        // The new source goes in before the clashing entity: the whole load must roll back.
        const clash = { sources: [{ ...miniBundle.sources[0]!, id: 'src-new' }], entities: [miniBundle.entities[0]!], edges: [] };
        await expect(store.bulkLoad(clash, 'seed')).rejects.toBeInstanceOf(ConflictError);
        expect(await store.getSource('src-new')).toBeNull();
        expect(await snapshot(store)).toEqual(before);
      });

      it('counts a load onto entities the store already holds into their degrees', async () => {
        await store.bulkLoad(miniBundle, 'seed');
        const template = miniBundle.edges[0]!;
        const ends = [template.from, template.to];
        const before = await store.getEntities(ends);
        await store.bulkLoad({ sources: [], entities: [], edges: [{ ...template, id: 'second-edge' }] }, 'seed');
        expect((await store.getEntities(ends)).map((e) => e.degree)).toEqual(before.map((e) => e.degree + 1));
      });
    });

    describe('copying between stores', () => {
      it('pages every record and imports exact copies into another store', async () => {
        await store.bulkLoad(miniBundle, 'seed');
        const g = await loadTraversalGraph(store);
        await store.retractEdge(g.edge['C-D'], 'Withdrawn', ACTOR);
        await store.addCitation(g.edge['B-C'], citationInput({ sourceId: 'src-report', stance: 'disputes' }), ACTOR);

        const target = await open();
        try {
          const copy = target.store;
          const pageSize = 3;
          const copyAll = async <T extends { id: string }>(page: (after: string | null, n: number) => Promise<T[]>) => {
            const out: T[] = [];
            for (let batch = await page(null, pageSize); batch.length > 0; batch = await page(batch.at(-1)?.id ?? null, pageSize)) {
              expect(batch.length).toBeLessThanOrEqual(pageSize);
              out.push(...batch);
            }
            return out;
          };
          const entities = await copyAll((a, n) => store.pageEntities(a, n));
          const sources = await copyAll((a, n) => store.pageSources(a, n));
          const edges = await copyAll((a, n) => store.pageEdges(a, n));
          const events = await copyAll((a, n) => store.auditEvents(a, n));
          expect(entities.map((e) => e.id)).toEqual(entities.map((e) => e.id).sort());
          expect(entities).toHaveLength(10);
          expect(edges).toHaveLength(11);

          await copy.importRecords({ entities, sources: [], edges: [] });
          await copy.importRecords({ entities: [], sources, edges });
          await copy.importAuditEvents(events);

          const byId = <T extends { id: string }>(items: T[]) => sorted(items, (i) => i.id);
          const normalizeEdge = (e: Edge) => ({ ...e, citations: byId(e.citations) });
          expect(byId(await copyAll((a, n) => copy.pageEntities(a, n)))).toEqual(byId(entities));
          expect(byId(await copyAll((a, n) => copy.pageSources(a, n)))).toEqual(byId(sources));
          expect(byId(await copyAll((a, n) => copy.pageEdges(a, n))).map(normalizeEdge)).toEqual(byId(edges).map(normalizeEdge));
          expect(await copy.auditEvents(null, 1000)).toEqual(await store.auditEvents(null, 1000));
          expect(await copy.stats()).toEqual(await store.stats());
          expect(await copy.getEntity(g.node.A)).toEqual(await store.getEntity(g.node.A));
          const allIds = entities.map((e) => e.id);
          expect(await copy.getEntities(allIds)).toEqual(await store.getEntities(allIds));
          expect(await copy.getEdge(g.edge['C-D'])).toEqual(await store.getEdge(g.edge['C-D']));
          expect((await copy.search('Народные', { first: 5, includeRestricted: true }))[0]?.id).toBe('narodnye-sovety');
        } finally {
          await target.cleanup();
        }
      });
    });
  });
}
