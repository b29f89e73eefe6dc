// Sets of an adjacency index's entities that a walk's lookups fill and drop many times over: one mark per entity,
// an entity in the set where its mark equals the current generation, so emptying the set is one increment rather than
// clearing or allocating an array over all entities per lookup.
import type { TopologyIndex } from './topology-index.ts';

export interface MarkedSet {
  marks: Int32Array;
  /** The value that marks membership in this set. */
  g: number;
}

export class EntityMarks {
  private marks = new Int32Array(0);
  private of: TopologyIndex | null = null;
  private generation = 0;

  /** An empty set over this index's entities (it replaces the previous one). */
  fresh(ix: TopologyIndex): MarkedSet {
    if (this.of !== ix) {
      this.marks = new Int32Array(ix.ids.length);
      this.of = ix;
      this.generation = 0;
    }
    // Before the generation could wrap around, every stale mark is cleared once.
    if (++this.generation === 0x7fffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
    return { marks: this.marks, g: this.generation };
  }
}
