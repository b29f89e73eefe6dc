// Every GraphQL operation the explorer sends. Each document is typed by GraphQL Code Generator from the SDL (run
// `npm run codegen` after changing one), and each call writes what it fetched into the one client cache itself, so
// no caller merges server data by hand. The canvas query is lean (one JSON document, edges as rows, ends as ids,
// citations as stance and source id); panels and exports fetch edges in full when they need the evidence.
import { fromCanvasEdgeRow } from '../../../server/src/domain/shared/canvas-wire.ts';
import { graphCache } from './cache.ts';
import { graphql } from './generated/gql.ts';
import type {
  CitationInput,
  EdgeFieldsFragment,
  EdgeFilter,
  EdgeInput,
  EntityFieldsFragment,
  EntityInput,
  LeanEdgeFieldsFragment,
  SourceInput,
} from './generated/graphql.ts';
import { request } from './graphql-client.ts';
import type { ApiEdge, ApiEntity, ApiPath, ApiSource, CanvasPayload, LeanEdge, RelationshipTypeInfo } from './types.ts';

export type { CitationInput, EdgeInput, EntityInput, SourceInput };

graphql(`
  fragment EntityFields on Entity {
    id
    kind
    name
    aliases {
      value
      lang
    }
    description
    startDate
    endDate
    sensitivity
    degree
    redacted
  }
`);

graphql(`
  fragment SourceFields on Source {
    id
    kind
    title
    url
    publisher
    author
    publishedAt
    language
    sensitivity
    redacted
  }
`);

graphql(`
  fragment EdgeFields on Edge {
    id
    type
    from {
      ...EntityFields
    }
    to {
      ...EntityFields
    }
    validFrom
    validTo
    confidence
    status
    note
    retractedReason
    citations {
      id
      locator
      quote
      stance
      retracted
      retractedReason
      retractedAt
      retractedBy
      source {
        ...SourceFields
      }
    }
  }
`);

graphql(`
  fragment LeanEdgeFields on Edge {
    id
    type
    from {
      id
    }
    to {
      id
    }
    validFrom
    validTo
    confidence
    status
    note
    retractedReason
    citations {
      id
      stance
      source {
        id
      }
    }
  }
`);

const SearchDocument = graphql(`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      ...EntityFields
    }
  }
`);

const NeighborhoodDocument = graphql(`
  query Neighborhood($ids: [ID!]!, $depth: Int, $filter: EdgeFilter) {
    neighborhood(ids: $ids, depth: $depth, filter: $filter) {
      truncated
      canvas
    }
  }
`);

const PathsDocument = graphql(`
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter, first: $first) {
      nodes {
        ...EntityFields
      }
      edges {
        ...EdgeFields
      }
    }
  }
`);

const RelationshipTypesDocument = graphql(`
  query RelationshipTypes {
    relationshipTypes {
      name
      label
      from
      to
    }
  }
`);

const SourcesDocument = graphql(`
  query Sources($query: String, $first: Int) {
    sources(query: $query, first: $first) {
      ...SourceFields
    }
  }
`);

const EntityDocument = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      ...EntityFields
    }
  }
`);

const EdgeDocument = graphql(`
  query Edge($id: ID!) {
    edge(id: $id) {
      ...EdgeFields
    }
  }
`);

const EdgesDocument = graphql(`
  query Edges($ids: [ID!]!) {
    edges(ids: $ids) {
      ...EdgeFields
    }
  }
`);

const CreateEntityDocument = graphql(`
  mutation CreateEntity($input: EntityInput!) {
    createEntity(input: $input) {
      ...EntityFields
    }
  }
`);

const CreateSourceDocument = graphql(`
  mutation CreateSource($input: SourceInput!) {
    createSource(input: $input) {
      ...SourceFields
    }
  }
`);

const AddEdgeDocument = graphql(`
  mutation AddEdge($input: EdgeInput!) {
    addEdge(input: $input) {
      ...EdgeFields
    }
  }
`);

const AddCitationDocument = graphql(`
  mutation AddCitation($edgeId: ID!, $citation: CitationInput!) {
    addCitation(edgeId: $edgeId, citation: $citation) {
      ...EdgeFields
    }
  }
`);

const RetractEdgeDocument = graphql(`
  mutation RetractEdge($id: ID!, $reason: String!) {
    retractEdge(id: $id, reason: $reason) {
      ...EdgeFields
    }
  }
`);

/** The most ids one `edges(ids)` field takes (QUERY_LIMITS.edgeIds on the server). */
const EDGES_PER_DOCUMENT = 200;
/** Documents in flight at once while fetching many edges, so a large export does not queue them one by one. */
const DOCUMENTS_IN_FLIGHT = 3;

/** An edge as cached: its ends become ids, and the entities at its ends go to the entity cache. */
export function unwireEdge(edge: EdgeFieldsFragment): { edge: ApiEdge; ends: ApiEntity[] } {
  return { edge: { ...edge, from: edge.from.id, to: edge.to.id }, ends: [edge.from, edge.to] };
}

export function unwireLeanEdge(edge: LeanEdgeFieldsFragment): LeanEdge {
  return { ...edge, from: edge.from.id, to: edge.to.id, lean: true };
}

/** Writes full edges, with the entities at their ends, into the cache; returns them as cached. */
export function cacheEdges(wire: readonly EdgeFieldsFragment[], entities: readonly EntityFieldsFragment[] = []): ApiEdge[] {
  const unwired = wire.map(unwireEdge);
  graphCache.merge({ entities: [...entities, ...unwired.flatMap((u) => u.ends)], edges: unwired.map((u) => u.edge) });
  return unwired.map((u) => u.edge);
}

export function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new Error(`The server returned no ${field} result`);
  return value;
}

export async function searchEntities(query: string, first = 12): Promise<ApiEntity[]> {
  const data = await request(SearchDocument, { query, first });
  graphCache.merge({ entities: data.search });
  return data.search;
}

/** Loads a neighborhood lean into the cache; returns whether it was truncated and which nodes it holds. */
export async function fetchNeighborhood(
  ids: string[],
  depth: number,
  filter: EdgeFilter | null,
): Promise<{ truncated: boolean; nodeIds: string[] }> {
  const { neighborhood } = await request(NeighborhoodDocument, { ids, depth, filter });
  // The canvas comes as one JSON object (Subgraph.canvas): nodes as EntityFields, edges as lean rows.
  const canvas = neighborhood.canvas as CanvasPayload;
  graphCache.merge({ entities: canvas.nodes, edges: canvas.edges.map((row): LeanEdge => ({ ...fromCanvasEdgeRow(row), lean: true })) });
  return { truncated: neighborhood.truncated, nodeIds: canvas.nodes.map((n) => n.id) };
}

export async function fetchPaths(from: string, to: string, maxHops: number, filter: EdgeFilter | null, first = 3): Promise<ApiPath[]> {
  const data = await request(PathsDocument, { from, to, maxHops, filter, first });
  return data.paths.map((p) => ({ nodes: p.nodes, edges: cacheEdges(p.edges, p.nodes) }));
}

export async function fetchRelationshipTypes(): Promise<RelationshipTypeInfo[]> {
  return (await request(RelationshipTypesDocument, {})).relationshipTypes;
}

export async function searchSources(query: string): Promise<ApiSource[]> {
  return (await request(SourcesDocument, { query: query || null, first: 20 })).sources;
}

export async function createEntity(input: EntityInput): Promise<ApiEntity> {
  const { createEntity: entity } = await request(CreateEntityDocument, { input });
  graphCache.merge({ entities: [entity] });
  return entity;
}

export async function createSource(input: SourceInput): Promise<ApiSource> {
  return (await request(CreateSourceDocument, { input })).createSource;
}

export async function addEdge(input: EdgeInput): Promise<ApiEdge> {
  const data = await request(AddEdgeDocument, { input });
  return cacheEdges([required(data.addEdge, 'addEdge')])[0]!;
}

export async function addCitation(edgeId: string, citation: CitationInput): Promise<ApiEdge> {
  const data = await request(AddCitationDocument, { edgeId, citation });
  return cacheEdges([required(data.addCitation, 'addCitation')])[0]!;
}

export async function retractEdge(id: string, reason: string): Promise<ApiEdge> {
  const data = await request(RetractEdgeDocument, { id, reason });
  return cacheEdges([required(data.retractEdge, 'retractEdge')])[0]!;
}

/** Loads edges in full (citations with locator, quote and source) into the cache; ids that no longer exist are left out. */
export async function fetchEdges(ids: readonly string[]): Promise<ApiEdge[]> {
  return cacheEdges(await readEdges(ids));
}

/**
 * Edges in full by id as the server answers them with these headers, kept out of the cache: a publication export
 * reads as the public (`X-Actornet-Audience: public`) and must not overwrite what the canvas shows.
 */
export async function readEdges(ids: readonly string[], headers: Record<string, string> = {}): Promise<EdgeFieldsFragment[]> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += EDGES_PER_DOCUMENT) chunks.push(ids.slice(start, start + EDGES_PER_DOCUMENT));
  const edges: EdgeFieldsFragment[] = [];
  for (let start = 0; start < chunks.length; start += DOCUMENTS_IN_FLIGHT) {
    const answers = await Promise.all(chunks.slice(start, start + DOCUMENTS_IN_FLIGHT).map((chunk) => fetchEdgeChunk(chunk, headers)));
    for (const found of answers) edges.push(...found);
  }
  return edges;
}

/** Up to EDGES_PER_DOCUMENT edges by id in one typed request; ids that no longer exist are left out. */
async function fetchEdgeChunk(chunk: readonly string[], headers: Record<string, string>): Promise<EdgeFieldsFragment[]> {
  const { edges } = await request(EdgesDocument, { ids: [...chunk] }, headers);
  return edges;
}

/** Loads one entity or edge by id into the cache; false when it does not exist (or is gone). */
export async function fetchItem(kind: 'node' | 'edge', id: string): Promise<boolean> {
  if (kind === 'node') {
    const { entity } = await request(EntityDocument, { id });
    if (entity) graphCache.merge({ entities: [entity] });
    return entity !== null;
  }
  const { edge } = await request(EdgeDocument, { id });
  if (edge) cacheEdges([edge]);
  return edge !== null;
}

export type RankingMetric = 'DEGREE' | 'BETWEENNESS' | 'CLOSENESS' | 'PAGERANK';

const RankingDocument = graphql(`
  query Ranking($metric: Metric!, $first: Int) {
    ranking(metric: $metric, first: $first) {
      score
      entity {
        ...EntityFields
      }
    }
  }
`);

/** The whole graph's top entities by a metric ("who matters most", to start from), cached like any entity read. */
export async function fetchRanking(metric: RankingMetric, first: number): Promise<{ id: string; score: number }[]> {
  const data = await request(RankingDocument, { metric, first });
  graphCache.merge({ entities: data.ranking.map((r) => r.entity) });
  return data.ranking.map((r) => ({ id: r.entity.id, score: r.score }));
}
