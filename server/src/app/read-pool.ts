// Reads in worker threads, so concurrent requests use every core. Each worker holds its own read-only SQLite
// connection to the same file (WAL lets readers run beside the writer) and a GraphService of its own over it, so a
// read there passes the same parsing, bounds and visibility rule as on the main thread; writes stay on the main
// connection. A worker sees every write committed before its read began, so a request sees its own earlier writes.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ConflictError, DomainError, NotFoundError, StoreUnavailableError, ValidationError, type FieldIssue } from '../domain/errors.ts';
import { GraphService } from '../domain/graph-service.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { bundledOnce } from './worker-bundle.ts';
import { canvasInThread, type CanvasAnswer, type CanvasReader } from '../graphql/canvas.ts';

/**
 * The reads a worker answers: the ones whose cost grows with the graph. `stats` counts every row (0.1-0.3 s at a
 * million relationships); the main thread keeps the counts per graph version and asks a worker only after a write.
 * `neighborhoodCanvas` is a neighborhood the worker also encodes as the canvas answer, so the reply is one buffer
 * rather than every record cloned.
 */
export const POOLED_READS = ['search', 'neighborhood', 'paths', 'pathsWithSources', 'stats', 'neighborhoodCanvas'] as const;
export type PooledRead = (typeof POOLED_READS)[number];

export interface ReadRequest {
  id: number;
  method: PooledRead;
  args: unknown[];
}

export interface SerializedError {
  name: string;
  message: string;
  issues?: FieldIssue[];
  what?: string;
  targetId?: string;
  path?: (string | number)[];
}

export type ReadReply = { type: 'ready' } | { type: 'failed'; message: string } | { id: number; value?: unknown; error?: SerializedError };

/** A domain error as plain data, so it crosses the thread boundary with its fields (the GraphQL error code needs them). */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof ValidationError) return { name: error.name, message: error.message, issues: error.issues };
  if (error instanceof NotFoundError) return { name: error.name, message: error.message, what: error.what, targetId: error.id, path: error.path };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error `serializeError` described, as the same class, so the GraphQL error code is the same on both sides. */
export function reviveError(e: SerializedError): Error {
  switch (e.name) {
    case 'ValidationError':
      return new ValidationError(e.message, e.issues ?? []);
    case 'NotFoundError':
      return new NotFoundError(e.what ?? 'item', e.targetId ?? '', e.path ?? []);
    case 'ConflictError':
      return new ConflictError(e.message);
    case 'StoreUnavailableError':
      return new StoreUnavailableError(e.message);
    case 'DomainError':
      return new DomainError(e.message);
    default:
      return new Error(e.message);
  }
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;
}

const WORKER = new URL('./read-worker.ts', import.meta.url);
// Without a bundler the worker stays TypeScript: a one-line bootstrap registers tsx's loader in the worker's own thread,
// then imports it (a worker does not inherit the parent's loader hooks).
// Built on use: the bundled worker imports this module too, and a data: module has no tsx to resolve.
const boot = () => `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;

/**
 * A read worker's V8 old generation, in MB. V8 lets a heap with a large ceiling grow to several times what it holds
 * before collecting (up to 4x at the default ceiling of 2 GB or more, down to 1.3x at small ones), so an uncapped worker
 * keeps the garbage of its last big read resident. At 1 GB a worker collects at about 1.6x its live size, and the
 * largest neighborhood the query limits allow (2,000 entities, 10,000 relationships with their citations) still fits
 * many times over: such a read holds some 60 MB at size M. A worker that reaches the cap dies alone: its requests fail
 * with STORE_UNAVAILABLE and a new worker takes its place.
 */
export const READ_WORKER_OLD_SPACE_MB = 1024;
/**
 * A read worker's V8 young generation, in MB (two semi-spaces and the new large-object space: V8 splits it in thirds).
 * V8's default on this machine kind is 48 MB, and it grows a busy worker's young generation to that size and keeps it
 * committed (some 30 MB per worker). Smaller is not free: a 2-hop view allocates a few MB of short-lived records, and at
 * 6 MB they outlive more scavenges, which made the 2-hop read in a worker 15-20 % slower (p50 57 -> 69 ms on M, quiet,
 * alternating); at 16 MB the difference is within a few per cent.
 */
export const WORKER_YOUNG_GENERATION_MB = 16;

export interface ReadPoolOptions {
  /** V8 heap limits of each worker (tests lower them to make a worker run out). */
  resourceLimits?: ResourceLimits;
}

export class ReadPool {
  private nextId = 1;
  private closed = false;
  /** Workers that died and were replaced, for the log and the tests. */
  replaced = 0;

  private constructor(
    private readonly workers: PoolWorker[],
    private readonly respawn: () => Promise<PoolWorker>,
  ) {}

  /** Starts `size` workers on the SQLite file at `path` and waits until each has opened it. */
  static async start(path: string, size: number, options: ReadPoolOptions = {}): Promise<ReadPool> {
    const bundled = await bundledOnce(WORKER);
    const limits = options.resourceLimits ?? { maxOldGenerationSizeMb: READ_WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    const spawn = () => startWorker(path, bundled, limits);
    const started = await Promise.allSettled(Array.from({ length: size }, spawn));
    const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await Promise.all(workers.map((w) => w.worker.terminate()));
      throw failed.reason;
    }
    const pool = new ReadPool(workers, spawn);
    for (const w of workers) pool.watch(w);
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** The V8 heap limits each worker runs under, as the workers report them. */
  limits(): ResourceLimits[] {
    return this.workers.map((w) => w.worker.resourceLimits ?? {});
  }

  /** Runs a read on the least busy worker; null when no worker is left (the caller then reads on the main thread). */
  run(method: PooledRead, args: unknown[]): Promise<unknown> | null {
    const target = this.workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.pending.size < best.pending.size ? w : best), undefined);
    if (!target || this.closed) return null;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, method, args } satisfies ReadRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.splice(0).map((w) => w.worker.terminate()));
  }

  private watch(w: PoolWorker): void {
    w.worker.on('message', (reply: ReadReply) => {
      if (!('id' in reply)) return;
      const waiting = w.pending.get(reply.id);
      if (!waiting) return;
      w.pending.delete(reply.id);
      if (reply.error) waiting.reject(reviveError(reply.error));
      else waiting.resolve(reply.value);
    });
    // A worker that dies takes only its own requests with it; the rest of the pool (or the main thread) carries on.
    const drop = (error: Error) => {
      for (const waiting of w.pending.values()) waiting.reject(new StoreUnavailableError(`read worker stopped: ${error.message}`));
      w.pending.clear();
      const at = this.workers.indexOf(w);
      if (at < 0) return;
      this.workers.splice(at, 1);
      this.replace();
    };
    w.worker.on('error', drop);
    w.worker.on('exit', (code) => drop(new Error(`exited with code ${code}`)));
  }

  /**
   * Starts a worker in place of one that died (out of memory, most likely), so the pool keeps its size; meanwhile the
   * other workers, or the main thread, answer. A replacement that cannot open the store is not retried.
   */
  private replace(): void {
    if (this.closed) return;
    this.respawn().then(
      (w) => {
        if (this.closed) {
          void w.worker.terminate();
          return;
        }
        this.replaced++;
        this.workers.push(w);
        this.watch(w);
      },
      () => undefined,
    );
  }
}

function startWorker(path: string, bundled: URL | null, resourceLimits: ResourceLimits): Promise<PoolWorker> {
  const options = { workerData: { path }, resourceLimits };
  const worker = bundled ? new Worker(bundled, options) : new Worker(boot(), { ...options, eval: true });
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ReadReply) => {
      if (!('type' in reply)) return;
      cleanup();
      if (reply.type === 'ready') resolve({ worker, pending: new Map() });
      else reject(new StoreUnavailableError(`read worker could not open the store: ${reply.message}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
  });
}

/** GraphService whose heavy reads run in the pool; everything else, writes included, runs here on the main store. */
export class PooledGraphService extends GraphService {
  constructor(
    store: GraphStore,
    private readonly pool: ReadPool,
    options: ConstructorParameters<typeof GraphService>[1] = {},
  ) {
    super(store, options);
  }

  override search(...args: Parameters<GraphService['search']>): ReturnType<GraphService['search']> {
    return (this.pool.run('search', args) as ReturnType<GraphService['search']> | null) ?? super.search(...args);
  }

  override neighborhood(...args: Parameters<GraphService['neighborhood']>): ReturnType<GraphService['neighborhood']> {
    return (this.pool.run('neighborhood', args) as ReturnType<GraphService['neighborhood']> | null) ?? super.neighborhood(...args);
  }

  override paths(...args: Parameters<GraphService['paths']>): ReturnType<GraphService['paths']> {
    return (this.pool.run('paths', args) as ReturnType<GraphService['paths']> | null) ?? super.paths(...args);
  }

  override pathsWithSources(...args: Parameters<GraphService['pathsWithSources']>): ReturnType<GraphService['pathsWithSources']> {
    return (this.pool.run('pathsWithSources', args) as ReturnType<GraphService['pathsWithSources']> | null) ?? super.pathsWithSources(...args);
  }

  protected override countGraph(...args: Parameters<GraphService['stats']>): ReturnType<GraphService['stats']> {
    return (this.pool.run('stats', args) as ReturnType<GraphService['stats']> | null) ?? super.countGraph(...args);
  }
}

/** The canvas reader of a pooled server: read and encoded in a worker, or here when no worker is left. */
export function pooledCanvasReader(pool: ReadPool, service: GraphService): CanvasReader {
  const inThread = canvasInThread(service);
  return (viewer, args) => (pool.run('neighborhoodCanvas', [viewer, args]) as Promise<CanvasAnswer> | null) ?? inThread(viewer, args);
}
