// A read worker of ReadPool: opens the SQLite file read-only and answers search, neighborhood (as records or as the
// canvas answer), paths and stats through a GraphService of its own, so the parsing, bounds and visibility rule are
// the same code as on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphService } from '../domain/graph-service.ts';
import { canvasAnswer, type CanvasAnswer } from '../graphql/canvas.ts';
import { openSqliteStore } from '../stores/sqlite/index.ts';
import { serializeError, type PooledRead, type ReadReply, type ReadRequest } from './read-pool.ts';

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs only as a worker thread');
const send = (reply: ReadReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

try {
  const store = await openSqliteStore((workerData as { path: string }).path, { readonly: true, topology: 'eager' });
  const service = new GraphService(store);
  type Args<M extends keyof GraphService> = GraphService[M] extends (...a: infer A) => unknown ? A : never;
  const reads: Record<PooledRead, (args: unknown[]) => Promise<unknown>> = {
    search: (args) => service.search(...(args as Args<'search'>)),
    neighborhood: (args) => service.neighborhood(...(args as Args<'neighborhood'>)),
    paths: (args) => service.paths(...(args as Args<'paths'>)),
    pathsWithSources: (args) => service.pathsWithSources(...(args as Args<'pathsWithSources'>)),
    stats: (args) => service.stats(...(args as Args<'stats'>)),
    neighborhoodCanvas: async (args) => canvasAnswer(await service.canvasNeighborhood(...(args as Args<'canvasNeighborhood'>))),
  };
  // The canvas document's buffer is handed over rather than copied: it is made for this reply and not used here again.
  const handedOver: Partial<Record<PooledRead, (value: unknown) => ArrayBuffer[]>> = {
    neighborhoodCanvas: (value) => [(value as CanvasAnswer).canvas.buffer as ArrayBuffer],
  };
  port.on('message', (request: ReadRequest) => {
    const run = async () => {
      const read = Object.hasOwn(reads, request.method) ? reads[request.method] : undefined;
      if (!read) throw new Error(`not a pooled read: ${request.method}`);
      return read(request.args);
    };
    run().then(
      (value) => send({ id: request.id, value }, handedOver[request.method]?.(value)),
      (error: unknown) => send({ id: request.id, error: serializeError(error) }),
    );
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
