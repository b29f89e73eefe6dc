// "Who matters most" over the whole graph. The graph is read as ids only, once per graph version, and each metric is
// computed at most once per version; a write moves the version, so the next request recomputes. Every entity in a
// ranking passes through the visibility rule like any other read.
import { z } from 'zod';
import type { GraphStore } from '../../ports/graph-store.ts';
import { entityKindSchema } from '../schemas.ts';
import type { Entity } from '../types.ts';
import { parseInput } from '../validate.ts';
import { redactEntity, type Viewer } from '../visibility.ts';
import type { EntityKind } from '../shared/vocabulary.ts';
import { DEFAULT_PATH_BUDGET } from '../shared/centrality.ts';
import { inThreadMetrics, type MetricsEngine, type MetricsKind, type Ranked as RankedScores } from './metrics-engine.ts';

export const METRICS = ['degree', 'betweenness', 'closeness', 'pagerank'] as const;
export type Metric = (typeof METRICS)[number];

export const RANKING_FIRST_MAX = 100;
/** Rows per page when reading the graph's ids. */
const PAGE = 10_000;

export interface Ranked {
  entity: Entity;
  score: number;
}

/** The whole graph as ids: entity ids (in id order), their kinds, and each relationship's ends as entity indexes. */
interface GraphIds {
  ids: string[];
  kinds: EntityKind[];
  from: Int32Array;
  to: Int32Array;
}

type Order = RankedScores;

/**
 * Lets the event loop turn between pages: a store that answers synchronously (SQLite) would otherwise read the whole
 * graph in one go, and other requests would wait for all of it.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Entity indexes appended into a typed array that doubles when full: a million relationships' ends take 4 MB per end
 * instead of a JS array of numbers (8 MB and the copies it leaves behind as it grows) and a copy of it at the end.
 */
class IndexList {
  private items = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /**
   * The items, in an array of their own exact length over shared memory: the ranking keeps them for every metric of
   * this graph version, and a metrics thread given a shared array reads it where it is, instead of each job copying
   * 4 MB per end (at a million relationships) into a message and out of it again into the thread.
   */
  done(): Int32Array {
    const out = new Int32Array(new SharedArrayBuffer(this.length * Int32Array.BYTES_PER_ELEMENT));
    out.set(this.items.subarray(0, this.length));
    return out;
  }
}

async function readGraph(store: GraphStore): Promise<GraphIds> {
  const ids: string[] = [];
  const kinds: EntityKind[] = [];
  for (let after: string | null = null; ; ) {
    const page = await store.analysis.entityKinds(after, PAGE);
    for (const row of page) {
      ids.push(row.id);
      kinds.push(row.kind);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)!.id;
    await nextTurn();
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const from = new IndexList();
  const to = new IndexList();
  for (let after: string | null = null; ; ) {
    const page = await store.analysis.edgeEnds(after, PAGE);
    for (const end of page.ends) {
      const a = index.get(end.from);
      const b = index.get(end.to);
      if (a === undefined || b === undefined) continue;
      from.push(a);
      to.push(b);
    }
    if (page.next === null) break;
    after = page.next;
    await nextTurn();
  }
  return { ids, kinds, from: from.done(), to: to.done() };
}

export class RankingService {
  private cached: { version: string; graph: Promise<GraphIds>; orders: Map<Metric, Promise<Order>> } | null = null;

  /** `metrics` computes the scores and their order: in a worker thread where the server runs, in place otherwise. */
  constructor(
    private readonly store: GraphStore,
    private readonly pathBudget = DEFAULT_PATH_BUDGET,
    private readonly metrics: MetricsEngine = inThreadMetrics,
  ) {}

  private compute(graph: GraphIds, kind: MetricsKind) {
    return this.metrics.compute({ kind, nodeCount: graph.ids.length, from: graph.from, to: graph.to, pathBudget: this.pathBudget });
  }

  private async orderFor(metric: Metric): Promise<{ graph: GraphIds; ranked: Order }> {
    const version = await this.store.analysis.graphVersion();
    if (this.cached?.version !== version) {
      const graph = readGraph(this.store);
      this.cached = { version, graph, orders: new Map() };
      // A failed read must not stay cached: the next request tries again.
      graph.catch(() => {
        if (this.cached?.graph === graph) this.cached = null;
      });
    }
    const { graph, orders } = this.cached;
    // A failed computation must not stay cached either.
    const put = (m: Metric, order: Promise<Order>) => {
      orders.set(m, order);
      order.catch(() => orders.get(m) === order && orders.delete(m));
    };
    if (!orders.has(metric)) {
      if (metric === 'betweenness' || metric === 'closeness') {
        // Betweenness and closeness come from the same searches; computing one gives the other.
        const both = graph.then((g) => this.compute(g, 'paths'));
        for (const m of ['betweenness', 'closeness'] as const) {
          if (!orders.has(m)) put(m, both.then((p) => p[m]!));
        }
      } else {
        put(metric, graph.then(async (g) => (await this.compute(g, metric))[metric]!));
      }
    }
    return { graph: await graph, ranked: await orders.get(metric)! };
  }

  async ranking(viewer: Viewer, args: { metric: string; kinds?: string[] | null; first: number }): Promise<Ranked[]> {
    const metric = parseInput(z.enum(METRICS), args.metric, ['metric']);
    const kinds = parseInput(z.array(entityKindSchema).nullish(), args.kinds, ['kinds']);
    const first = parseInput(
      z.number().int().min(1, `must be from 1 to ${RANKING_FIRST_MAX}`).max(RANKING_FIRST_MAX, `must be from 1 to ${RANKING_FIRST_MAX}`),
      args.first,
      ['first'],
    );
    const { graph, ranked: { scores, order } } = await this.orderFor(metric);
    const wanted = kinds?.length ? new Set(kinds) : null;
    const top: number[] = [];
    for (let i = 0; i < order.length && top.length < first; i++) {
      const at = order[i]!;
      if (!wanted || wanted.has(graph.kinds[at]!)) top.push(at);
    }
    const found = new Map((await this.store.getEntities(top.map((at) => graph.ids[at]!))).map((e) => [e.id, e]));
    return top.flatMap((at) => {
      const entity = found.get(graph.ids[at]!);
      return entity ? [{ entity: redactEntity(viewer, entity), score: scores[at]! }] : [];
    });
  }
}
