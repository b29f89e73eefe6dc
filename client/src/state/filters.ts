// What the filter controls mean, as pure functions: which nodes and edges the canvas shows, and the EdgeFilter sent
// with neighborhood and paths queries so the server applies the same rules.
import { overlapsWindow } from '../../../server/src/domain/shared/dates.ts';
import { CONFIDENCE_NAMES, ENTITY_KIND_NAMES } from '../api/types.ts';
import type { ApiEdge, ApiEdgeFilter, ApiEntity, ConfidenceName, EntityKindName } from '../api/types.ts';

export interface Filters {
  /** Kinds shown on the canvas. */
  kinds: EntityKindName[];
  /** Relationship types shown; null means every type. */
  types: string[] | null;
  confidence: ConfidenceName[];
  includeContested: boolean;
  includeRetracted: boolean;
  /** The date window, in whole years; null leaves that end open. */
  fromYear: number | null;
  toYear: number | null;
}

export const DEFAULT_FILTERS: Filters = {
  kinds: [...ENTITY_KIND_NAMES],
  types: null,
  confidence: [...CONFIDENCE_NAMES],
  includeContested: true,
  includeRetracted: false,
  fromYear: null,
  toYear: null,
};

export function nodePasses(entity: Pick<ApiEntity, 'kind'>, f: Filters): boolean {
  return f.kinds.includes(entity.kind);
}

export function edgePasses(edge: Pick<ApiEdge, 'type' | 'confidence' | 'status' | 'validFrom' | 'validTo'>, f: Filters): boolean {
  if (f.types !== null && !f.types.includes(edge.type)) return false;
  if (!f.confidence.includes(edge.confidence)) return false;
  if (edge.status === 'CONTESTED' && !f.includeContested) return false;
  if (edge.status === 'RETRACTED' && !f.includeRetracted) return false;
  const from = f.fromYear === null ? null : String(f.fromYear);
  const to = f.toYear === null ? null : String(f.toYear);
  return overlapsWindow(edge.validFrom, edge.validTo, from, to);
}

/** The server-side form of the filters; kinds are a canvas-only concern. */
export function toEdgeFilter(f: Filters): ApiEdgeFilter {
  const filter: ApiEdgeFilter = { includeContested: f.includeContested, includeRetracted: f.includeRetracted };
  if (f.types !== null) filter.types = [...f.types];
  if (f.confidence.length !== CONFIDENCE_NAMES.length) filter.confidence = [...f.confidence];
  if (f.fromYear !== null) filter.from = String(f.fromYear);
  if (f.toYear !== null) filter.to = String(f.toYear);
  return filter;
}

function yearOf(date: string | null): number | null {
  if (!date) return null;
  const y = Number(date.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

/** The range of years the given edges mention, for the date-window slider; null when no edge has a date. */
export function yearBounds(edges: Iterable<Pick<ApiEdge, 'validFrom' | 'validTo'>>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of edges) {
    for (const y of [yearOf(e.validFrom), yearOf(e.validTo)]) {
      if (y === null) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  return Number.isFinite(min) ? { min, max } : null;
}
