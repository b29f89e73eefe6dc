// The rules of single writes, decided here once for both stores: the names of their audit events, the words of their
// conflicts and missing records, and the reference checks each write runs on what the store says it holds. A store
// looks up the ids a write names (`*References`), hands what it found to the check, then writes.
import { assertEndpointsAllowed, assertSelfLoopAllowed } from './edge-rules.ts';
import { unknownReference, type StoredIds } from './bundle-references.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import type { CitationData, EdgeData, SourceData } from './schemas.ts';

/** The action of every audit event a write appends. */
export const AUDIT_ACTIONS = {
  entityCreate: 'entity.create',
  entityUpdate: 'entity.update',
  entityMerge: 'entity.merge',
  sourceCreate: 'source.create',
  edgeAdd: 'edge.add',
  edgeRetract: 'edge.retract',
  citationAdd: 'citation.add',
  edgeUpdate: 'edge.update',
  citationRetract: 'citation.retract',
  edgeReinstate: 'edge.reinstate',
  bulkLoad: 'bulk-load',
  seedImport: 'seed.import',
} as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

/** The reason recorded on a loop a merge retracts. */
export const MERGE_RETRACTION_REASON = 'merged';

export const conflict = {
  entityExists: (id: string) => new ConflictError(`An entity with id ${id} already exists`),
  sourceExists: (id: string) => new ConflictError(`A source with id ${id} already exists`),
  edgeExists: (id: string) => new ConflictError(`A relationship with id ${id} already exists`),
  alreadyRetracted: (id: string) => new ConflictError(`Relationship ${id} is already retracted`),
  /** A bundle that names records the store already holds; `held` describes them, e.g. "an entity with id x". */
  storeHolds: (held: readonly string[]) =>
    new ConflictError(`The store already holds ${held.slice(0, 3).join(', ')}${held.length > 3 ? ` and ${held.length - 3} more` : ''}`),
};

export const missing = {
  entity: (id: string, path: (string | number)[]) => new NotFoundError('Entity', id, path),
  relationship: (id: string, path: (string | number)[]) => new NotFoundError('Relationship', id, path),
};

/** The stored ids a write refers to, each once, for the store to look up in one go. */
export interface References {
  entities: string[];
  sources: string[];
}

export function edgeReferences(input: Pick<EdgeData, 'from' | 'to' | 'citations'>): References {
  return { entities: [...new Set([input.from, input.to])], sources: [...new Set(input.citations.map((c) => c.sourceId))] };
}

export function sourceReferences(input: Pick<SourceData, 'partOf'>): References {
  return { entities: [], sources: input.partOf ? [input.partOf] : [] };
}

export function citationReferences(citation: Pick<CitationData, 'sourceId'>): References {
  return { entities: [], sources: [citation.sourceId] };
}

function checkCitations(citations: readonly Pick<CitationData, 'sourceId'>[], stored: StoredIds, root: (string | number)[]): void {
  citations.forEach((c, i) => {
    if (!stored.hasSource(c.sourceId)) throw unknownReference([...root, i, 'sourceId'], 'source', c.sourceId);
  });
}

/** A new relationship: both ends exist and are of kinds its type joins, no forbidden loop, every cited source exists. */
export function checkEdgeWrite(input: Pick<EdgeData, 'type' | 'from' | 'to' | 'citations'>, stored: StoredIds, root: (string | number)[]): void {
  const from = stored.entityKind(input.from);
  if (!from) throw unknownReference([...root, 'from'], 'entity', input.from);
  const to = stored.entityKind(input.to);
  if (!to) throw unknownReference([...root, 'to'], 'entity', input.to);
  assertEndpointsAllowed(input, { from, to }, root);
  assertSelfLoopAllowed(input, [...root, 'to']);
  checkCitations(input.citations, stored, [...root, 'citations']);
}

/** A new source: the source it is part of exists. */
export function checkSourceWrite(input: Pick<SourceData, 'partOf'>, stored: StoredIds, root: (string | number)[]): void {
  if (input.partOf && !stored.hasSource(input.partOf)) throw unknownReference([...root, 'partOf'], 'source', input.partOf);
}

/** A citation added to a relationship: its source exists. `root` is the citation's own path. */
export function checkCitationWrite(citation: Pick<CitationData, 'sourceId'>, stored: StoredIds, root: (string | number)[]): void {
  if (!stored.hasSource(citation.sourceId)) throw unknownReference([...root, 'sourceId'], 'source', citation.sourceId);
}

/** Merging an entity into itself is bad input, named at `mergeId`. */
export function checkMergePair(keepId: string, mergeId: string): void {
  if (keepId === mergeId) throw ValidationError.field(['mergeId'], 'must differ from keepId');
}
