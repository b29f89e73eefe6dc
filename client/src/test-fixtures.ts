// Small API-shaped values for the client's unit tests.
import type { ApiCitation, ApiEdge, ApiEntity, ApiSource } from './api/types.ts';
import type { SheetInput } from './features/export/sheet-layout.ts';

export function entity(id: string, patch: Partial<ApiEntity> = {}): ApiEntity {
  return {
    id,
    kind: 'ORGANIZATION',
    name: id.toUpperCase(),
    aliases: [],
    description: null,
    startDate: null,
    endDate: null,
    sensitivity: 'PUBLIC',
    degree: 1,
    redacted: false,
    ...patch,
  };
}

export function source(id: string, patch: Partial<ApiSource> = {}): ApiSource {
  return { id, kind: 'report', title: `Title ${id}`, url: null, publisher: null, author: null, publishedAt: null, language: null, sensitivity: 'PUBLIC', redacted: false, ...patch };
}

export function citation(id: string, src: ApiSource, patch: Partial<ApiCitation> = {}): ApiCitation {
  return { id, source: src, locator: null, quote: null, stance: 'SUPPORTS', retracted: false, retractedReason: null, retractedAt: null, retractedBy: null, ...patch };
}

export function edge(id: string, from: string, to: string, patch: Partial<ApiEdge> = {}): ApiEdge {
  return {
    id,
    type: 'AFFILIATED_WITH',
    from,
    to,
    validFrom: null,
    validTo: null,
    confidence: 'REPORTED',
    status: 'ACTIVE',
    note: null,
    citations: [],
    retractedReason: null,
    ...patch,
  };
}

/** A sheet's input with one kind drawn, no filters, a 400 x 300 diagram and no sources or notes. */
export function sheetInput(patch: Partial<SheetInput> = {}): SheetInput {
  return {
    title: 'Diagram',
    caption: null,
    dateLine: 'Exported 2026-12-01',
    filterNote: 'Filters: none.',
    kinds: new Set(['ORGANIZATION']),
    restricted: false,
    edgeStyles: new Set(),
    graphWidth: 400,
    graphHeight: 300,
    sources: [],
    ...patch,
  };
}
