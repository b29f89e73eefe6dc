// Times the bulk import of a generated graph through the store port: what `bulkLoad` does (its own validation,
// reference checks, rows, citations, the search index) measured end to end, with generation kept out of the clock.
import { parseGraphBundle } from '../../server/src/domain/bundle-parse.ts';
import type { GraphBundleData } from '../../server/src/domain/schemas.ts';
import type { BulkLoadResult, GraphStore } from '../../server/src/ports/graph-store.ts';

export interface ImportTiming {
  seconds: number;
  /** With batches: entities and sources (with their search keys and index) first, then relationships. */
  nodesSeconds: number | null;
  edgesSeconds: number | null;
  calls: number;
  loaded: BulkLoadResult;
  relationshipsPerSecond: number;
}

/**
 * `batchSize` 0 loads the bundle in one `bulkLoad` call, as an import of one bundle file does; otherwise entities and
 * sources go first and relationships follow in batches of that size.
 */
/** The import path parses a bundle once, as the seed and file imports do; its cost is part of the import. */
const parsed = (bundle: GraphBundleData) => parseGraphBundle(bundle, ['bundle']);

export async function importGraph(store: GraphStore, bundle: GraphBundleData, batchSize: number): Promise<ImportTiming> {
  if (batchSize === 0) {
    const t0 = performance.now();
    const loaded = await store.bulkLoad(parsed(bundle), 'bench');
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, nodesSeconds: null, edgesSeconds: null, calls: 1, loaded, relationshipsPerSecond: loaded.edges / seconds };
  }
  const loaded: BulkLoadResult = { entities: 0, sources: 0, edges: 0, citations: 0 };
  const add = (r: BulkLoadResult) => {
    loaded.entities += r.entities;
    loaded.sources += r.sources;
    loaded.edges += r.edges;
    loaded.citations += r.citations;
  };
  const t0 = performance.now();
  add(await store.bulkLoad(parsed({ meta: bundle.meta, sources: bundle.sources, entities: bundle.entities, edges: [] }), 'bench'));
  const t1 = performance.now();
  let calls = 1;
  for (let at = 0; at < bundle.edges.length; at += batchSize) {
    add(await store.bulkLoad(parsed({ sources: [], entities: [], edges: bundle.edges.slice(at, at + batchSize) }), 'bench'));
    calls++;
  }
  const t2 = performance.now();
  const seconds = (t2 - t0) / 1000;
  return {
    seconds,
    nodesSeconds: (t1 - t0) / 1000,
    edgesSeconds: (t2 - t1) / 1000,
    calls,
    loaded,
    relationshipsPerSecond: loaded.edges / seconds,
  };
}
