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
  /**
   * The most one operation may cost, all its root fields and aliases together (see operation-cost.ts): one
   * neighborhood at the limits (depth 3 x limit 2000 = 6,000) and small lookups beside it, not two. Answering one
   * such neighborhood with every field takes the main thread about as long as other requests may be kept waiting.
   */
  operationCost: 6_200,
} as const;
