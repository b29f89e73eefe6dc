// A restricted person is redacted on every read path for a viewer without rights. The viewer is chosen by the code
// that starts the server (no request can choose it), so these tests start one as PUBLIC_VIEWER.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { FIXTURE, REAL_SEED, readSeed, removeTempDirs, startTestServer, tempDbFile, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const EDGE = 'id type from { id name redacted } to { id name redacted }';

describe('redaction for a viewer without rights (fixture)', () => {
  let publicServer: TestServer;
  let localServer: TestServer;
  beforeAll(async () => {
    publicServer = await startTestServer({ seedFile: FIXTURE, viewer: PUBLIC_VIEWER });
    localServer = await startTestServer({ seedFile: FIXTURE });
  });
  afterAll(async () => {
    await publicServer?.close();
    await localServer?.close();
  });

  it('shows the local user the restricted person in full', async () => {
    const { entity } = await localServer.query('{ entity(id: "person-at-risk-1") { name description redacted sensitivity } }');
    expect(entity).toMatchObject({ name: 'R.', redacted: false, sensitivity: 'RESTRICTED' });
    expect(entity.description).toContain('activist');
  });

  it('blanks the entity itself', async () => {
    const { entity } = await publicServer.query('{ entity(id: "person-at-risk-1") { id name aliases { value } description createdBy redacted } }');
    expect(entity).toEqual({ id: 'person-at-risk-1', name: REDACTED_NAME, aliases: [], description: null, createdBy: REDACTED_NAME, redacted: true });
  });

  it('leaves it out of search', async () => {
    const { search } = await publicServer.query('{ search(query: "R.", first: 100) { id } }');
    expect(search.map((e: { id: string }) => e.id)).not.toContain('person-at-risk-1');
    const local = await localServer.query('{ search(query: "R.", first: 100) { id } }');
    expect(local.search.map((e: { id: string }) => e.id)).toContain('person-at-risk-1');
  });

  it('redacts it as a neighborhood node and as an edge endpoint', async () => {
    const { neighborhood } = await publicServer.query(`{ neighborhood(ids: ["org-puk"]) { nodes { id name redacted } edges { ${EDGE} } } }`);
    const node = neighborhood.nodes.find((n: { id: string }) => n.id === 'person-at-risk-1');
    expect(node).toEqual({ id: 'person-at-risk-1', name: REDACTED_NAME, redacted: true });
    const sued = neighborhood.edges.find((e: { id: string }) => e.id === 'edge-puk-sued-at-risk-1');
    expect(sued.to).toEqual({ id: 'person-at-risk-1', name: REDACTED_NAME, redacted: true });
    expect(sued.from).toMatchObject({ id: 'org-puk', redacted: false });
    expect(JSON.stringify(neighborhood)).not.toContain('"R."');
  });

  it('redacts it on a path and on edge(id)', async () => {
    const { paths } = await publicServer.query(`{ paths(from: "person-baltabayeva", to: "person-at-risk-1") { nodes { id name } edges { ${EDGE} } } }`);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].nodes.at(-1)).toEqual({ id: 'person-at-risk-1', name: REDACTED_NAME });
    expect(JSON.stringify(paths)).not.toContain('"R."');

    const { edge } = await publicServer.query(`{ edge(id: "edge-puk-sued-at-risk-1") { ${EDGE} } }`);
    expect(edge.to.name).toBe(REDACTED_NAME);
  });
});

describe('redaction of audit history', () => {
  it('hides the snapshots of a restricted entity from a viewer without rights', async () => {
    const dbFile = await tempDbFile();
    const local = await startTestServer({ seedFile: FIXTURE, dbFile });
    try {
      await local.query('mutation { updateEntity(id: "person-at-risk-1", input: { description: "Moved to another city." }) { id } }');
      const { history } = await local.query('{ history(id: "person-at-risk-1") { action beforeJson afterJson } }');
      expect(history.map((e: { action: string }) => e.action)).toEqual(['seed.import', 'entity.update']);
      expect(history[1].afterJson).toContain('Moved to another city.');
    } finally {
      await local.close();
    }

    const reader = await startTestServer({ seedFile: FIXTURE, dbFile, viewer: PUBLIC_VIEWER });
    try {
      const { history } = await reader.query('{ history(id: "person-at-risk-1") { actor action targetId beforeJson afterJson } }');
      expect(history).toHaveLength(2);
      expect(history[0]).toMatchObject({ actor: 'seed', action: 'seed.import', targetId: 'person-at-risk-1', beforeJson: null, afterJson: null });
      expect(history[1]).toMatchObject({ actor: 'local', targetId: 'person-at-risk-1', beforeJson: null, afterJson: null });
    } finally {
      await reader.close();
    }
  });
});

describe('redaction of the seed dataset', () => {
  it('redacts every restricted entity of the seed for a viewer without rights', async () => {
    const seed = await readSeed(REAL_SEED);
    const restricted = seed.entities.filter((e) => e.sensitivity === 'restricted');
    expect(restricted.map((e) => e.name)).toContain('R.');

    const server = await startTestServer({ seedFile: REAL_SEED, viewer: PUBLIC_VIEWER });
    try {
      for (const person of restricted) {
        const { entity } = await server.query('query($id: ID!) { entity(id: $id) { name redacted aliases { value } } }', { id: person.id });
        expect(entity).toEqual({ name: REDACTED_NAME, redacted: true, aliases: [] });
        const { search } = await server.query('query($q: String!) { search(query: $q, first: 100) { id } }', { q: person.name });
        expect(search.map((e: { id: string }) => e.id)).not.toContain(person.id);
        const { neighborhood } = await server.query('query($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { name } edges { note from { name } to { name } citations { quote locator } } } }', {
          ids: [person.id],
        });
        expect(JSON.stringify(neighborhood)).not.toContain(JSON.stringify(person.name));
      }
    } finally {
      await server.close();
    }
  });
});
