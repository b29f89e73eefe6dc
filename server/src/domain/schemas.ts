// zod schemas for everything that enters the graph: API inputs, seeds and imports all pass through these. Each input's
// parsed type is branded, so the store port, which takes only parsed input, cannot be handed raw data by mistake: the
// only way to a branded value is through its schema (GraphService parses; the seed and import paths parse a bundle once).
import { z } from 'zod';
import { isOrderedRange, isPartialDate } from './shared/dates.ts';
import { hygienic, type TextKind } from './text-hygiene.ts';
import {
  CONFIDENCES,
  EDGE_STATUSES,
  ENTITY_KINDS,
  SENSITIVITIES,
  SOURCE_KINDS,
  STANCES,
  isRelationshipType,
} from './shared/vocabulary.ts';

/** Length bounds for every free-text field, so no input can bloat the store or the page. */
export const LIMITS = {
  id: 100,
  name: 300,
  alias: 300,
  aliases: 50,
  lang: 35,
  description: 4000,
  note: 4000,
  title: 500,
  person: 300,
  url: 2000,
  locator: 300,
  quote: 1000,
  reason: 2000,
  citations: 50,
  query: 200,
} as const;

const text = (max: number, kind: TextKind = 'line') =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).superRefine(hygienic(kind));
const optionalText = (max: number, kind: TextKind = 'line') =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .superRefine(hygienic(kind))
    .nullish()
    .transform((v) => (v ? v : null));

/** What an id may contain (the bundle's fast parse checks ids against it too). */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(ID_PATTERN, 'must contain only letters, digits, "-" and "_"');

export const partialDateSchema = z
  .string()
  .refine(isPartialDate, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD with a real month and day');
const optionalDate = partialDateSchema.nullish().transform((v) => v ?? null);

export const httpUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .superRefine(hygienic('line'))
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

export const aliasSchema = z.object({
  value: text(LIMITS.alias),
  lang: optionalText(LIMITS.lang),
});

export const entityKindSchema = z.enum(ENTITY_KINDS);
export const sensitivitySchema = z.enum(SENSITIVITIES);
export const confidenceSchema = z.enum(CONFIDENCES);
export const stanceSchema = z.enum(STANCES);
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export const relationshipTypeSchema = z.string().refine(isRelationshipType, 'is not a known relationship type');

const dateOrder = (startKey: string, endKey: string) => (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
  const start = v[startKey] as string | null | undefined;
  const end = v[endKey] as string | null | undefined;
  if (!isOrderedRange(start, end)) {
    ctx.addIssue({ code: 'custom', path: [endKey], message: `must not be before ${startKey}` });
  }
};

// Each input's fields are declared once: the API's schema takes an optional id, the bundle's row schema a required one.
// Both are plain objects (an intersection with `{ id }` parses every row twice and costs a bulk load seconds).
const entityFields = {
  kind: entityKindSchema,
  name: text(LIMITS.name),
  aliases: z.array(aliasSchema).max(LIMITS.aliases).default([]),
  description: optionalText(LIMITS.description, 'prose'),
  startDate: optionalDate,
  endDate: optionalDate,
  sensitivity: sensitivitySchema.default('public'),
};
const entityDataSchema = z.object({ id: idSchema.optional(), ...entityFields }).superRefine(dateOrder('startDate', 'endDate'));
export const entityInputSchema = entityDataSchema.brand<'EntityInput'>();
const bundleEntitySchema = z.object({ id: idSchema, ...entityFields }).superRefine(dateOrder('startDate', 'endDate'));
/** A new entity's fields as the domain's record builders read them (from the API's input or a bundle's row). */
export type EntityData = z.infer<typeof entityDataSchema>;
export type EntityInput = z.infer<typeof entityInputSchema>;

/** A patch: absent keys stay as they are; `null` clears an optional field. */
export const entityPatchSchema = z
  .object({
    name: text(LIMITS.name).optional(),
    aliases: z.array(aliasSchema).max(LIMITS.aliases).optional(),
    description: optionalText(LIMITS.description, 'prose').optional(),
    startDate: partialDateSchema.nullish(),
    endDate: partialDateSchema.nullish(),
    sensitivity: sensitivitySchema.optional(),
  })
  .superRefine(dateOrder('startDate', 'endDate'))
  .brand<'EntityPatch'>();
export type EntityPatch = z.infer<typeof entityPatchSchema>;

const sourceFields = {
  kind: sourceKindSchema,
  title: text(LIMITS.title),
  author: optionalText(LIMITS.person),
  publisher: optionalText(LIMITS.person),
  url: httpUrlSchema.nullish().transform((v) => v ?? null),
  publishedAt: optionalDate,
  retrievedAt: optionalDate,
  language: optionalText(LIMITS.lang),
  sensitivity: sensitivitySchema.default('public'),
  partOf: idSchema.nullish().transform((v) => v ?? null),
};
const sourceDataSchema = z.object({ id: idSchema.optional(), ...sourceFields });
export const sourceInputSchema = sourceDataSchema.brand<'SourceInput'>();
const bundleSourceSchema = z.object({ id: idSchema, ...sourceFields });
export type SourceData = z.infer<typeof sourceDataSchema>;
export type SourceInput = z.infer<typeof sourceInputSchema>;

const citationDataSchema = z.object({
  sourceId: idSchema,
  locator: optionalText(LIMITS.locator),
  quote: optionalText(LIMITS.quote, 'prose'),
  stance: stanceSchema.default('supports'),
});
export const citationInputSchema = citationDataSchema.brand<'CitationInput'>();
export type CitationData = z.infer<typeof citationDataSchema>;
export type CitationInput = z.infer<typeof citationInputSchema>;

const edgeFields = {
  type: relationshipTypeSchema,
  from: idSchema,
  to: idSchema,
  validFrom: optionalDate,
  validTo: optionalDate,
  confidence: confidenceSchema,
  note: optionalText(LIMITS.note, 'prose'),
  citations: z
    .array(citationDataSchema)
    .min(1, 'a relationship needs at least one citation')
    .max(LIMITS.citations, `must have at most ${LIMITS.citations} citations`),
};
const edgeDataSchema = z.object({ id: idSchema.optional(), ...edgeFields }).superRefine(dateOrder('validFrom', 'validTo'));
export const edgeInputSchema = edgeDataSchema.brand<'EdgeInput'>();
export type EdgeData = z.infer<typeof edgeDataSchema>;
export type EdgeInput = z.infer<typeof edgeInputSchema>;

// What a bundle carries beyond a new relationship's input, so that an exported graph imports back as it left: each
// citation's id and retraction, and the relationship's status and retraction reason. A live status is only checked
// against the citations (edge-rules), since it follows from them; a retraction is a fact the bundle must state.
const citationRetractionSchema = z.object({
  reason: text(LIMITS.reason, 'prose'),
  at: z.iso.datetime({ message: 'must be an ISO 8601 timestamp such as 2024-05-01T12:00:00.000Z' }),
  by: text(LIMITS.person),
});
const bundleCitationSchema = citationDataSchema.extend({
  id: idSchema.optional(),
  retraction: citationRetractionSchema.nullish(),
});
const recordedEdgeFields = {
  ...edgeFields,
  citations: z
    .array(bundleCitationSchema)
    .min(1, 'a relationship needs at least one citation')
    .max(LIMITS.citations, `must have at most ${LIMITS.citations} citations`),
  status: z.enum(EDGE_STATUSES).optional(),
  retractedReason: optionalText(LIMITS.reason, 'prose').optional(),
};
const retractionStated = (v: { status?: string; retractedReason?: string | null }, ctx: z.RefinementCtx) => {
  if (v.status === 'retracted' && !v.retractedReason) ctx.addIssue({ code: 'custom', path: ['retractedReason'], message: 'a retracted relationship needs the reason it was retracted' });
  if (v.status !== 'retracted' && v.retractedReason) ctx.addIssue({ code: 'custom', path: ['retractedReason'], message: 'only a retracted relationship has a retraction reason' });
};
/** A relationship row of an import file: its id may be left out (one is generated). */
export const importEdgeSchema = z
  .object({ id: idSchema.optional(), ...recordedEdgeFields })
  .superRefine(dateOrder('validFrom', 'validTo'))
  .superRefine(retractionStated);
const bundleEdgeSchema = z.object({ id: idSchema, ...recordedEdgeFields }).superRefine(dateOrder('validFrom', 'validTo')).superRefine(retractionStated);
/** A relationship as a bundle holds it: a new relationship's fields, plus what the graph recorded about it since. */
export type BundleEdgeData = z.infer<typeof importEdgeSchema>;
export type BundleCitationData = z.infer<typeof bundleCitationSchema>;

/** Why a relationship is retracted. */
export const reasonSchema = text(LIMITS.reason, 'prose').brand<'Reason'>();
export type Reason = z.infer<typeof reasonSchema>;

/** The edge filter's fields without the proof of parsing, for documents that store a filter (saved maps). */
export const edgeFilterFieldsSchema = z
  .object({
    types: z.array(relationshipTypeSchema).max(50).nullish(),
    confidence: z.array(confidenceSchema).max(3).nullish(),
    includeContested: z.boolean().nullish().transform((v) => v ?? true),
    includeRetracted: z.boolean().nullish().transform((v) => v ?? false),
    from: partialDateSchema.nullish(),
    to: partialDateSchema.nullish(),
  })
  .superRefine(dateOrder('from', 'to'));
export const edgeFilterSchema = edgeFilterFieldsSchema.brand<'EdgeFilter'>();
export type EdgeFilter = z.infer<typeof edgeFilterSchema>;
export const DEFAULT_EDGE_FILTER: EdgeFilter = edgeFilterSchema.parse({});

/** A whole graph as one document: the seed file, an import, or the output of an export. */
const graphBundleDataSchema = z.object({
  meta: z
    .object({ name: z.string().max(200).superRefine(hygienic('line')), description: z.string().max(4000).superRefine(hygienic('prose')).optional(), version: z.number().int() })
    .optional(),
  sources: z.array(bundleSourceSchema),
  entities: z.array(bundleEntitySchema),
  edges: z.array(bundleEdgeSchema),
});
export const graphBundleSchema = graphBundleDataSchema.brand<'GraphBundle'>();
export type GraphBundle = z.infer<typeof graphBundleSchema>;
/** A bundle's shape without the proof of parsing: what generators build and what a store's loader is handed parsed. */
export type GraphBundleData = z.infer<typeof graphBundleDataSchema>;
