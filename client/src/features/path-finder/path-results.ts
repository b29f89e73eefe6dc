// The path finder's last answer, shared by the form in the tools column and the chain in the side panel, and the
// pure rules for reading it: which way each hop points as the sentence reads, and which paths only pass through a
// claim's ABOUT links (two entities a claim merely mentions).
import { useSyncExternalStore } from 'react';
import type { ApiEdge, ApiPath } from '../../api/types.ts';

export interface PathAnswer {
  paths: ApiPath[];
  maxHops: number;
  /** Index of the one path shown alone, or null for all. */
  only: number | null;
}

let answer: PathAnswer | null = null;
const listeners = new Set<() => void>();

export const pathResults = {
  get: (): PathAnswer | null => answer,
  set(next: PathAnswer | null): void {
    answer = next;
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function usePathResults(): PathAnswer | null {
  return useSyncExternalStore(pathResults.subscribe, pathResults.get);
}

export interface Hop {
  edge: ApiEdge;
  /** The entity the hop starts from, reading the path from its start. */
  at: string;
  next: string;
  /** True when the relationship points from `at` to `next`, i.e. the sentence reads along the path. */
  forward: boolean;
}

export function hopsOf(path: ApiPath): Hop[] {
  return path.edges.map((edge, i) => {
    const at = path.nodes[i]?.id ?? edge.from;
    const next = path.nodes[i + 1]?.id ?? edge.to;
    return { edge, at, next, forward: edge.from === at };
  });
}

/** A path that reaches some entity only by way of a claim it is ABOUT, on both sides of that claim. */
export function onlyThroughClaimAbout(path: ApiPath): boolean {
  for (let i = 1; i < path.nodes.length - 1; i++) {
    if (path.nodes[i]?.kind === 'CLAIM' && path.edges[i - 1]?.type === 'ABOUT' && path.edges[i]?.type === 'ABOUT') return true;
  }
  return false;
}
