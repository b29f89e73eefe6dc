// zod schemas for everything that enters the graph: API inputs, seeds and imports all pass through these.
import { z } from 'zod';
import { isOrderedRange, isPartialDate } from './dates.ts';
import { hygienic, type TextKind } from './text-hygiene.ts';
import {
  CONFIDENCES,
  ENTITY_KINDS,
  SENSITIVITIES,
  SOURCE_KINDS,
  STANCES,
  isRelationshipType,
} from './vocabulary.ts';

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
  ids: 100,
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

export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"');

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
export const entityInputSchema = z
  .object({ id: idSchema.optional(), ...entityFields })
  .superRefine(dateOrder('startDate', 'endDate'));
const bundleEntitySchema = z.object({ id: idSchema, ...entityFields }).superRefine(dateOrder('startDate', 'endDate'));
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
  .superRefine(dateOrder('startDate', 'endDate'));
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
export const sourceInputSchema = z.object({ id: idSchema.optional(), ...sourceFields });
const bundleSourceSchema = z.object({ id: idSchema, ...sourceFields });
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const citationInputSchema = z.object({
  sourceId: idSchema,
  locator: optionalText(LIMITS.locator),
  quote: optionalText(LIMITS.quote, 'prose'),
  stance: stanceSchema.default('supports'),
});
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
    .array(citationInputSchema)
    .min(1, 'a relationship needs at least one citation')
    .max(LIMITS.citations, `must have at most ${LIMITS.citations} citations`),
};
export const edgeInputSchema = z
  .object({ id: idSchema.optional(), ...edgeFields })
  .superRefine(dateOrder('validFrom', 'validTo'));
const bundleEdgeSchema = z.object({ id: idSchema, ...edgeFields }).superRefine(dateOrder('validFrom', 'validTo'));
export type EdgeInput = z.infer<typeof edgeInputSchema>;

export const reasonSchema = text(LIMITS.reason, 'prose');

export const edgeFilterSchema = z
  .object({
    types: z.array(relationshipTypeSchema).max(50).nullish(),
    confidence: z.array(confidenceSchema).max(3).nullish(),
    includeContested: z.boolean().nullish().transform((v) => v ?? true),
    includeRetracted: z.boolean().nullish().transform((v) => v ?? false),
    from: partialDateSchema.nullish(),
    to: partialDateSchema.nullish(),
  })
  .superRefine(dateOrder('from', 'to'));
export type EdgeFilter = z.infer<typeof edgeFilterSchema>;
export const DEFAULT_EDGE_FILTER: EdgeFilter = { includeContested: true, includeRetracted: false };

/** A whole graph as one document: the seed file, an import, or the output of an export. */
export const graphBundleSchema = z.object({
  meta: z
    .object({ name: z.string().max(200).superRefine(hygienic('line')), description: z.string().max(4000).superRefine(hygienic('prose')).optional(), version: z.number().int() })
    .optional(),
  sources: z.array(bundleSourceSchema),
  entities: z.array(bundleEntitySchema),
  edges: z.array(bundleEdgeSchema),
});
export type GraphBundle = z.infer<typeof graphBundleSchema>;
