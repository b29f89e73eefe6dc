// Neo4j's side of whole-graph analysis. Relationships are read entity by entity (each page an ordered range of the
// entity-id index, expanded to its outgoing relationships), since relationships have no index to page them by.
import type { EntityKind } from '../../domain/shared/vocabulary.ts';
import type { AnalysisStore, EdgeEndsPage, EntityKindRow } from '../../ports/analysis-store.ts';
import { integer, pageCursor, type CypherRunner } from './cypher-runner.ts';

export class Neo4jAnalysisStore implements AnalysisStore {
  constructor(private readonly cypher: CypherRunner) {}

  async graphVersion(): Promise<string> {
    const row = (await this.cypher.read((tx) => tx.run('analysis/graph-version')))[0] ?? {};
    const seq = (row.seqs as unknown[] | undefined)?.[0] ?? -1;
    return `${String(seq)}:${String(row.nodes)}:${String(row.relationships)}`;
  }

  async entityKinds(afterId: string | null, first: number): Promise<EntityKindRow[]> {
    const rows = await this.cypher.read((tx) => tx.run('analysis/page-entity-kinds', { afterId: pageCursor(afterId), first: integer(Math.max(0, first)) }));
    return rows.map((r) => ({ id: String(r.id), kind: String(r.kind) as EntityKind }));
  }

  /** `first` counts entities per page here; the cursor is the last entity id read. */
  async edgeEnds(after: string | null, first: number): Promise<EdgeEndsPage> {
    const limit = Math.max(1, first);
    const rows = await this.cypher.read((tx) => tx.run('analysis/page-edge-ends', { afterId: pageCursor(after), first: integer(limit) }));
    const ends = rows.flatMap((r) => (r.targets as string[]).map((to) => ({ from: String(r.id), to })));
    const last = rows.at(-1);
    return { ends, next: rows.length === limit && last ? String(last.id) : null };
  }
}
