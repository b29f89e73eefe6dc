// The canvas document's relationship rows: what the server writes is what the explorer reads back, field for field.
import { describe, expect, it } from 'vitest';
import { CANVAS_EDGE_FIELDS, canvasEdgeRow, fromCanvasEdgeRow } from '../../../server/src/domain/shared/canvas-wire.ts';

const edge = {
  id: 'r-1',
  type: 'MEMBER_OF',
  from: 'person-a',
  to: 'org-b',
  validFrom: '2019-03',
  validTo: null,
  confidence: 'reported',
  status: 'contested',
  note: 'named in "the list", p. 4',
  retractedReason: null,
  citations: [
    { id: 'cit-1', edgeId: 'r-1', stance: 'supports', sourceId: 'src-1' },
    { id: 'cit-2', edgeId: 'r-1', stance: 'disputes', sourceId: 'src-2' },
  ],
};

describe('canvas relationship rows', () => {
  it('hold the fields at the documented positions, enums as the writer gives them', () => {
    const row = canvasEdgeRow(edge, (v) => v.toUpperCase());
    expect(row).toHaveLength(CANVAS_EDGE_FIELDS.length);
    expect(row).toEqual([
      'r-1',
      'MEMBER_OF',
      'person-a',
      'org-b',
      '2019-03',
      null,
      'REPORTED',
      'CONTESTED',
      'named in "the list", p. 4',
      null,
      [
        ['cit-1', 'SUPPORTS', 'src-1'],
        ['cit-2', 'DISPUTES', 'src-2'],
      ],
    ]);
  });

  it('read back into the named fields through JSON, citations with their source as an object', () => {
    const row = JSON.parse(JSON.stringify(canvasEdgeRow(edge, (v) => v)));
    const { citations, ...fields } = edge;
    expect(fromCanvasEdgeRow(row)).toEqual({ ...fields, citations: citations.map((c) => ({ id: c.id, stance: c.stance, source: { id: c.sourceId } })) });
    expect(Object.keys(fromCanvasEdgeRow(row))).toEqual([...CANVAS_EDGE_FIELDS]);
  });
});
