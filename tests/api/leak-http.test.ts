// The leak suite over HTTP in team mode: accounts without restricted access (a viewer, an editor, and an account
// with restricted access previewing as public) read a graph with people at risk through every read path, asking
// for every field, and the response bytes are scanned for every restricted word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphService } from '../../server/src/domain/graph-service.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { IDS, SEARCH_SPELLINGS, SECRETS, leakBundle, leaksIn, writeLeakHistory } from '../fixtures/leak-graph.ts';
import { FIXTURE, removeTempDirs, startTestServer, tempDbFile, type TestServer } from './helpers.ts';
import { clientWith, createAccounts, signIn, type Client } from './team-helpers.ts';

afterAll(removeTempDirs);

const ENTITY = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted createdAt createdBy updatedAt updatedBy';
const SOURCE = 'id kind title url publisher author publishedAt retrievedAt language sensitivity redacted createdAt createdBy partOf { id title url author }';
const EDGE = `id type from { ${ENTITY} } to { ${ENTITY} } validFrom validTo confidence status note retractedReason createdAt createdBy updatedAt updatedBy
  citations { id locator quote stance addedAt addedBy source { ${SOURCE} } }`;
const KINDS = ['PERSON', 'ORGANIZATION', 'EVENT', 'CLAIM', 'LAW', 'PLACE'];
const FILTERS = [
  null,
  { includeRetracted: true },
  { includeContested: false },
  { types: ['TARGETED', 'MEMBER_OF', 'SPOKE_AT'] },
  { confidence: ['REPORTED', 'ALLEGED'] },
  { from: '2022', to: '2022-12', includeRetracted: true },
];

/** Every read operation with every variation: [label, query, variables]. */
function everyRead(mapId: string): [string, string, Record<string, unknown>][] {
  const reads: [string, string, Record<string, unknown>][] = [];
  for (const q of SEARCH_SPELLINGS) {
    reads.push([`search ${q}`, `query($q: String!) { search(query: $q, first: 100) { ${ENTITY} } }`, { q }]);
    reads.push([`search ${q} kinds`, `query($q: String!, $k: [EntityKind!]) { search(query: $q, kinds: $k, first: 100) { ${ENTITY} } }`, { q, k: KINDS }]);
    reads.push([`search ${q} person`, `query($q: String!) { search(query: $q, kinds: [PERSON], first: 1) { ${ENTITY} } }`, { q }]);
    reads.push([`sources ${q}`, `query($q: String) { sources(query: $q, first: 500) { ${SOURCE} } }`, { q }]);
    reads.push([`similarEntities ${q}`, `query($q: String!) { similarEntities(name: $q) { ${ENTITY} } }`, { q }]);
  }
  for (const q of [null, 'Private', 'Hidden', 'Kairat', 'instagram']) {
    reads.push([`sources ${q}`, `query($q: String) { sources(query: $q, first: 500) { ${SOURCE} } }`, { q }]);
  }
  const ids = [...leakBundle.entities.map((e) => e.id), ...leakBundle.sources.map((s) => s.id), ...leakBundle.edges.map((e) => e.id)];
  for (const id of ids) {
    reads.push([`entity ${id}`, `query($id: ID!) { entity(id: $id) { ${ENTITY} } }`, { id }]);
    reads.push([`edge ${id}`, `query($id: ID!) { edge(id: $id) { ${EDGE} } }`, { id }]);
    reads.push([`source ${id}`, `query($id: ID!) { source(id: $id) { ${SOURCE} } }`, { id }]);
    reads.push([`duplicatesOf ${id}`, `query($id: ID!) { duplicatesOf(id: $id) { ${ENTITY} } }`, { id }]);
    reads.push([`history ${id}`, `query($id: ID!) { history(id: $id) { id at actor action targetId beforeJson afterJson } }`, { id }]);
  }
  for (const seed of leakBundle.entities.map((e) => e.id)) {
    for (const depth of [1, 2, 3]) {
      for (const [i, filter] of FILTERS.entries()) {
        reads.push([
          `neighborhood ${seed} ${depth} ${i}`,
          `query($ids: [ID!]!, $d: Int, $f: EdgeFilter) { neighborhood(ids: $ids, depth: $d, filter: $f) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
          { ids: [seed], d: depth, f: filter },
        ]);
        // The explorer's own read: the canvas alone, answered in one step (by a read worker where there are some).
        reads.push([
          `neighborhood canvas ${seed} ${depth} ${i}`,
          `query($ids: [ID!]!, $d: Int, $f: EdgeFilter) { neighborhood(ids: $ids, depth: $d, filter: $f) { truncated canvas } }`,
          { ids: [seed], d: depth, f: filter },
        ]);
        reads.push([
          `neighborhood canvas and records ${seed} ${depth} ${i}`,
          `query($ids: [ID!]!, $d: Int, $f: EdgeFilter) { neighborhood(ids: $ids, depth: $d, filter: $f) { canvas nodes { id } } }`,
          { ids: [seed], d: depth, f: filter },
        ]);
      }
    }
  }
  for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS', 'CLOSENESS']) {
    reads.push([`ranking ${metric}`, `query($m: Metric!) { ranking(metric: $m, first: 100) { score entity { ${ENTITY} } } }`, { m: metric }]);
  }
  const pairs = [
    [IDS.puk, IDS.hiddenPerson],
    [IDS.hiddenPerson, IDS.rally],
    [IDS.puk, IDS.ngo],
    [IDS.ngo, IDS.rally],
    [IDS.council, IDS.mergeTarget],
  ];
  for (const [from, to] of pairs) {
    for (const maxHops of [1, 2, 4, 6]) {
      for (const [i, filter] of FILTERS.entries()) {
        reads.push([
          `paths ${from} ${to} ${maxHops} ${i}`,
          `query($a: ID!, $b: ID!, $h: Int, $f: EdgeFilter) { paths(from: $a, to: $b, maxHops: $h, filter: $f, first: 20) { nodes { ${ENTITY} } edges { ${EDGE} } } }`,
          { a: from, b: to, h: maxHops, f: filter },
        ]);
      }
    }
  }
  const entityIds = leakBundle.entities.map((e) => e.id);
  for (const [i, filter] of FILTERS.entries()) {
    reads.push([`edgesAmong ${i}`, `query($ids: [ID!]!, $f: EdgeFilter) { edgesAmong(ids: $ids, filter: $f) { ${EDGE} } }`, { ids: entityIds, f: filter }]);
  }
  reads.push(['edges by id', `query($ids: [ID!]!) { edges(ids: $ids) { ${EDGE} } }`, { ids: leakBundle.edges.map((e) => e.id) }]);
  reads.push(['entities by id', `query($ids: [ID!]!) { entities(ids: $ids) { ${ENTITY} } }`, { ids: entityIds }]);
  reads.push(['stats', '{ stats { entities edges sources citations } }', {}]);
  reads.push(['me', '{ me { name role restrictedAccess } }', {}]);
  const MAP = `id title caption layout owner redacted entities { id x y entity { ${ENTITY} } } annotations { id text target targetId x y }`;
  reads.push(['maps', `{ maps(includeDeleted: true) { ${MAP} } }`, {}]);
  reads.push(['map', `query($id: ID!) { map(id: $id) { ${MAP} } }`, { id: mapId }]);
  reads.push(['map history', 'query($id: ID!) { history(id: $id) { id actor action beforeJson afterJson } }', { id: mapId }]);
  return reads;
}

async function leaksFor(client: Client, mapId: string, extraHeaders: Record<string, string> = {}): Promise<string[]> {
  const found: string[] = [];
  for (const [label, query, variables] of everyRead(mapId)) {
    const text = await client.text(query, variables, extraHeaders);
    if (text.includes('"errors"')) found.push(`${label}: error ${text.slice(0, 200)}`);
    for (const secret of leaksIn(text)) found.push(`${label}: ${secret}`);
  }
  return found;
}

// Once with every read on the main thread, once with the read workers and the metrics thread the server runs by default.
describe.each([
  ['main thread', {}],
  ['read workers', { READ_WORKERS: '2' }],
])('leak suite over HTTP (team mode), %s', (_, threads: Record<string, string>) => {
  let server: TestServer;
  let reader: Client;
  let editor: Client;
  let trusted: Client;
  let mapId: string;

  beforeAll(async () => {
    const dbFile = await tempDbFile();
    const store = await openSqliteStore(dbFile);
    await store.bulkLoad(leakBundle, 'seed');
    mapId = await writeLeakHistory(new GraphService(store));
    await store.close();
    await createAccounts(dbFile, [
      { name: 'reader', role: 'viewer' },
      { name: 'editor', role: 'editor' },
      { name: 'trusted', role: 'admin', restrictedAccess: true },
    ]);
    server = await startTestServer({ seedFile: FIXTURE, dbFile, env: { AUTH: 'accounts', ...threads } });
    [reader, editor, trusted] = (await Promise.all(['reader', 'editor', 'trusted'].map((n) => signIn(server.url, n)))) as [Client, Client, Client];
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows a viewer without restricted access no restricted word on any path', async () => {
    expect(await leaksFor(reader, mapId)).toEqual([]);
  }, 180_000);

  it('shows an editor without restricted access no restricted word on any path', async () => {
    expect(await leaksFor(editor, mapId)).toEqual([]);
  }, 180_000);

  it('shows an account with restricted access previewing as public no restricted word on any path', async () => {
    expect(await leaksFor(trusted, mapId, { 'x-actornet-audience': 'public' })).toEqual([]);
  }, 180_000);

  it('shows the account with restricted access every restricted word, so the scans can catch a leak', async () => {
    const seen = new Set(await leaksFor(trusted, mapId).then((found) => found.map((f) => f.slice(f.lastIndexOf(': ') + 2))));
    expect(SECRETS.filter((s) => !seen.has(s))).toEqual([]);
  }, 180_000);

  it('reveals nothing to a request without credentials', async () => {
    const text = await clientWith(server.url, {}).text(`{ entity(id: "${IDS.hiddenPerson}") { name } }`);
    expect(leaksIn(text)).toEqual([]);
    expect(text).toContain('UNAUTHENTICATED');
  });
});
