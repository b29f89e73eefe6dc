// What the canvas asks the analysis worker and what it answers: every metric per node, and two partitions of the
// nodes into communities (Louvain and connected components), each listed largest first.
export const METRIC_KEYS = ['degree', 'inDegree', 'outDegree', 'betweenness', 'closeness', 'pagerank'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_LABELS: Record<MetricKey, string> = {
  degree: 'Degree (total)',
  inDegree: 'Degree (in)',
  outDegree: 'Degree (out)',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
};

export const PARTITIONS = ['louvain', 'components'] as const;
export type PartitionKey = (typeof PARTITIONS)[number];

export const PARTITION_LABELS: Record<PartitionKey, string> = { louvain: 'Louvain communities', components: 'Connected parts' };

export interface AnalysisRequest {
  seq: number;
  nodes: string[];
  edges: { from: string; to: string }[];
}

export interface Partition {
  /** Community index of each node, in request order; communities are numbered largest first. */
  of: Int32Array;
  /** Members of each community, in request order of the nodes. */
  members: string[][];
}

export interface AnalysisResult {
  seq: number;
  nodes: string[];
  scores: Record<MetricKey, Float64Array>;
  partitions: Record<PartitionKey, Partition>;
  /** Shortest-path searches run for betweenness and closeness; equal to the node count when exact. */
  samples: number;
  ms: number;
}
