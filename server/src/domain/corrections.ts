// Correcting a relationship in place without destroying anything: edits of its dates, confidence and note, the
// retraction of one citation, and the reinstatement of a retracted relationship. Each rule decides from the record as
// it is inside the write's transaction; the store only reads, locks and writes what the plan says.
import { z } from 'zod';
import { isOrderedRange, overlapsWindow } from './shared/dates.ts';
import { isActiveCitation, statusFor } from './edge-rules.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { LIMITS, confidenceSchema, idSchema, partialDateSchema, relationshipTypeSchema, type EdgeFilter, type Reason } from './schemas.ts';
import type { LookupAnswers, Traversal } from './traversal.ts';
import type { Edge } from './types.ts';
import { AUDIT_ACTIONS } from './write-rules.ts';

/** A patch of a relationship: absent keys stay as they are; `null` clears a date or the note. */
export const edgePatchSchema = z.object({
  validFrom: partialDateSchema.nullish(),
  validTo: partialDateSchema.nullish(),
  confidence: confidenceSchema.optional(),
  note: z
    .string()
    .trim()
    .max(LIMITS.note, `must be at most ${LIMITS.note} characters`)
    .nullable()
    .transform((v) => v || null)
    .optional(),
}).brand<'EdgePatch'>();
export type EdgePatch = z.infer<typeof edgePatchSchema>;

/** A relationship not yet written: what a duplicate check compares against the relationships already there. */
export const edgeDraftSchema = z
  .object({
    type: relationshipTypeSchema,
    from: idSchema,
    to: idSchema,
    validFrom: partialDateSchema.nullish().transform((v) => v ?? null),
    validTo: partialDateSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (!isOrderedRange(v.validFrom, v.validTo)) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  })
  .brand<'EdgeDraft'>();
export type EdgeDraft = z.infer<typeof edgeDraftSchema>;

/** The fields a correction may change; the store stamps `updatedAt`/`updatedBy` and writes them with the audit event. */
export type EdgeFields = Pick<Edge, 'validFrom' | 'validTo' | 'confidence' | 'note' | 'status' | 'retractedReason'>;

export interface EdgeChange {
  /** The audit action recorded with the before and after snapshots. */
  action: typeof AUDIT_ACTIONS.edgeUpdate | typeof AUDIT_ACTIONS.citationRetract | typeof AUDIT_ACTIONS.edgeReinstate;
  fields: EdgeFields;
  /** The citation to mark retracted, with its reason. */
  retractCitation?: { id: string; reason: string };
  /** Why the change was made, kept in the audit event beside the after snapshot when the record has no place for it. */
  reason?: string;
}

const fieldsOf = (edge: Edge): EdgeFields => ({
  validFrom: edge.validFrom,
  validTo: edge.validTo,
  confidence: edge.confidence,
  note: edge.note,
  status: edge.status,
  retractedReason: edge.retractedReason,
});

/** The status a live relationship has from its active citations alone. */
const liveStatus = (edge: Edge, without?: string) =>
  statusFor(edge.citations.filter((c) => isActiveCitation(c) && c.id !== without).map((c) => c.stance));

export function planEdgeUpdate(before: Edge, patch: EdgePatch): EdgeChange {
  const fields = { ...fieldsOf(before) };
  if (patch.validFrom !== undefined) fields.validFrom = patch.validFrom;
  if (patch.validTo !== undefined) fields.validTo = patch.validTo;
  if (patch.confidence !== undefined) fields.confidence = patch.confidence;
  if (patch.note !== undefined) fields.note = patch.note;
  if (!isOrderedRange(fields.validFrom, fields.validTo)) {
    throw ValidationError.field(['input', patch.validTo !== undefined ? 'validTo' : 'validFrom'], `the relationship would end (${fields.validTo}) before it starts (${fields.validFrom})`);
  }
  return { action: AUDIT_ACTIONS.edgeUpdate, fields };
}

/**
 * Retracting one citation keeps it (with its reason) and recomputes the status from the citations still active. A
 * relationship never stands on no evidence: its last active citation cannot be retracted (retract the relationship).
 */
export function planCitationRetraction(before: Edge, citationId: string, reason: Reason): EdgeChange {
  const citation = before.citations.find((c) => c.id === citationId);
  if (!citation) throw new NotFoundError(`Citation of relationship ${before.id}`, citationId, ['citationId']);
  if (!isActiveCitation(citation)) throw new ConflictError(`Citation ${citationId} is already retracted`);
  if (!before.citations.some((c) => c.id !== citationId && isActiveCitation(c))) {
    throw ValidationError.field(
      ['citationId'],
      'is the last active citation of this relationship: a relationship keeps at least one; add another citation first, or retract the relationship',
    );
  }
  const status = before.status === 'retracted' ? 'retracted' : liveStatus(before, citationId);
  return { action: AUDIT_ACTIONS.citationRetract, fields: { ...fieldsOf(before), status }, retractCitation: { id: citationId, reason } };
}

export function planReinstatement(before: Edge, reason: Reason): EdgeChange {
  if (before.status !== 'retracted') {
    throw ValidationError.field(['id'], `is not retracted (it is ${before.status}): only a retracted relationship can be reinstated`);
  }
  return { action: AUDIT_ACTIONS.edgeReinstate, fields: { ...fieldsOf(before), status: liveStatus(before), retractedReason: null }, reason };
}

/**
 * A walk (domain/traversal.ts) for the relationships among a set of entities: up to `take` that pass the filter, with
 * their citations. Two bounded lookups, whatever the engine.
 */
export function* relationshipsAmong(ids: string[], filter: EdgeFilter, take: number): Traversal<Edge[]> {
  const ends = (yield { kind: 'edgesAmong', ids, filter, take }) as LookupAnswers['edgesAmong'];
  if (ends.length === 0) return [];
  return (yield { kind: 'edges', ids: ends.map((e) => e.id) }) as LookupAnswers['edges'];
}

/**
 * The live relationships a draft would repeat: same type, same ends in the same direction, dates that overlap (open
 * ends overlap everything). Several such relationships are allowed, but the researcher should see them first.
 */
export function repeatedBy(draft: EdgeDraft, existing: Edge[]): Edge[] {
  return existing.filter(
    (e) =>
      e.status !== 'retracted' &&
      e.type === draft.type &&
      e.from === draft.from &&
      e.to === draft.to &&
      overlapsWindow(e.validFrom, e.validTo, draft.validFrom, draft.validTo),
  );
}
