// The seed graph is evidence, not decoration: every relationship must cite a source that exists, every source must
// be cited, the person at risk stays restricted, and the contested affiliation loads as contested.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphBundleSchema, type GraphBundle } from '../../../server/src/domain/schemas.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../../server/src/stores/sqlite/index.ts';

const SEED = path.resolve('seeds/kazakhstan-2024.json');

let bundle: GraphBundle;
let store: GraphStore;
let dir: string;

beforeAll(async () => {
  bundle = parseInput(graphBundleSchema, JSON.parse(await readFile(SEED, 'utf8')), ['seed']);
  dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-seed-'));
  store = await openSqliteStore(path.join(dir, 'seed.db'));
  await store.init();
  await store.bulkLoad(bundle, 'seed');
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the Kazakhstan 2024 seed graph', () => {
  it('holds at least 40 entities, 60 relationships and 12 sources, all loaded', async () => {
    expect(bundle.entities.length).toBeGreaterThanOrEqual(40);
    expect(bundle.edges.length).toBeGreaterThanOrEqual(60);
    expect(bundle.sources.length).toBeGreaterThanOrEqual(12);
    const citations = bundle.edges.reduce((n, e) => n + e.citations.length, 0);
    expect(await store.stats()).toEqual({
      entities: bundle.entities.length,
      edges: bundle.edges.length,
      sources: bundle.sources.length,
      citations,
    });
  });

  it('cites an existing source on every relationship and cites every source', () => {
    const sourceIds = new Set(bundle.sources.map((s) => s.id));
    const cited = new Set<string>();
    for (const edge of bundle.edges) {
      expect(edge.citations.length, edge.id).toBeGreaterThan(0);
      for (const c of edge.citations) {
        expect(sourceIds.has(c.sourceId), `${edge.id} cites ${c.sourceId}`).toBe(true);
        cited.add(c.sourceId);
      }
    }
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('keeps the activist known as "R." restricted, with no other name', () => {
    const r = bundle.entities.filter((e) => e.name === 'R.');
    expect(r).toHaveLength(1);
    expect(r[0]?.sensitivity).toBe('restricted');
    expect(r[0]?.aliases).toEqual([]);
  });

  it('loads the PUK - Narodnye Sovety affiliation as alleged and contested', async () => {
    const affiliation = bundle.edges.find((e) => e.type === 'AFFILIATED_WITH' && e.from === 'org-puk' && e.to === 'org-narodnye-sovety');
    expect(affiliation).toBeDefined();
    const stored = await store.getEdge(affiliation!.id);
    expect(stored?.confidence).toBe('alleged');
    expect(stored?.status).toBe('contested');
    expect(new Set(stored?.citations.map((c) => c.stance))).toEqual(new Set(['supports', 'disputes']));
  });

  it('finds the PUK and Narodnye Sovety from Cyrillic and Latin spellings', async () => {
    const ids = async (q: string) => (await store.search(q, { first: 10, includeRestricted: true })).map((e) => e.id);
    expect(await ids('Народные Советы')).toContain('org-narodnye-sovety');
    expect(await ids('narodnye sovety')).toContain('org-narodnye-sovety');
    expect(await ids('Казахстанский союз родителей')).toContain('org-puk');
    expect(await ids('Baltabaeva')).toContain('person-bagilya-baltabayeva');
    expect(await ids('Балтабаева')).toContain('person-bagilya-baltabayeva');
  });
});
