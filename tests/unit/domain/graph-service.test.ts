// GraphService over a real SQLite store on a temporary file: bounds named by field, and every read passed through the
// visibility rule.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../server/src/domain/errors.ts';
import { GraphService } from '../../../server/src/domain/graph-service.ts';
import { QUERY_LIMITS } from '../../../server/src/domain/limits.ts';
import { entityInputSchema } from '../../../server/src/domain/schemas.ts';
import { LOCAL_VIEWER, PUBLIC_VIEWER, REDACTED_NAME } from '../../../server/src/domain/visibility.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../../server/src/stores/sqlite/index.ts';
import { miniBundle } from '../../fixtures/mini-bundle.ts';

async function rejectionPath(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues[0]?.path;
}

describe('GraphService', () => {
  let dir: string;
  let store: GraphStore;
  let service: GraphService;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'actornet-service-'));
    store = await openSqliteStore(join(dir, 'graph.db'));
    await store.bulkLoad(miniBundle, 'seed');
    service = new GraphService(store);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const neighborhood = (args: Partial<{ ids: unknown; depth: number; limit: number; filter: unknown }>) =>
    service.neighborhood(LOCAL_VIEWER, { ids: ['puk'], depth: 1, limit: 200, ...args } as { ids: string[]; depth: number; limit: number });
  const paths = (args: Partial<{ from: string; to: string; maxHops: number; first: number; filter: unknown }>) =>
    service.paths(LOCAL_VIEWER, { from: 'puk', to: 'rally-2022-03-12', maxHops: 4, first: 3, ...args });

  it('counts the graph once per version and again after any write, retracting included', async () => {
    const calls = { stats: 0 };
    const counting = new Proxy(store, {
      get: (target, key, receiver) => (key === 'stats' ? () => (calls.stats++, target.stats()) : Reflect.get(target, key, receiver)),
    });
    const counted = new GraphService(counting);
    const before = await counted.stats(LOCAL_VIEWER);
    expect(await counted.stats(LOCAL_VIEWER)).toEqual(before);
    expect(calls.stats).toBe(1);
    const created = await store.createEntity(entityInputSchema.parse({ kind: 'event', name: 'Counted picket' }), 'test');
    expect((await counted.stats(LOCAL_VIEWER)).entities).toBe(before.entities + 1);
    const edge = await counted.addEdge(LOCAL_VIEWER, { type: 'ORGANIZED', from: 'puk', to: created.id, confidence: 'reported', citations: [{ sourceId: miniBundle.sources[0]!.id }] });
    expect((await counted.stats(LOCAL_VIEWER)).edges).toBe(before.edges + 1);
    await counted.retractEdge(LOCAL_VIEWER, edge.id, 'entered by mistake');
    expect((await counted.stats(LOCAL_VIEWER)).edges).toBe(before.edges);
    expect(calls.stats).toBe(4);
  });

  it.each([
    ['depth 4', { depth: QUERY_LIMITS.neighborhoodDepth + 1 }, ['depth']],
    ['depth 0', { depth: 0 }, ['depth']],
    ['a fractional depth', { depth: 1.5 }, ['depth']],
    ['a limit past the bound', { limit: QUERY_LIMITS.neighborhoodLimit + 1 }, ['limit']],
    ['limit 0', { limit: 0 }, ['limit']],
    ['no ids', { ids: [] }, ['ids']],
    ['a bad id', { ids: ['puk', 'a b'] }, ['ids', 1]],
    ['a bad window', { filter: { from: '2022-13' } }, ['filter', 'from']],
    ['an unknown type in the filter', { filter: { types: ['NOPE'] } }, ['filter', 'types', 0]],
  ])('refuses a neighborhood with %s, naming the field', async (_case, args, path) => {
    expect(await rejectionPath(neighborhood(args))).toEqual(path);
  });

  it.each([
    ['maxHops 7', { maxHops: QUERY_LIMITS.maxHops + 1 }, ['maxHops']],
    ['maxHops 0', { maxHops: 0 }, ['maxHops']],
    ['first past the bound', { first: QUERY_LIMITS.pathsFirst + 1 }, ['first']],
    ['a bad from id', { from: 'x y' }, ['from']],
    ['a bad confidence filter', { filter: { confidence: ['certain'] } }, ['filter', 'confidence', 0]],
  ])('refuses paths with %s, naming the field', async (_case, args, path) => {
    expect(await rejectionPath(paths(args))).toEqual(path);
  });

  it('bounds search and sources by field', async () => {
    expect(await rejectionPath(service.search(LOCAL_VIEWER, 'x', null, 0))).toEqual(['first']);
    expect(await rejectionPath(service.search(LOCAL_VIEWER, 'x', null, QUERY_LIMITS.searchFirst + 1))).toEqual(['first']);
    expect(await rejectionPath(service.search(LOCAL_VIEWER, 'x'.repeat(201), null, 5))).toEqual(['query']);
    expect(await rejectionPath(service.search(LOCAL_VIEWER, 'x', ['robot'], 5))).toEqual(['kinds', 0]);
    expect(await rejectionPath(service.sources(LOCAL_VIEWER, null, QUERY_LIMITS.sourcesFirst + 1))).toEqual(['first']);
  });

  it('validates writes before they reach the store', async () => {
    const before = await store.stats();
    expect(await rejectionPath(service.createEntity(LOCAL_VIEWER, { kind: 'robot', name: 'X' }))).toEqual(['input', 'kind']);
    expect(await rejectionPath(service.addEdge(LOCAL_VIEWER, { type: 'MEMBER_OF', from: 'puk', to: 'narodnye-sovety', confidence: 'reported', citations: [] }))).toEqual(['input', 'citations']);
    expect(await rejectionPath(service.addCitation(LOCAL_VIEWER, 'puk-targeted-r', { sourceId: 'src-report', stance: 'neutral' }))).toEqual(['citation', 'stance']);
    expect(await rejectionPath(service.retractEdge(LOCAL_VIEWER, 'puk-targeted-r', ''))).toEqual(['reason']);
    expect(await rejectionPath(service.mergeEntities(LOCAL_VIEWER, 'puk', 'puk'))).toEqual(['mergeId']);
    expect(await rejectionPath(service.updateEntity(LOCAL_VIEWER, 'puk', { startDate: '2022-02-30' }))).toEqual(['input', 'startDate']);
    expect(await store.stats()).toEqual(before);
  });

  it('passes valid requests through and records the viewer as actor', async () => {
    const created = await service.createEntity(LOCAL_VIEWER, { kind: 'organization', name: 'Nemolchi.kz' });
    expect(created.createdBy).toBe('local');
    const view = await neighborhood({ depth: 2 });
    expect(new Set(view.nodes.map((n) => n.id))).toEqual(new Set(['puk', 'narodnye-sovety', 'rally-2022-03-12', 'activist-r']));
    const found = await paths({});
    expect(found[0]?.nodes.map((n) => n.id)).toEqual(['puk', 'narodnye-sovety', 'rally-2022-03-12']);
  });

  it('redacts restricted entities on every read path for a public viewer', async () => {
    expect((await service.search(PUBLIC_VIEWER, 'R', null, 10)).map((e) => e.id)).not.toContain('activist-r');
    expect((await service.search(LOCAL_VIEWER, 'R', ['person'], 10)).map((e) => e.id)).toEqual(['activist-r']);
    expect(await service.entity(PUBLIC_VIEWER, 'activist-r')).toMatchObject({ name: REDACTED_NAME, aliases: [], redacted: true });
    expect((await service.entity(LOCAL_VIEWER, 'activist-r'))?.name).toBe('R.');
    expect((await service.entities(PUBLIC_VIEWER, ['activist-r', 'puk'])).map((e) => e.name).sort()).toEqual([REDACTED_NAME, 'Казахстанский союз родителей'].sort());
    const view = await service.neighborhood(PUBLIC_VIEWER, { ids: ['puk'], depth: 1, limit: 10 });
    expect(view.nodes.find((n) => n.id === 'activist-r')?.name).toBe(REDACTED_NAME);
    const route = await service.paths(PUBLIC_VIEWER, { from: 'narodnye-sovety', to: 'activist-r', maxHops: 3, first: 1 });
    expect(route[0]?.nodes.at(-1)?.name).toBe(REDACTED_NAME);
    const history = await service.history(PUBLIC_VIEWER, 'activist-r');
    expect(history.every((e) => e.before === null && e.after === null)).toBe(true);
  });

  it('hides snapshots of a restricted entity that was merged away', async () => {
    await service.createEntity(LOCAL_VIEWER, { id: 'activist-r-duplicate', kind: 'person', name: 'Ruslana R.', sensitivity: 'restricted' });
    await service.mergeEntities(LOCAL_VIEWER, 'activist-r', 'activist-r-duplicate');
    const history = await service.history(PUBLIC_VIEWER, 'activist-r-duplicate');
    expect(history.map((e) => e.action)).toEqual(['entity.create', 'entity.merge']);
    expect(JSON.stringify(history)).not.toContain('Ruslana');
    expect(JSON.stringify(await service.history(LOCAL_VIEWER, 'activist-r-duplicate'))).toContain('Ruslana');
  });

  it('keeps restricted sources out of text matches for a public viewer and redacts them in listings', async () => {
    await service.createSource(LOCAL_VIEWER, { id: 'witness', kind: 'interview', title: 'Witness statement', sensitivity: 'restricted' });
    expect(await service.sources(PUBLIC_VIEWER, 'witness', 10)).toEqual([]);
    expect((await service.sources(LOCAL_VIEWER, 'witness', 10)).map((s) => s.id)).toEqual(['witness']);
    const listed = await service.sources(PUBLIC_VIEWER, null, 10);
    expect(listed.find((s) => s.id === 'witness')).toMatchObject({ title: REDACTED_NAME, redacted: true });
    expect(await service.source(PUBLIC_VIEWER, 'witness')).toMatchObject({ title: REDACTED_NAME });
  });
});
