// The saved-maps operations the explorer sends, and the conversion between a map's stored filters and the filter
// controls. A map's entities and the edges among them are fetched before it opens, so it draws at once, in place.
import { gql } from '../../api/graphql-client.ts';
import type { ApiEntity, ConfidenceName, EntityKindName, LeanEdge } from '../../api/types.ts';
import type { LayoutName } from '../../graph/layouts.ts';
import type { NamedCommunity } from '../analysis/analysis-view.ts';
import type { Point } from '../../graph/ring-placement.ts';
import { DEFAULT_FILTERS, toEdgeFilter, type Filters } from '../../state/filters.ts';

export type AnnotationTarget = 'MAP' | 'ENTITY' | 'EDGE';

export interface MapAnnotation {
  id?: string;
  text: string;
  target: AnnotationTarget;
  targetId: string | null;
  x?: number | null;
  y?: number | null;
}

export interface MapFilters {
  kinds: EntityKindName[] | null;
  types: string[] | null;
  confidence: ConfidenceName[] | null;
  includeContested: boolean;
  includeRetracted: boolean;
  from: string | null;
  to: string | null;
}

export interface MapEntity {
  id: string;
  x: number;
  y: number;
  pinned: boolean;
  hidden: boolean;
}

export interface SavedMap {
  id: string;
  title: string;
  caption: string | null;
  layout: LayoutName;
  owner: string;
  updatedAt: string;
  deletedAt: string | null;
  redacted: boolean;
  entities: (MapEntity & { entity: ApiEntity | null })[];
  filters: MapFilters;
  annotations: (MapAnnotation & { id: string })[];
  communities: NamedCommunity[];
}

export interface MapInput {
  title: string;
  caption: string | null;
  entities: MapEntity[];
  filters: MapFilters;
  layout: LayoutName;
  annotations: MapAnnotation[];
  /** Communities named in the analysis column. */
  communities: NamedCommunity[];
}

const ENTITY_FIELDS = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted';
const MAP_FIELDS = `id title caption layout owner updatedAt deletedAt redacted
  entities { id x y pinned hidden entity { ${ENTITY_FIELDS} } }
  filters { kinds types confidence includeContested includeRetracted from to }
  annotations { id text target targetId x y }
  communities { name members }`;
const LEAN_EDGE_FIELDS = 'id type from { id } to { id } validFrom validTo confidence status note retractedReason citations { id stance source { id } }';

export async function listMaps(includeDeleted: boolean): Promise<SavedMap[]> {
  return (await gql<{ maps: SavedMap[] }>(`query Maps($d: Boolean) { maps(includeDeleted: $d) { ${MAP_FIELDS} } }`, { d: includeDeleted })).maps;
}

export async function fetchMap(id: string): Promise<SavedMap | null> {
  return (await gql<{ map: SavedMap | null }>(`query Map($id: ID!) { map(id: $id) { ${MAP_FIELDS} } }`, { id })).map;
}

/** The annotations as input: the server keeps their ids so an update does not renumber them. */
const annotationInput = (a: MapAnnotation): MapAnnotation => ({ id: a.id ?? null, text: a.text, target: a.target, targetId: a.targetId, x: a.x ?? null, y: a.y ?? null }) as MapAnnotation;
const entityInput = (e: MapEntity): MapEntity => ({ id: e.id, x: e.x, y: e.y, pinned: e.pinned, hidden: e.hidden });
const asInput = (m: MapInput) => ({ ...m, entities: m.entities.map(entityInput), annotations: m.annotations.map(annotationInput) });

export async function saveMap(input: MapInput): Promise<SavedMap> {
  return (await gql<{ saveMap: SavedMap }>(`mutation SaveMap($input: MapInput!) { saveMap(input: $input) { ${MAP_FIELDS} } }`, { input: asInput(input) })).saveMap;
}

export async function updateMap(id: string, input: MapInput): Promise<SavedMap> {
  const q = `mutation UpdateMap($id: ID!, $input: MapInput!) { updateMap(id: $id, input: $input) { ${MAP_FIELDS} } }`;
  return (await gql<{ updateMap: SavedMap }>(q, { id, input: asInput(input) })).updateMap;
}

export async function deleteMap(id: string): Promise<SavedMap> {
  return (await gql<{ deleteMap: SavedMap }>(`mutation DeleteMap($id: ID!) { deleteMap(id: $id) { ${MAP_FIELDS} } }`, { id })).deleteMap;
}

export async function restoreMap(id: string): Promise<SavedMap> {
  return (await gql<{ restoreMap: SavedMap }>(`mutation RestoreMap($id: ID!) { restoreMap(id: $id) { ${MAP_FIELDS} } }`, { id })).restoreMap;
}

/** The map as input again: what a rename or a duplicate sends. */
export function inputOf(map: SavedMap): MapInput {
  return {
    title: map.title,
    caption: map.caption,
    entities: map.entities.map(entityInput),
    filters: map.filters,
    layout: map.layout,
    annotations: map.annotations,
    communities: map.communities,
  };
}

export function toMapFilters(f: Filters): MapFilters {
  return {
    kinds: [...f.kinds],
    types: f.types === null ? null : [...f.types],
    confidence: [...f.confidence],
    includeContested: f.includeContested,
    includeRetracted: f.includeRetracted,
    from: f.fromYear === null ? null : String(f.fromYear),
    to: f.toYear === null ? null : String(f.toYear),
  };
}

export function fromMapFilters(m: MapFilters): Filters {
  const year = (d: string | null) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);
  return {
    kinds: m.kinds ? [...m.kinds] : [...DEFAULT_FILTERS.kinds],
    types: m.types ? [...m.types] : null,
    confidence: m.confidence ? [...m.confidence] : [...DEFAULT_FILTERS.confidence],
    includeContested: m.includeContested,
    includeRetracted: m.includeRetracted,
    fromYear: year(m.from),
    toYear: year(m.to),
  };
}

/** The server takes at most this many seed ids per neighborhood. */
const IDS_PER_QUERY = 100;

/** The map's entities and every edge among them that the filters let through, for the cache. */
export async function fetchMapGraph(map: SavedMap): Promise<{ entities: ApiEntity[]; edges: LeanEdge[] }> {
  const ids = map.entities.map((e) => e.id);
  const onMap = new Set(ids);
  const filter = toEdgeFilter(fromMapFilters(map.filters));
  const entities = map.entities.flatMap((e) => (e.entity ? [e.entity] : []));
  const edges: LeanEdge[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const data = await gql<{ neighborhood: { edges: { id: string; from: { id: string }; to: { id: string } }[] } }>(
      `query MapEdges($ids: [ID!]!, $filter: EdgeFilter) { neighborhood(ids: $ids, depth: 1, filter: $filter, limit: 2000) { edges { ${LEAN_EDGE_FIELDS} } } }`,
      { ids: ids.slice(i, i + IDS_PER_QUERY), filter },
    );
    for (const e of data.neighborhood.edges) {
      if (onMap.has(e.from.id) && onMap.has(e.to.id)) edges.push({ ...(e as unknown as LeanEdge), from: e.from.id, to: e.to.id, lean: true });
    }
  }
  return { entities, edges };
}

export function positionsOf(map: SavedMap): Record<string, Point> {
  return Object.fromEntries(map.entities.map((e) => [e.id, { x: e.x, y: e.y }]));
}

/** `/maps/<id>` names a map to open. */
export function mapIdInPath(pathname: string): string | null {
  const m = /^\/maps\/([A-Za-z0-9_-]{1,100})\/?$/.exec(pathname);
  return m ? m[1]! : null;
}
