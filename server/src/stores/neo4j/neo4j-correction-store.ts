// The Neo4j CorrectionStore. A correction decides from what it reads, so its transaction first takes the
// relationship's write lock (edge/lock-edge) and only then reads it: a concurrent correction, retraction or new
// citation waits for this one to commit and then reads the result, so no decision is made on a stale record.
import type { EdgeChange } from '../../domain/corrections.ts';
import { dateLowerBound, dateUpperBound } from '../../domain/shared/dates.ts';
import type { Edge } from '../../domain/types.ts';
import { missing } from '../../domain/write-rules.ts';
import type { CorrectionStore } from '../../ports/correction-store.ts';
import type { Actor, SearchOptions } from '../../ports/graph-store.ts';
import { integer, type CypherRunner, type CypherTx } from './cypher-runner.ts';
import { toEdge } from './records.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A fulltext query matching any key word within a few edits (one for short words, two from six letters), as a
 * parameter value whose every term is escaped.
 */
export function fuzzyFulltext(keys: string[]): string | null {
  const words = [...new Set(keys.flatMap((k) => k.split(' ')).filter((w) => w.length >= 3))].slice(0, 16);
  if (words.length === 0) return null;
  const terms = words.map((w) => `${w.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`)}~${w.length >= 6 ? 2 : 1}`);
  return `searchKeys:(${terms.join(' OR ')})`;
}

/** What a correction appends to the audit log; the graph store owns the log's order. */
export type AppendAudit = (tx: CypherTx, event: { action: string; targetId: string; actor: Actor; before: unknown; after: unknown; at: string }) => Promise<void>;

export class Neo4jCorrectionStore implements CorrectionStore {
  constructor(
    private readonly cypher: CypherRunner,
    private readonly appendAudit: AppendAudit,
  ) {}

  private async edge(tx: CypherTx, id: string): Promise<Edge | null> {
    return (await tx.run('edge/get-edges', { ids: [id] })).map(toEdge)[0] ?? null;
  }

  async similarEntityIds(keys: string[], options: SearchOptions): Promise<string[]> {
    const fulltext = fuzzyFulltext(keys);
    if (!fulltext || options.first <= 0) return [];
    const rows = await this.cypher.read((tx) =>
      tx.run('correction/similar-entities', {
        fulltext,
        kinds: options.kinds?.length ? options.kinds : null,
        includeRestricted: options.includeRestricted,
        first: integer(options.first),
      }),
    );
    return rows.map((r) => String(r.id));
  }

  correctEdge(id: string, idPath: string, actor: Actor, plan: (before: Edge) => EdgeChange): Promise<Edge> {
    return this.cypher.write(async (tx) => {
      if ((await tx.run('edge/lock-edge', { id })).length === 0) throw missing.relationship(id, [idPath]);
      const before = (await this.edge(tx, id)) as Edge;
      const change = plan(before);
      const at = new Date().toISOString();
      const f = change.fields;
      await tx.run('correction/update-edge', {
        id,
        ...f,
        validFromLow: f.validFrom ? dateLowerBound(f.validFrom) : null,
        validToHigh: f.validTo ? dateUpperBound(f.validTo) : null,
        at,
        actor,
      });
      if (change.retractCitation) {
        await tx.run('correction/retract-citation', { edgeId: id, citationId: change.retractCitation.id, reason: change.retractCitation.reason, at, actor });
      }
      const after = (await this.edge(tx, id)) as Edge;
      const snapshot = change.reason === undefined ? after : { ...after, reason: change.reason };
      await this.appendAudit(tx, { action: change.action, targetId: id, actor, before, after: snapshot, at });
      return after;
    });
  }
}
