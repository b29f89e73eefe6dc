// The read workers and the metrics thread run as one bundled ES module each instead of registering tsx in their own
// thread. The bundle must load packages by absolute URL (a data: module resolves no bare names), keep each source's
// own import.meta.url (the migrations and the schema are read beside their modules), and run: a worker started from
// it answers a message.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../../../server/src/app/worker-bundle.ts';

const READ_WORKER = pathToFileURL(path.resolve('server/src/app/read-worker.ts'));
const METRICS_WORKER = pathToFileURL(path.resolve('server/src/app/metrics-worker.ts'));

describe('bundleWorker', () => {
  it('bundles the read worker into a data: module with packages by absolute URL', async () => {
    const url = await bundleWorker(READ_WORKER);
    expect(url?.protocol).toBe('data:');
    const code = decodeURIComponent((url as URL).href.slice('data:text/javascript,'.length));
    expect(code).toContain('SqliteGraphStore');
    const packageImports = [...code.matchAll(/from "([^"]+)"/g)].map((m) => m[1] as string);
    expect(packageImports.length).toBeGreaterThan(0);
    for (const spec of packageImports) expect(spec).toMatch(/^(node:|file:\/\/)/);
    expect(code).not.toContain('tsx.register');
    expect(code).toContain(JSON.stringify(pathToFileURL(path.resolve('server/src/stores/sqlite/migrate.ts')).href));
    expect(code).not.toMatch(/import\.meta\.url/);
  });

  it('gives a script a worker runs', async () => {
    const url = await bundleWorker(READ_WORKER);
    // No file to open: the worker reports that it could not, which it can only do once its whole bundle has loaded.
    const worker = new Worker(url as URL, { workerData: { path: path.resolve('no-such-dir/no-such.db') } });
    try {
      const reply = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(reply).toMatchObject({ type: 'failed' });
    } finally {
      await worker.terminate();
    }
  });

  it('bundles the metrics worker too, which computes a job from its bundle', async () => {
    const url = await bundleWorker(METRICS_WORKER);
    const worker = new Worker(url as URL);
    try {
      // A triangle and a pendant: entity 0 touches three relationships.
      const job = { kind: 'degree', nodeCount: 4, from: Int32Array.from([0, 1, 2, 0]), to: Int32Array.from([1, 2, 0, 3]), pathBudget: 1000 };
      const reply = await new Promise<{ id: number; result?: { degree?: { scores: Float64Array } } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, job });
      });
      expect(reply.id).toBe(7);
      expect([...(reply.result?.degree?.scores ?? [])]).toEqual([3, 2, 2, 1]);
    } finally {
      await worker.terminate();
    }
  });
});
