// Rules every relationship obeys in both stores: its status follows from its citations' stances, and an entity may
// stand at both ends only where the vocabulary allows it.
import { ValidationError } from './errors.ts';
import type { Citation, Edge } from './types.ts';
import { RELATIONSHIP_TYPES, isRelationshipType, type EdgeStatus, type Stance } from './vocabulary.ts';

/** A live relationship is contested as soon as any of its citations disputes it. */
export function statusFor(stances: readonly Stance[]): 'active' | 'contested' {
  return stances.includes('disputes') ? 'contested' : 'active';
}

/** A retracted citation stays on its relationship as a record, but no longer counts as evidence for or against it. */
export function isActiveCitation(citation: Pick<Citation, 'retraction'>): boolean {
  return !citation.retraction;
}

/** The status after a citation is added: a retraction stands whatever new evidence arrives. */
export function statusAfterCitation(edge: Pick<Edge, 'status' | 'citations'>, stance: Stance): EdgeStatus {
  if (edge.status === 'retracted') return 'retracted';
  return statusFor([...edge.citations.filter(isActiveCitation).map((c) => c.stance), stance]);
}

/** Rejects a loop the vocabulary forbids; `path` names the offending `to` field. Unknown types are the schema's to reject. */
export function assertSelfLoopAllowed(edge: Pick<Edge, 'type' | 'from' | 'to'>, path: (string | number)[]): void {
  if (edge.from === edge.to && isRelationshipType(edge.type) && !RELATIONSHIP_TYPES[edge.type].selfLoop) {
    throw ValidationError.field(path, `a ${edge.type} relationship cannot join an entity to itself`);
  }
}

/**
 * Whether a loop left on the kept entity by a merge is to be retracted (reason "merged"): it was live, and its type
 * does not allow loops. Retracting rather than deleting keeps the loop's evidence.
 */
export function retractedByMerge(loop: Pick<Edge, 'type' | 'status'>): boolean {
  if (loop.status === 'retracted') return false;
  return !(isRelationshipType(loop.type) && RELATIONSHIP_TYPES[loop.type].selfLoop);
}
