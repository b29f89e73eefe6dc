// A read worker of ReadPool: opens the SQLite file read-only and answers search, neighborhood and paths through a
// GraphService of its own, so the parsing, bounds and visibility rule are the same code as on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphService } from '../domain/graph-service.ts';
import { openSqliteStore } from '../stores/sqlite/index.ts';
import { POOLED_READS, serializeError, type ReadReply, type ReadRequest } from './read-pool.ts';

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs only as a worker thread');
const send = (reply: ReadReply) => port.postMessage(reply);

try {
  const store = await openSqliteStore((workerData as { path: string }).path, { readonly: true });
  const service = new GraphService(store);
  const reads = new Set<string>(POOLED_READS);
  port.on('message', (request: ReadRequest) => {
    const run = async () => {
      if (!reads.has(request.method)) throw new Error(`not a pooled read: ${request.method}`);
      const method = service[request.method] as (...args: unknown[]) => Promise<unknown>;
      return method.apply(service, request.args);
    };
    run().then(
      (value) => send({ id: request.id, value }),
      (error: unknown) => send({ id: request.id, error: serializeError(error) }),
    );
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
