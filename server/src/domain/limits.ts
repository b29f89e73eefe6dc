// Bounds on what one request may ask for. A value past a bound is refused with a message naming the field, never
// silently clamped, so a caller always knows what it got.
export const QUERY_LIMITS = {
  searchFirst: 100,
  sourcesFirst: 500,
  neighborhoodDepth: 3,
  neighborhoodLimit: 2000,
  neighborhoodIds: 100,
  /** Records read by id in one `edges(ids)` or `entities(ids)` field. */
  edgeIds: 200,
  maxHops: 6,
  pathsFirst: 20,
  /** The most one operation may cost, all its root fields and aliases together (see operation-cost.ts). */
  operationCost: 10_000,
} as const;
