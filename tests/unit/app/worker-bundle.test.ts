// The read worker runs as one bundled ES module instead of registering tsx in its own thread. The bundle must load
// packages by absolute URL (a data: module resolves no bare names), keep each source's own import.meta.url (the
// migrations and the schema are read beside their modules), and run: a worker started from it answers a message.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../../../server/src/app/worker-bundle.ts';

const READ_WORKER = pathToFileURL(path.resolve('server/src/app/read-worker.ts'));

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
});
