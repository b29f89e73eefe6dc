// Rules every relationship obeys in both stores: its status follows from its citations' stances, its ends are of the
// kinds the vocabulary allows, and an entity may stand at both ends only where the vocabulary allows it.
import { ValidationError } from './errors.ts';
import { LIMITS } from './schemas.ts';
import type { Citation, Edge } from './types.ts';
import { relationshipRule, type EdgeStatus, type EntityKind, type Stance } from './shared/vocabulary.ts';

/** A live relationship is contested as soon as any of its citations disputes it. */
export function statusFor(stances: readonly Stance[]): 'active' | 'contested' {
  return stances.includes('disputes') ? 'contested' : 'active';
}

/** A retracted citation stays on its relationship as a record, but no longer counts as evidence for or against it. */
export function isActiveCitation(citation: { retraction?: Citation['retraction'] | null }): boolean {
  return !citation.retraction;
}

/** A new record's status: retracted when so recorded, otherwise what its active citations make it. */
export function recordedStatus(retracted: boolean, citations: readonly { stance: Stance; retraction?: Citation['retraction'] | null }[]): EdgeStatus {
  return retracted ? 'retracted' : statusFor(citations.filter(isActiveCitation).map((c) => c.stance));
}

/**
 * Why a bundle's stated live status cannot stand, or null when it agrees with the citations (or is not stated): a
 * live status follows from the active citations, so a file that says otherwise has been edited by hand or is wrong.
 */
export function statusDisagreement(edge: { status?: EdgeStatus; citations: readonly { stance: Stance; retraction?: Citation['retraction'] | null }[] }): string | null {
  if (!edge.status || edge.status === 'retracted') return null;
  const derived = recordedStatus(false, edge.citations);
  return edge.status === derived ? null : `is ${edge.status}, but its active citations make it ${derived}: a relationship is contested exactly when an active citation disputes it`;
}

/** The status after a citation is added: a retraction stands whatever new evidence arrives. */
export function statusAfterCitation(edge: Pick<Edge, 'status' | 'citations'>, stance: Stance): EdgeStatus {
  if (edge.status === 'retracted') return 'retracted';
  return statusFor([...edge.citations.filter(isActiveCitation).map((c) => c.stance), stance]);
}

/** Rejects a loop the vocabulary forbids; `path` names the offending `to` field. Unknown types are the schema's to reject. */
export function assertSelfLoopAllowed(edge: Pick<Edge, 'type' | 'from' | 'to'>, path: (string | number)[]): void {
  const rule = relationshipRule(edge.type);
  if (edge.from === edge.to && rule && !rule.selfLoop) {
    throw ValidationError.field(path, `a ${edge.type} relationship cannot join an entity to itself`);
  }
}

const listKinds = (kinds: readonly EntityKind[]) => kinds.join(', ');

/**
 * Rejects a relationship whose ends are of kinds its type does not join (a law cannot assert anything; ABOUT starts at a
 * claim). `root` is the path of the relationship; the error names its `from` or `to`.
 */
export function assertEndpointsAllowed(edge: Pick<Edge, 'type'>, kinds: { from: EntityKind; to: EntityKind }, root: (string | number)[]): void {
  const rule = relationshipRule(edge.type);
  if (!rule) return;
  if (!rule.from.includes(kinds.from)) {
    throw ValidationError.field([...root, 'from'], `a ${edge.type} relationship starts at a ${listKinds(rule.from)}, not a ${kinds.from}`);
  }
  if (!rule.to.includes(kinds.to)) {
    throw ValidationError.field([...root, 'to'], `a ${edge.type} relationship ends at a ${listKinds(rule.to)}, not a ${kinds.to}`);
  }
}

/**
 * Whether a loop left on the kept entity by a merge is to be retracted (reason "merged"): it was live, and its type
 * does not allow loops. Retracting rather than deleting keeps the loop's evidence.
 */
export function retractedByMerge(loop: Pick<Edge, 'type' | 'status'>): boolean {
  if (loop.status === 'retracted') return false;
  return !relationshipRule(loop.type)?.selfLoop;
}

/** Refuses a citation that would take a relationship past LIMITS.citations; `path` names the citation argument. */
export function assertRoomForCitation(edge: Pick<Edge, 'id' | 'citations'>, path: (string | number)[]): void {
  if (edge.citations.length >= LIMITS.citations) {
    throw ValidationError.field(path, `relationship ${edge.id} already has ${edge.citations.length} citations, the most it may have (${LIMITS.citations})`);
  }
}
