// Numbers the sources cited by a set of edges: each source once, in order of first appearance (edges in the order
// given, citations in their order), so the exported diagram's reference list is stable and reproducible.
import type { ApiEdge, ApiSource } from '../../api/types.ts';

export interface BibliographyEntry {
  n: number;
  source: ApiSource;
}

export interface Bibliography {
  entries: BibliographyEntry[];
  /** Reference numbers per edge id, in citation order without repeats. */
  refsByEdge: Map<string, number[]>;
}

export function numberSources(edges: readonly Pick<ApiEdge, 'id' | 'citations'>[]): Bibliography {
  const numbers = new Map<string, number>();
  const entries: BibliographyEntry[] = [];
  const refsByEdge = new Map<string, number[]>();
  for (const edge of edges) {
    const refs: number[] = [];
    for (const c of edge.citations) {
      let n = numbers.get(c.source.id);
      if (n === undefined) {
        n = entries.length + 1;
        numbers.set(c.source.id, n);
        entries.push({ n, source: c.source });
      }
      if (!refs.includes(n)) refs.push(n);
    }
    refsByEdge.set(edge.id, refs);
  }
  return { entries, refsByEdge };
}

/** One line of the reference list: `[n] Title. Publisher, date. URL` with absent parts left out. */
export function formatEntry(e: BibliographyEntry): string {
  const s = e.source;
  // The server withholds a restricted source's title; the list says that it is a source, not what it is.
  const parts = [`[${e.n}] ${s.redacted ? '[restricted source]' : s.title}.`];
  const pub = [s.publisher, s.publishedAt].filter((x): x is string => Boolean(x)).join(', ');
  if (pub) parts.push(`${pub}.`);
  if (s.url) parts.push(s.url);
  return parts.join(' ');
}
