// Subgraph.canvas is the neighborhood as one JSON object for drawing. It must say exactly what selecting the same
// fields one by one says (the explorer's lean selection), for the local user and for a viewer without rights, and so
// carry the same redaction: it is built from what the service has already passed through the visibility rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANVAS_EDGE_FIELDS, fromCanvasEdgeRow, type CanvasEdgeRow } from '../../server/src/domain/shared/canvas-wire.ts';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { FIXTURE, REAL_SEED, readSeed, removeTempDirs, startTestServer, type Data, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const ENTITY = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted';
const LEAN_EDGE = 'id type from { id } to { id } validFrom validTo confidence status note retractedReason citations { id stance source { id } }';
const BOTH = `query($ids: [ID!]!, $depth: Int) {
  neighborhood(ids: $ids, depth: $depth) { truncated canvas nodes { ${ENTITY} } edges { ${LEAN_EDGE} } }
}`;

interface CanvasDoc {
  nodes: { id: string; name: string; redacted: boolean }[];
  edges: CanvasEdgeRow[];
}

/** The canvas with its edge rows read back into named fields, as the explorer reads them. */
function readBack(canvas: CanvasDoc) {
  return { nodes: canvas.nodes, edges: canvas.edges.map(fromCanvasEdgeRow) };
}

/** The field-by-field answer in the canvas's shape once read: edge ends as ids. */
function fieldByField(neighborhood: Data) {
  return {
    nodes: neighborhood.nodes,
    edges: neighborhood.edges.map((e: Data) => ({ ...e, from: e.from.id, to: e.to.id })),
  };
}

describe('Subgraph.canvas', () => {
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

  for (const [who, server] of [
    ['the local user', () => localServer],
    ['a viewer without rights', () => publicServer],
  ] as const) {
    it(`says what the fields say, for ${who}`, async () => {
      const { neighborhood } = await server().query(BOTH, { ids: ['org-puk'], depth: 2 });
      const canvas = neighborhood.canvas as CanvasDoc;
      expect(neighborhood.nodes.length).toBeGreaterThan(1);
      expect(neighborhood.edges.length).toBeGreaterThan(0);
      expect(readBack(canvas)).toEqual(fieldByField(neighborhood));
    });
  }

  it('writes each edge as a row of its fields in the documented order, and nothing else', async () => {
    const { neighborhood } = await localServer.query(BOTH, { ids: ['org-puk'], depth: 2 });
    const canvas = neighborhood.canvas as CanvasDoc;
    const byId = new Map(neighborhood.edges.map((e: Data) => [e.id, e]));
    expect(canvas.edges.length).toBe(neighborhood.edges.length);
    for (const row of canvas.edges) {
      expect(row).toHaveLength(CANVAS_EDGE_FIELDS.length);
      const e = byId.get(row[0]) as Data;
      expect(row.slice(0, 10)).toEqual([e.id, e.type, e.from.id, e.to.id, e.validFrom, e.validTo, e.confidence, e.status, e.note, e.retractedReason]);
      expect(row[10]).toEqual(e.citations.map((c: Data) => [c.id, c.stance, c.source.id]));
    }
    expect(canvas.edges.some((row) => row[10].length > 1)).toBe(true);
  });

  it('shows the local user the restricted person and blanks it for a viewer without rights', async () => {
    const local = (await localServer.query(BOTH, { ids: ['org-puk'], depth: 1 })).neighborhood.canvas as CanvasDoc;
    expect(local.nodes.find((n) => n.id === 'person-at-risk-1')).toMatchObject({ name: 'R.', redacted: false });

    const { neighborhood } = await publicServer.query(BOTH, { ids: ['org-puk'], depth: 1 });
    const canvas = neighborhood.canvas as CanvasDoc;
    expect(canvas.nodes.find((n) => n.id === 'person-at-risk-1')).toMatchObject({ name: REDACTED_NAME, redacted: true, aliases: [], description: null });
    expect(readBack(canvas).edges.some((e) => e.to === 'person-at-risk-1' || e.from === 'person-at-risk-1')).toBe(true);
    expect(JSON.stringify(canvas)).not.toContain('"R."');
  });

  it('never names a restricted person of the real seed to a viewer without rights', async () => {
    const seed = await readSeed(REAL_SEED);
    const restricted = seed.entities.filter((e) => e.sensitivity === 'restricted');
    expect(restricted.length).toBeGreaterThan(0);
    const server = await startTestServer({ seedFile: REAL_SEED, viewer: PUBLIC_VIEWER });
    try {
      for (const person of restricted) {
        const { neighborhood } = await server.query('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { canvas } }', { ids: [person.id] });
        const canvas = neighborhood.canvas as CanvasDoc;
        expect(canvas.nodes.find((n) => n.id === person.id)).toMatchObject({ name: REDACTED_NAME, redacted: true });
        expect(JSON.stringify(canvas)).not.toContain(JSON.stringify(person.name));
      }
    } finally {
      await server.close();
    }
  });
});
