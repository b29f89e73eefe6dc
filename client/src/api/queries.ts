// Every GraphQL operation the explorer sends, with its variables and a normalizer from the wire shape to the cached
// shape (an edge's ends become ids; the entities go to the entity cache). The canvas query is lean (ends as ids,
// citations as stance and source id); panels and exports fetch edges in full when they need the evidence.
import { gql } from './graphql-client.ts';
import type {
  ApiCitation,
  ApiEdge,
  ApiEdgeFilter,
  ApiEntity,
  ApiPath,
  ApiSource,
  CachedEdge,
  ConfidenceName,
  LeanEdge,
  RelationshipTypeInfo,
  StanceName,
} from './types.ts';

const ENTITY_FIELDS = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted';
const SOURCE_FIELDS = 'id kind title url publisher author publishedAt language sensitivity redacted';
const EDGE_FIELDS = `id type from { ${ENTITY_FIELDS} } to { ${ENTITY_FIELDS} } validFrom validTo confidence status note
  retractedReason citations { id locator quote stance source { ${SOURCE_FIELDS} } }`;
const LEAN_EDGE_FIELDS = 'id type from { id } to { id } validFrom validTo confidence status note retractedReason citations { id stance source { id } }';
/** The server refuses an operation with more than 20 root fields (and more than 30 aliases). */
const EDGES_PER_DOCUMENT = 20;
/** Documents in flight at once while fetching many edges, so a large export does not queue them one by one. */
const DOCUMENTS_IN_FLIGHT = 3;

interface WireEdge extends Omit<ApiEdge, 'from' | 'to'> {
  from: ApiEntity;
  to: ApiEntity;
}

interface WireLeanEdge extends Omit<LeanEdge, 'from' | 'to' | 'lean'> {
  from: { id: string };
  to: { id: string };
}

export interface Normalized<T> {
  value: T;
  entities: ApiEntity[];
  edges: CachedEdge[];
}

function unwire(edge: WireEdge): ApiEdge {
  return { ...edge, from: edge.from.id, to: edge.to.id };
}

function collect(nodes: ApiEntity[], edges: WireEdge[]): { entities: ApiEntity[]; edges: ApiEdge[] } {
  const entities = [...nodes];
  for (const e of edges) entities.push(e.from, e.to);
  return { entities, edges: edges.map(unwire) };
}

export async function searchEntities(query: string, first = 12): Promise<ApiEntity[]> {
  const data = await gql<{ search: ApiEntity[] }>(
    `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { ${ENTITY_FIELDS} } }`,
    { query, first },
  );
  return data.search;
}

export async function fetchNeighborhood(
  ids: string[],
  depth: number,
  filter: ApiEdgeFilter | null,
): Promise<Normalized<{ truncated: boolean; nodeIds: string[] }>> {
  const data = await gql<{ neighborhood: { nodes: ApiEntity[]; edges: WireLeanEdge[]; truncated: boolean } }>(
    `query Neighborhood($ids: [ID!]!, $depth: Int, $filter: EdgeFilter) {
      neighborhood(ids: $ids, depth: $depth, filter: $filter) { truncated nodes { ${ENTITY_FIELDS} } edges { ${LEAN_EDGE_FIELDS} } }
    }`,
    { ids, depth, filter },
  );
  const n = data.neighborhood;
  const edges = n.edges.map((e): LeanEdge => ({ ...e, from: e.from.id, to: e.to.id, lean: true }));
  return { value: { truncated: n.truncated, nodeIds: n.nodes.map((x) => x.id) }, entities: n.nodes, edges };
}

export async function fetchPaths(from: string, to: string, maxHops: number, filter: ApiEdgeFilter | null): Promise<Normalized<ApiPath[]>> {
  const data = await gql<{ paths: { nodes: ApiEntity[]; edges: WireEdge[] }[] }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter) {
      paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter) { nodes { ${ENTITY_FIELDS} } edges { ${EDGE_FIELDS} } }
    }`,
    { from, to, maxHops, filter },
  );
  const entities: ApiEntity[] = [];
  const edges: ApiEdge[] = [];
  const value = data.paths.map((p) => {
    const c = collect(p.nodes, p.edges);
    entities.push(...c.entities);
    edges.push(...c.edges);
    return { nodes: p.nodes, edges: c.edges };
  });
  return { value, entities, edges };
}

export async function fetchRelationshipTypes(): Promise<RelationshipTypeInfo[]> {
  const data = await gql<{ relationshipTypes: RelationshipTypeInfo[] }>('query Types { relationshipTypes { name label from to } }');
  return data.relationshipTypes;
}

export async function searchSources(query: string): Promise<ApiSource[]> {
  const data = await gql<{ sources: ApiSource[] }>(
    `query Sources($query: String, $first: Int) { sources(query: $query, first: $first) { ${SOURCE_FIELDS} } }`,
    { query: query || null, first: 20 },
  );
  return data.sources;
}

/** What the entity form sends: an entity as the API returns it, less what the server derives. */
export type EntityInput = Omit<ApiEntity, 'id' | 'degree' | 'redacted'>;

export async function createEntity(input: EntityInput): Promise<ApiEntity> {
  const data = await gql<{ createEntity: ApiEntity }>(
    `mutation CreateEntity($input: EntityInput!) { createEntity(input: $input) { ${ENTITY_FIELDS} } }`,
    { input },
  );
  return data.createEntity;
}

/** What the inline source form sends: a source as the API returns it, less what the server decides. */
export type SourceInput = Omit<ApiSource, 'id' | 'sensitivity' | 'redacted'>;

export async function createSource(input: SourceInput): Promise<ApiSource> {
  const data = await gql<{ createSource: ApiSource }>(
    `mutation CreateSource($input: SourceInput!) { createSource(input: $input) { ${SOURCE_FIELDS} } }`,
    { input },
  );
  return data.createSource;
}

export interface CitationInput {
  sourceId: string;
  locator: string | null;
  quote: string | null;
  stance: StanceName;
}

export interface EdgeInput {
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: ConfidenceName;
  note: string | null;
  citations: CitationInput[];
}

async function edgeMutation(query: string, variables: Record<string, unknown>, field: string): Promise<Normalized<ApiEdge>> {
  const data = await gql<Record<string, WireEdge>>(query, variables);
  const wire = data[field];
  if (!wire) throw new Error(`The server returned no ${field} result`);
  const c = collect([], [wire]);
  return { value: unwire(wire), ...c };
}

export function addEdge(input: EdgeInput): Promise<Normalized<ApiEdge>> {
  return edgeMutation(`mutation AddEdge($input: EdgeInput!) { addEdge(input: $input) { ${EDGE_FIELDS} } }`, { input }, 'addEdge');
}

export function addCitation(edgeId: string, citation: CitationInput): Promise<Normalized<ApiEdge>> {
  return edgeMutation(
    `mutation AddCitation($edgeId: ID!, $citation: CitationInput!) { addCitation(edgeId: $edgeId, citation: $citation) { ${EDGE_FIELDS} } }`,
    { edgeId, citation },
    'addCitation',
  );
}

export function retractEdge(id: string, reason: string): Promise<Normalized<ApiEdge>> {
  return edgeMutation(
    `mutation RetractEdge($id: ID!, $reason: String!) { retractEdge(id: $id, reason: $reason) { ${EDGE_FIELDS} } }`,
    { id, reason },
    'retractEdge',
  );
}

export type { ApiCitation };

/** Edges in full (citations with locator, quote and source) by id; ids that no longer exist are left out. */
export async function fetchEdges(ids: readonly string[]): Promise<{ entities: ApiEntity[]; edges: ApiEdge[] }> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += EDGES_PER_DOCUMENT) chunks.push(ids.slice(start, start + EDGES_PER_DOCUMENT));
  const entities: ApiEntity[] = [];
  const edges: ApiEdge[] = [];
  for (let start = 0; start < chunks.length; start += DOCUMENTS_IN_FLIGHT) {
    const answers = await Promise.all(chunks.slice(start, start + DOCUMENTS_IN_FLIGHT).map(fetchEdgeChunk));
    for (const found of answers) {
      const c = collect([], found);
      entities.push(...c.entities);
      edges.push(...c.edges);
    }
  }
  return { entities, edges };
}

async function fetchEdgeChunk(chunk: readonly string[]): Promise<WireEdge[]> {
  const params = chunk.map((_, i) => `$id${i}: ID!`).join(', ');
  const fields = chunk.map((_, i) => `e${i}: edge(id: $id${i}) { ${EDGE_FIELDS} }`).join(' ');
  const data = await gql<Record<string, WireEdge | null>>(
    `query Edges(${params}) { ${fields} }`,
    Object.fromEntries(chunk.map((id, i) => [`id${i}`, id])),
  );
  return Object.values(data).filter((e): e is WireEdge => e !== null);
}

/** One entity or edge by id, into the normalized form; null when it does not exist (or is gone). */
export async function fetchItem(kind: 'node' | 'edge', id: string): Promise<{ entities: ApiEntity[]; edges: ApiEdge[] }> {
  if (kind === 'node') {
    const data = await gql<{ entity: ApiEntity | null }>(`query Entity($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`, { id });
    return { entities: data.entity ? [data.entity] : [], edges: [] };
  }
  const data = await gql<{ edge: WireEdge | null }>(`query Edge($id: ID!) { edge(id: $id) { ${EDGE_FIELDS} } }`, { id });
  return data.edge ? collect([], [data.edge]) : { entities: [], edges: [] };
}

export type RankingMetric = 'DEGREE' | 'BETWEENNESS' | 'CLOSENESS' | 'PAGERANK';

/** The whole graph's top entities by a metric: "who matters most", to start from. */
export async function fetchRanking(metric: RankingMetric, first: number): Promise<Normalized<{ id: string; score: number }[]>> {
  const data = await gql<{ ranking: { score: number; entity: ApiEntity }[] }>(
    `query Ranking($metric: Metric!, $first: Int) { ranking(metric: $metric, first: $first) { score entity { ${ENTITY_FIELDS} } } }`,
    { metric, first },
  );
  return { value: data.ranking.map((r) => ({ id: r.entity.id, score: r.score })), entities: data.ranking.map((r) => r.entity), edges: [] };
}
