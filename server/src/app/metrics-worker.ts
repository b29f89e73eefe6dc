// The metrics thread's worker: computes one job at a time and hands the typed arrays back without copying them.
import { parentPort } from 'node:worker_threads';
import { computeMetrics, type MetricsJob, type MetricsResult } from '../domain/analysis/metrics-engine.ts';
import { serializeError, type SerializedError } from './read-pool.ts';

export type MetricsRequest = { id: number; job: MetricsJob };
export type MetricsReply = { id: number; result?: MetricsResult; error?: SerializedError };

const port = parentPort;
if (!port) throw new Error('metrics-worker.ts runs only as a worker thread');

port.on('message', ({ id, job }: MetricsRequest) => {
  try {
    const result = computeMetrics(job);
    const buffers: ArrayBuffer[] = [];
    for (const r of [result.degree, result.pagerank, result.betweenness, result.closeness]) {
      // Arrays made here own plain ArrayBuffers, never shared ones.
      if (r) buffers.push(r.scores.buffer as ArrayBuffer, r.order.buffer as ArrayBuffer);
    }
    port.postMessage({ id, result } satisfies MetricsReply, buffers);
  } catch (error) {
    port.postMessage({ id, error: serializeError(error) } satisfies MetricsReply);
  }
});
