// The attributes GEXF and GraphML carry for each node and relationship, named once so both formats say the same.
import type { ExportGraph } from '../domain/export-service.ts';
import type { EntityRecord } from '../domain/records.ts';
import type { Edge } from '../domain/types.ts';

export type AttributeType = 'string' | 'integer';

export interface Attribute<T> {
  id: string;
  type: AttributeType;
  value(item: T): string | number | null;
}

export const NODE_ATTRIBUTES: Attribute<EntityRecord>[] = [
  { id: 'kind', type: 'string', value: (e) => e.kind },
  { id: 'sensitivity', type: 'string', value: (e) => e.sensitivity },
  { id: 'startDate', type: 'string', value: (e) => e.startDate },
  { id: 'endDate', type: 'string', value: (e) => e.endDate },
  { id: 'aliases', type: 'string', value: (e) => (e.aliases.length ? e.aliases.map((a) => a.value).join('; ') : null) },
  { id: 'description', type: 'string', value: (e) => e.description },
];

export const EDGE_ATTRIBUTES: Attribute<Edge>[] = [
  { id: 'type', type: 'string', value: (e) => e.type },
  { id: 'confidence', type: 'string', value: (e) => e.confidence },
  { id: 'status', type: 'string', value: (e) => e.status },
  { id: 'validFrom', type: 'string', value: (e) => e.validFrom },
  { id: 'validTo', type: 'string', value: (e) => e.validTo },
  { id: 'evidence', type: 'integer', value: (e) => e.citations.length },
  { id: 'sources', type: 'integer', value: (e) => new Set(e.citations.map((c) => c.sourceId)).size },
  { id: 'note', type: 'string', value: (e) => e.note },
];

/** A map's saved position for an entity, when the export is of a map. */
export function positionOf(graph: ExportGraph, id: string): { x: number; y: number } | null {
  const placed = graph.map?.entities.find((e) => e.id === id);
  return placed ? { x: placed.x, y: placed.y } : null;
}

export function graphTitle(graph: ExportGraph): string {
  return `${graph.map ? graph.map.title : 'Actornet graph'}${graph.audience === 'full' ? ' (full export, includes restricted records)' : ''}`;
}
