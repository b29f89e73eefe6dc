// The canvas's compact answer: a neighborhood the service has already redacted, written as one JSON document in the
// wire shape of the explorer's lean selection (enums upper case, edge ends as ids, citations as id, stance and source
// id), each relationship as a row of its fields (domain/shared/canvas-wire.ts). Serializing it once costs a fraction
// of resolving thousands of edges field by field. It is encoded to UTF-8 where it is read and goes into the answer as
// those bytes (EncodedJson, the CanvasDocument scalar).
import type { GraphService, NeighborhoodArgs } from '../domain/graph-service.ts';
import type { CanvasGraph, Entity, Subgraph } from '../domain/types.ts';
import type { Viewer } from '../domain/visibility.ts';
import { canvasEdgeRow } from '../domain/shared/canvas-wire.ts';
import { EncodedJson } from './encoded-json.ts';

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

/** `graph` must come from GraphService, which has run it through the visibility rule. */
export function canvasDocument(graph: CanvasGraph): EncodedJson {
  return EncodedJson.of({ nodes: graph.nodes.map(canvasNode), edges: graph.edges.map((e) => canvasEdgeRow(e, wire)) });
}

/** A neighborhood as the canvas asks for it: `truncated` and the canvas document as UTF-8 JSON, nothing else. */
export interface CanvasAnswer {
  truncated: boolean;
  canvas: Uint8Array;
}

/**
 * Reads a neighborhood straight into its canvas answer. With read workers the worker that read it encodes it, so
 * one buffer is handed over to the main thread (transferred, not copied) instead of a structured clone of every record.
 */
export type CanvasReader = (viewer: Viewer, args: NeighborhoodArgs) => Promise<CanvasAnswer>;

export function canvasAnswer(graph: CanvasGraph): CanvasAnswer {
  return { truncated: graph.truncated, canvas: canvasDocument(graph).bytes };
}

/** The canvas reader without workers: the service's own (redacted) canvas neighborhood, encoded on this thread. */
export const canvasInThread =
  (service: GraphService): CanvasReader =>
  async (viewer, args) =>
    canvasAnswer(await service.canvasNeighborhood(viewer, args));

const encoded = new WeakMap<Subgraph, EncodedJson>();

/**
 * The Subgraph that stands for a canvas answer: its canvas is already encoded and it holds no nodes or edges, so it is
 * returned only where `selectsOnlyCanvas` holds.
 */
export function canvasOnlySubgraph(answer: CanvasAnswer): Subgraph {
  const graph: Subgraph = { nodes: [], edges: [], truncated: answer.truncated };
  encoded.set(graph, new EncodedJson(answer.canvas));
  return graph;
}

/** The encoded canvas of a neighborhood, however it was read. */
export function canvasOf(graph: Subgraph): EncodedJson {
  return encoded.get(graph) ?? canvasDocument(graph);
}
