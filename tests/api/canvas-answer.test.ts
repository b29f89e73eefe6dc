// A neighborhood selected for the canvas alone (`truncated canvas`) is read and encoded in one step, in a read worker
// where there are some. That answer must be the very document the canvas field gives beside the records, for every
// viewer and with or without workers, and any selection that asks for more must still get the records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCanvasEdgeRow, type CanvasEdgeRow } from '../../server/src/domain/shared/canvas-wire.ts';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { FIXTURE, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const WITH_RECORDS = 'query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { truncated canvas nodes { id } } }';
const CANVAS_ONLY = 'query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { truncated canvas } }';
const CANVAS_BY_FRAGMENT = `query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { __typename ...Drawn ... on Subgraph { truncated } } }
fragment Drawn on Subgraph { canvas }`;
const RECORDS_BY_FRAGMENT = `query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { ...Drawn } }
fragment Drawn on Subgraph { canvas ...Listed }
fragment Listed on Subgraph { nodes { id } edges { id } }`;

interface CanvasDoc {
  nodes: { id: string; name: string; redacted: boolean }[];
  edges: CanvasEdgeRow[];
}

describe('the canvas answer', () => {
  const servers: Record<string, TestServer> = {};
  const kinds = [
    ['without workers, local user', {}, undefined],
    ['without workers, viewer without rights', {}, PUBLIC_VIEWER],
    ['with read workers, local user', { READ_WORKERS: '2' }, undefined],
    ['with read workers, viewer without rights', { READ_WORKERS: '2' }, PUBLIC_VIEWER],
  ] as const;
  beforeAll(async () => {
    await Promise.all(kinds.map(async ([name, env, viewer]) => (servers[name] = await startTestServer({ seedFile: FIXTURE, env, viewer }))));
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.close()));
  });

  for (const [name, , viewer] of kinds) {
    it(`is the canvas the records come with, ${name}`, async () => {
      const server = servers[name] as TestServer;
      for (const depth of [1, 2]) {
        const vars = { ids: ['org-puk'], depth };
        const full = (await server.query(WITH_RECORDS, vars)).neighborhood;
        const alone = (await server.query(CANVAS_ONLY, vars)).neighborhood;
        expect(typeof full.canvas).toBe('object');
        expect((full.canvas as CanvasDoc).nodes.length).toBeGreaterThan(1);
        expect(alone).toEqual({ truncated: full.truncated, canvas: full.canvas });
        const byFragment = (await server.query(CANVAS_BY_FRAGMENT, vars)).neighborhood;
        expect(byFragment).toEqual({ __typename: 'Subgraph', truncated: full.truncated, canvas: full.canvas });
      }
      const canvas = (await server.query(CANVAS_ONLY, { ids: ['org-puk'], depth: 1 })).neighborhood.canvas as CanvasDoc;
      const person = canvas.nodes.find((n) => n.id === 'person-at-risk-1');
      if (viewer) {
        expect(person).toMatchObject({ name: REDACTED_NAME, redacted: true });
        expect(JSON.stringify(canvas)).not.toContain('"R."');
      } else {
        expect(person).toMatchObject({ name: 'R.', redacted: false });
      }
    });

    it(`still lists the records when a fragment asks for them, ${name}`, async () => {
      const { neighborhood } = await (servers[name] as TestServer).query(RECORDS_BY_FRAGMENT, { ids: ['org-puk'], depth: 2 });
      const canvas = neighborhood.canvas as CanvasDoc;
      expect(neighborhood.nodes.length).toBeGreaterThan(1);
      expect(neighborhood.nodes.map((n: { id: string }) => n.id)).toEqual(canvas.nodes.map((n) => n.id));
      expect(neighborhood.edges.map((e: { id: string }) => e.id)).toEqual(canvas.edges.map((row) => fromCanvasEdgeRow(row).id));
    });
  }

  it('refuses bad input with the field named, with or without workers', async () => {
    for (const name of ['without workers, local user', 'with read workers, local user']) {
      const response = await (servers[name] as TestServer).request('{ neighborhood(ids: ["org-puk"], depth: 9) { truncated canvas } }');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    }
  });
});
