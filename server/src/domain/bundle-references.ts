// The reference rules of a graph bundle (the seed, an import): ids are unique within each section, and every reference
// resolves to a record in the bundle or one already stored. A store only says what it holds.
import { assertSelfLoopAllowed } from './edge-rules.ts';
import { ValidationError } from './errors.ts';
import type { GraphBundle } from './schemas.ts';

export interface BundleIds {
  entities: Set<string>;
  sources: Set<string>;
  edges: Set<string>;
}

/** What the store already holds, asked only about ids the bundle does not define itself. */
export interface StoredIds {
  hasEntity(id: string): boolean;
  hasSource(id: string): boolean;
}

function uniqueIds(items: { id: string }[], section: string): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) throw ValidationError.field(['bundle', section, i, 'id'], `duplicates id ${item.id}`);
    ids.add(item.id);
  });
  return ids;
}

/** The ids each section defines; a repeated id is bad input. */
export function bundleIds(data: GraphBundle): BundleIds {
  return { entities: uniqueIds(data.entities, 'entities'), sources: uniqueIds(data.sources, 'sources'), edges: uniqueIds(data.edges, 'edges') };
}

/** The referenced ids the bundle does not define, each once: only the store can resolve these. */
export function referencesOutside(data: GraphBundle, ids: BundleIds): { entities: string[]; sources: string[] } {
  const entities = data.edges.flatMap((e) => [e.from, e.to]).filter((id) => !ids.entities.has(id));
  const sources = [...data.sources.flatMap((s) => (s.partOf ? [s.partOf] : [])), ...data.edges.flatMap((e) => e.citations.map((c) => c.sourceId))].filter(
    (id) => !ids.sources.has(id),
  );
  return { entities: [...new Set(entities)], sources: [...new Set(sources)] };
}

/** Checks every reference against the bundle first and the store second, naming the first offending field. */
export function checkBundleReferences(data: GraphBundle, ids: BundleIds, stored: StoredIds): void {
  const entityKnown = (id: string) => ids.entities.has(id) || stored.hasEntity(id);
  const sourceKnown = (id: string) => ids.sources.has(id) || stored.hasSource(id);
  data.sources.forEach((s, i) => {
    if (s.partOf && !sourceKnown(s.partOf)) throw ValidationError.field(['bundle', 'sources', i, 'partOf'], `refers to an unknown source: ${s.partOf}`);
  });
  data.edges.forEach((e, i) => {
    if (!entityKnown(e.from)) throw ValidationError.field(['bundle', 'edges', i, 'from'], `refers to an unknown entity: ${e.from}`);
    if (!entityKnown(e.to)) throw ValidationError.field(['bundle', 'edges', i, 'to'], `refers to an unknown entity: ${e.to}`);
    assertSelfLoopAllowed(e, ['bundle', 'edges', i, 'to']);
    e.citations.forEach((c, j) => {
      if (!sourceKnown(c.sourceId)) {
        throw ValidationError.field(['bundle', 'edges', i, 'citations', j, 'sourceId'], `refers to an unknown source: ${c.sourceId}`);
      }
    });
  });
}
