// Reads in worker threads, so concurrent requests use every core. Each worker holds its own read-only SQLite
// connection to the same file (WAL lets readers run beside the writer) and a GraphService of its own over it, so a
// read there passes the same parsing, bounds and visibility rule as on the main thread; writes stay on the main
// connection. A worker sees every write committed before its read began, so a request sees its own earlier writes.
import { Worker } from 'node:worker_threads';
import { ConflictError, DomainError, NotFoundError, StoreUnavailableError, ValidationError, type FieldIssue } from '../domain/errors.ts';
import { GraphService } from '../domain/graph-service.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { bundledOnce } from './worker-bundle.ts';
import { canvasInThread, type CanvasAnswer, type CanvasReader } from '../graphql/canvas.ts';

/**
 * The reads a worker answers: the ones whose cost grows with the graph. `stats` counts every row (0.1-0.3 s at a
 * million relationships); the main thread keeps the counts per graph version and asks a worker only after a write.
 * `neighborhoodCanvas` is a neighborhood the worker also encodes as the canvas answer, so the reply is one string
 * rather than every record cloned.
 */
export const POOLED_READS = ['search', 'neighborhood', 'paths', 'stats', 'neighborhoodCanvas'] as const;
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

export class ReadPool {
  private nextId = 1;
  private closed = false;

  private constructor(private readonly workers: PoolWorker[]) {}

  /** Starts `size` workers on the SQLite file at `path` and waits until each has opened it. */
  static async start(path: string, size: number): Promise<ReadPool> {
    const bundled = await bundledOnce(WORKER);
    const started = await Promise.allSettled(Array.from({ length: size }, () => startWorker(path, bundled)));
    const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await Promise.all(workers.map((w) => w.worker.terminate()));
      throw failed.reason;
    }
    const pool = new ReadPool(workers);
    for (const w of workers) pool.watch(w);
    return pool;
  }

  get size(): number {
    return this.workers.length;
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
      const at = this.workers.indexOf(w);
      if (at >= 0) this.workers.splice(at, 1);
      for (const waiting of w.pending.values()) waiting.reject(new StoreUnavailableError(`read worker stopped: ${error.message}`));
      w.pending.clear();
    };
    w.worker.on('error', drop);
    w.worker.on('exit', (code) => drop(new Error(`exited with code ${code}`)));
  }
}

function startWorker(path: string, bundled: URL | null): Promise<PoolWorker> {
  const worker = bundled ? new Worker(bundled, { workerData: { path } }) : new Worker(boot(), { eval: true, workerData: { path } });
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

  protected override countGraph(...args: Parameters<GraphService['stats']>): ReturnType<GraphService['stats']> {
    return (this.pool.run('stats', args) as ReturnType<GraphService['stats']> | null) ?? super.countGraph(...args);
  }
}

/** The canvas reader of a pooled server: read and encoded in a worker, or here when no worker is left. */
export function pooledCanvasReader(pool: ReadPool, service: GraphService): CanvasReader {
  const inThread = canvasInThread(service);
  return (viewer, args) => (pool.run('neighborhoodCanvas', [viewer, args]) as Promise<CanvasAnswer> | null) ?? inThread(viewer, args);
}
