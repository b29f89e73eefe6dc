// The embedded store's adjacency index against its SQL answers: the GraphStore contract run with the index current
// for every walk, then a generated graph (hubs, parallel relationships, loops left by merges, retracted and contested
// relationships, dated ones) read once through the index and once through SQL, lookup by lookup and walk by walk,
// asserting identical answers; and a write seen by the next walk whether the index is rebuilt before it or left stale.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EDGE_FILTER, edgeFilterSchema, type EdgeFilter } from '../../server/src/domain/schemas.ts';
import { neighborhood, paths, type Lookup, type Traversal } from '../../server/src/domain/traversal.ts';
import type { NumberedAnswers } from '../../server/src/domain/walk-numbering.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import type { SqliteGraphStore } from '../../server/src/stores/sqlite/sqlite-store.ts';
import type { TopologyMode } from '../../server/src/stores/sqlite/topology-keeper.ts';
import { generateBundle } from '../bench/generate-graph.ts';
import { Random } from '../bench/random.ts';
import { bundle as parseBundle, edgeInput, entityInput, reason } from '../fixtures/builders.ts';
import { describeGraphStoreContract } from './index.ts';
import { describeLeakContract } from './leak-contract.ts';

async function openWithTopology(mode: TopologyMode) {
  const dir = await mkdtemp(join(tmpdir(), 'actornet-topology-'));
  const store = await openSqliteStore(join(dir, 'graph.db'), { topology: mode });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describeGraphStoreContract('sqlite, adjacency index current', () => openWithTopology('before-read'));
describeLeakContract('sqlite, adjacency index current', () => openWithTopology('before-read'));

const filter = (f: Partial<Omit<EdgeFilter, symbol>> = {}): EdgeFilter => edgeFilterSchema.parse({ ...DEFAULT_EDGE_FILTER, ...f });
const FILTERS: EdgeFilter[] = [
  filter(),
  filter({ includeRetracted: true }),
  filter({ includeContested: false }),
  filter({ includeRetracted: true, includeContested: false }),
  filter({ types: ['MEMBER_OF', 'SUPPORTED', 'FUNDED'] }),
  filter({ confidence: ['confirmed'] }),
  filter({ types: ['OPPOSED'], confidence: ['reported', 'alleged'], includeRetracted: true }),
  filter({ from: '2015', to: '2019-06' }),
];

function* one(lookup: Lookup): Traversal<unknown> {
  return yield lookup;
}

describe('sqlite adjacency index answers exactly as SQL', () => {
  let dir: string;
  let sql: SqliteGraphStore;
  let indexed: SqliteGraphStore;
  let ids: string[];
  let hubs: string[];
  const random = new Random(20_261_201);
  const pick = <T>(items: T[]) => items[random.between(0, items.length - 1)] as T;
  const sample = (n: number) => Array.from({ length: n }, () => pick(ids));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'actornet-topology-'));
    const path = join(dir, 'graph.db');
    sql = (await openSqliteStore(path, { topology: 'off' })) as SqliteGraphStore;
    const bundle = parseBundle(generateBundle({ entities: 600, edges: 5_000, seed: 11 }));
    await sql.bulkLoad(bundle, 'fixture');
    const degree = new Map<string, number>();
    for (const e of bundle.edges) for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    hubs = [...degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([id]) => id);
    const sourceId = bundle.sources[0]!.id;
    // Parallel relationships between hubs (both ways), retractions, and merges that leave loops and move a hub's lists.
    for (let i = 0; i < 6; i++) {
      const [a, b] = [hubs[i % 3]!, hubs[(i % 3) + 1]!];
      await sql.addEdge(edgeInput({ type: 'SUPPORTED', from: i % 2 ? a : b, to: i % 2 ? b : a, confidence: 'reported', citations: [{ sourceId }] }), 'fixture');
    }
    for (const e of bundle.edges.filter((_, i) => i % 37 === 0)) await sql.retractEdge(e.id!, reason('Withdrawn by the source'), 'fixture');
    const entityIds = bundle.entities.map((e) => e.id);
    for (let i = 0; i < 5; i++) {
      const [keep, merge] = [entityIds[10 + i * 7]!, entityIds[11 + i * 7]!];
      await sql.addEdge(edgeInput({ type: 'ALLIED_WITH', from: keep, to: merge, confidence: 'confirmed', citations: [{ sourceId }] }), 'fixture');
      await sql.mergeEntities(keep, merge, 'fixture');
    }
    await sql.mergeEntities(hubs[5]!, hubs[6]!, 'fixture');
    ids = (await sql.pageEntities(null, 10_000)).map((e) => e.id);
    hubs = hubs.filter((h) => h !== hubs[6]);
    indexed = (await openSqliteStore(path, { readonly: true, topology: 'before-read' })) as SqliteGraphStore;
    expect(indexed.topology.buildNow()).toBe(true);
  });

  afterAll(async () => {
    await indexed?.close();
    await sql?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const both = async <T>(walk: () => Traversal<T>) => {
    const [a, b] = [await sql.traverse(walk), await indexed.traverse(walk)];
    expect(indexed.topology.held()).not.toBeNull();
    return [a, b] as const;
  };
  const same = async (lookup: Lookup) => {
    const [a, b] = await both(() => one(lookup));
    expect(b, JSON.stringify({ ...lookup, exclude: undefined })).toEqual(a);
  };

  it('answers every topology lookup with the same members in the same order', async () => {
    const missingIds = ['no-such-entity', 'zzz-missing'];
    for (const f of FILTERS) {
      for (let round = 0; round < 12; round++) {
        const set = [...new Set([...sample(random.between(1, 40)), ...(round % 2 ? hubs.slice(0, 3) : []), ...(round % 3 ? [] : missingIds)])];
        const exclude = new Set(sample(random.between(0, 60)));
        await same({ kind: 'existing', ids: set });
        await same({ kind: 'frontier', ids: set, filter: f, exclude, take: random.between(1, 400) });
        await same({ kind: 'neighbors', ids: set, filter: f, maxRows: random.between(1, 3_000) });
        await same({ kind: 'degrees', ids: set, filter: f });
        await same({ kind: 'edgesAmong', ids: set, filter: f, take: random.between(1, 600) });
        const pairs = set.slice(1).map((id, i) => [set[i]!, id] as [string, string]);
        await same({ kind: 'hopEdges', pairs: [...pairs, [hubs[0]!, hubs[1]!], [hubs[1]!, hubs[0]!]], filter: f });
      }
    }
  });

  it("numbers entities as the walk's id numbering does: the same lists, degrees and names", async () => {
    // The SQL store has no numbering of its own, so its answers are the id lookups numbered by the walk runner.
    function* numbered(ends: string[], f: EdgeFilter, maxRows: number): Traversal<unknown[]> {
      const answers: unknown[] = [];
      const start = (yield { kind: 'number', ids: ends, filter: f }) as NumberedAnswers['number'];
      answers.push(start);
      let nodes = start.numbers;
      let count = start.count;
      for (let hop = 0; hop < 3; hop++) {
        const read = (yield { kind: 'numberedNeighbors', nodes, filter: f, maxRows }) as NumberedAnswers['numberedNeighbors'];
        answers.push(read, yield { kind: 'numberedDegrees', nodes, filter: f });
        nodes = [...new Set(read.lists.flatMap((list) => [...list]))].slice(0, 30);
        count = read.count;
      }
      const every = Array.from({ length: count }, (_, k) => k);
      answers.push(yield { kind: 'names', nodes: [...every.slice(0, 40), ...every.slice(-40)] });
      return answers;
    }
    for (const f of FILTERS.slice(0, 4)) {
      for (const ends of [[hubs[0]!, 'no-such-entity', hubs[0]!], sample(3), [hubs[1]!, hubs[2]!, pick(ids)]]) {
        for (const maxRows of [50, 5_000]) {
          const [a, b] = await both(() => numbered(ends, f, maxRows));
          expect(b).toEqual(a);
        }
      }
    }
  });

  it('gives the same neighborhoods, truncated or not, from hubs and ordinary seeds', async () => {
    for (const f of FILTERS) {
      for (const seeds of [[hubs[0]!], [hubs[1]!, hubs[2]!], sample(2), [pick(ids), 'no-such-entity']]) {
        for (const [depth, limit] of [[1, 10], [1, 200], [2, 60], [3, 150]] as const) {
          const [a, b] = await both(() => neighborhood({ ids: seeds, depth, limit, filter: f }));
          // Compared as text: a deep comparison of thousands of relationships with their citations is slow.
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        }
      }
    }
  });

  it('gives the same paths', async () => {
    for (const f of FILTERS.slice(0, 6)) {
      for (let round = 0; round < 10; round++) {
        const [from, to] = round % 3 === 0 ? [hubs[round % 4]!, pick(ids)] : [pick(ids), pick(ids)];
        const query = { from, to, maxHops: random.between(1, 6), first: random.between(1, 25), filter: f };
        const [a, b] = await both(() => paths(query));
        expect(b).toEqual(a);
      }
    }
  });
});

describe('sqlite adjacency index and writes', () => {
  const stores: { cleanup: () => Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.cleanup()));
  });

  async function graphWithIndex(mode: TopologyMode) {
    const opened = await openWithTopology(mode);
    stores.push(opened);
    const store = opened.store as SqliteGraphStore;
    const bundle = parseBundle(generateBundle({ entities: 50, edges: 120, seed: 3 }));
    await store.bulkLoad(bundle, 'fixture');
    expect(store.topology.buildNow()).toBe(true);
    return { store, bundle };
  }

  const neighborsOf = async (store: GraphStore, id: string) =>
    (await store.traverse(() => neighborhood({ ids: [id], depth: 1, limit: 500, filter: filter() }))).edges.map((e) => e.id);

  for (const mode of ['before-read', 'background'] as const) {
    it(`shows a write to the next walk (${mode})`, async () => {
      const { store, bundle } = await graphWithIndex(mode);
      const [a, b] = [bundle.entities[0]!.id, bundle.entities[1]!.id];
      const before = await neighborsOf(store, a);
      const added = await store.addEdge(edgeInput({ type: 'SUPPORTED', from: a, to: b, confidence: 'confirmed', citations: [{ sourceId: bundle.sources[0]!.id }] }), 'fixture');
      const after = await neighborsOf(store, a);
      expect(after).toContain(added.id);
      expect(after).toHaveLength(before.length + 1);
      // Rebuilt before the walk, or dropped as stale and left to SQL: never the index of the graph before the write.
      if (mode === 'before-read') expect(store.topology.held()).not.toBeNull();
      else expect(store.topology.held()).toBeNull();
      await store.retractEdge(added.id, reason('Entered in error'), 'fixture');
      expect(await neighborsOf(store, a)).not.toContain(added.id);
      const found = await store.traverse(() => paths({ from: a, to: b, maxHops: 1, first: 5, filter: filter() }));
      expect(found.flatMap((p) => p.edges.map((e) => e.id))).not.toContain(added.id);
    });
  }

  it('builds in the background once the graph is quiet, and answers as SQL does', async () => {
    const { store, bundle } = await graphWithIndex('background');
    const sqlAnswer = async (id: string) => {
      const copy = await openSqliteStore(':memory:', { topology: 'off' });
      await copy.bulkLoad(bundle, 'fixture');
      const answer = await copy.traverse(() => neighborhood({ ids: [id], depth: 2, limit: 40, filter: filter() }));
      await copy.close();
      return answer;
    };
    const seed = bundle.entities[2]!.id;
    await store.createEntity(entityInput({ kind: 'person', name: 'Unlinked witness' }), 'fixture');
    expect(store.topology.held()).not.toBeNull();
    await store.traverse(() => neighborhood({ ids: [seed], depth: 1, limit: 5, filter: filter() }));
    expect(store.topology.held()).toBeNull();
    for (let waited = 0; store.topology.held() === null && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(store.topology.held()).not.toBeNull();
    const [indexed, expected] = [await store.traverse(() => neighborhood({ ids: [seed], depth: 2, limit: 40, filter: filter() })), await sqlAnswer(seed)];
    expect(indexed.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id));
    expect(indexed.edges.map((e) => e.id)).toEqual(expected.edges.map((e) => e.id));
  });
});
