// Corrections, duplicate checks, complete canvases and forgiving search over HTTP on the seed: what a researcher's
// client calls, the refusals it must show, and what a viewer without restricted access gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER } from '../../server/src/domain/visibility.ts';
import { REAL_SEED, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

const EDGE = `id type status confidence validFrom validTo note retractedReason from { id name } to { id name }
  citations { id locator stance retracted retractedReason retractedBy source { id } }`;

async function entityId(server: TestServer, name: string): Promise<string> {
  const { search } = await server.query(`query($q: String!) { search(query: $q, first: 10) { id name } }`, { q: name });
  const hit = search.find((e: { name: string }) => e.name === name);
  expect(hit, `seed entity named ${name}`).toBeDefined();
  return hit.id;
}

describe('corrections over HTTP', () => {
  let server: TestServer;
  let publicServer: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: REAL_SEED });
    publicServer = await startTestServer({ seedFile: REAL_SEED, viewer: PUBLIC_VIEWER });
  });
  afterAll(async () => {
    await server?.close();
    await publicServer?.close();
    await removeTempDirs();
  });

  it('finds typed-wrong names in the top 3, exact names above claims that mention them', async () => {
    const search = `query($q: String!) { search(query: $q, first: 20) { id kind name } }`;
    const cases: [string, string][] = [
      ['Narodnie Soviety', 'Narodnye Sovety'],
      ['Baltabayva', 'Bagilya Baltabayeva'],
      ['Feminitta', 'Feminita'],
      ['Akimt', 'Akimat'],
    ];
    for (const [typed, name] of cases) {
      const top = (await server.query(search, { q: typed })).search.slice(0, 3).map((e: { name: string }) => e.name);
      expect(top, typed).toContain(name);
    }
    const feminita = (await server.query(search, { q: 'Feminita' })).search;
    expect(feminita[0].name).toBe('Feminita');
    expect(feminita.length).toBeGreaterThan(1);
  });

  it('returns every relationship among the entities on a canvas, parallel ones included (the Akimat case)', async () => {
    const akimat = await entityId(server, 'Akimat');
    const { neighborhood } = await server.query(`query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id name kind } edges { id from { id } to { id } } } }`, { ids: [akimat] });
    const rally = neighborhood.nodes.find((n: { kind: string; name: string }) => n.kind === 'EVENT' && /rally/i.test(n.name));
    expect(rally).toBeDefined();
    const { edgesAmong } = await server.query(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { ${EDGE} } }`, { ids: [akimat, rally.id] });
    expect(edgesAmong.map((e: { type: string }) => e.type)).toContain('SUPPORTED');
    for (const e of edgesAmong) expect([akimat, rally.id]).toEqual(expect.arrayContaining([e.from.id, e.to.id]));
    const between = (e: { from: { id: string }; to: { id: string } }) => [e.from.id, e.to.id].sort().join() === [akimat, rally.id].sort().join();
    const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
    expect(ids(edgesAmong)).toEqual(ids(neighborhood.edges.filter(between)));
    // Among every entity around the Akimat: exactly the relationships whose both ends are among them.
    const around = neighborhood.nodes.map((n: { id: string }) => n.id);
    const { edgesAmong: all } = await server.query(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { id from { id } to { id } } }`, { ids: around });
    expect(all.length).toBeGreaterThanOrEqual(neighborhood.edges.length);
    for (const e of all) expect(around).toEqual(expect.arrayContaining([e.from.id, e.to.id]));
    const { edgesAmong: filtered } = await server.query(`query($ids: [ID!]!) { edgesAmong(ids: $ids, filter: { types: ["SUPPORTED"] }) { type } }`, { ids: [akimat, rally.id] });
    expect(filtered.map((e: { type: string }) => e.type)).toEqual(['SUPPORTED']);
  });

  it('refuses a bad edgesAmong request naming the argument', async () => {
    const res = await server.request(`{ edgesAmong(ids: []) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('ids');
  });

  it('edits, retracts a citation, refuses the last one, retracts and reinstates, all in the history', async () => {
    const feminita = await entityId(server, 'Feminita');
    const { sources } = await server.query(`{ sources(first: 1) { id } }`);
    const akimat = await entityId(server, 'Akimat');
    const { addEdge } = await server.query(
      `mutation($input: EdgeInput!) { addEdge(input: $input) { ${EDGE} } }`,
      { input: { type: 'OPPOSED', from: akimat, to: feminita, confidence: 'ALLEGED', validFrom: '2023',
        citations: [{ sourceId: sources[0].id, locator: 'p. 1' }, { sourceId: sources[0].id, locator: 'p. 2', stance: 'DISPUTES' }] } },
    );
    expect(addEdge.status).toBe('CONTESTED');

    const { updateEdge } = await server.query(`mutation($id: ID!, $input: EdgePatch!) { updateEdge(id: $id, input: $input) { ${EDGE} } }`,
      { id: addEdge.id, input: { confidence: 'REPORTED', validTo: '2024-02', note: 'Two statements by the mayor' } });
    expect(updateEdge).toMatchObject({ confidence: 'REPORTED', validFrom: '2023', validTo: '2024-02', note: 'Two statements by the mayor' });

    const badDate = await server.request(`mutation($id: ID!) { updateEdge(id: $id, input: { validTo: "2022" }) { id } }`, { id: addEdge.id });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badDate.errors?.[0]?.extensions)).toContain('validTo');
    const badConfidence = await server.request(`mutation($id: ID!) { updateEdge(id: $id, input: { note: "${'x'.repeat(4001)}" }) { id } }`, { id: addEdge.id });
    expect(badConfidence.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const disputing = addEdge.citations[1].id;
    const retract = `mutation($e: ID!, $c: ID!, $r: String!) { retractCitation(edgeId: $e, citationId: $c, reason: $r) { ${EDGE} } }`;
    const { retractCitation } = await server.query(retract, { e: addEdge.id, c: disputing, r: 'The statement was about another office' });
    expect(retractCitation.status).toBe('ACTIVE');
    expect(retractCitation.citations[1]).toMatchObject({ retracted: true, retractedReason: 'The statement was about another office', retractedBy: 'local' });

    const lastOne = await server.request(retract, { e: addEdge.id, c: addEdge.citations[0].id, r: 'x' });
    expect(lastOne.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(lastOne.errors?.[0]?.message).toMatch(/last active citation/);

    const reinstate = `mutation($id: ID!, $r: String!) { reinstateEdge(id: $id, reason: $r) { ${EDGE} } }`;
    const live = await server.request(reinstate, { id: addEdge.id, r: 'x' });
    expect(live.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(live.errors?.[0]?.message).toMatch(/not retracted/);

    await server.query(`mutation($id: ID!) { retractEdge(id: $id, reason: "Unsourced") { id } }`, { id: addEdge.id });
    const { reinstateEdge } = await server.query(reinstate, { id: addEdge.id, r: 'A second source' });
    expect(reinstateEdge).toMatchObject({ status: 'ACTIVE', retractedReason: null });

    const emptyReason = await server.request(reinstate, { id: addEdge.id, r: '  ' });
    expect(emptyReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { history } = await server.query(`query($id: ID!) { history(id: $id) { action actor beforeJson afterJson } }`, { id: addEdge.id });
    expect(history.map((h: { action: string }) => h.action)).toEqual(['edge.add', 'edge.update', 'citation.retract', 'edge.retract', 'edge.reinstate']);
    expect(JSON.parse(history[1].beforeJson).confidence).toBe('alleged');
    expect(JSON.parse(history[1].afterJson).confidence).toBe('reported');
    expect(JSON.parse(history[4].afterJson).reason).toBe('A second source');
  });

  it('refuses merging an entity into itself with a clear message', async () => {
    const akimat = await entityId(server, 'Akimat');
    const res = await server.request(`mutation($id: ID!) { mergeEntities(keepId: $id, mergeId: $id) { id } }`, { id: akimat });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/mergeId/);
  });

  it('suggests duplicates across scripts and warns before a repeated entity or relationship', async () => {
    const person = await entityId(server, 'Bagilya Baltabayeva');
    const { createEntity } = await server.query(`mutation { createEntity(input: { kind: PERSON, name: "Багила Балтабаева" }) { id } }`);
    const { duplicatesOf } = await server.query(`query($id: ID!) { duplicatesOf(id: $id) { id name } }`, { id: person });
    expect(duplicatesOf.map((e: { id: string }) => e.id)).toContain(createEntity.id);
    expect(duplicatesOf.map((e: { id: string }) => e.id)).not.toContain(person);
    const { similarEntities } = await server.query(`{ similarEntities(name: "Feminitta", kind: ORGANIZATION) { name } }`);
    expect(similarEntities.map((e: { name: string }) => e.name)).toContain('Feminita');

    const akimat = await entityId(server, 'Akimat');
    const { edgesAmong } = await server.query(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { id type from { id } to { id } validFrom } }`, { ids: [akimat, ...(await server.query(`query($id: ID!) { neighborhood(ids: [$id]) { nodes { id } } }`, { id: akimat })).neighborhood.nodes.map((n: { id: string }) => n.id)] });
    const supported = edgesAmong.find((e: { type: string; from: { id: string } }) => e.type === 'SUPPORTED' && e.from.id === akimat);
    const draft = { type: 'SUPPORTED', from: akimat, to: supported.to.id };
    const { duplicateEdges } = await server.query(`query($input: EdgeDraft!) { duplicateEdges(input: $input) { id } }`, { input: draft });
    expect(duplicateEdges.map((e: { id: string }) => e.id)).toContain(supported.id);
    const { duplicateEdges: later } = await server.query(`query($input: EdgeDraft!) { duplicateEdges(input: $input) { id } }`, { input: { ...draft, validFrom: '2030' } });
    expect(later).toEqual([]);
    const { duplicateEdges: reversed } = await server.query(`query($input: EdgeDraft!) { duplicateEdges(input: $input) { id } }`, { input: { ...draft, from: draft.to, to: draft.from } });
    expect(reversed).toEqual([]);
    const bad = await server.request(`{ duplicateEdges(input: { type: "LIKES", from: "a", to: "b" }) { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('type');
  });

  it('never offers a restricted person to a viewer without restricted access', async () => {
    const r = await entityId(server, 'R.');
    const { neighborhood } = await server.query(`query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }`, { ids: [r] });
    const ids = neighborhood.nodes.map((n: { id: string }) => n.id);
    const { edgesAmong } = await publicServer.query(`query($ids: [ID!]!) { edgesAmong(ids: $ids) { from { id name } to { id name } note citations { quote locator } } }`, { ids });
    const touching = edgesAmong.filter((e: { from: { id: string }; to: { id: string } }) => e.from.id === r || e.to.id === r);
    expect(touching.length).toBeGreaterThan(0);
    for (const e of touching) {
      expect([e.from.name, e.to.name]).toContain('[restricted]');
      for (const c of e.citations) {
        expect(c.quote === null || c.quote === '[restricted]').toBe(true);
        expect(c.locator === null || c.locator === '[restricted]').toBe(true);
      }
    }
    const { search } = await publicServer.query(`{ search(query: "R", first: 50) { id } }`);
    expect(search.map((e: { id: string }) => e.id)).not.toContain(r);
    const { duplicatesOf } = await publicServer.query(`query($id: ID!) { duplicatesOf(id: $id) { id } }`, { id: r });
    expect(duplicatesOf).toEqual([]);
  });
});
