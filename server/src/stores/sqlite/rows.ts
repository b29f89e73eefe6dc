// Table rows as SQLite returns them, and their translation into domain values. Nothing row-shaped leaves the store.
import type { EntityRecord } from '../../domain/records.ts';
import { entitySearchKeys, searchKey } from '../../domain/search-keys.ts';
import type { Alias, AuditEvent, Citation, CitationSummary, Edge, Entity, Source } from '../../domain/types.ts';
import type { Confidence, EdgeStatus, EntityKind, Sensitivity, SourceKind, Stance } from '../../domain/shared/vocabulary.ts';

export interface EntityRow {
  rowid: number;
  id: string;
  kind: EntityKind;
  name: string;
  name_key: string;
  search_keys: string;
  description: string | null;
  start_date: string | null;
  end_date: string | null;
  sensitivity: Sensitivity;
  /** Non-retracted edges touching the entity, a loop once: kept current by every write that changes edges. */
  degree: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface SourceRow {
  id: string;
  kind: SourceKind;
  title: string;
  author: string | null;
  publisher: string | null;
  url: string | null;
  published_at: string | null;
  retrieved_at: string | null;
  language: string | null;
  sensitivity: Sensitivity;
  part_of: string | null;
  created_at: string;
  created_by: string;
}

export interface EdgeRow {
  id: string;
  type: string;
  from_id: string;
  to_id: string;
  valid_from: string | null;
  valid_to: string | null;
  confidence: Confidence;
  status: EdgeStatus;
  note: string | null;
  retracted_reason: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** Its citations as the canvas draws them (see `citationSummariesOf`), kept by the schema's triggers. */
  citation_summary: string;
}

export interface CitationRow {
  id: string;
  edge_id: string;
  source_id: string;
  locator: string | null;
  quote: string | null;
  stance: Stance;
  added_at: string;
  added_by: string;
  retracted_reason?: string | null;
  retracted_at?: string | null;
  retracted_by?: string | null;
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  target_id: string;
  before_json: string | null;
  after_json: string | null;
}

export function toEntity(row: EntityRow, aliases: Alias[]): Entity {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    aliases,
    description: row.description,
    startDate: row.start_date,
    endDate: row.end_date,
    sensitivity: row.sensitivity,
    degree: row.degree,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    author: row.author,
    publisher: row.publisher,
    url: row.url,
    publishedAt: row.published_at,
    retrievedAt: row.retrieved_at,
    language: row.language,
    sensitivity: row.sensitivity,
    partOf: row.part_of,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** A citation's retraction from its three columns: retracted when it has a time. */
export function retractionOf(reason: string | null | undefined, at: string | null | undefined, by: string | null | undefined): Citation['retraction'] {
  return at ? { reason: reason ?? '', at, by: by ?? '' } : undefined;
}

export function toCitation(row: CitationRow): Citation {
  return {
    id: row.id,
    edgeId: row.edge_id,
    sourceId: row.source_id,
    locator: row.locator,
    quote: row.quote,
    stance: row.stance,
    addedAt: row.added_at,
    addedBy: row.added_by,
    ...(row.retracted_at ? { retraction: retractionOf(row.retracted_reason, row.retracted_at, row.retracted_by) } : {}),
  };
}

/** A relationship with its citations as given: full records (an `Edge`) or summaries (an `EdgeSummary`). */
type EdgeWith<C extends CitationSummary> = Omit<Edge, 'citations'> & { citations: C[] };

export function toEdge<C extends CitationSummary>(row: EdgeRow, citations: C[]): EdgeWith<C> {
  return {
    id: row.id,
    type: row.type,
    from: row.from_id,
    to: row.to_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    confidence: row.confidence,
    status: row.status,
    note: row.note,
    citations,
    retractedReason: row.retracted_reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/**
 * A relationship's citations as its row keeps them (`edges.citation_summary`, migration 012): a JSON array of
 * [id, source_id, stance], in the order they were added. The schema's triggers write it with every citation written
 * one at a time, a bulk load with the row, both in this form.
 */
export function citationSummaryJson(citations: readonly CitationSummary[]): string {
  return JSON.stringify(citations.map((c) => [c.id, c.sourceId, c.stance]));
}

export function citationSummariesOf(row: Pick<EdgeRow, 'id' | 'citation_summary'>): CitationSummary[] {
  return (JSON.parse(row.citation_summary) as [string, string, Stance][]).map(([id, sourceId, stance]) => ({ id, edgeId: row.id, sourceId, stance }));
}

/** Relationship records from their rows, each with its own citations from one read of them all, in the rows' order. */
export function withCitations(rows: EdgeRow[], citations: Citation[]): Edge[] {
  const byEdge = new Map<string, Citation[]>(rows.map((r) => [r.id, []]));
  for (const c of citations) byEdge.get(c.edgeId)?.push(c);
  return rows.map((r) => toEdge(r, byEdge.get(r.id) ?? []));
}

export function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    targetId: row.target_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  };
}

/**
 * Named parameters for `insertEntity` and `updateEntity`: the record plus its search keys. A statement binds only the
 * names it uses, so sources and edges go in as the records they are.
 */
export function entityParams(e: EntityRecord) {
  return { ...e, nameKey: searchKey(e.name), searchKeys: entitySearchKeys(e.name, e.aliases) };
}

/** Named parameters for `insertCitation`: the record with its retraction, if any, spread over its three columns. */
export function citationParams(c: Citation) {
  return { ...c, retractedReason: c.retraction?.reason ?? null, retractedAt: c.retraction?.at ?? null, retractedBy: c.retraction?.by ?? null };
}

const jsonOrNull = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** Named parameters for `insertAuditEvent`: snapshots are stored as JSON text. */
export function auditParams(e: AuditEvent) {
  return { ...e, before: jsonOrNull(e.before), after: jsonOrNull(e.after) };
}
