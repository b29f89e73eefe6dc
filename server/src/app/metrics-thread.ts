// Whole-graph metrics on a thread of their own. Betweenness on a large graph takes seconds of CPU; on the main thread
// every other request would wait for it. The worker starts with the first job and stays for the jobs that follow
// closely; jobs run one at a time in the order they came. A ranking is cached per graph version, so jobs come after
// writes, and between them an idle worker would only keep its heap (the copy of the graph's ends, its index of ties
// and their garbage: about 100 MB at a million relationships) resident: it stops once idle, and the next job starts
// a new one from the bundled script in a fraction of the job's own time.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { MetricsEngine, MetricsJob, MetricsResult } from '../domain/analysis/metrics-engine.ts';
import { StoreUnavailableError } from '../domain/errors.ts';
import type { MetricsReply, MetricsRequest } from './metrics-worker.ts';
import { reviveError } from './read-pool.ts';
import { bundledOnce } from './worker-bundle.ts';

const WORKER = new URL('./metrics-worker.ts', import.meta.url);
// As in read-pool.ts: the worker registers tsx's loader in its own thread before importing the TypeScript entry.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;

/** How long an idle worker stays for a next job before it stops. */
export const METRICS_IDLE_MS = 1_000;
/**
 * The worker's V8 old generation, in MB: capped as the read workers are (see read-pool.ts), so it collects at about
 * 1.6x what it holds instead of 4x. Its large arrays are typed arrays, outside this limit.
 */
export const METRICS_OLD_SPACE_MB = 1024;
/**
 * The worker's V8 young generation, in MB, against V8's 48 MB default, which it would grow to and keep. A ranking's
 * work is in typed arrays; what it allocates on the heap is small, so a small young generation costs it nothing seen.
 */
export const METRICS_YOUNG_GENERATION_MB = 6;

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
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly idleMs = METRICS_IDLE_MS) {}

  /** Whether a worker thread is running now (it stops when idle). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** The V8 heap limits of the running worker, as it reports them; null when none runs. */
  limits(): ResourceLimits | null {
    return this.worker?.resourceLimits ?? null;
  }

  /**
   * Bundles the worker's script ahead of the first job (esbuild takes a while; see worker-bundle.ts), so the first
   * ranking does not wait for it and the thread spares tsx's loader. A job that comes first starts the thread from tsx
   * without waiting. The thread itself starts with a job: an idle one would stop anyway.
   */
  async warm(): Promise<void> {
    this.script ??= await bundledOnce(WORKER);
  }

  compute(job: MetricsJob): Promise<MetricsResult> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('the server is shutting down'));
    const worker = this.worker ?? this.start();
    this.keep();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // The ends are not transferred: the ranking keeps its graph for the other metrics. Ends in shared memory (the
      // ranking's) are read in place by the thread; others are copied.
      worker.postMessage({ id, job } satisfies MetricsRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.keep();
    const worker = this.worker;
    this.worker = null;
    this.failAll(new StoreUnavailableError('the server is shutting down'));
    await worker?.terminate();
  }

  private keep(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }

  /** Stops the worker `idleMs` after its last job, unless another comes first. */
  private stopWhenIdle(): void {
    this.keep();
    if (this.pending.size > 0 || !this.worker) return;
    this.idle = setTimeout(() => {
      this.idle = null;
      const worker = this.worker;
      if (!worker || this.pending.size > 0) return;
      this.worker = null;
      // Its listeners go first: its exit is not a failure of the jobs a next worker holds.
      worker.removeAllListeners();
      void worker.terminate();
    }, this.idleMs);
    this.idle.unref();
  }

  private start(): Worker {
    const resourceLimits = { maxOldGenerationSizeMb: METRICS_OLD_SPACE_MB, maxYoungGenerationSizeMb: METRICS_YOUNG_GENERATION_MB };
    const worker = this.script ? new Worker(this.script, { resourceLimits }) : new Worker(BOOT, { eval: true, resourceLimits });
    // An idle metrics thread does not keep the process alive.
    worker.unref();
    worker.on('message', (reply: MetricsReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error) waiting.reject(reviveError(reply.error));
      else waiting.resolve(reply.result ?? {});
      this.stopWhenIdle();
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
