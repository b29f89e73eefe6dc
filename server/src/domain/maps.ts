// Saved maps: a named view (entities with their positions, filters, layout, caption and annotations) kept on the
// server. The schema, the records every write stores and the redaction of a map for a viewer live here; the stores
// only keep the records and their audit events.
import { z } from 'zod';
import { ConflictError } from './errors.ts';
import { newId } from './ids.ts';
import { edgeFilterFieldsSchema, entityKindSchema, idSchema } from './schemas.ts';
import { hygienic, type TextKind } from './text-hygiene.ts';
import type { Edge } from './types.ts';
import { REDACTED_NAME, type HiddenIds, type Viewer } from './visibility.ts';

export const MAP_LIMITS = { title: 300, caption: 4000, entities: 2000, annotations: 200, annotation: 1000, communities: 100, communityName: 200 } as const;

/** The layouts a map may name; the client runs the same four. */
export const MAP_LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export const ANNOTATION_TARGETS = ['map', 'entity', 'edge'] as const;

const coordinate = z.number().finite('must be a finite number').min(-1e7).max(1e7);
const text = (max: number, kind: TextKind = 'line') =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).superRefine(hygienic(kind));

export const mapEntitySchema = z.object({
  id: idSchema,
  x: coordinate,
  y: coordinate,
  pinned: z.boolean().nullish().transform((v) => v ?? false),
  hidden: z.boolean().nullish().transform((v) => v ?? false),
});

/** The filters in force when the map was saved: the edge filter plus the entity kinds shown. */
export const mapFiltersSchema = edgeFilterFieldsSchema.and(z.object({ kinds: z.array(entityKindSchema).max(6).nullish().transform((v) => v ?? null) }));

export const annotationInputSchema = z
  .object({
    id: idSchema.nullish(),
    text: text(MAP_LIMITS.annotation, 'prose'),
    target: z.enum(ANNOTATION_TARGETS),
    targetId: idSchema.nullish().transform((v) => v ?? null),
    x: coordinate.nullish().transform((v) => v ?? null),
    y: coordinate.nullish().transform((v) => v ?? null),
  })
  .superRefine((a, ctx) => {
    if (a.target === 'map' && a.targetId !== null) ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'must be empty for a note pinned to the map' });
    if (a.target !== 'map' && a.targetId === null) ctx.addIssue({ code: 'custom', path: ['targetId'], message: `names the ${a.target} the note is pinned to` });
  });

/** A community the researcher named on the canvas, with the members it had then. */
export const mapCommunitySchema = z.object({
  name: text(MAP_LIMITS.communityName),
  members: z.array(idSchema).min(1, 'must name at least one member').max(MAP_LIMITS.entities, `must have at most ${MAP_LIMITS.entities} members`),
});
export type MapCommunity = z.infer<typeof mapCommunitySchema>;

export const mapInputSchema = z
  .object({
    title: text(MAP_LIMITS.title),
    caption: z
      .string()
      .trim()
      .max(MAP_LIMITS.caption, `must be at most ${MAP_LIMITS.caption} characters`)
      .superRefine(hygienic('prose'))
      .nullish()
      .transform((v) => (v ? v : null)),
    entities: z.array(mapEntitySchema).max(MAP_LIMITS.entities, `must have at most ${MAP_LIMITS.entities} entities`),
    filters: mapFiltersSchema.nullish().transform((v) => v ?? { includeContested: true, includeRetracted: false, kinds: null }),
    layout: z.enum(MAP_LAYOUTS).nullish().transform((v) => v ?? 'fcose'),
    annotations: z
      .array(annotationInputSchema)
      .max(MAP_LIMITS.annotations, `must have at most ${MAP_LIMITS.annotations} annotations`)
      .nullish()
      .transform((v) => v ?? []),
    communities: z
      .array(mapCommunitySchema)
      .max(MAP_LIMITS.communities, `must have at most ${MAP_LIMITS.communities} communities`)
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.entities.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `repeats entity ${e.id}` });
      seen.add(e.id);
    });
    m.annotations.forEach((a, i) => {
      if (a.target === 'entity' && a.targetId && !seen.has(a.targetId)) {
        ctx.addIssue({ code: 'custom', path: ['annotations', i, 'targetId'], message: `is not an entity on this map: ${a.targetId}` });
      }
    });
  });
export type MapInput = z.infer<typeof mapInputSchema>;
export type MapFilters = z.infer<typeof mapFiltersSchema>;
export type MapEntity = z.infer<typeof mapEntitySchema>;

export interface Annotation {
  id: string;
  text: string;
  target: (typeof ANNOTATION_TARGETS)[number];
  targetId: string | null;
  x: number | null;
  y: number | null;
}

export interface SavedMap {
  id: string;
  title: string;
  caption: string | null;
  entities: MapEntity[];
  filters: MapFilters;
  layout: (typeof MAP_LAYOUTS)[number];
  annotations: Annotation[];
  /** Named communities; absent from maps saved before communities could be kept. */
  communities?: MapCommunity[];
  /** The account that saved it; `local` on a single-user install. */
  owner: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  /** True when some of the map was blanked for the viewer. */
  redacted?: boolean;
}

function annotationsOf(input: MapInput): Annotation[] {
  return input.annotations.map((a) => ({ ...a, id: a.id ?? newId('ann') }));
}

export function newMapRecord(input: MapInput, actor: string, at: string): SavedMap {
  return {
    id: newId('map'),
    title: input.title,
    caption: input.caption,
    entities: input.entities,
    filters: input.filters,
    layout: input.layout,
    annotations: annotationsOf(input),
    communities: input.communities,
    owner: actor,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
    updatedBy: actor,
    deletedAt: null,
  };
}

/** The map after an update: everything the input names replaces what was there; a deleted map must be restored first. */
export function updatedMapRecord(before: SavedMap, input: MapInput, actor: string, at: string): SavedMap {
  if (before.deletedAt) throw new ConflictError(`Map ${before.id} is deleted; restore it before changing it`);
  return { ...before, ...newMapRecord(input, actor, at), id: before.id, owner: before.owner, createdAt: before.createdAt, createdBy: before.createdBy };
}

export function deletedMapRecord(before: SavedMap, actor: string, at: string): SavedMap {
  if (before.deletedAt) throw new ConflictError(`Map ${before.id} is already deleted`);
  return { ...before, deletedAt: at, updatedAt: at, updatedBy: actor };
}

export function restoredMapRecord(before: SavedMap, actor: string, at: string): SavedMap {
  if (!before.deletedAt) throw new ConflictError(`Map ${before.id} is not deleted`);
  return { ...before, deletedAt: null, updatedAt: at, updatedBy: actor };
}

/**
 * A map as a viewer may see it. Restricted entities stay on the map at their positions (the Entity resolver shows
 * them as `[restricted]`), but a note pinned to one, or to a relationship touching one, could name the person, so its
 * text is blanked.
 */
export function redactMap(viewer: Viewer, map: SavedMap, hidden: HiddenIds, edges: Pick<Edge, 'id' | 'from' | 'to'>[]): SavedMap {
  if (viewer.canSeeRestricted) return map;
  const edgeTouches = new Map(edges.map((e) => [e.id, hidden.entities.has(e.from) || hidden.entities.has(e.to)]));
  let redacted = false;
  const annotations = map.annotations.map((a) => {
    const hides = (a.target === 'entity' && a.targetId !== null && hidden.entities.has(a.targetId)) || (a.target === 'edge' && a.targetId !== null && edgeTouches.get(a.targetId) === true);
    if (!hides) return a;
    redacted = true;
    return { ...a, text: REDACTED_NAME };
  });
  // A community's name is free text that may name a person at risk among its members.
  const communities = (map.communities ?? []).map((c) => {
    if (!c.members.some((id) => hidden.entities.has(id))) return c;
    redacted = true;
    return { ...c, name: REDACTED_NAME };
  });
  const entitiesHidden = map.entities.some((e) => hidden.entities.has(e.id));
  return { ...map, annotations, communities, redacted: redacted || entitiesHidden };
}

/** Ids of the relationships the map's notes are pinned to. */
export function annotatedEdgeIds(map: SavedMap): string[] {
  return [...new Set(map.annotations.flatMap((a) => (a.target === 'edge' && a.targetId ? [a.targetId] : [])))];
}
