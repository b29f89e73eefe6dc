// The current view as a self-contained JSON document: entities, relationships with their citations, and sources.
import type { ApiEdge, ApiEntity } from '../../api/types.ts';
import { numberSources } from './bibliography.ts';

export function viewToJson(nodes: ApiEntity[], edges: ApiEdge[], exportedAt: string): string {
  const { entries } = numberSources(edges);
  const doc = {
    format: 'actornet-view',
    version: 1,
    exportedAt,
    nodes,
    edges: edges.map((e) => ({ ...e, citations: e.citations.map((c) => c.id) })),
    citations: edges.flatMap((e) => e.citations.map((c) => ({ id: c.id, edgeId: e.id, sourceId: c.source.id, locator: c.locator, quote: c.quote, stance: c.stance }))),
    sources: entries.map((s) => ({ ref: s.n, ...s.source })),
  };
  return JSON.stringify(doc, null, 2);
}
