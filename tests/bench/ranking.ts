// Whole-graph ranking at the GraphQL boundary: for each metric, one cold request right after a write (so the graph
// is read and the metric computed from scratch) and then cached requests against the unchanged graph.
import { DEFAULT_PATH_BUDGET, sampleCount } from '../../server/src/domain/shared/centrality.ts';
import { measure, type LatencySummary } from './measure.ts';

export const RANKING_METRICS = ['DEGREE', 'PAGERANK', 'BETWEENNESS', 'CLOSENESS'] as const;

export interface RankingTiming {
  metric: string;
  /** The first request after a write: reads every relationship's ends and computes the metric. */
  coldMs: number;
  cached: LatencySummary;
  /**
   * For betweenness and closeness: how many of the graph's entities the shortest-path searches start from, estimated
   * from the relationship count (an upper bound of the ties, so at least this many); equal to `of` when exact.
   */
  sources?: { searched: number; of: number };
}

/** What the path budget lets the server search on a graph of this size: the honest reading of a path metric's time. */
export function pathSources(graph: { entities: number; edges: number }): { searched: number; of: number } {
  return { searched: sampleCount(graph.entities, graph.edges, DEFAULT_PATH_BUDGET), of: graph.entities };
}

const RANKING = `query Ranking($metric: Metric!) { ranking(metric: $metric, first: 20) { score entity { id kind name degree } } }`;

type Gql = (body: unknown) => Promise<unknown>;

/**
 * `write` makes one change to the graph, moving its version. Betweenness and closeness share their searches, so a
 * write comes before each metric to time every one of them cold.
 */
export async function measureRanking(
  gql: Gql,
  write: () => Promise<unknown>,
  samples: number,
  maxSeconds: number,
  graph?: { entities: number; edges: number },
  /** Runs after each metric's timings (the benchmark reads the server's memory there). */
  after?: (metric: string) => Promise<void>,
): Promise<RankingTiming[]> {
  const timings: RankingTiming[] = [];
  for (const metric of RANKING_METRICS) {
    await write();
    const request = { query: RANKING, variables: { metric } };
    const t0 = performance.now();
    await gql(request);
    const coldMs = performance.now() - t0;
    const cached = await measure(async () => void (await gql(request)), { samples, warmup: 5, concurrency: 1, maxSeconds });
    const sources = graph && (metric === 'BETWEENNESS' || metric === 'CLOSENESS') ? pathSources(graph) : undefined;
    timings.push({ metric, coldMs, cached, ...(sources && { sources }) });
    const sampled = sources ? (sources.searched < sources.of ? `; sampled: searches from ${sources.searched} of ${sources.of} entities` : '; exact') : '';
    process.stdout.write(`  ranking ${metric}: cold ${coldMs.toFixed(0)} ms, cached p95 ${cached.p95.toFixed(2)} ms${sampled}\n`);
    await after?.(metric);
  }
  return timings;
}
