// How a newly fetched edge replaces the cached one without losing evidence: a lean answer (the canvas query) keeps the
// full citations already cached as long as it cites the same citations; any other answer replaces the edge.
import { isFullEdge, type CachedEdge } from './types.ts';

function sameCitations(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((c) => c.id));
  return b.every((c) => ids.has(c.id));
}

export function mergeEdge(cached: CachedEdge | undefined, next: CachedEdge): CachedEdge {
  if (!cached || isFullEdge(next) || !isFullEdge(cached) || !sameCitations(cached.citations, next.citations)) return next;
  const { lean: _lean, citations: _refs, ...fields } = next;
  return { ...fields, citations: cached.citations };
}
