// Focus and interlocks over the relationships on the canvas: who is within N steps of the picked entities, and what
// two or more picked entities have in common (LittleSis's interlocks: shared organizations, events and claims).
import type { EntityKindName } from '../../api/types.ts';

type Tie = { from: string; to: string };

function neighbours(edges: readonly Tie[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (!out.has(a)) out.set(a, new Set());
    out.get(a)!.add(b);
  };
  for (const e of edges) {
    add(e.from, e.to);
    add(e.to, e.from);
  }
  return out;
}

/** The picked entities and every entity within `steps` relationships of one of them. */
export function withinSteps(picked: readonly string[], edges: readonly Tie[], steps: number): Set<string> {
  const next = neighbours(edges);
  const seen = new Set(picked);
  let frontier = [...picked];
  for (let s = 0; s < steps && frontier.length > 0; s++) {
    const reached: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          reached.push(n);
        }
      }
    }
    frontier = reached;
  }
  return seen;
}

export const INTERLOCK_KINDS: readonly EntityKindName[] = ['ORGANIZATION', 'EVENT', 'CLAIM'];

/** Entities of the interlock kinds directly related to every one of the picked entities (two or more). */
export function interlocks(picked: readonly string[], edges: readonly Tie[], kindOf: (id: string) => EntityKindName | undefined): string[] {
  if (picked.length < 2) return [];
  const next = neighbours(edges);
  const [first, ...rest] = picked;
  return [...(next.get(first!) ?? [])].filter(
    (id) => !picked.includes(id) && INTERLOCK_KINDS.includes(kindOf(id)!) && rest.every((p) => next.get(p)?.has(id)),
  );
}
