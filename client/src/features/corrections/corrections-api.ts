// The operations behind corrections in place, duplicate warnings, history and complete canvases. Each document is
// typed by GraphQL Code Generator from the SDL, and each call writes what it fetched into the one client cache.
import { graphCache } from '../../api/cache.ts';
import { graphql } from '../../api/generated/gql.ts';
import type { EdgeDraft, EdgeFilter, EdgePatch, EntityKind, EntityPatch } from '../../api/generated/graphql.ts';
import { request } from '../../api/graphql-client.ts';
import { cacheEdges, required, unwireLeanEdge } from '../../api/queries.ts';
import type { ApiEdge, ApiEntity, LeanEdge } from '../../api/types.ts';

export type { EdgeDraft, EdgePatch, EntityPatch };

const EdgesAmongDocument = graphql(`
  query EdgesAmong($ids: [ID!]!, $filter: EdgeFilter) {
    edgesAmong(ids: $ids, filter: $filter) {
      ...LeanEdgeFields
    }
  }
`);

const UpdateEdgeDocument = graphql(`
  mutation UpdateEdge($id: ID!, $input: EdgePatch!) {
    updateEdge(id: $id, input: $input) {
      ...EdgeFields
    }
  }
`);

const RetractCitationDocument = graphql(`
  mutation RetractCitation($edgeId: ID!, $citationId: ID!, $reason: String!) {
    retractCitation(edgeId: $edgeId, citationId: $citationId, reason: $reason) {
      ...EdgeFields
    }
  }
`);

const ReinstateEdgeDocument = graphql(`
  mutation ReinstateEdge($id: ID!, $reason: String!) {
    reinstateEdge(id: $id, reason: $reason) {
      ...EdgeFields
    }
  }
`);

const UpdateEntityDocument = graphql(`
  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {
    updateEntity(id: $id, input: $input) {
      ...EntityFields
    }
  }
`);

const MergeEntitiesDocument = graphql(`
  mutation MergeEntities($keepId: ID!, $mergeId: ID!) {
    mergeEntities(keepId: $keepId, mergeId: $mergeId) {
      ...EntityFields
    }
  }
`);

const DuplicatesOfDocument = graphql(`
  query DuplicatesOf($id: ID!) {
    duplicatesOf(id: $id) {
      ...EntityFields
    }
  }
`);

const SimilarEntitiesDocument = graphql(`
  query SimilarEntities($name: String!, $aliases: [String!], $kind: EntityKind) {
    similarEntities(name: $name, aliases: $aliases, kind: $kind) {
      ...EntityFields
    }
  }
`);

const DuplicateEdgesDocument = graphql(`
  query DuplicateEdges($input: EdgeDraft!) {
    duplicateEdges(input: $input) {
      ...EdgeFields
    }
  }
`);

const RelationshipsOfDocument = graphql(`
  query RelationshipsOf($ids: [ID!]!) {
    neighborhood(ids: $ids, depth: 1, limit: 2000, filter: { includeRetracted: true }) {
      edges {
        ...EdgeFields
      }
    }
  }
`);

const HistoryDocument = graphql(`
  query History($id: ID!) {
    history(id: $id) {
      id
      at
      actor
      action
      targetId
      beforeJson
      afterJson
    }
  }
`);

/** The server's bound on `edgesAmong(ids)`; a larger canvas is asked in parts. */
const IDS_PER_REQUEST = 2000;

/** Every relationship among the entities shown that passes the filter, lean like the canvas query, into the cache. */
export async function fetchEdgesAmong(ids: readonly string[], filter: EdgeFilter | null): Promise<LeanEdge[]> {
  if (ids.length < 2) return [];
  // A relationship with ends in two different parts would be missed by asking part by part, so beyond the bound the
  // canvas asks for every pair of parts; canvases that large are rare.
  const parts: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST / 2) parts.push(ids.slice(i, i + IDS_PER_REQUEST / 2));
  const sets = parts.length === 1 ? [parts[0] as string[]] : parts.flatMap((a, i) => parts.slice(i + 1).map((b) => [...a, ...b]));
  const out = new Map<string, LeanEdge>();
  for (const set of sets) {
    const { edgesAmong } = await request(EdgesAmongDocument, { ids: set, filter });
    for (const e of edgesAmong) out.set(e.id, unwireLeanEdge(e));
  }
  const edges = [...out.values()];
  if (edges.length > 0) graphCache.merge({ edges });
  return edges;
}

export async function updateEdge(id: string, input: EdgePatch): Promise<ApiEdge> {
  return cacheEdges([required((await request(UpdateEdgeDocument, { id, input })).updateEdge, 'updateEdge')])[0]!;
}

export async function retractCitation(edgeId: string, citationId: string, reason: string): Promise<ApiEdge> {
  return cacheEdges([required((await request(RetractCitationDocument, { edgeId, citationId, reason })).retractCitation, 'retractCitation')])[0]!;
}

export async function reinstateEdge(id: string, reason: string): Promise<ApiEdge> {
  return cacheEdges([required((await request(ReinstateEdgeDocument, { id, reason })).reinstateEdge, 'reinstateEdge')])[0]!;
}

export async function updateEntity(id: string, input: EntityPatch): Promise<ApiEntity> {
  const { updateEntity: entity } = await request(UpdateEntityDocument, { id, input });
  graphCache.merge({ entities: [entity] });
  return entity;
}

export async function mergeEntities(keepId: string, mergeId: string): Promise<ApiEntity> {
  const { mergeEntities: entity } = await request(MergeEntitiesDocument, { keepId, mergeId });
  graphCache.merge({ entities: [entity] });
  return entity;
}

export async function fetchDuplicatesOf(id: string): Promise<ApiEntity[]> {
  return (await request(DuplicatesOfDocument, { id })).duplicatesOf;
}

export async function fetchSimilarEntities(name: string, aliases: string[], kind: EntityKind | null): Promise<ApiEntity[]> {
  return (await request(SimilarEntitiesDocument, { name, aliases, kind })).similarEntities;
}

export async function fetchDuplicateEdges(input: EdgeDraft): Promise<ApiEdge[]> {
  return cacheEdges((await request(DuplicateEdgesDocument, { input })).duplicateEdges);
}

/** Every relationship touching an entity, retracted ones included: what a merge would move. */
export async function fetchRelationshipsOf(id: string): Promise<ApiEdge[]> {
  const { neighborhood } = await request(RelationshipsOfDocument, { ids: [id] });
  return cacheEdges(neighborhood.edges.filter((e) => e.from.id === id || e.to.id === id));
}

export type ApiAuditEvent = Awaited<ReturnType<typeof fetchHistory>>[number];

export async function fetchHistory(id: string) {
  return (await request(HistoryDocument, { id })).history;
}
