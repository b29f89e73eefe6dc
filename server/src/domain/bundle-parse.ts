// Parses a whole graph bundle (the seed, an import, a bench load) once. zod walks a million relationships in seconds;
// the common record shapes are checked here directly, in a single pass, with the schemas' own limits, vocabularies and
// text rule. This path only ever vouches for a record: whatever it is not sure of (a citation retraction, a wrong
// type, any failed rule) goes to the record's zod schema, and any record zod refuses makes the whole bundle go through
// zod, so the errors, their messages and their field paths are zod's own. Tests hold it to zod's output on every case.
import type { z } from 'zod';
import { isOrderedRange, isPartialDate } from './shared/dates.ts';
import { textProblem, type TextKind } from './text-hygiene.ts';
import { CONFIDENCES, EDGE_STATUSES, ENTITY_KINDS, SENSITIVITIES, STANCES, isRelationshipType } from './shared/vocabulary.ts';
import { ID_PATTERN, LIMITS, graphBundleSchema, importEdgeSchema, type GraphBundle, type GraphBundleData } from './schemas.ts';
import { parseInput } from './validate.ts';

type Row = Record<string, unknown>;
/** What a record's fast check returns when it cannot vouch for the record. */
const UNSURE = undefined;

const isRow = (value: unknown): value is Row => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const oneOf = <T extends string>(values: readonly T[]) => {
  const set = new Set<string>(values);
  return (value: unknown): value is T => typeof value === 'string' && set.has(value);
};
const isEntityKind = oneOf(ENTITY_KINDS);
const isSensitivity = oneOf(SENSITIVITIES);
const isConfidence = oneOf(CONFIDENCES);
const isStance = oneOf(STANCES);
const isEdgeStatus = oneOf(EDGE_STATUSES);

const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.id && ID_PATTERN.test(value);

/** `text(max, kind)`: trimmed, not empty, at most `max`, clean; or undefined. */
function text(value: unknown, max: number, kind: TextKind = 'line'): string | undefined {
  if (typeof value !== 'string') return UNSURE;
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max || textProblem(trimmed, kind) !== null) return UNSURE;
  return trimmed;
}

/** `optionalText(max, kind)`: absent, null or blank is null. `false` when the value is not good. */
function optionalText(value: unknown, max: number, kind: TextKind = 'line'): string | null | false {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  if (trimmed.length > max || textProblem(trimmed, kind) !== null) return false;
  return trimmed === '' ? null : trimmed;
}

/** `optionalDate`: absent or null is null. `false` when the value is not a partial date. */
function optionalDate(value: unknown): string | null | false {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && isPartialDate(value) ? value : false;
}

type BundleEntity = GraphBundleData['entities'][number];
type BundleEdge = GraphBundleData['edges'][number];
type BundleCitation = BundleEdge['citations'][number];

/** A bundle entity as `graphBundleSchema` parses it, or undefined when this path cannot vouch for it. */
export function fastEntity(value: unknown): BundleEntity | undefined {
  if (!isRow(value)) return UNSURE;
  const { id, kind, sensitivity = 'public', aliases: rawAliases = [] } = value;
  if (!isId(id) || !isEntityKind(kind) || !isSensitivity(sensitivity) || !Array.isArray(rawAliases) || rawAliases.length > LIMITS.aliases) return UNSURE;
  const name = text(value.name, LIMITS.name);
  if (name === undefined) return UNSURE;
  const aliases: BundleEntity['aliases'] = [];
  for (const alias of rawAliases as unknown[]) {
    if (!isRow(alias)) return UNSURE;
    const aliasValue = text(alias.value, LIMITS.alias);
    const lang = optionalText(alias.lang, LIMITS.lang);
    if (aliasValue === undefined || lang === false) return UNSURE;
    aliases.push({ value: aliasValue, lang });
  }
  const description = optionalText(value.description, LIMITS.description, 'prose');
  const startDate = optionalDate(value.startDate);
  const endDate = optionalDate(value.endDate);
  if (description === false || startDate === false || endDate === false || !isOrderedRange(startDate, endDate)) return UNSURE;
  return { id, kind, name, aliases, description, startDate, endDate, sensitivity };
}

function fastCitation(value: unknown): BundleCitation | undefined {
  // A retraction (a reason, a timestamp, a name) is rare: zod reads those citations.
  if (!isRow(value) || (value.retraction !== undefined && value.retraction !== null)) return UNSURE;
  const { sourceId, stance = 'supports' } = value;
  if (!isId(sourceId) || !isStance(stance)) return UNSURE;
  const locator = optionalText(value.locator, LIMITS.locator);
  const quote = optionalText(value.quote, LIMITS.quote, 'prose');
  if (locator === false || quote === false) return UNSURE;
  const citation: BundleCitation = { sourceId, locator, quote, stance };
  if ('id' in value) {
    if (value.id !== undefined && !isId(value.id)) return UNSURE;
    citation.id = value.id;
  }
  if ('retraction' in value) citation.retraction = value.retraction as null | undefined;
  return citation;
}

/**
 * A relationship as `graphBundleSchema` (id required) or `importEdgeSchema` (id optional) parses it, or undefined when
 * this path cannot vouch for it.
 */
export function fastEdge(value: unknown, idRequired = true): BundleEdge | undefined {
  if (!isRow(value)) return UNSURE;
  const { id, type, from, to, confidence, status } = value;
  if (idRequired ? !isId(id) : id !== undefined && !isId(id)) return UNSURE;
  if (typeof type !== 'string' || !isRelationshipType(type) || !isId(from) || !isId(to) || !isConfidence(confidence)) return UNSURE;
  if (status !== undefined && !isEdgeStatus(status)) return UNSURE;
  const validFrom = optionalDate(value.validFrom);
  const validTo = optionalDate(value.validTo);
  const note = optionalText(value.note, LIMITS.note, 'prose');
  if (validFrom === false || validTo === false || note === false) return UNSURE;
  const rawCitations = value.citations;
  if (!Array.isArray(rawCitations) || rawCitations.length < 1 || rawCitations.length > LIMITS.citations) return UNSURE;
  const citations: BundleCitation[] = [];
  for (const raw of rawCitations as unknown[]) {
    const citation = fastCitation(raw);
    if (citation === undefined) return UNSURE;
    citations.push(citation);
  }
  const edge = { id, type, from, to, validFrom, validTo, confidence, note, citations } as BundleEdge;
  if (!('id' in value)) delete (edge as Partial<BundleEdge>).id;
  if ('status' in value) edge.status = status;
  if ('retractedReason' in value) {
    const reason = value.retractedReason === undefined ? undefined : optionalText(value.retractedReason, LIMITS.reason, 'prose');
    if (reason === false) return UNSURE;
    edge.retractedReason = reason;
  }
  if (!isOrderedRange(validFrom, validTo)) return UNSURE;
  if (edge.status === 'retracted' ? !edge.retractedReason : Boolean(edge.retractedReason)) return UNSURE;
  return edge;
}

/** The record as `fast` vouches for it, else as `schema` parses it; undefined when the schema refuses it. */
function parsedRecord<T>(value: unknown, fast: (value: unknown) => T | undefined, schema: z.ZodType): T | undefined {
  const known = fast(value);
  if (known !== undefined) return known;
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as T) : undefined;
}

const bundleShape = graphBundleSchema.shape;
const zodOnly = () => UNSURE;

/** Every record of the bundle parsed, or undefined as soon as one is refused. */
function parsedBundle(value: unknown): GraphBundleData | undefined {
  if (!isRow(value)) return UNSURE;
  const { sources, entities, edges } = value;
  if (!Array.isArray(sources) || !Array.isArray(entities) || !Array.isArray(edges)) return UNSURE;
  const out = {} as GraphBundleData;
  if ('meta' in value) {
    const meta = bundleShape.meta.safeParse(value.meta);
    if (!meta.success) return UNSURE;
    out.meta = meta.data;
  }
  const parsedAll = <T>(rows: unknown[], fast: (value: unknown) => T | undefined, schema: z.ZodType): T[] | undefined => {
    const parsed = new Array<T>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const record = parsedRecord(rows[i], fast, schema);
      if (record === undefined) return UNSURE;
      parsed[i] = record;
    }
    return parsed;
  };
  // Sources are few (one per tens of relationships), so zod reads them all.
  const parsedSources = parsedAll<GraphBundleData['sources'][number]>(sources, zodOnly, bundleShape.sources.element);
  const parsedEntities = parsedSources && parsedAll(entities, fastEntity, bundleShape.entities.element);
  const parsedEdges = parsedEntities && parsedAll(edges, fastEdge, bundleShape.edges.element);
  if (!parsedSources || !parsedEntities || !parsedEdges) return UNSURE;
  out.sources = parsedSources;
  out.entities = parsedEntities;
  out.edges = parsedEdges;
  return out;
}

/**
 * The bundle as `parseInput(graphBundleSchema, value, root)` returns it, errors included (a bundle with any bad record
 * is parsed by zod alone, so its errors are exactly zod's).
 */
export function parseGraphBundle(value: unknown, root: (string | number)[] = []): GraphBundle {
  const parsed = parsedBundle(value);
  // Every record of `parsed` was vouched for by a check held to the schema, or parsed by the schema itself.
  return parsed ? (parsed as GraphBundle) : parseInput(graphBundleSchema, value, root);
}

/** An import row's relationship as `importEdgeSchema` parses it: the fast check first, zod for what it declines. */
export function parseImportEdge(value: unknown): ReturnType<typeof importEdgeSchema.safeParse> {
  const known = fastEdge(value, false);
  return known !== undefined ? { success: true, data: known } : importEdgeSchema.safeParse(value);
}
