// The records a write stores, built from validated input: generated ids, timestamps, the derived status and the
// result of a patch or a merge are decided here once, so both stores write the same values.
import { isOrderedRange } from './shared/dates.ts';
import { recordedStatus } from './edge-rules.ts';
import { ValidationError } from './errors.ts';
import { newId } from './ids.ts';
import { LIMITS, type BundleCitationData, type BundleEdgeData, type CitationData, type EdgeData, type EntityData, type EntityPatch, type SourceData } from './schemas.ts';
import type { Alias, Citation, Edge, Entity, Source } from './types.ts';

/** An entity as stored: without `degree` and `redacted`, which only reads compute. */
export type EntityRecord = Omit<Entity, 'degree' | 'redacted'>;
/** A source as stored: without `redacted`, which only reads compute. */
export type SourceRecord = Omit<Source, 'redacted'>;

const copyAliases = (aliases: readonly Alias[]): Alias[] => aliases.map((a) => ({ value: a.value, lang: a.lang }));

/** A new entity; the input's id is kept (seeds, imports) or one is generated. */
export function newEntityRecord(input: EntityData, actor: string, at: string): EntityRecord {
  return {
    id: input.id ?? newId('ent'),
    kind: input.kind,
    name: input.name,
    aliases: copyAliases(input.aliases),
    description: input.description,
    startDate: input.startDate,
    endDate: input.endDate,
    sensitivity: input.sensitivity,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
    updatedBy: actor,
  };
}

/** The stored part of an entity that was read back. */
export function entityRecordOf(entity: EntityRecord & Partial<Pick<Entity, 'degree' | 'redacted'>>): EntityRecord {
  const { degree: _degree, redacted: _redacted, ...record } = entity;
  return record;
}

/**
 * The entity after a patch: absent keys keep their value, `null` clears an optional field. The schema checks the
 * dates a patch carries; only here, against the stored dates, can a patch be seen to invert the range.
 */
export function applyEntityPatch(before: EntityRecord, patch: EntityPatch, actor: string, at: string, root: (string | number)[]): EntityRecord {
  const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
  const next: EntityRecord = {
    ...entityRecordOf(before),
    name: patch.name ?? before.name,
    aliases: patch.aliases ? copyAliases(patch.aliases) : before.aliases,
    description: pick(patch.description, before.description),
    startDate: pick(patch.startDate, before.startDate) ?? null,
    endDate: pick(patch.endDate, before.endDate) ?? null,
    sensitivity: patch.sensitivity ?? before.sensitivity,
    updatedAt: at,
    updatedBy: actor,
  };
  if (!isOrderedRange(next.startDate, next.endDate)) {
    throw ValidationError.field([...root, patch.endDate !== undefined ? 'endDate' : 'startDate'], 'startDate must not come after endDate');
  }
  return next;
}

/**
 * The kept entity's aliases after a merge: its own, then the merged entity's name and aliases, skipping any that
 * repeat a name already there (ignoring case). A merge that would leave more than LIMITS.aliases is refused, naming
 * `mergeId`: which names to drop is the researcher's call, not the store's.
 */
export function mergedAliases(keep: EntityRecord, merged: EntityRecord): Alias[] {
  const seen = new Set([keep.name.toLowerCase()]);
  const aliases: Alias[] = [];
  for (const alias of [...keep.aliases, { value: merged.name, lang: null }, ...merged.aliases]) {
    if (seen.has(alias.value.toLowerCase())) continue;
    seen.add(alias.value.toLowerCase());
    aliases.push(alias);
  }
  if (aliases.length > LIMITS.aliases) {
    throw ValidationError.field(
      ['mergeId'],
      `merging would leave ${aliases.length} distinct aliases on ${keep.id}; an entity has at most ${LIMITS.aliases}, so remove some first`,
    );
  }
  return aliases;
}

/**
 * The kept entity after a merge: every name of both, and the stricter sensitivity of the two, so a merge never turns
 * a restricted name into an alias of a public entity.
 */
export function mergedEntityRecord(keep: EntityRecord, merged: EntityRecord, actor: string, at: string): EntityRecord {
  const sensitivity = keep.sensitivity === 'restricted' || merged.sensitivity === 'restricted' ? 'restricted' : keep.sensitivity;
  return { ...entityRecordOf(keep), aliases: mergedAliases(keep, merged), sensitivity, updatedAt: at, updatedBy: actor };
}

/** A new source; the input's id is kept (seeds, imports) or one is generated. */
export function newSourceRecord(input: SourceData, actor: string, at: string): SourceRecord {
  return {
    id: input.id ?? newId('src'),
    kind: input.kind,
    title: input.title,
    author: input.author,
    publisher: input.publisher,
    url: input.url,
    publishedAt: input.publishedAt,
    retrievedAt: input.retrievedAt,
    language: input.language,
    sensitivity: input.sensitivity,
    partOf: input.partOf,
    createdAt: at,
    createdBy: actor,
  };
}

/** A new citation; a bundle's citation keeps its id and its retraction, so an exported graph imports back as it left. */
export function newCitationRecord(input: CitationData | BundleCitationData, edgeId: string, actor: string, at: string, id = newId('cit')): Citation {
  const recorded = input as Partial<BundleCitationData>;
  return {
    id: recorded.id ?? id,
    edgeId,
    sourceId: input.sourceId,
    locator: input.locator,
    quote: input.quote,
    stance: input.stance,
    addedAt: at,
    addedBy: actor,
    ...(recorded.retraction ? { retraction: { reason: recorded.retraction.reason, at: recorded.retraction.at, by: recorded.retraction.by } } : {}),
  };
}

/**
 * A new relationship with its citations. Its status follows from their stances, unless a bundle records it as
 * retracted (with its reason). The input's id is kept (seeds, imports) or one is generated; `citationId` lets a bulk
 * load hand out ids in index order to citations that come without one.
 */
export function newEdgeRecord(input: EdgeData | BundleEdgeData, actor: string, at: string, citationId: () => string = () => newId('cit')): Edge {
  const id = input.id ?? newId('edg');
  const recorded = input as Partial<BundleEdgeData>;
  const citations = input.citations.map((c) => newCitationRecord(c, id, actor, at, (c as Partial<BundleCitationData>).id ?? citationId()));
  const status = recordedStatus(recorded.status === 'retracted', citations);
  return {
    id,
    type: input.type,
    from: input.from,
    to: input.to,
    validFrom: input.validFrom,
    validTo: input.validTo,
    confidence: input.confidence,
    status,
    note: input.note,
    retractedReason: status === 'retracted' ? (recorded.retractedReason ?? null) : null,
    citations,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
    updatedBy: actor,
  };
}
