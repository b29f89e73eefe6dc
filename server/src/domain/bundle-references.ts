// The reference rules of a graph bundle (the seed, an import): ids are unique within each section, and every reference
// resolves to a record in the bundle or one already stored, of a kind the relationship may join. A store only says
// what it holds.
import { assertEndpointsAllowed, assertSelfLoopAllowed } from './edge-rules.ts';
import { ValidationError } from './errors.ts';
import type { GraphBundleData } from './schemas.ts';
import type { EntityKind } from './shared/vocabulary.ts';

export interface BundleIds {
  entities: Set<string>;
  sources: Set<string>;
  edges: Set<string>;
}

/** What the store already holds, asked only about ids the write does not define itself. */
export interface StoredIds {
  /** The kind of the stored entity with this id, or undefined when there is none. */
  entityKind(id: string): EntityKind | undefined;
  hasSource(id: string): boolean;
}

/** StoredIds over lookups already made: the entities found (with their kinds) and the source ids found. */
export function storedIdsOf(entities: Iterable<{ id: string; kind: EntityKind }>, sources: Iterable<string>): StoredIds {
  const kinds = new Map([...entities].map((e) => [e.id, e.kind]));
  const sourceIds = new Set(sources);
  return { entityKind: (id) => kinds.get(id), hasSource: (id) => sourceIds.has(id) };
}

/** A message naming the unknown record a field refers to. */
export function unknownReference(path: (string | number)[], what: 'entity' | 'source', id: string): ValidationError {
  return ValidationError.field(path, `refers to an unknown ${what}: ${id}`);
}

function uniqueIds(items: { id: string }[], section: string): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    if (ids.has(id)) throw ValidationError.field(['bundle', section, i, 'id'], `duplicates id ${id}`);
    ids.add(id);
  }
  return ids;
}

/** The ids each section defines; a repeated id is bad input. */
export function bundleIds(data: GraphBundleData): BundleIds {
  return { entities: uniqueIds(data.entities, 'entities'), sources: uniqueIds(data.sources, 'sources'), edges: uniqueIds(data.edges, 'edges') };
}

/** The referenced ids the bundle does not define, each once: only the store can resolve these. */
export function referencesOutside(data: GraphBundleData, ids: BundleIds): { entities: string[]; sources: string[] } {
  const entities = data.edges.flatMap((e) => [e.from, e.to]).filter((id) => !ids.entities.has(id));
  const sources = [...data.sources.flatMap((s) => (s.partOf ? [s.partOf] : [])), ...data.edges.flatMap((e) => e.citations.map((c) => c.sourceId))].filter(
    (id) => !ids.sources.has(id),
  );
  return { entities: [...new Set(entities)], sources: [...new Set(sources)] };
}

const edgePath = (i: number, ...field: (string | number)[]) => ['bundle', 'edges', i, ...field];

/** Checks every reference against the bundle first and the store second, naming the first offending field. */
export function checkBundleReferences(data: GraphBundleData, ids: BundleIds, stored: StoredIds): void {
  const bundleKinds = new Map(data.entities.map((e) => [e.id, e.kind]));
  const kindOf = (id: string) => bundleKinds.get(id) ?? stored.entityKind(id);
  const sourceKnown = (id: string) => ids.sources.has(id) || stored.hasSource(id);
  data.sources.forEach((s, i) => {
    if (s.partOf && !sourceKnown(s.partOf)) throw unknownReference(['bundle', 'sources', i, 'partOf'], 'source', s.partOf);
  });
  const citationIds = new Set<string>();
  // Plain loops, and a field path built only for an error: a bulk load checks millions of references here.
  const edges = data.edges;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i] as GraphBundleData['edges'][number];
    const from = kindOf(e.from);
    if (!from) throw unknownReference(edgePath(i, 'from'), 'entity', e.from);
    const to = kindOf(e.to);
    if (!to) throw unknownReference(edgePath(i, 'to'), 'entity', e.to);
    assertEndpointsAllowed(e, { from, to }, ['bundle', 'edges', i]);
    if (e.from === e.to) assertSelfLoopAllowed(e, edgePath(i, 'to'));
    const citations = e.citations;
    for (let j = 0; j < citations.length; j++) {
      const c = citations[j] as (typeof citations)[number];
      if (!sourceKnown(c.sourceId)) throw unknownReference(edgePath(i, 'citations', j, 'sourceId'), 'source', c.sourceId);
      if (c.id) {
        if (citationIds.has(c.id)) throw ValidationError.field(edgePath(i, 'citations', j, 'id'), `duplicates citation id ${c.id}`);
        citationIds.add(c.id);
      }
    }
  }
}
