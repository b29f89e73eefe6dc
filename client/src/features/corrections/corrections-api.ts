// The operations behind corrections in place, duplicate warnings, history and complete canvases. Each answer is
// normalized like the other queries so it goes into the one cache.
import { gql } from '../../api/graphql-client.ts';
import {
  EDGE_FIELDS,
  ENTITY_FIELDS,
  LEAN_EDGE_FIELDS,
  collect,
  edgeMutation,
  type Normalized,
  type WireEdge,
  type WireLeanEdge,
} from '../../api/queries.ts';
import type { ApiAlias, ApiEdge, ApiEdgeFilter, ApiEntity, ConfidenceName, EntityKindName, LeanEdge, SensitivityName } from '../../api/types.ts';

/** The server's bound on `edgesAmong(ids)`; a larger canvas is asked in parts. */
const IDS_PER_REQUEST = 2000;

/** Every relationship among the entities shown that passes the filter, lean like the canvas query. */
export async function fetchEdgesAmong(ids: readonly string[], filter: ApiEdgeFilter | null): Promise<LeanEdge[]> {
  if (ids.length < 2) return [];
  // A relationship with ends in two different parts would be missed by asking part by part, so beyond the bound the
  // canvas asks for every pair of parts; canvases that large are rare.
  const parts: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST / 2) parts.push(ids.slice(i, i + IDS_PER_REQUEST / 2));
  const sets = parts.length === 1 ? [parts[0] as string[]] : parts.flatMap((a, i) => parts.slice(i + 1).map((b) => [...a, ...b]));
  const out = new Map<string, LeanEdge>();
  for (const set of sets) {
    const data = await gql<{ edgesAmong: WireLeanEdge[] }>(
      `query EdgesAmong($ids: [ID!]!, $filter: EdgeFilter) { edgesAmong(ids: $ids, filter: $filter) { ${LEAN_EDGE_FIELDS} } }`,
      { ids: set, filter },
    );
    for (const e of data.edgesAmong) out.set(e.id, { ...e, from: e.from.id, to: e.to.id, lean: true });
  }
  return [...out.values()];
}

export interface EdgePatch {
  validFrom?: string | null;
  validTo?: string | null;
  confidence?: ConfidenceName;
  note?: string | null;
}

export function updateEdge(id: string, input: EdgePatch): Promise<Normalized<ApiEdge>> {
  return edgeMutation(`mutation UpdateEdge($id: ID!, $input: EdgePatch!) { updateEdge(id: $id, input: $input) { ${EDGE_FIELDS} } }`, { id, input }, 'updateEdge');
}

export function retractCitation(edgeId: string, citationId: string, reason: string): Promise<Normalized<ApiEdge>> {
  return edgeMutation(
    `mutation RetractCitation($edgeId: ID!, $citationId: ID!, $reason: String!) {
      retractCitation(edgeId: $edgeId, citationId: $citationId, reason: $reason) { ${EDGE_FIELDS} }
    }`,
    { edgeId, citationId, reason },
    'retractCitation',
  );
}

export function reinstateEdge(id: string, reason: string): Promise<Normalized<ApiEdge>> {
  return edgeMutation(`mutation ReinstateEdge($id: ID!, $reason: String!) { reinstateEdge(id: $id, reason: $reason) { ${EDGE_FIELDS} } }`, { id, reason }, 'reinstateEdge');
}

export interface EntityPatch {
  name?: string;
  aliases?: ApiAlias[];
  description?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  sensitivity?: SensitivityName;
}

export async function updateEntity(id: string, input: EntityPatch): Promise<ApiEntity> {
  const data = await gql<{ updateEntity: ApiEntity }>(
    `mutation UpdateEntity($id: ID!, $input: EntityPatch!) { updateEntity(id: $id, input: $input) { ${ENTITY_FIELDS} } }`,
    { id, input },
  );
  return data.updateEntity;
}

export async function mergeEntities(keepId: string, mergeId: string): Promise<ApiEntity> {
  const data = await gql<{ mergeEntities: ApiEntity }>(
    `mutation MergeEntities($keepId: ID!, $mergeId: ID!) { mergeEntities(keepId: $keepId, mergeId: $mergeId) { ${ENTITY_FIELDS} } }`,
    { keepId, mergeId },
  );
  return data.mergeEntities;
}

export async function fetchDuplicatesOf(id: string): Promise<ApiEntity[]> {
  const data = await gql<{ duplicatesOf: ApiEntity[] }>(`query DuplicatesOf($id: ID!) { duplicatesOf(id: $id) { ${ENTITY_FIELDS} } }`, { id });
  return data.duplicatesOf;
}

export async function fetchSimilarEntities(name: string, aliases: string[], kind: EntityKindName | null): Promise<ApiEntity[]> {
  const data = await gql<{ similarEntities: ApiEntity[] }>(
    `query SimilarEntities($name: String!, $aliases: [String!], $kind: EntityKind) { similarEntities(name: $name, aliases: $aliases, kind: $kind) { ${ENTITY_FIELDS} } }`,
    { name, aliases, kind },
  );
  return data.similarEntities;
}

export interface EdgeDraft {
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
}

export async function fetchDuplicateEdges(input: EdgeDraft): Promise<Normalized<ApiEdge[]>> {
  const data = await gql<{ duplicateEdges: WireEdge[] }>(`query DuplicateEdges($input: EdgeDraft!) { duplicateEdges(input: $input) { ${EDGE_FIELDS} } }`, { input });
  const c = collect([], data.duplicateEdges);
  return { value: c.edges, ...c };
}

/** Every relationship touching an entity, retracted ones included: what a merge would move. */
export async function fetchRelationshipsOf(id: string): Promise<Normalized<ApiEdge[]>> {
  const data = await gql<{ neighborhood: { edges: WireEdge[] } }>(
    `query RelationshipsOf($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 2000, filter: { includeRetracted: true }) { edges { ${EDGE_FIELDS} } } }`,
    { ids: [id] },
  );
  const c = collect([], data.neighborhood.edges.filter((e) => e.from.id === id || e.to.id === id));
  return { value: c.edges, ...c };
}

export interface ApiAuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export async function fetchHistory(id: string): Promise<ApiAuditEvent[]> {
  const data = await gql<{ history: ApiAuditEvent[] }>(`query History($id: ID!) { history(id: $id) { id at actor action targetId beforeJson afterJson } }`, { id });
  return data.history;
}
