// The weight of evidence: how many independent sources back a relationship. Independent means distinct sources
// among the citations that support it; a second citation of the same source adds no weight, a disputing one none.
import type { CachedEdge } from '../../api/types.ts';
import type { AnalysisView } from './analysis-view.ts';

type Evidenced = Pick<CachedEdge, 'status' | 'citations'>;

export function independentSources(edge: Evidenced): number {
  return new Set(edge.citations.filter((c) => c.stance === 'SUPPORTS').map((c) => c.source.id)).size;
}

export function isDisputed(edge: Evidenced): boolean {
  return edge.status === 'CONTESTED' || edge.citations.some((c) => c.stance === 'DISPUTES');
}

/** Whether an edge passes the evidence filters. */
export function evidencePasses(edge: Evidenced, f: AnalysisView['evidence']): boolean {
  const sources = independentSources(edge);
  if (sources < f.minSources) return false;
  if (f.singleSourceOnly && sources > 1) return false;
  if (f.disputedOnly && !isDisputed(edge)) return false;
  return true;
}

export function evidenceFilterActive(f: AnalysisView['evidence']): boolean {
  return f.minSources > 1 || f.singleSourceOnly || f.disputedOnly;
}

/** Line width for an edge resting on this many sources: 1 is thin, each more source thicker, up to 5. */
export function widthForSources(sources: number): number {
  return 1 + 2 * Math.min(Math.max(sources, 1), 5);
}

/** For one entity, how many of the given relationships touching it rest on at most one source. */
export function singleSourceShare(id: string, edges: readonly CachedEdge[]): { single: number; total: number } {
  let single = 0;
  let total = 0;
  for (const e of edges) {
    if (e.from !== id && e.to !== id) continue;
    total++;
    if (independentSources(e) <= 1) single++;
  }
  return { single, total };
}
