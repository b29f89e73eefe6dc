// The round trip of the project's own bundles, run by every engine's suite: a graph written as the JSON bundle or the
// CSV bundle (full audience) and imported into an empty store of the same engine comes back record for record, with
// the same ids, statuses, retractions (of relationships and of citations), sensitivities and partial dates, the same
// stats and degrees, and every created record audited as the import. Only who wrote a record and when differ: an
// import is a new write, and its audit trail says so.
import { afterEach, describe, expect, it } from 'vitest';
import { planCitationRetraction } from '../../server/src/domain/corrections.ts';
import { ExportService } from '../../server/src/domain/export-service.ts';
import type { Edge } from '../../server/src/domain/types.ts';
import { LOCAL_VIEWER } from '../../server/src/domain/visibility.ts';
import { writeCsvBundle } from '../../server/src/io/csv-bundle.ts';
import { commitImport } from '../../server/src/io/import-service.ts';
import { writeJsonBundle } from '../../server/src/io/json-bundle.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { edgeInput, entityInput, reason, sourceInput } from '../fixtures/builders.ts';
import type { OpenStore } from './context.ts';

const ACTOR = 'round-trip-contract';
const AUDIT_STAMP = /^(created|updated|added)(At|By)$/;

/** A record without who wrote it and when: the only fields an import does not carry over. */
function unstamped<T extends object>(record: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !AUDIT_STAMP.test(key)));
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Everything a store holds that a bundle must carry, in a comparable form. */
async function contents(store: GraphStore) {
  const entities = byId(await store.pageEntities(null, 1000));
  const edges = byId(await store.pageEdges(null, 1000));
  return {
    stats: await store.stats(),
    entities: entities.map(unstamped),
    degrees: byId(await store.getEntities(entities.map((e) => e.id))).map((e) => [e.id, e.degree]),
    sources: byId(await store.pageSources(null, 1000)).map(unstamped),
    edges: edges.map((e: Edge) => ({ ...unstamped(e), id: e.id, status: e.status, citations: e.citations.map(unstamped) })),
  };
}

/** A graph with every kind of record and state a bundle must carry. */
async function buildGraph(store: GraphStore) {
  const report = await store.createSource(
    sourceInput({ kind: 'report', title: 'Отчёт о собрании', author: 'A. Author', publisher: 'Feminita', url: 'https://example.org/report', publishedAt: '2022-03', retrievedAt: '2024-01-15', language: 'ru' }),
    ACTOR,
  );
  const chapter = await store.createSource(sourceInput({ kind: 'official_document', title: 'Annex: witness list', sensitivity: 'restricted', partOf: report.id }), ACTOR);
  const press = await store.createSource(sourceInput({ kind: 'news', title: '=Press item', publisher: '+Daily', publishedAt: '2021' }), ACTOR);
  const person = await store.createEntity(
    entityInput({
      kind: 'person',
      name: 'R.',
      aliases: [
        { value: 'Р.', lang: 'ru' },
        { value: 'R. (kk)', lang: 'kk-Latn' },
      ],
      description: 'Organiser; at risk',
      startDate: '1987',
      sensitivity: 'restricted',
    }),
    ACTOR,
  );
  const union = await store.createEntity(
    entityInput({ kind: 'organization', name: 'Союз матерей', aliases: [{ value: 'Soyuz materei', lang: 'ru-Latn' }], startDate: '2019-03', endDate: '2023-11-02' }),
    ACTOR,
  );
  const council = await store.createEntity(entityInput({ kind: 'organization', name: 'Народные Советы', description: '-a leading dash' }), ACTOR);
  const rally = await store.createEntity(entityInput({ kind: 'event', name: 'Rally', startDate: '2022-03-12' }), ACTOR);
  const cite = (sourceId: string, stance: 'supports' | 'disputes' = 'supports', locator: string | null = null) => ({ sourceId, stance, locator, quote: locator ? `«${locator}»` : null });

  const member = await store.addEdge(
    edgeInput({ type: 'MEMBER_OF', from: person.id, to: union.id, confidence: 'reported', validFrom: '2020-05', validTo: '2022', note: 'Chair', citations: [cite(report.id, 'supports', 'p. 2'), cite(chapter.id)] }),
    ACTOR,
  );
  const contested = await store.addEdge(
    edgeInput({ type: 'ALLIED_WITH', from: union.id, to: council.id, confidence: 'alleged', citations: [cite(report.id), cite(press.id, 'disputes', 'col. 3')] }),
    ACTOR,
  );
  const retracted = await store.addEdge(edgeInput({ type: 'PARTICIPATED_IN', from: council.id, to: rally.id, confidence: 'confirmed', validFrom: '2022-03-12', citations: [cite(press.id)] }), ACTOR);
  await store.retractEdge(retracted.id, reason('The report named the wrong council'), ACTOR);
  // A relationship once disputed, whose disputing citation was then retracted: active again, the retraction kept.
  const corrected = await store.addEdge(edgeInput({ type: 'ORGANIZED', from: union.id, to: rally.id, confidence: 'reported', citations: [cite(report.id), cite(press.id, 'disputes')] }), ACTOR);
  await store.corrections.correctEdge(corrected.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, corrected.citations[1]!.id, reason('Misread the source')));
  // A retracted relationship that also carries a retracted citation.
  const both = await store.addEdge(edgeInput({ type: 'PARTICIPATED_IN', from: person.id, to: rally.id, confidence: 'alleged', citations: [cite(report.id), cite(chapter.id, 'supports', 'line 4')] }), ACTOR);
  await store.corrections.correctEdge(both.id, 'edgeId', ACTOR, (e) => planCitationRetraction(e, both.citations[0]!.id, reason('Duplicate entry')));
  await store.retractEdge(both.id, reason('Could not be confirmed'), ACTOR);
  return { member, contested, retracted, corrected, both, person };
}

const exportOf = (store: GraphStore) => new ExportService(store).collect(LOCAL_VIEWER, { mapId: null, audience: 'full' });
type Exported = Awaited<ReturnType<typeof exportOf>>;
const WRITERS = {
  json: (graph: Exported) => new TextEncoder().encode(writeJsonBundle({ ...graph, exportedAt: 'fixed' })),
  csv: (graph: Exported) => writeCsvBundle({ ...graph, exportedAt: '2020-01-01T00:00:00.000Z' }),
};

/**
 * One store at a time, so that an engine with a single database (Neo4j Community) runs it too: the graph is built,
 * exported and read, its store closed and removed, and the bundle imported into a fresh, empty one.
 */
export function describeBundleRoundTripContract(name: string, open: OpenStore): void {
  describe(`Bundle round trip contract: ${name}`, () => {
    let opened: { store: GraphStore; cleanup: () => Promise<void> } | null = null;
    const reopen = async () => {
      await opened?.cleanup();
      opened = await open();
      return opened.store;
    };
    afterEach(async () => {
      await opened?.cleanup();
      opened = null;
    });

    for (const format of ['json', 'csv'] as const) {
      it(`brings every record of a ${format.toUpperCase()} bundle back into an empty store unchanged, statuses and retractions included`, async () => {
        const source = await reopen();
        const g = await buildGraph(source);
        const before = await contents(source);
        // The graph holds what the round trip must carry; otherwise an equal comparison would prove little.
        expect(new Map(before.edges.map((e) => [e.id, e.status]))).toEqual(
          new Map([
            [g.member.id, 'active'],
            [g.contested.id, 'contested'],
            [g.retracted.id, 'retracted'],
            [g.corrected.id, 'active'],
            [g.both.id, 'retracted'],
          ]),
        );
        expect(before.edges.flatMap((e) => (e.citations as { retraction?: unknown }[]).filter((c) => c.retraction))).toHaveLength(2);
        const bytes = WRITERS[format](await exportOf(source));

        const target = await reopen();
        expect(await target.stats()).toEqual({ entities: 0, edges: 0, sources: 0, citations: 0 });
        const report = await commitImport(target, bytes, LOCAL_VIEWER, `graph.${format}`);
        expect(report).toMatchObject({ errorCount: 0, refusedCount: 0, written: { entities: 4, sources: 3, edges: 5, citations: 9 } });
        expect(await contents(target)).toEqual(before);
        const both = await target.getEdge(g.both.id);
        expect(both).toMatchObject({ status: 'retracted', retractedReason: 'Could not be confirmed' });
        expect(both?.citations[0]?.retraction).toEqual({ reason: 'Duplicate entry', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), by: ACTOR });
        // Exported again, the imported graph writes the very same bundle.
        expect(WRITERS[format](await exportOf(target))).toEqual(bytes);
        for (const id of [g.person.id, g.both.id]) expect((await target.history(id)).map((e) => [e.action, e.actor])).toEqual([['import', LOCAL_VIEWER.id]]);
      });
    }

    it('refuses a bundle whose stated status its citations contradict, or a retraction without its reason, writing nothing', async () => {
      const source = await reopen();
      await buildGraph(source);
      const bundle = JSON.parse(writeJsonBundle(await exportOf(source))) as { edges: { status: string; retractedReason: string | null; citations: { stance: string }[] }[] };
      const supported = bundle.edges.findIndex((e) => e.status === 'active' && e.citations.every((c) => c.stance === 'supports'));
      bundle.edges[supported]!.status = 'contested';
      const retracted = bundle.edges.findIndex((e) => e.status === 'retracted');
      bundle.edges[retracted]!.retractedReason = null;

      const target = await reopen();
      const refused = await commitImport(target, new TextEncoder().encode(JSON.stringify(bundle)), LOCAL_VIEWER, 'bad.json').then(
        () => null,
        (e: { report?: { errors: { file: string; row: number; column: string | null }[] } }) => e.report,
      );
      expect(refused?.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: 'edges', row: supported + 1, column: 'status' }),
          expect.objectContaining({ file: 'edges', row: retracted + 1, column: 'retractedReason' }),
        ]),
      );
      expect(await target.stats()).toEqual({ entities: 0, edges: 0, sources: 0, citations: 0 });
      expect(await target.auditEvents(null, 10)).toEqual([]);
    });
  });
}
