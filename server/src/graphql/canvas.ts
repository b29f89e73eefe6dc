// The canvas's compact answer: a neighborhood the service has already redacted, written as one JSON document in the
// wire shape of the explorer's lean selection (enums upper case, edge ends as ids, citations as id, stance and source
// id). Serializing it once costs a fraction of resolving thousands of edges field by field.
import type { Edge, Entity, Subgraph } from '../domain/types.ts';

const wire = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

function canvasNode(n: Entity) {
  return {
    id: n.id,
    kind: wire(n.kind),
    name: n.name,
    aliases: n.aliases.map((a) => ({ value: a.value, lang: a.lang })),
    description: n.description,
    startDate: n.startDate,
    endDate: n.endDate,
    sensitivity: wire(n.sensitivity),
    degree: n.degree,
    redacted: n.redacted ?? false,
  };
}

function canvasEdge(e: Edge) {
  return {
    id: e.id,
    type: e.type,
    from: e.from,
    to: e.to,
    validFrom: e.validFrom,
    validTo: e.validTo,
    confidence: wire(e.confidence),
    status: wire(e.status),
    note: e.note,
    retractedReason: e.retractedReason,
    citations: e.citations.map((c) => ({ id: c.id, stance: wire(c.stance), source: { id: c.sourceId } })),
  };
}

/** `graph` must come from GraphService, which has run it through the visibility rule. */
export function canvasJson(graph: Subgraph): string {
  return JSON.stringify({ nodes: graph.nodes.map(canvasNode), edges: graph.edges.map(canvasEdge) });
}
