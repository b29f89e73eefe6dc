// The whole-graph metrics as one pure computation over typed arrays: the graph is its entity count and each
// relationship's ends as entity indexes, the answer one score per entity index. Typed arrays cross a thread boundary
// without being rebuilt object by object, so the server computes these off its main thread (app/metrics-thread.ts) and
// a plain caller computes them in place with the same function.
import { ValidationError } from '../errors.ts';
import { tieIndex, tiePagerank, tiePathScores } from './tie-metrics.ts';

export type MetricsKind = 'degree' | 'pagerank' | 'paths';

export interface MetricsJob {
  /** `paths` gives betweenness and closeness, which come from the same searches. */
  kind: MetricsKind;
  /** Entities are 0 .. nodeCount - 1, in the order the ranking keeps them (id order). */
  nodeCount: number;
  from: Int32Array;
  to: Int32Array;
  /** Node visits the shortest-path searches may make (see DEFAULT_PATH_BUDGET); `paths` only. */
  pathBudget: number;
}

/** Scores per entity index, and the indexes from the highest score down, equal scores in index (id) order. */
export interface Ranked {
  scores: Float64Array;
  order: Uint32Array;
}

export interface MetricsResult {
  degree?: Ranked;
  pagerank?: Ranked;
  betweenness?: Ranked;
  closeness?: Ranked;
  /** Searches the path metrics started (the node count when exact). */
  samples?: number;
}

/** Computes a job, wherever it runs. */
export interface MetricsEngine {
  compute(job: MetricsJob): Promise<MetricsResult>;
}

function checkJob(job: MetricsJob): void {
  const issue = (path: string, message: string) => new ValidationError(`Invalid metrics job: ${path} ${message}`, [{ path: [path], message }]);
  if (!['degree', 'pagerank', 'paths'].includes(job.kind)) throw issue('kind', 'must be degree, pagerank or paths');
  if (!Number.isInteger(job.nodeCount) || job.nodeCount < 0) throw issue('nodeCount', 'must be a whole number of at least 0');
  if (!(job.from instanceof Int32Array) || !(job.to instanceof Int32Array) || job.from.length !== job.to.length) {
    throw issue('from', 'and to must be Int32Arrays of the same length');
  }
  for (const [name, ends] of [['from', job.from], ['to', job.to]] as const) {
    for (const at of ends) if (at < 0 || at >= job.nodeCount) throw issue(name, `holds ${at}, outside 0 to ${job.nodeCount - 1}`);
  }
  if (job.kind === 'paths' && !(Number.isInteger(job.pathBudget) && job.pathBudget > 0)) throw issue('pathBudget', 'must be a positive whole number');
}

function ranked(scores: Float64Array): Ranked {
  const order = Uint32Array.from(scores, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return { scores, order };
}

/** Relationships touching each entity, a loop counted once: the same count as `Entity.degree`. */
function degreeOf(nodeCount: number, from: Int32Array, to: Int32Array): Float64Array {
  const degree = new Float64Array(nodeCount);
  for (let i = 0; i < from.length; i++) {
    const [a, b] = [from[i]!, to[i]!];
    degree[a]! += 1;
    if (b !== a) degree[b]! += 1;
  }
  return degree;
}

/** The computation itself, synchronous: the caller picks the thread. */
export function computeMetrics(job: MetricsJob): MetricsResult {
  checkJob(job);
  if (job.kind === 'degree') return { degree: ranked(degreeOf(job.nodeCount, job.from, job.to)) };
  const ties = tieIndex(job.nodeCount, job.from, job.to);
  if (job.kind === 'pagerank') return { pagerank: ranked(tiePagerank(ties)) };
  const { betweenness, closeness, samples } = tiePathScores(ties, job.pathBudget);
  return { betweenness: ranked(betweenness), closeness: ranked(closeness), samples };
}

/** Computes on the calling thread: what a service without a metrics thread (tests, tools) uses. */
export const inThreadMetrics: MetricsEngine = {
  compute: (job) => new Promise((resolve) => resolve(computeMetrics(job))),
};
