// The leak suite at the service level, over the store port: a viewer without restricted access reads a graph with
// people at risk through every read path, with every filter and spelling, and no restricted word may appear anywhere
// in what comes back. Run per engine by the contract suites; tests/api/leak-http.test.ts repeats it over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphService } from '../../server/src/domain/graph-service.ts';
import { ENTITY_KINDS } from '../../server/src/domain/shared/vocabulary.ts';
import { LOCAL_VIEWER, PUBLIC_VIEWER, type Viewer } from '../../server/src/domain/visibility.ts';
import { IDS, SEARCH_SPELLINGS, SECRETS, leakBundle, leaksIn, writeLeakHistory } from '../fixtures/leak-graph.ts';
import type { OpenStore } from './context.ts';

const EDITOR_WITHOUT_ACCESS: Viewer = { id: 'editor', role: 'editor', canSeeRestricted: false, account: { name: 'editor', role: 'editor', restrictedAccess: false } };

const FILTERS = [
  undefined,
  { includeRetracted: true },
  { includeContested: false },
  { includeRetracted: true, includeContested: true },
  { types: ['TARGETED', 'MEMBER_OF', 'SPOKE_AT'] },
  { confidence: ['REPORTED', 'ALLEGED'].map((c) => c.toLowerCase()) },
  { from: '2022', to: '2022-12' },
  { from: '2022-03', includeRetracted: true },
];

export function describeLeakContract(name: string, open: OpenStore): void {
  describe(`leak suite (service over the port): ${name}`, () => {
    let service: GraphService;
    let cleanup: () => Promise<void>;
    let mapId: string;
    const allIds = [
      ...leakBundle.entities.map((e) => e.id),
      ...leakBundle.sources.map((s) => s.id),
      ...leakBundle.edges.map((e) => e.id),
    ];

    beforeAll(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      await opened.store.bulkLoad(leakBundle, 'seed');
      service = new GraphService(opened.store);
      mapId = await writeLeakHistory(service);
    });
    afterAll(async () => {
      await cleanup?.();
    });

    /** Every read path with every variation, as the given viewer; returns what came back, serialized. */
    async function readEverything(viewer: Viewer): Promise<Record<string, string>> {
      const out: Record<string, string> = {};
      const record = (key: string, value: unknown) => {
        out[key] = JSON.stringify(value);
      };
      for (const q of SEARCH_SPELLINGS) {
        record(`search ${q}`, await service.search(viewer, q, null, 100));
        record(`search ${q} first 1`, await service.search(viewer, q, null, 1));
        for (const kind of ENTITY_KINDS) record(`search ${q} ${kind}`, await service.search(viewer, q, [kind], 100));
        record(`sources ${q}`, await service.sources(viewer, q, 500));
      }
      for (const q of [null, 'Private', 'diary', 'witness', 'Hidden', 'Kairat', 'instagram', 'Submission']) {
        record(`sources ${q}`, await service.sources(viewer, q, 500));
      }
      for (const id of allIds) {
        record(`entity ${id}`, await service.entity(viewer, id));
        record(`edge ${id}`, await service.edge(viewer, id));
        record(`source ${id}`, await service.source(viewer, id));
        record(`history ${id}`, await service.history(viewer, id));
      }
      record('entities', await service.entities(viewer, leakBundle.entities.map((e) => e.id)));
      record('sourcesByIds', await service.sourcesByIds(viewer, leakBundle.sources.map((s) => s.id)));
      for (const seed of leakBundle.entities.map((e) => e.id)) {
        for (const depth of [1, 2, 3]) {
          for (const [i, filter] of FILTERS.entries()) {
            record(`neighborhood ${seed} ${depth} ${i}`, await service.neighborhood(viewer, { ids: [seed], depth, limit: 200, filter }));
            record(`canvas neighborhood ${seed} ${depth} ${i}`, await service.canvasNeighborhood(viewer, { ids: [seed], depth, limit: 200, filter }));
          }
        }
      }
      const pairs: [string, string][] = [
        [IDS.puk, IDS.hiddenPerson],
        [IDS.hiddenPerson, IDS.ngo],
        [IDS.puk, IDS.ngo],
        [IDS.ngo, IDS.rally],
        [IDS.puk, IDS.rally],
        [IDS.council, IDS.mergeTarget],
      ];
      for (const [from, to] of pairs) {
        for (const maxHops of [1, 2, 3, 4, 6]) {
          for (const [i, filter] of FILTERS.entries()) {
            record(`paths ${from} ${to} ${maxHops} ${i}`, await service.paths(viewer, { from, to, maxHops, first: 20, filter }));
          }
        }
      }
      record('stats', await service.stats(viewer));
      record('edges by id', await service.edges(viewer, leakBundle.edges.map((e) => e.id)));
      record('entities by id', await service.entitiesById(viewer, leakBundle.entities.map((e) => e.id)));
      for (const [i, filter] of FILTERS.entries()) record(`edgesAmong ${i}`, await service.corrections.edgesAmong(viewer, leakBundle.entities.map((e) => e.id), filter));
      for (const id of leakBundle.entities.map((e) => e.id)) record(`duplicatesOf ${id}`, await service.corrections.duplicatesOf(viewer, id));
      record('maps', await service.maps.list(viewer, true));
      record('map', await service.maps.get(viewer, mapId));
      record('map history', await service.history(viewer, mapId));
      return out;
    }

    it('reveals nothing restricted to a reader without restricted access, on any path', async () => {
      const responses = await readEverything(PUBLIC_VIEWER);
      const leaks = Object.entries(responses).flatMap(([key, text]) => leaksIn(text).map((s) => `${key}: ${s}`));
      expect(leaks).toEqual([]);
    });

    it('reveals nothing restricted to an editor without restricted access', async () => {
      const responses = await readEverything(EDITOR_WITHOUT_ACCESS);
      const leaks = Object.entries(responses).flatMap(([key, text]) => leaksIn(text).map((s) => `${key}: ${s}`));
      expect(leaks).toEqual([]);
    });

    it('shows every restricted word to an account with restricted access, so the scans above can catch a leak', async () => {
      const all = Object.values(await readEverything(LOCAL_VIEWER)).join('\n');
      expect(SECRETS.filter((secret) => !leaksIn(all).includes(secret))).toEqual([]);
    });

    it('keeps a merge of a restricted person into a public entity restricted', async () => {
      const merged = await service.entity(LOCAL_VIEWER, IDS.mergeTarget);
      expect(merged?.sensitivity).toBe('restricted');
      expect(merged?.aliases.map((a) => a.value)).toContain('Undisclosed Dana');
      expect((await service.search(PUBLIC_VIEWER, 'Youth Wing', null, 10)).map((e) => e.id)).not.toContain(IDS.mergeTarget);
    });

    it('redacts the snapshots of a relationship touching a restricted person in its history', async () => {
      const full = await service.history(LOCAL_VIEWER, IDS.edges.hiddenSpokeAtRally);
      expect(JSON.stringify(full)).toContain('quote-added-later-zhanar');
      const redacted = await service.history(PUBLIC_VIEWER, IDS.edges.hiddenSpokeAtRally);
      expect(redacted.length).toBe(full.length);
      expect(redacted.some((e) => e.after !== null)).toBe(true);
      expect(leaksIn(JSON.stringify(redacted))).toEqual([]);
    });
  });
}
