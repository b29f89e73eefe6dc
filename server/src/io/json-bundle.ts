// The project's own JSON bundle: the seed format (sources, entities, edges with their citations) that `npm run import`
// and the seed loader read, plus each relationship's status and retraction reason and each citation's id and retraction, so a graph comes back
// as it left.
import type { ExportGraph } from '../domain/export-service.ts';

export const BUNDLE_FORMAT = 'actornet-bundle';

export function writeJsonBundle(graph: ExportGraph): string {
  const bundle = {
    format: BUNDLE_FORMAT,
    version: 1,
    exportedAt: graph.exportedAt,
    audience: graph.audience,
    meta: {
      name: graph.map ? graph.map.title : 'Actornet graph',
      ...(graph.map?.caption ? { description: graph.map.caption } : {}),
      version: 1,
    },
    sources: graph.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      author: s.author,
      publisher: s.publisher,
      url: s.url,
      publishedAt: s.publishedAt,
      retrievedAt: s.retrievedAt,
      language: s.language,
      sensitivity: s.sensitivity,
      partOf: s.partOf,
    })),
    entities: graph.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases.map((a) => ({ value: a.value, lang: a.lang })),
      description: e.description,
      startDate: e.startDate,
      endDate: e.endDate,
      sensitivity: e.sensitivity,
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      type: e.type,
      from: e.from,
      to: e.to,
      validFrom: e.validFrom,
      validTo: e.validTo,
      confidence: e.confidence,
      note: e.note,
      citations: e.citations.map((c) => ({
        id: c.id,
        sourceId: c.sourceId,
        locator: c.locator,
        quote: c.quote,
        stance: c.stance,
        ...(c.retraction ? { retraction: { reason: c.retraction.reason, at: c.retraction.at, by: c.retraction.by } } : {}),
      })),
      status: e.status,
      retractedReason: e.retractedReason,
    })),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
