// Whole-graph metrics on a thread of their own. Betweenness on a large graph takes seconds of CPU; on the main thread
// every other request would wait for it. The worker starts with the first job and stays for the next ones (a ranking
// is cached per graph version, so jobs come after writes); jobs run one at a time in the order they came.
import { Worker } from 'node:worker_threads';
import type { MetricsEngine, MetricsJob, MetricsResult } from '../domain/analysis/metrics-engine.ts';
import { StoreUnavailableError } from '../domain/errors.ts';
import type { MetricsReply, MetricsRequest } from './metrics-worker.ts';
import { reviveError } from './read-pool.ts';
import { bundledOnce } from './worker-bundle.ts';

const WORKER = new URL('./metrics-worker.ts', import.meta.url);
// As in read-pool.ts: the worker registers tsx's loader in its own thread before importing the TypeScript entry.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;

interface Waiting {
  resolve(result: MetricsResult): void;
  reject(error: Error): void;
}

export class MetricsThread implements MetricsEngine {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Waiting>();
  private nextId = 1;
  private closed = false;
  /** The worker's script as one bundled module (see worker-bundle.ts), once `warm` has made it. */
  private script: URL | null = null;

  /**
   * Starts the worker ahead of the first job, so the first ranking does not wait for the thread to load, and from the
   * bundled script, which spares the thread tsx's loader. A job that comes first starts it without waiting.
   */
  async warm(): Promise<void> {
    this.script ??= await bundledOnce(WORKER);
    if (!this.closed) this.worker ??= this.start();
  }

  compute(job: MetricsJob): Promise<MetricsResult> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('the server is shutting down'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // The ends are copied, not transferred: the ranking keeps its graph for the other metrics.
      worker.postMessage({ id, job } satisfies MetricsRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new StoreUnavailableError('the server is shutting down'));
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = this.script ? new Worker(this.script) : new Worker(BOOT, { eval: true });
    // An idle metrics thread does not keep the process alive.
    worker.unref();
    worker.on('message', (reply: MetricsReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error) waiting.reject(reviveError(reply.error));
      else waiting.resolve(reply.result ?? {});
    });
    // A worker that dies fails the jobs it held; the next job starts a new one.
    const drop = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new StoreUnavailableError(`metrics worker stopped: ${error.message}`));
    };
    worker.on('error', drop);
    worker.on('exit', (code) => drop(new Error(`exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
