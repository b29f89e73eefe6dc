// Redaction of an export for publication. The local user sees restricted entities and sources in full; a diagram
// leaving the machine gets the server's visibility rule as applied to a viewer without rights to restricted material,
// so a published report does not name a person at risk by accident.
import type { Edge, Entity, Source } from '../../../../server/src/domain/types.ts';
import {
  PUBLIC_VIEWER,
  REDACTED_NAME,
  canSee,
  redactEdge,
  redactEntity,
  redactSource,
  type HiddenIds,
} from '../../../../server/src/domain/visibility.ts';
import type { ApiEdge, ApiEntity, ApiSource, SensitivityName } from '../../api/types.ts';

export const REDACTED_SOURCE_TITLE = '[restricted source]';

export interface ExportView {
  nodes: ApiEntity[];
  edges: ApiEdge[];
}

export function isRestricted(item: { sensitivity: SensitivityName }): boolean {
  return !canSee(PUBLIC_VIEWER, { sensitivity: item.sensitivity.toLowerCase() });
}

/**
 * The domain's redaction functions compare sensitivity with its lowercase value, blank identifying fields and spread
 * the rest through, so a wire value stands in for the domain one; callers read back only fields the wire shape has.
 */
function asDomain<T>(wire: { sensitivity: SensitivityName }): T {
  return { ...wire, sensitivity: wire.sensitivity.toLowerCase() } as unknown as T;
}

export function redactEntityForExport(entity: ApiEntity): ApiEntity {
  if (!isRestricted(entity)) return entity;
  const r = redactEntity(PUBLIC_VIEWER, asDomain<Entity>(entity));
  return { ...entity, name: r.name, aliases: r.aliases, description: r.description, startDate: r.startDate, endDate: r.endDate, redacted: true };
}

/** A restricted source keeps its kind and date; it is listed as `[restricted source]` with no author, publisher or URL. */
export function redactSourceForExport(source: ApiSource): ApiSource {
  if (!isRestricted(source)) return source;
  const r = redactSource(PUBLIC_VIEWER, asDomain<Source>(source));
  return { ...source, title: REDACTED_SOURCE_TITLE, author: r.author, publisher: r.publisher, url: r.url, redacted: true };
}

export function redactEdgeForExport(edge: ApiEdge, hidden: HiddenIds): ApiEdge {
  const domain = { ...edge, citations: edge.citations.map((c) => ({ ...c, sourceId: c.source.id })) } as unknown as Edge;
  const r = redactEdge(PUBLIC_VIEWER, domain, hidden);
  return {
    ...edge,
    note: r.note,
    retractedReason: r.retractedReason,
    citations: edge.citations.map((c, i) => ({
      ...c,
      locator: r.citations[i]!.locator,
      quote: r.citations[i]!.quote,
      source: redactSourceForExport(c.source),
    })),
  };
}

/** Restricted entities among the nodes and restricted sources cited by the edges: what edge text must not reveal. */
export function hiddenIn(view: ExportView): HiddenIds {
  return {
    entities: new Set(view.nodes.filter(isRestricted).map((n) => n.id)),
    sources: new Set(view.edges.flatMap((e) => e.citations.map((c) => c.source)).filter(isRestricted).map((s) => s.id)),
  };
}

export function redactView(view: ExportView): ExportView {
  const hidden = hiddenIn(view);
  return { nodes: view.nodes.map(redactEntityForExport), edges: view.edges.map((e) => redactEdgeForExport(e, hidden)) };
}

/** Labels to draw in place of the restricted entities' names while an image of the canvas is rendered. */
export function redactedLabels(nodes: readonly ApiEntity[]): Map<string, string> {
  return new Map(nodes.filter(isRestricted).map((n) => [n.id, REDACTED_NAME]));
}
