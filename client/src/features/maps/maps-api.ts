// The saved-maps operations the explorer sends, and the conversion between a map's stored filters and the filter
// controls. A map's entities and the edges among them are fetched before it opens, so it draws at once, in place.
import { graphCache } from '../../api/cache.ts';
import { unwireLeanEdge } from '../../api/queries.ts';
import { graphql } from '../../api/generated/gql.ts';
import type { MapAnnotationInput, MapFieldsFragment } from '../../api/generated/graphql.ts';
import { request } from '../../api/graphql-client.ts';
import type { LeanEdge } from '../../api/types.ts';
import { isLayoutName, type LayoutName } from '../../graph/layouts.ts';
import type { Point } from '../../graph/ring-placement.ts';
import type { NamedCommunity } from '../analysis/analysis-view.ts';
import { DEFAULT_FILTERS, toEdgeFilter, type Filters } from '../../state/filters.ts';
import { DEFAULT_LAYOUT } from '../../state/url-state.ts';

graphql(`
  fragment MapFields on Map {
    id
    title
    caption
    layout
    owner
    updatedAt
    deletedAt
    redacted
    entities {
      id
      x
      y
      pinned
      hidden
      entity {
        ...EntityFields
      }
    }
    filters {
      kinds
      types
      confidence
      includeContested
      includeRetracted
      from
      to
    }
    annotations {
      id
      text
      target
      targetId
      x
      y
    }
    communities {
      name
      members
    }
  }
`);

const MapsDocument = graphql(`
  query Maps($includeDeleted: Boolean) {
    maps(includeDeleted: $includeDeleted) {
      ...MapFields
    }
  }
`);

const MapDocument = graphql(`
  query Map($id: ID!) {
    map(id: $id) {
      ...MapFields
    }
  }
`);

const SaveMapDocument = graphql(`
  mutation SaveMap($input: MapInput!) {
    saveMap(input: $input) {
      ...MapFields
    }
  }
`);

const UpdateMapDocument = graphql(`
  mutation UpdateMap($id: ID!, $input: MapInput!) {
    updateMap(id: $id, input: $input) {
      ...MapFields
    }
  }
`);

const DeleteMapDocument = graphql(`
  mutation DeleteMap($id: ID!) {
    deleteMap(id: $id) {
      ...MapFields
    }
  }
`);

const RestoreMapDocument = graphql(`
  mutation RestoreMap($id: ID!) {
    restoreMap(id: $id) {
      ...MapFields
    }
  }
`);

const MapEdgesDocument = graphql(`
  query MapEdges($ids: [ID!]!, $filter: EdgeFilter) {
    neighborhood(ids: $ids, depth: 1, filter: $filter, limit: 2000) {
      edges {
        ...LeanEdgeFields
      }
    }
  }
`);

export type AnnotationTarget = MapAnnotationInput['target'];
/** A note as the panel edits it: a saved one has an id, a new one gets its id from the server. */
export type MapAnnotation = MapAnnotationInput & { targetId: string | null };
export type MapFilters = MapFieldsFragment['filters'];
export type MapEntity = Omit<MapFieldsFragment['entities'][number], 'entity'>;

/** A saved map as the explorer uses it: its layout is one the canvas knows. */
export interface SavedMap extends Omit<MapFieldsFragment, 'layout'> {
  layout: LayoutName;
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

function saved(map: MapFieldsFragment): SavedMap {
  return { ...map, layout: isLayoutName(map.layout) ? map.layout : DEFAULT_LAYOUT };
}

export async function listMaps(includeDeleted: boolean): Promise<SavedMap[]> {
  return (await request(MapsDocument, { includeDeleted })).maps.map(saved);
}

/** `headers` lets an export read the map as its audience (`X-Actornet-Audience: public`). */
export async function fetchMap(id: string, headers: Record<string, string> = {}): Promise<SavedMap | null> {
  const { map } = await request(MapDocument, { id }, headers);
  return map ? saved(map) : null;
}

/** The annotations as input: the server keeps their ids so an update does not renumber them. */
const annotationInput = (a: MapAnnotation): MapAnnotationInput => ({ id: a.id ?? null, text: a.text, target: a.target, targetId: a.targetId, x: a.x ?? null, y: a.y ?? null });
const entityInput = (e: MapEntity): MapEntity => ({ id: e.id, x: e.x, y: e.y, pinned: e.pinned, hidden: e.hidden });
const asInput = (m: MapInput) => ({ ...m, entities: m.entities.map(entityInput), annotations: m.annotations.map(annotationInput) });

export async function saveMap(input: MapInput): Promise<SavedMap> {
  return saved((await request(SaveMapDocument, { input: asInput(input) })).saveMap);
}

export async function updateMap(id: string, input: MapInput): Promise<SavedMap> {
  return saved((await request(UpdateMapDocument, { id, input: asInput(input) })).updateMap);
}

export async function deleteMap(id: string): Promise<SavedMap> {
  return saved((await request(DeleteMapDocument, { id })).deleteMap);
}

export async function restoreMap(id: string): Promise<SavedMap> {
  return saved((await request(RestoreMapDocument, { id })).restoreMap);
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

/** Loads the map's entities and every edge among them that the filters let through into the cache. */
export async function fetchMapGraph(map: SavedMap): Promise<void> {
  const ids = map.entities.map((e) => e.id);
  const onMap = new Set(ids);
  const filter = toEdgeFilter(fromMapFilters(map.filters));
  const entities = map.entities.flatMap((e) => (e.entity ? [e.entity] : []));
  const edges: LeanEdge[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const { neighborhood } = await request(MapEdgesDocument, { ids: ids.slice(i, i + IDS_PER_QUERY), filter });
    for (const e of neighborhood.edges) if (onMap.has(e.from.id) && onMap.has(e.to.id)) edges.push(unwireLeanEdge(e));
  }
  graphCache.merge({ entities, edges });
}

export function positionsOf(map: SavedMap): Record<string, Point> {
  return Object.fromEntries(map.entities.map((e) => [e.id, { x: e.x, y: e.y }]));
}

/** `/maps/<id>` names a map to open. */
export function mapIdInPath(pathname: string): string | null {
  const m = /^\/maps\/([A-Za-z0-9_-]{1,100})\/?$/.exec(pathname);
  return m ? m[1]! : null;
}
