// The relationships of the canvas document (Subgraph.canvas) as rows: each one an array of its fields in a fixed
// order, its citations arrays too, rather than objects that repeat every field name. A hub's view holds a thousand
// relationships or more, and as objects their names were about half of its bytes: half the text to write in the
// server, to send, and to parse in the explorer. Both ends read the order from here, so it lives in one place.
// Pure and browser-safe: the explorer decodes with the same module.

/** A citation as the canvas draws it: `[id, stance, source id]`. */
export type CanvasCitationRow<Stance extends string = string> = [id: string, stance: Stance, sourceId: string];

/** A relationship as the canvas draws it, its fields at fixed positions (`CANVAS_EDGE_FIELDS`). */
export type CanvasEdgeRow<Confidence extends string = string, Status extends string = string, Stance extends string = string> = [
  id: string,
  type: string,
  from: string,
  to: string,
  validFrom: string | null,
  validTo: string | null,
  confidence: Confidence,
  status: Status,
  note: string | null,
  retractedReason: string | null,
  citations: CanvasCitationRow<Stance>[],
];

/** The field at each position of a `CanvasEdgeRow`, as the schema's description lists them. */
export const CANVAS_EDGE_FIELDS = ['id', 'type', 'from', 'to', 'validFrom', 'validTo', 'confidence', 'status', 'note', 'retractedReason', 'citations'] as const;

/** The fields of a canvas relationship besides its citations. */
interface CanvasEdgeFields<Confidence extends string = string, Status extends string = string> {
  id: string;
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: Confidence;
  status: Status;
  note: string | null;
  retractedReason: string | null;
}

/** A canvas relationship with its fields named: what a row stands for, and what the explorer caches. */
export interface CanvasEdge<Confidence extends string = string, Status extends string = string, Stance extends string = string>
  extends CanvasEdgeFields<Confidence, Status> {
  citations: { id: string; stance: Stance; source: { id: string } }[];
}

/** What a row is written from: a relationship with its citations as id, stance and source id. */
export interface CanvasEdgeSource extends CanvasEdgeFields {
  citations: readonly { id: string; stance: string; sourceId: string }[];
}

/** The row of a relationship, each enum value (confidence, status, stance) as `enumValue` writes it. */
export function canvasEdgeRow(e: CanvasEdgeSource, enumValue: (value: string) => string): CanvasEdgeRow {
  const citations = e.citations.map((c): CanvasCitationRow => [c.id, enumValue(c.stance), c.sourceId]);
  return [e.id, e.type, e.from, e.to, e.validFrom, e.validTo, enumValue(e.confidence), enumValue(e.status), e.note, e.retractedReason, citations];
}

/** The relationship a row stands for, its fields named. */
export function fromCanvasEdgeRow<C extends string, S extends string, T extends string>(row: CanvasEdgeRow<C, S, T>): CanvasEdge<C, S, T> {
  const [id, type, from, to, validFrom, validTo, confidence, status, note, retractedReason, citations] = row;
  return {
    id,
    type,
    from,
    to,
    validFrom,
    validTo,
    confidence,
    status,
    note,
    retractedReason,
    citations: citations.map(([citationId, stance, sourceId]) => ({ id: citationId, stance, source: { id: sourceId } })),
  };
}
