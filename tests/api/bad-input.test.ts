// Every kind of bad input gets an error naming its code and field, writes nothing, and leaves the server answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, STATS, postGraphQL, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

const ADD_EDGE = 'mutation($input: EdgeInput!) { addEdge(input: $input) { id } }';
const CREATE_SOURCE = 'mutation($input: SourceInput!) { createSource(input: $input) { id } }';
const CREATE_ENTITY = 'mutation($input: EntityInput!) { createEntity(input: $input) { id } }';
const NEIGHBORHOOD = 'query($ids: [ID!]!, $depth: Int, $limit: Int) { neighborhood(ids: $ids, depth: $depth, limit: $limit) { nodes { id } } }';
const PATHS = 'query($maxHops: Int) { paths(from: "org-puk", to: "org-feminita", maxHops: $maxHops) { nodes { id } } }';
const SEARCH = 'query($q: String!) { search(query: $q) { id } }';
const SOURCES = 'query($q: String) { sources(query: $q) { id } }';
const SIMILAR = 'query($name: String!, $aliases: [String!]) { similarEntities(name: $name, aliases: $aliases) { id } }';
const SAVE_MAP = 'mutation($input: MapInput!) { saveMap(input: $input) { id } }';
const mapWith = (patch: Record<string, unknown>) => ({ input: { title: 'A map', entities: [{ id: 'org-puk', x: 0, y: 0 }], ...patch } });

const goodEdge = {
  type: 'FUNDED',
  from: 'org-puk',
  to: 'org-narodnye-sovety',
  confidence: 'ALLEGED',
  citations: [{ sourceId: 'src-elc-feminita-2024', locator: 'p. 2' }],
};
const edgeWith = (patch: Record<string, unknown>) => ({ input: { ...goodEdge, ...patch } });

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  code: string;
  field?: string;
}

const cases: Case[] = [
  { name: 'an empty citation list', query: ADD_EDGE, variables: edgeWith({ citations: [] }), code: 'BAD_USER_INPUT', field: 'input.citations' },
  { name: 'an unknown entity id', query: ADD_EDGE, variables: edgeWith({ to: 'no-such-entity' }), code: 'BAD_USER_INPUT', field: 'input.to' },
  {
    name: 'an unknown source id',
    query: ADD_EDGE,
    variables: edgeWith({ citations: [{ sourceId: 'no-such-source' }] }),
    code: 'BAD_USER_INPUT',
    field: 'input.citations.0.sourceId',
  },
  { name: 'a self-loop', query: ADD_EDGE, variables: edgeWith({ to: 'org-puk' }), code: 'BAD_USER_INPUT', field: 'input.to' },
  { name: 'a month 13 date', query: ADD_EDGE, variables: edgeWith({ validFrom: '2022-13' }), code: 'BAD_USER_INPUT', field: 'input.validFrom' },
  {
    name: 'validFrom after validTo',
    query: ADD_EDGE,
    variables: edgeWith({ validFrom: '2023-05', validTo: '2022' }),
    code: 'BAD_USER_INPUT',
    field: 'input.validTo',
  },
  { name: 'an unknown relationship type', query: ADD_EDGE, variables: edgeWith({ type: 'LOVES' }), code: 'BAD_USER_INPUT', field: 'input.type' },
  {
    name: 'too many citations',
    query: ADD_EDGE,
    variables: edgeWith({ citations: Array.from({ length: 51 }, () => ({ sourceId: 'src-elc-feminita-2024' })) }),
    code: 'BAD_USER_INPUT',
    field: 'input.citations',
  },
  {
    name: 'a javascript: URL',
    query: CREATE_SOURCE,
    variables: { input: { kind: 'news', title: 'Bad link', url: 'javascript:alert(1)' } },
    code: 'BAD_USER_INPUT',
    field: 'input.url',
  },
  {
    name: 'an unknown source kind',
    query: CREATE_SOURCE,
    variables: { input: { kind: 'rumour', title: 'Heard it somewhere' } },
    code: 'BAD_USER_INPUT',
    field: 'input.kind',
  },
  {
    name: 'an oversized name',
    query: CREATE_ENTITY,
    variables: { input: { kind: 'PERSON', name: 'x'.repeat(301) } },
    code: 'BAD_USER_INPUT',
    field: 'input.name',
  },
  {
    name: 'too many aliases',
    query: CREATE_ENTITY,
    variables: { input: { kind: 'PERSON', name: 'Many names', aliases: Array.from({ length: 51 }, (_, i) => ({ value: `alias ${i}` })) } },
    code: 'BAD_USER_INPUT',
    field: 'input.aliases',
  },
  { name: 'depth 4', query: NEIGHBORHOOD, variables: { ids: ['org-puk'], depth: 4 }, code: 'BAD_USER_INPUT', field: 'depth' },
  { name: 'limit 2001', query: NEIGHBORHOOD, variables: { ids: ['org-puk'], limit: 2001 }, code: 'BAD_USER_INPUT', field: 'limit' },
  { name: 'maxHops 7', query: PATHS, variables: { maxHops: 7 }, code: 'BAD_USER_INPUT', field: 'maxHops' },
  {
    name: 'an unknown enum value in a variable',
    query: CREATE_ENTITY,
    variables: { input: { kind: 'ALIEN', name: 'Nobody' } },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an empty retraction reason',
    query: 'mutation { retractEdge(id: "edge-puk-sued-at-risk-1", reason: "   ") { id } }',
    code: 'BAD_USER_INPUT',
    field: 'reason',
  },
  { name: 'retracting an unknown edge', query: 'mutation { retractEdge(id: "edge-nope", reason: "gone") { id } }', code: 'NOT_FOUND', field: 'id' },
  { name: 'NUL in a search query', query: SEARCH, variables: { q: 'puk\u0000' }, code: 'BAD_USER_INPUT', field: 'query' },
  { name: 'a lone surrogate in a search query', query: SEARCH, variables: { q: 'pu\ud800k' }, code: 'BAD_USER_INPUT', field: 'query' },
  { name: 'a right-to-left override in a search query', query: SEARCH, variables: { q: '\u202ekup' }, code: 'BAD_USER_INPUT', field: 'query' },
  { name: 'a control character in a sources query', query: SOURCES, variables: { q: 'report\u001b[2J' }, code: 'BAD_USER_INPUT', field: 'query' },
  { name: 'a C1 control in a similar-name lookup', query: SIMILAR, variables: { name: 'Feminita\u0085' }, code: 'BAD_USER_INPUT', field: 'name' },
  { name: 'NUL in a similar-name alias', query: SIMILAR, variables: { name: 'Feminita', aliases: ['ok', 'Fem\u0000'] }, code: 'BAD_USER_INPUT', field: 'aliases.1' },
  { name: 'a bidi isolate in a map title', query: SAVE_MAP, variables: mapWith({ title: 'Map \u2067x\u2069' }), code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'NUL in a map caption', query: SAVE_MAP, variables: mapWith({ caption: 'one\u0000two' }), code: 'BAD_USER_INPUT', field: 'input.caption' },
  {
    name: 'a lone surrogate in a map note',
    query: SAVE_MAP,
    variables: mapWith({ annotations: [{ text: 'note \udc00', target: 'MAP' }] }),
    code: 'BAD_USER_INPUT',
    field: 'input.annotations.0.text',
  },
  {
    name: 'a community named only with zero-width characters',
    query: SAVE_MAP,
    variables: mapWith({ communities: [{ name: '\u200b\u200c', members: ['org-puk'] }] }),
    code: 'BAD_USER_INPUT',
    field: 'input.communities.0.name',
  },
  { name: 'malformed GraphQL', query: '{ stats { entities ', code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', query: '{ stats { vertices } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a document nested too deep',
    query: `{ source(id: "src-r-instagram") { ${'partOf { '.repeat(12)}id${' }'.repeat(12)} } }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'too many root fields in one operation',
    query: `{ ${'stats { entities } '.repeat(21)}}`,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'too many aliases in one document',
    query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
];

describe('bad input', () => {
  let server: TestServer;
  let statsBefore: unknown;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: FIXTURE });
    statsBefore = (await server.query(STATS)).stats;
  });
  afterAll(async () => {
    await server?.close();
    await removeTempDirs();
  });

  it.each(cases)('refuses $name with $code', async ({ query, variables, code, field }) => {
    const response = await server.request(query, variables);
    expect(response.errors?.length).toBeGreaterThan(0);
    const [error] = response.errors!;
    expect(error!.extensions?.code).toBe(code);
    if (field) expect(error!.extensions?.field).toBe(field);
    if (field && code === 'BAD_USER_INPUT') expect(error!.message).toContain(field);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|SQLITE|SELECT |INSERT |\.ts:\d/);
    expect((await server.query(STATS)).stats).toEqual(statsBefore);
  });

  it('saved no map for any refused map input', async () => {
    expect((await server.query('{ maps(includeDeleted: true) { id } }')).maps).toEqual([]);
  });

  it('lists every issue of a multi-field failure', async () => {
    const response = await server.request(ADD_EDGE, edgeWith({ type: 'LOVES', validFrom: '2022-13', citations: [] }));
    const issues = response.errors?.[0]?.extensions?.issues ?? [];
    expect(issues.map((i) => i.path).sort()).toEqual(['input.citations', 'input.type', 'input.validFrom']);
  });

  it('refuses a body over the configured limit with 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.js|node_modules/);
  });

  it('is still answering and unchanged after all of them', async () => {
    const response = await postGraphQL(server.url, STATS);
    expect(response.status).toBe(200);
    expect(response.data?.stats).toEqual(statsBefore);
  });
});
