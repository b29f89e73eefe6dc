// The part of the store that corrections and duplicate checks need, exposed on GraphStore as `corrections`. Each
// adapter only looks records up and writes what a domain plan decided, in one transaction with its audit event.
import type { EdgeChange } from '../domain/corrections.ts';
import type { Edge } from '../domain/types.ts';
import type { Actor, SearchOptions } from './graph-store.ts';

export interface CorrectionStore {
  /**
   * Ids of entities whose search keys hold words a few edits from the words of these keys (looked up in the word
   * index's vocabulary, or as fuzzy terms), at most `options.first`, best first: candidates for the domain's closeness
   * rules, not an answer.
   */
  similarEntityIds(keys: string[], options: SearchOptions): Promise<string[]>;
  /**
   * One correction of relationship `id` in one transaction: the record is locked, read, handed to `plan` (a domain
   * rule that decides or refuses), and the plan's fields, citation retraction and audit event are written.
   * `idPath` names the argument a missing relationship is reported on.
   */
  correctEdge(id: string, idPath: string, actor: Actor, plan: (before: Edge) => EdgeChange): Promise<Edge>;
}
