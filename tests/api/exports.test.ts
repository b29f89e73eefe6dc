// GET /export over HTTP: every format is read back by an outside reader (networkx for GEXF and GraphML, a CSV parser
// for the bundle, the domain schema for JSON, JSON lines for FollowTheMoney), a public export of any format holds no
// restricted text, a full export needs restricted access, and bad requests get a clear 4xx.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphBundleSchema, type GraphBundle } from '../../server/src/domain/schemas.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { REAL_SEED, readSeed, removeTempDirs, startTestServer, tempDbFile, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const FORMATS = ['gexf', 'graphml', 'csv', 'json', 'ftm'] as const;

/** Bytes of an export as text: a zip's files are unpacked and joined. */
function textOf(format: string, body: Uint8Array): string {
  if (format !== 'csv') return new TextDecoder().decode(body);
  return Object.values(unzipSync(body)).map((file) => strFromU8(file)).join('\n');
}

/**
 * The texts the visibility rule hides from a public viewer in the seed: the restricted person's description, the
 * restricted source's title and URL, and the quotes and notes of relationships touching the person or citing the
 * source that no public citation repeats. Each is cut at the first character a format escapes.
 */
function restrictedTexts(seed: GraphBundle): string[] {
  const people = seed.entities.filter((e) => e.sensitivity === 'restricted');
  const sources = seed.sources.filter((s) => s.sensitivity === 'restricted');
  expect(people.length * sources.length).toBeGreaterThan(0);
  const hiddenEntities = new Set(people.map((e) => e.id));
  const hiddenSources = new Set(sources.map((s) => s.id));
  const hidden = (e: GraphBundle['edges'][number]) => hiddenEntities.has(e.from) || hiddenEntities.has(e.to);
  const publicQuotes = new Set(seed.edges.filter((e) => !hidden(e)).flatMap((e) => e.citations.filter((c) => !hiddenSources.has(c.sourceId)).map((c) => c.quote)));
  const edgeTexts = seed.edges.flatMap((e) => [
    ...(hidden(e) ? [e.note] : []),
    ...e.citations.filter((c) => hidden(e) || hiddenSources.has(c.sourceId)).map((c) => c.quote),
  ]);
  const texts = [...people.map((p) => p.description), ...sources.flatMap((s) => [s.title, s.url]), ...edgeTexts.filter((t) => !publicQuotes.has(t))];
  return [...new Set(texts.flatMap((t) => (t ? [t.split(/["&<>'=]/)[0]!.trim()] : [])).filter((t) => t.length >= 25))];
}

function networkx(file: string, reader: 'read_gexf' | 'read_graphml'): { nodes: number; edges: number; node: Record<string, unknown>; edge: Record<string, unknown> } {
  const script = `
import json, sys, networkx as nx
g = nx.${reader}(sys.argv[1])
edge = next((d for u, v, d in g.edges(data=True) if d.get('id', '') == 'e-puk-sued-at-risk-1' or d.get('label') == 'SUED'), None)
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "node": g.nodes["org-puk"], "edge": edge}, default=str))`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

const hasNetworkx = (() => {
  try {
    execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasNetworkx && process.env.CI) throw new Error('The export tests need python3 with networkx (apt-get install -y python3-networkx)');

describe('exports', () => {
  let server: TestServer;
  let seed: GraphBundle;
  let tmp: string;
  const get = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/export?${query}`, { headers });
    return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const save = (name: string, body: Uint8Array) => {
    const file = path.join(tmp, name);
    writeFileSync(file, body);
    return file;
  };

  beforeAll(async () => {
    server = await startTestServer({ seedFile: REAL_SEED });
    seed = await readSeed(REAL_SEED);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'actornet-export-'));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('leaves every restricted text out of a public export of every format, and keeps it in a full one', async () => {
    const texts = restrictedTexts(seed);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const format of FORMATS) {
      const publicExport = await get(`format=${format}`);
      expect(publicExport.status, format).toBe(200);
      expect(publicExport.headers.get('x-actornet-audience')).toBe('public');
      const text = textOf(format, publicExport.body);
      for (const t of texts) expect(text.includes(t), `${format} contains "${t}"`).toBe(false);
      expect(text, format).toContain('[restricted]');

      const full = textOf(format, (await get(`format=${format}&audience=full`)).body);
      expect(texts.filter((t) => full.includes(t)).length, format).toBeGreaterThan(0);
    }
  });

  it('refuses a full export to a request reading without restricted access, and names what is wrong otherwise', async () => {
    const forbidden = await get('format=json&audience=full', { 'x-actornet-audience': 'public' });
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(new TextDecoder().decode(forbidden.body))).toMatchObject({ field: 'audience' });
    const cases: [string, number, string][] = [
      ['format=pdf', 400, 'format'],
      ['', 400, 'format'],
      ['format=json&audience=everyone', 400, 'audience'],
      ['format=json&map=bad%20id', 400, 'map'],
      ['format=json&map=map_unknown', 404, 'map'],
    ];
    for (const [query, status, field] of cases) {
      const res = await get(query);
      expect(res.status, query).toBe(status);
      const body = JSON.parse(new TextDecoder().decode(res.body));
      expect(body.field, query).toBe(field);
      expect(body.error, query).toEqual(expect.any(String));
    }
  });

  it.skipIf(!hasNetworkx)('writes GEXF 1.3 and GraphML that networkx reads with every node, edge and attribute', async () => {
    for (const [format, reader] of [['gexf', 'read_gexf'], ['graphml', 'read_graphml']] as const) {
      const file = save(`graph.${format}`, (await get(`format=${format}`)).body);
      const g = networkx(file, reader);
      expect(g.nodes, format).toBe(seed.entities.length);
      expect(g.edges, format).toBe(seed.edges.length);
      expect(g.node).toMatchObject({ label: "Parents' Union of Kazakhstan", kind: 'organization', sensitivity: 'public' });
      expect(String(g.node.aliases)).toContain('Казахстанский союз родителей');
      const sued = seed.edges.find((e) => e.id === 'e-puk-sued-at-risk-1')!;
      expect(g.edge, format).toMatchObject({ type: 'SUED', confidence: sued.confidence, status: 'active', evidence: sued.citations.length });
    }
  });

  it('writes a CSV bundle with a BOM, Cyrillic intact, that parses back row for row', async () => {
    const zip = unzipSync((await get('format=csv')).body);
    expect(Object.keys(zip).sort()).toEqual(['aliases.csv', 'citations.csv', 'entities.csv', 'relationships.csv', 'sources.csv']);
    for (const bytes of Object.values(zip)) expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = (name: string) => parse(strFromU8(zip[name]!), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows('entities.csv')).toHaveLength(seed.entities.length);
    expect(rows('relationships.csv')).toHaveLength(seed.edges.length);
    expect(rows('citations.csv')).toHaveLength(seed.edges.reduce((n, e) => n + e.citations.length, 0));
    expect(rows('sources.csv')).toHaveLength(seed.sources.length);
    expect(rows('aliases.csv')).toContainEqual({ entity_id: 'org-puk', value: 'Казахстанский союз родителей', lang: 'ru' });
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    await server.query('mutation { createEntity(input: { kind: ORGANIZATION, name: "=HYPERLINK(\\"http://evil\\")", description: "@SUM(1)" }) { id } }');
    const zip = unzipSync((await get('format=csv')).body);
    const entities = parse(strFromU8(zip['entities.csv']!), { bom: true, columns: true }) as Record<string, string>[];
    const evil = entities.find((e) => e.name!.includes('HYPERLINK'))!;
    expect(evil.name).toBe(`'=HYPERLINK("http://evil")`);
    expect(evil.description).toBe("'@SUM(1)");
  });

  it('writes a JSON bundle that loads into an empty store with the same stats and records', async () => {
    const bundle = JSON.parse(new TextDecoder().decode((await get('format=json&audience=full')).body));
    expect(bundle).toMatchObject({ format: 'actornet-bundle', version: 1, audience: 'full' });
    const parsed = graphBundleSchema.parse(bundle);
    const store = await openSqliteStore(await tempDbFile());
    try {
      await store.bulkLoad(parsed, 'import');
      const { stats } = await server.query('{ stats { entities edges sources citations } }');
      expect(await store.stats()).toEqual(stats);
      const original = await openSqliteStore(server.dbFile);
      try {
        const strip = <T extends object>(r: T) => Object.fromEntries(Object.entries(r).filter(([k]) => !/^(created|updated|added)(At|By)$/.test(k) && k !== 'id' && k !== 'edgeId'));
        expect((await store.pageEntities(null, 1000)).map(strip)).toEqual((await original.pageEntities(null, 1000)).map(strip));
        expect((await store.pageSources(null, 1000)).map(strip)).toEqual((await original.pageSources(null, 1000)).map(strip));
        const edges = async (s: typeof store) => (await s.pageEdges(null, 1000)).map((e) => ({ ...strip(e), id: e.id, citations: e.citations.map(strip) }));
        expect(await edges(store)).toEqual(await edges(original));
      } finally {
        await original.close();
      }
    } finally {
      await store.close();
    }
  });

  it('writes FollowTheMoney lines: entities by schema and relationships as intervals with source URLs and publishers', async () => {
    const lines = new TextDecoder().decode((await get('format=ftm')).body).trim().split('\n').map((l) => JSON.parse(l));
    const { stats } = await server.query('{ stats { entities edges } }');
    expect(lines).toHaveLength(stats.entities + stats.edges);
    const schemata = new Set(lines.map((l) => l.schema));
    for (const s of ['Person', 'Organization', 'Event', 'UnknownLink']) expect(schemata).toContain(s);
    const puk = lines.find((l) => l.id === 'org-puk');
    expect(puk).toMatchObject({ schema: 'Organization', properties: { name: ["Parents' Union of Kazakhstan"] } });
    expect(puk.properties.alias).toContain('Казахстанский союз родителей');
    const sued = lines.find((l) => l.id === 'e-puk-sued-at-risk-1');
    expect(sued).toMatchObject({ schema: 'UnknownLink', properties: { subject: ['org-puk'], object: ['person-at-risk-1'], role: ['sued'] } });
    const withSources = lines.filter((l) => l.properties.sourceUrl?.length && l.properties.publisher?.length);
    expect(withSources.length).toBeGreaterThan(0);
    const member = lines.find((l) => l.schema === 'Membership');
    if (member) expect(member.properties).toMatchObject({ member: [expect.any(String)], organization: [expect.any(String)] });
  });

  it.skipIf(!hasNetworkx)('exports one saved map: its entities, the relationships among them and its positions', async () => {
    const { saveMap } = await server.query(
      `mutation($input: MapInput!) { saveMap(input: $input) { id } }`,
      { input: { title: 'PUK and Narodnye Sovety', entities: [{ id: 'org-puk', x: 100, y: 50 }, { id: 'org-narodnye-sovety', x: -80, y: 20 }, { id: 'person-at-risk-1', x: 0, y: 200 }] } },
    );
    const file = save('map.gexf', (await get(`format=gexf&map=${saveMap.id}`)).body);
    const g = networkx(file, 'read_gexf');
    expect(g.nodes).toBe(3);
    const among = seed.edges.filter((e) => [e.from, e.to].every((id) => ['org-puk', 'org-narodnye-sovety', 'person-at-risk-1'].includes(id)));
    expect(g.edges).toBe(among.length);
    expect(g.node).toMatchObject({ viz: { position: { x: 100, y: -50, z: 0 } } });
    const json = JSON.parse(new TextDecoder().decode((await get(`format=json&map=${saveMap.id}`)).body));
    expect(json.meta.name).toBe('PUK and Narodnye Sovety');
    expect(json.entities.find((e: { id: string }) => e.id === 'person-at-risk-1').name).toBe('[restricted]');
  });
});
