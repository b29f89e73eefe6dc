// Redaction of an export for publication. The local user sees restricted entities and sources in full; a diagram
// leaving the machine gets the shared redaction rule (the one the server applies to a viewer without rights to
// restricted material), so a published report does not name a person at risk by accident.
import {
  REDACTED_NAME,
  blankEdgeText,
  blankEntity,
  blankSource,
  isRestricted as isRestrictedRecord,
  type HiddenIds,
} from '../../../../server/src/domain/shared/redaction.ts';
import type { ApiEdge, ApiEntity, ApiSource, SensitivityName } from '../../api/types.ts';

export const REDACTED_SOURCE_TITLE = '[restricted source]';

export interface ExportView {
  nodes: ApiEntity[];
  edges: ApiEdge[];
}

/** GraphQL's `RESTRICTED` is the domain's `restricted`. */
export function isRestricted(item: { sensitivity: SensitivityName }): boolean {
  return isRestrictedRecord({ sensitivity: item.sensitivity.toLowerCase() });
}

export function redactEntityForExport(entity: ApiEntity): ApiEntity {
  return isRestricted(entity) ? blankEntity(entity) : entity;
}

/** A restricted source keeps its kind and date; it is listed as `[restricted source]` with no author, publisher or URL. */
export function redactSourceForExport(source: ApiSource): ApiSource {
  return isRestricted(source) ? { ...blankSource(source), title: REDACTED_SOURCE_TITLE } : source;
}

export function redactEdgeForExport(edge: ApiEdge, hidden: HiddenIds): ApiEdge {
  const text = blankEdgeText({ ...edge, citations: edge.citations.map((c) => ({ ...c, sourceId: c.source.id })) }, hidden);
  return {
    ...edge,
    note: text.note,
    retractedReason: text.retractedReason,
    citations: edge.citations.map((c, i) => ({
      ...c,
      locator: text.citations[i]!.locator,
      quote: text.citations[i]!.quote,
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
