// The operations the benchmark times, with inputs drawn from the generated graph: the same requests the explorer
// sends (same GraphQL selections), and the same operations as direct store calls for the HTTP overhead ratio.
import { DEFAULT_EDGE_FILTER, edgeInputSchema, type EdgeInput, type GraphBundleData as GraphBundle } from '../../server/src/domain/schemas.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { Random } from './random.ts';
import { canvasNeighborhood, paths } from '../../server/src/domain/traversal.ts';

export const OPERATIONS = ['search', 'neighborhood1', 'neighborhood2', 'paths', 'addEdge'] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const OPERATION_LABELS: Record<OperationName, string> = {
  search: 'search (prefix, first 20)',
  neighborhood1: '1-hop neighborhood (limit 200)',
  neighborhood2: '2-hop neighborhood (limit 500)',
  paths: 'paths (maxHops 2-6, first 3)',
  addEdge: 'addEdge (1 citation)',
};

// The explorer's own selections (client/src/api/queries.ts), so the server does the work a real page causes.
const ENTITY_FIELDS = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted';
const SOURCE_FIELDS = 'id kind title url publisher author publishedAt language';
const EDGE_FIELDS = `id type from { ${ENTITY_FIELDS} } to { ${ENTITY_FIELDS} } validFrom validTo confidence status note
  retractedReason citations { id locator quote stance source { ${SOURCE_FIELDS} } }`;

const SEARCH = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { ${ENTITY_FIELDS} } }`;
/** The canvas's selection: the neighborhood as one JSON document (nodes, lean edges), as the explorer asks for it. */
const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) { truncated canvas }
}`;
const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) { nodes { ${ENTITY_FIELDS} } edges { ${EDGE_FIELDS} } }
}`;
const ADD_EDGE = `mutation AddEdge($input: EdgeInput!) { addEdge(input: $input) { ${EDGE_FIELDS} } }`;

const SEARCH_FIRST = 20;
const INPUT_COUNT = 4_000;

export interface PathCase {
  from: string;
  to: string;
  maxHops: number;
}

/** Plain inputs only, so the generated bundle can be dropped once they are drawn. */
export interface WorkloadInputs {
  searches: string[];
  /** Share of search queries written in Cyrillic. */
  cyrillicSearchShare: number;
  seeds: string[];
  /** The entity with the most relationships. */
  hub: string;
  paths: PathCase[];
  persons: string[];
  organizations: string[];
  sourceIds: string[];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

function searchQuery(random: Random, text: string): string | null {
  const words = text.split(/[\s«»",.:;()]+/).filter((w) => w.length >= 3 && !/^\d/.test(w));
  if (words.length === 0) return null;
  const at = random.int(words.length);
  const word = words[at] as string;
  const prefix = word.slice(0, random.between(3, word.length));
  const nextWord = words[at + 1];
  if (nextWord && random.chance(0.3)) return `${word} ${nextWord.slice(0, random.between(2, nextWord.length))}`;
  return prefix;
}

export function drawInputs(bundle: GraphBundle, seed: number): WorkloadInputs {
  const random = new Random(seed * 31 + 5);
  const entities = bundle.entities;
  const searches: string[] = [];
  while (searches.length < INPUT_COUNT) {
    const entity = random.pick(entities);
    const text = random.chance(0.5) ? entity.name : (entity.aliases[0]?.value ?? entity.name);
    const query = searchQuery(random, text);
    if (query) searches.push(query);
  }

  // Half the seeds uniformly, half in proportion to degree: researchers open obscure and prominent actors alike.
  const degree = new Map<string, number>();
  for (const e of bundle.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  let hub = bundle.entities[0]?.id ?? '';
  for (const [id, d] of degree) if (d > (degree.get(hub) ?? 0)) hub = id;
  const seeds: string[] = [];
  while (seeds.length < INPUT_COUNT) {
    if (random.chance(0.5)) {
      const edge = random.pick(bundle.edges);
      seeds.push(random.chance(0.5) ? edge.from : edge.to);
    } else {
      seeds.push(random.pick(entities).id);
    }
  }

  const isolated = entities.filter((e) => !degree.has(e.id)).map((e) => e.id);
  const paths: PathCase[] = [];
  while (paths.length < INPUT_COUNT) {
    const from = random.pick(seeds);
    // A tenth of the pairs end at an entity with no relationships: a certain "no path", the worst case for a search.
    const to = isolated.length > 0 && random.chance(0.1) ? random.pick(isolated) : random.pick(seeds);
    if (from !== to) paths.push({ from, to, maxHops: random.between(2, 6) });
  }

  return {
    searches,
    cyrillicSearchShare: searches.filter((q) => CYRILLIC.test(q)).length / searches.length,
    seeds,
    hub,
    paths,
    persons: entities.filter((e) => e.kind === 'person').map((e) => e.id),
    organizations: entities.filter((e) => e.kind === 'organization').map((e) => e.id),
    sourceIds: bundle.sources.map((s) => s.id),
  };
}

function at<T>(items: readonly T[], i: number): T {
  return items[i % items.length] as T;
}

function edgeInput(inputs: WorkloadInputs, i: number): EdgeInput {
  // Spread over persons and organizations with a stride, so repeated runs do not pile edges onto one pair.
  return edgeInputSchema.parse({
    type: 'MEMBER_OF',
    from: at(inputs.persons, i * 7919),
    to: at(inputs.organizations, i * 104_729),
    validFrom: '2024-05',
    validTo: null,
    confidence: 'reported',
    note: null,
    citations: [{ sourceId: at(inputs.sourceIds, i * 31), locator: `p. ${(i % 90) + 1}`, quote: null, stance: 'supports' }],
  });
}

/** The neighborhood seed of sample `i`, the same for the store, the raw-SQL floor and HTTP. */
export function seedAt(inputs: WorkloadInputs, i: number): string {
  return at(inputs.seeds, i);
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** The GraphQL request for sample `i` of an operation. */
export function graphqlRequest(op: OperationName, inputs: WorkloadInputs, i: number): GraphqlRequest {
  switch (op) {
    case 'search':
      return { query: SEARCH, variables: { query: at(inputs.searches, i), first: SEARCH_FIRST } };
    case 'neighborhood1':
      return { query: NEIGHBORHOOD, variables: { ids: [at(inputs.seeds, i)], depth: 1, limit: 200 } };
    case 'neighborhood2':
      return { query: NEIGHBORHOOD, variables: { ids: [at(inputs.seeds, i)], depth: 2, limit: 500 } };
    case 'paths': {
      const p = at(inputs.paths, i);
      return { query: PATHS, variables: { from: p.from, to: p.to, maxHops: p.maxHops } };
    }
    case 'addEdge': {
      const e = edgeInput(inputs, i);
      const { sourceId, locator, stance } = e.citations[0] as EdgeInput['citations'][number];
      return {
        query: ADD_EDGE,
        variables: {
          input: {
            type: e.type,
            from: e.from,
            to: e.to,
            validFrom: e.validFrom,
            confidence: 'REPORTED',
            citations: [{ sourceId, locator, stance: stance.toUpperCase() }],
          },
        },
      };
    }
  }
}

/** A figure describing what a result held (hits, nodes, paths), to show the work each request did. */
export type ResultSize = number;

/**
 * The same operation as a direct store call; resolves to the result size. Neighborhoods are read as the canvas reads
 * them, since the HTTP requests select the canvas answer.
 */
export async function callStore(store: GraphStore, op: OperationName, inputs: WorkloadInputs, i: number): Promise<ResultSize> {
  switch (op) {
    case 'search':
      return (await store.search(at(inputs.searches, i), { kinds: null, first: SEARCH_FIRST, includeRestricted: true })).length;
    case 'neighborhood1':
      return (await store.traverse(() => canvasNeighborhood({ ids: [seedAt(inputs, i)], depth: 1, limit: 200, filter: DEFAULT_EDGE_FILTER }))).nodes.length;
    case 'neighborhood2':
      return (await store.traverse(() => canvasNeighborhood({ ids: [seedAt(inputs, i)], depth: 2, limit: 500, filter: DEFAULT_EDGE_FILTER }))).nodes.length;
    case 'paths': {
      const p = at(inputs.paths, i);
      return (await store.traverse(() => paths({ ...p, first: 3, filter: DEFAULT_EDGE_FILTER }))).length;
    }
    case 'addEdge':
      return (await store.addEdge(edgeInput(inputs, i), 'bench')).citations.length;
  }
}

/** The result size of a GraphQL response body's data, matching `callStore`. */
export function responseSize(op: OperationName, data: Record<string, unknown>): ResultSize {
  const value = data[op === 'neighborhood1' || op === 'neighborhood2' ? 'neighborhood' : op];
  if (op === 'neighborhood1' || op === 'neighborhood2') return (value as { canvas: { nodes: unknown[] } }).canvas.nodes.length;
  if (op === 'addEdge') return (value as { citations: unknown[] }).citations.length;
  return (value as unknown[]).length;
}
