// Lookups in a walk's own numbering of entities. The path search reads every entry of every neighbor list it asks for
// (tens of thousands around a hub) and keeps per-entity state for each; with entities numbered 0, 1, 2, ... in the
// order the walk meets them, that state lives in arrays, where ids would cost a map lookup per entry. A store that can
// number entities itself (the embedded store's adjacency index) answers these lookups directly; for any other the
// walk runner translates each into the id lookups of traversal.ts and numbers the ids their answers name. Both number
// in the same order (the order the entries of the id answers come in), so a walk behaves the same whichever answers.
import type { EdgeFilter } from './schemas.ts';
import type { Lookup } from './traversal.ts';

export type NumberedLookup =
  /** Numbers for these ids, new ones assigned in the order given; the walk's filter, so a store can choose its numbering. */
  | { kind: 'number'; ids: string[]; filter: EdgeFilter }
  /** As `neighbors`, with entities as numbers: for each node, the far ends of its passing relationships. */
  | { kind: 'numberedNeighbors'; nodes: number[]; filter: EdgeFilter; maxRows: number }
  /** As `degrees`, with entities as numbers. */
  | { kind: 'numberedDegrees'; nodes: number[]; filter: EdgeFilter }
  /** The ids of these numbers. */
  | { kind: 'names'; nodes: number[] };

/** What each numbered lookup is answered with; `count` is how many entities the walk's numbering holds after it. */
export interface NumberedAnswers {
  number: { numbers: number[]; count: number };
  numberedNeighbors: { lists: Int32Array[]; count: number };
  numberedDegrees: number[];
  names: string[];
}

const NUMBERED_KINDS: ReadonlySet<string> = new Set<NumberedLookup['kind']>(['number', 'numberedNeighbors', 'numberedDegrees', 'names']);

export function isNumbered(l: Lookup | NumberedLookup): l is NumberedLookup {
  return NUMBERED_KINDS.has(l.kind);
}

/** A store's own numbering for one walk: answers every numbered lookup of that walk. */
export interface Numbering {
  answer(l: NumberedLookup): unknown;
}

/** Offered by a store for a walk's filter; null where it has no numbering for that filter (the ids are numbered instead). */
export type NumberingSource = (filter: EdgeFilter) => Numbering | null;

/** The numbering of a walk whose store has none: ids numbered as the id lookups' answers name them. */
export class IdNumbering {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  private number(id: string): number {
    let k = this.numbers.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.numbers.set(id, k);
      this.ids.push(id);
    }
    return k;
  }

  private names(nodes: number[]): string[] {
    return nodes.map((k) => {
      const id = this.ids[k];
      if (id === undefined) throw new Error(`walk numbering: no entity numbered ${k}`);
      return id;
    });
  }

  /** The id lookup a numbered lookup needs, or null when the numbering alone answers it. */
  request(l: NumberedLookup): Lookup | null {
    switch (l.kind) {
      case 'numberedNeighbors':
        return { kind: 'neighbors', ids: this.names(l.nodes), filter: l.filter, maxRows: l.maxRows };
      case 'numberedDegrees':
        return { kind: 'degrees', ids: this.names(l.nodes), filter: l.filter };
      default:
        return null;
    }
  }

  /** The numbered answer, from the answer to `request(l)` (undefined when it asked for none). */
  finish(l: NumberedLookup, answer: unknown): unknown {
    switch (l.kind) {
      case 'number':
        return { numbers: l.ids.map((id) => this.number(id)), count: this.ids.length } satisfies NumberedAnswers['number'];
      case 'names':
        return this.names(l.nodes) satisfies NumberedAnswers['names'];
      case 'numberedNeighbors': {
        const lists = (answer as string[][]).map((ids) => {
          const list = new Int32Array(ids.length);
          for (let i = 0; i < ids.length; i++) list[i] = this.number(ids[i] as string);
          return list;
        });
        return { lists, count: this.ids.length } satisfies NumberedAnswers['numberedNeighbors'];
      }
      case 'numberedDegrees':
        return answer as NumberedAnswers['numberedDegrees'];
    }
  }
}

/** Answers a walk's numbered lookups: with the store's numbering when the first one finds it offered, else by ids. */
export class WalkNumbering {
  private own: Numbering | null | undefined;
  private readonly ids = new IdNumbering();

  constructor(private readonly offered?: NumberingSource) {}

  /** The store's numbering for this walk, chosen at its first numbered lookup; null when `byIds` answers instead. */
  native(l: NumberedLookup): Numbering | null {
    if (this.own === undefined) this.own = (l.kind === 'number' ? this.offered?.(l.filter) : null) ?? null;
    return this.own;
  }

  /** The numbering by ids, for a walk whose store offered none. */
  get byIds(): IdNumbering {
    return this.ids;
  }
}
