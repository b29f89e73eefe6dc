// Domain values to Neo4j property maps and back. Property maps hold no nulls (Neo4j drops them), so every reader
// turns a missing property into null. Nothing driver-shaped leaves this module.
import { dateLowerBound, dateUpperBound } from '../../domain/shared/dates.ts';
import { entitySearchKeys, searchKey } from '../../domain/search-keys.ts';
import type { EntityRecord, SourceRecord } from '../../domain/records.ts';
import type { Alias, AuditEvent, Citation, Edge, Entity, Source } from '../../domain/types.ts';
import { kindLabel, type Confidence, type EdgeStatus, type EntityKind, type Sensitivity, type SourceKind, type Stance } from '../../domain/shared/vocabulary.ts';
type Props = Record<string, unknown>;

// The property keys this module writes, per record. The property maps below are typed by them, so the compiler keeps
// the lists true, and the Cypher lint checks every property a `.cypher` file names against them.
export const ENTITY_KEYS = [
  'id', 'kind', 'name', 'nameKey', 'aliases', 'aliasValues', 'aliasKeys', 'searchKeys', 'description', 'startDate', 'endDate',
  'sensitivity', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy',
] as const;
export const SOURCE_KEYS = [
  'id', 'kind', 'title', 'author', 'publisher', 'url', 'publishedAt', 'retrievedAt', 'language', 'sensitivity', 'partOf',
  'createdAt', 'createdBy',
] as const;
export const EDGE_KEYS = [
  'id', 'validFrom', 'validTo', 'validFromLow', 'validToHigh', 'confidence', 'status', 'note', 'retractedReason',
  'createdAt', 'createdBy', 'updatedAt', 'updatedBy',
] as const;
export const CITATION_KEYS = [
  'id', 'edgeId', 'edgeFrom', 'sourceId', 'locator', 'quote', 'stance', 'addedAt', 'addedBy', 'seq',
  // Set once a citation is retracted; absent (null) while it counts.
  'retractedReason', 'retractedAt', 'retractedBy',
] as const;
export const AUDIT_KEYS = ['id', 'at', 'actor', 'action', 'targetId', 'before', 'after', 'seq'] as const;
/** A saved map: the fields it is listed and found by, and the whole map as one JSON document. */
export const SAVED_MAP_KEYS = ['id', 'title', 'owner', 'updatedAt', 'deletedAt', 'doc'] as const;
/** An account of a team server and a sign-in session (secrets only as hashes). */
export const ACCOUNT_KEYS = ['name', 'role', 'restrictedAccess', 'disabled', 'passwordHash', 'tokenHash', 'createdAt', 'updatedAt', 'updatedBy'] as const;
export const SESSION_KEYS = ['idHash', 'accountName', 'createdAt', 'lastSeenAt'] as const;
/** The marker `npm run migrate` keeps on a target until the last batch has committed. */
export const UNFINISHED_COPY_KEYS = ['id', 'source', 'startedAt'] as const;
/** Set and removed again by a write that must hold a record's write lock before it reads it; never stored. */
export const LOCK_KEY = '_lock';
/** Every property key a stored record may carry. */
export const STORED_PROPERTY_KEYS: readonly string[] = [
  ...new Set([...ENTITY_KEYS, ...SOURCE_KEYS, ...EDGE_KEYS, ...CITATION_KEYS, ...AUDIT_KEYS, ...SAVED_MAP_KEYS, ...UNFINISHED_COPY_KEYS, ...ACCOUNT_KEYS, ...SESSION_KEYS, LOCK_KEY]),
];
export type PropsOf<K extends readonly string[]> = Record<K[number], unknown>;

const str = (p: Props, key: string): string => String(p[key]);
const strOrNull = (p: Props, key: string): string | null => (p[key] === undefined || p[key] === null ? null : String(p[key]));
const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

// ---- entities ------------------------------------------------------------------------------------------------------

/** The node's properties: the entity plus its search fields (`name`, `aliasValues` and `searchKeys` are fulltext-indexed). */
export function entityProps(e: EntityRecord): PropsOf<typeof ENTITY_KEYS> {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    nameKey: searchKey(e.name),
    aliases: JSON.stringify(e.aliases.map((a) => ({ value: a.value, lang: a.lang ?? null }))),
    aliasValues: e.aliases.map((a) => a.value).join('\n'),
    aliasKeys: e.aliases.map((a) => searchKey(a.value)),
    searchKeys: entitySearchKeys(e.name, e.aliases),
    description: e.description,
    startDate: e.startDate,
    endDate: e.endDate,
    sensitivity: e.sensitivity,
    createdAt: e.createdAt,
    createdBy: e.createdBy,
    updatedAt: e.updatedAt,
    updatedBy: e.updatedBy,
  };
}

/** A row for `bulk/create-entities`: the properties and the kind label. */
export function entityRow(e: EntityRecord): { props: PropsOf<typeof ENTITY_KEYS>; label: string } {
  return { props: entityProps(e), label: kindLabel(e.kind) };
}

export function toEntityRecord(p: Props): EntityRecord {
  const aliases = JSON.parse(strOrNull(p, 'aliases') ?? '[]') as Alias[];
  return {
    id: str(p, 'id'),
    kind: str(p, 'kind') as EntityKind,
    name: str(p, 'name'),
    aliases: aliases.map((a) => ({ value: a.value, lang: a.lang ?? null })),
    description: strOrNull(p, 'description'),
    startDate: strOrNull(p, 'startDate'),
    endDate: strOrNull(p, 'endDate'),
    sensitivity: str(p, 'sensitivity') as Sensitivity,
    createdAt: str(p, 'createdAt'),
    createdBy: str(p, 'createdBy'),
    updatedAt: str(p, 'updatedAt'),
    updatedBy: str(p, 'updatedBy'),
  };
}

export function toEntity(row: Props): Entity {
  const record = toEntityRecord(row.entity as Props);
  return { ...record, degree: Number(row.degree ?? 0) };
}

// ---- sources -------------------------------------------------------------------------------------------------------

export function sourceProps(s: SourceRecord): PropsOf<typeof SOURCE_KEYS> {
  return {
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
    createdAt: s.createdAt,
    createdBy: s.createdBy,
  };
}

export function toSource(row: Props): Source {
  const p = row.source as Props;
  return {
    id: str(p, 'id'),
    kind: str(p, 'kind') as SourceKind,
    title: str(p, 'title'),
    author: strOrNull(p, 'author'),
    publisher: strOrNull(p, 'publisher'),
    url: strOrNull(p, 'url'),
    publishedAt: strOrNull(p, 'publishedAt'),
    retrievedAt: strOrNull(p, 'retrievedAt'),
    language: strOrNull(p, 'language'),
    sensitivity: str(p, 'sensitivity') as Sensitivity,
    partOf: strOrNull(p, 'partOf'),
    createdAt: str(p, 'createdAt'),
    createdBy: str(p, 'createdBy'),
  };
}

// ---- edges and citations -------------------------------------------------------------------------------------------

/**
 * The relationship's properties. `validFromLow`/`validToHigh` are the partial dates' outer bounds, so the date-window
 * filter in Cypher compares exactly as `overlapsWindow` does.
 */
export function edgeProps(e: Omit<Edge, 'citations'>): PropsOf<typeof EDGE_KEYS> {
  return {
    id: e.id,
    validFrom: e.validFrom,
    validTo: e.validTo,
    validFromLow: e.validFrom ? dateLowerBound(e.validFrom) : null,
    validToHigh: e.validTo ? dateUpperBound(e.validTo) : null,
    confidence: e.confidence,
    status: e.status,
    note: e.note,
    retractedReason: e.retractedReason,
    createdAt: e.createdAt,
    createdBy: e.createdBy,
    updatedAt: e.updatedAt,
    updatedBy: e.updatedBy,
  };
}

/** A row for `bulk/create-edges`. */
export function edgeRow(e: Omit<Edge, 'citations'>): Props {
  return { from: e.from, to: e.to, type: e.type, props: edgeProps(e) };
}

/**
 * A row for `bulk/create-citations`. `edgeFrom` (the edge's start entity) and `seq` (its place among the edge's
 * citations) let an edge be found by id and its citations read back in the order they were added.
 */
export function citationRow(c: Citation, edgeFrom: string, seq: number): PropsOf<typeof CITATION_KEYS> {
  return {
    id: c.id,
    edgeId: c.edgeId,
    edgeFrom,
    sourceId: c.sourceId,
    locator: c.locator,
    quote: c.quote,
    stance: c.stance,
    addedAt: c.addedAt,
    addedBy: c.addedBy,
    seq,
    retractedReason: c.retraction?.reason ?? null,
    retractedAt: c.retraction?.at ?? null,
    retractedBy: c.retraction?.by ?? null,
  };
}

function toCitation(p: Props): Citation {
  return {
    id: str(p, 'id'),
    edgeId: str(p, 'edgeId'),
    sourceId: str(p, 'sourceId'),
    locator: strOrNull(p, 'locator'),
    quote: strOrNull(p, 'quote'),
    stance: str(p, 'stance') as Stance,
    addedAt: str(p, 'addedAt'),
    addedBy: str(p, 'addedBy'),
    ...(p.retractedAt ? { retraction: { reason: strOrNull(p, 'retractedReason') ?? '', at: str(p, 'retractedAt'), by: strOrNull(p, 'retractedBy') ?? '' } } : {}),
  };
}

/** A row of `edge/get-edges` or `graph/edges-among`: edge, type, from, to, citations. */
export function toEdge(row: Props): Edge {
  const p = row.edge as Props;
  return {
    id: str(p, 'id'),
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
    validFrom: strOrNull(p, 'validFrom'),
    validTo: strOrNull(p, 'validTo'),
    confidence: str(p, 'confidence') as Confidence,
    status: str(p, 'status') as EdgeStatus,
    note: strOrNull(p, 'note'),
    citations: (row.citations as Props[]).map(toCitation),
    retractedReason: strOrNull(p, 'retractedReason'),
    createdAt: str(p, 'createdAt'),
    createdBy: str(p, 'createdBy'),
    updatedAt: str(p, 'updatedAt'),
    updatedBy: str(p, 'updatedBy'),
  };
}

// ---- audit events --------------------------------------------------------------------------------------------------

/** A row for `bulk/create-audit-events`; `seq` is the append order. Snapshots are stored as JSON text. */
export function auditRow(e: AuditEvent, seq: number): PropsOf<typeof AUDIT_KEYS> {
  return {
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    targetId: e.targetId,
    before: json(e.before),
    after: json(e.after),
    seq,
  };
}

export function toAuditEvent(row: Props): AuditEvent {
  const p = row.event as Props;
  const before = strOrNull(p, 'before');
  const after = strOrNull(p, 'after');
  return {
    id: str(p, 'id'),
    at: str(p, 'at'),
    actor: str(p, 'actor'),
    action: str(p, 'action'),
    targetId: str(p, 'targetId'),
    before: before === null ? null : JSON.parse(before),
    after: after === null ? null : JSON.parse(after),
  };
}
