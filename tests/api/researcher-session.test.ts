// A researcher's session end to end over HTTP: find an organization from either script, explore around it, record a
// sourced relationship, follow it as a path, retract it, and read the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_SEED, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

const ENTITY_FIELDS = 'id kind name aliases { value lang } description sensitivity degree redacted';
const EDGE_FIELDS = `id type status confidence validFrom retractedReason from { id name } to { id name }
  citations { id locator quote stance source { id title kind } }`;

describe('a researcher session', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: REAL_SEED });
  });
  afterAll(async () => {
    await server?.close();
    await removeTempDirs();
  });

  let orgId = '';
  let sourceId = '';
  let eventId = '';
  let edgeId = '';

  it('finds the same organization from Cyrillic, Latin and lower-case queries', async () => {
    const search = `query($q: String!) { search(query: $q, first: 5) { ${ENTITY_FIELDS} } }`;
    const cyrillic = (await server.query(search, { q: 'Народные Советы' })).search;
    const latin = (await server.query(search, { q: 'Narodnye Sovety' })).search;
    const lower = (await server.query(search, { q: 'narodnye sovety' })).search;
    expect(cyrillic.length).toBeGreaterThan(0);
    expect(cyrillic[0].kind).toBe('ORGANIZATION');
    expect(latin[0].id).toBe(cyrillic[0].id);
    expect(lower[0].id).toBe(cyrillic[0].id);
    orgId = cyrillic[0].id;
  });

  it('opens the entity and expands its neighborhood with citations', async () => {
    const { entity } = await server.query(`query($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`, { id: orgId });
    expect(entity.id).toBe(orgId);
    expect(entity.redacted).toBe(false);
    expect(entity.aliases.map((a: { value: string }) => a.value)).toContain('Народные Советы');

    const { neighborhood } = await server.query(
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1) { truncated nodes { id } edges { ${EDGE_FIELDS} } } }`,
      { ids: [orgId] },
    );
    expect(neighborhood.nodes.map((n: { id: string }) => n.id)).toContain(orgId);
    expect(neighborhood.truncated).toBe(false);
    const touching = neighborhood.edges.filter((e: { from: { id: string }; to: { id: string } }) => [e.from.id, e.to.id].includes(orgId));
    expect(touching.length).toBe(entity.degree);
    expect(entity.degree).toBeGreaterThan(0);
    for (const edge of neighborhood.edges) {
      expect(edge.citations.length).toBeGreaterThan(0);
      expect(edge.citations[0].source.title).toBeTruthy();
    }
  });

  it('creates a source and an entity, then adds a relationship citing the source', async () => {
    const { createSource } = await server.query(
      `mutation($input: SourceInput!) { createSource(input: $input) { id kind title url publishedAt redacted } }`,
      { input: { kind: 'news', title: 'Interview with a Petropavlovsk journalist', url: 'https://example.org/interview', publishedAt: '2023-05' } },
    );
    expect(createSource).toMatchObject({ kind: 'news', publishedAt: '2023-05', redacted: false });
    sourceId = createSource.id;

    const { createEntity } = await server.query(
      `mutation($input: EntityInput!) { createEntity(input: $input) { ${ENTITY_FIELDS} startDate } }`,
      { input: { kind: 'EVENT', name: 'Petropavlovsk assembly', aliases: [{ value: 'Собрание в Петропавловске', lang: 'ru' }], startDate: '2023-04' } },
    );
    expect(createEntity).toMatchObject({ kind: 'EVENT', sensitivity: 'PUBLIC', degree: 0, startDate: '2023-04' });
    eventId = createEntity.id;

    const { addEdge } = await server.query(
      `mutation($input: EdgeInput!) { addEdge(input: $input) { ${EDGE_FIELDS} } }`,
      {
        input: {
          type: 'ORGANIZED',
          from: orgId,
          to: eventId,
          validFrom: '2023-04',
          confidence: 'REPORTED',
          citations: [{ sourceId, locator: '12:40', quote: 'The assembly was called by the council.' }],
        },
      },
    );
    expect(addEdge).toMatchObject({
      type: 'ORGANIZED',
      status: 'ACTIVE',
      confidence: 'REPORTED',
      validFrom: '2023-04',
      from: { id: orgId },
      to: { id: eventId, name: 'Petropavlovsk assembly' },
    });
    expect(addEdge.citations).toHaveLength(1);
    expect(addEdge.citations[0]).toMatchObject({ locator: '12:40', stance: 'SUPPORTS', source: { id: sourceId, kind: 'news' } });
    edgeId = addEdge.id;
  });

  it('shows the new relationship with its citation in the neighborhood and as a path', async () => {
    const { neighborhood } = await server.query(
      `query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } edges { ${EDGE_FIELDS} } } }`,
      { ids: [eventId] },
    );
    expect(neighborhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual([orgId, eventId].sort());
    expect(neighborhood.edges).toHaveLength(1);
    expect(neighborhood.edges[0].citations[0].source.id).toBe(sourceId);

    const { paths } = await server.query(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } edges { ${EDGE_FIELDS} } } }`,
      { from: orgId, to: eventId },
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].nodes.map((n: { id: string }) => n.id)).toEqual([orgId, eventId]);
    expect(paths[0].edges[0].id).toBe(edgeId);
    expect(paths[0].edges[0].citations[0].quote).toBe('The assembly was called by the council.');
  });

  it('retracts the relationship with a reason, keeping it for includeRetracted', async () => {
    const { retractEdge } = await server.query(
      `mutation($id: ID!, $reason: String!) { retractEdge(id: $id, reason: $reason) { ${EDGE_FIELDS} } }`,
      { id: edgeId, reason: 'The interview was misattributed.' },
    );
    expect(retractEdge).toMatchObject({ id: edgeId, status: 'RETRACTED', retractedReason: 'The interview was misattributed.' });
    expect(retractEdge.citations).toHaveLength(1);

    const around = `query($ids: [ID!]!, $filter: EdgeFilter) { neighborhood(ids: $ids, filter: $filter) { nodes { id } edges { ${EDGE_FIELDS} } } }`;
    const hidden = (await server.query(around, { ids: [eventId] })).neighborhood;
    expect(hidden.edges).toEqual([]);
    expect(hidden.nodes.map((n: { id: string }) => n.id)).toEqual([eventId]);

    const shown = (await server.query(around, { ids: [eventId], filter: { includeRetracted: true } })).neighborhood;
    expect(shown.edges).toHaveLength(1);
    expect(shown.edges[0]).toMatchObject({ id: edgeId, status: 'RETRACTED', retractedReason: 'The interview was misattributed.' });

    const { paths } = await server.query(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } } }`, {
      from: orgId,
      to: eventId,
    });
    expect(paths).toEqual([]);
  });

  it('records the creation and the retraction in the edge history', async () => {
    const { history } = await server.query(
      `query($id: ID!) { history(id: $id) { id at actor action targetId beforeJson afterJson } }`,
      { id: edgeId },
    );
    expect(history).toHaveLength(2);
    for (const event of history) expect(event).toMatchObject({ actor: 'local', targetId: edgeId });
    expect(history[0].at <= history[1].at).toBe(true);
    expect(history[0].beforeJson).toBeNull();
    expect(JSON.parse(history[0].afterJson)).toMatchObject({ id: edgeId, status: 'active' });
    expect(JSON.parse(history[1].beforeJson)).toMatchObject({ status: 'active' });
    expect(JSON.parse(history[1].afterJson)).toMatchObject({ status: 'retracted', retractedReason: 'The interview was misattributed.' });
  });
});
