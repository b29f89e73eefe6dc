// What whole-graph analysis needs from a store: lean pages of ids, never full records, so that ranking a graph of a
// million relationships reads ids and nothing else. A `GraphStore` exposes it as `analysis`.
import type { EntityKind } from '../domain/shared/vocabulary.ts';

export interface EntityKindRow {
  id: string;
  kind: EntityKind;
}

/** The two ends of one non-retracted relationship. */
export interface EdgeEnds {
  from: string;
  to: string;
}

export interface EdgeEndsPage {
  ends: EdgeEnds[];
  /** Pass back to read the next page; null once every relationship has been read. */
  next: string | null;
}

export interface AnalysisStore {
  /**
   * A token that differs after any write to the graph (entities, relationships, citations), so results computed
   * over the whole graph can be cached under it.
   */
  graphVersion(): Promise<string>;
  /** Every entity's id and kind after `afterId`, in id order, at most `first` of them. */
  entityKinds(afterId: string | null, first: number): Promise<EntityKindRow[]>;
  /**
   * The ends of non-retracted relationships, about `first` per page (a page may hold more when an engine reads whole
   * entities at a time). Reading from `after = null` until `next` is null yields every such relationship once.
   */
  edgeEnds(after: string | null, first: number): Promise<EdgeEndsPage>;
}
