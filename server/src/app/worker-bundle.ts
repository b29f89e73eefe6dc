// A worker thread's script as one ES module (server/launch/bundle-module.mjs), so the worker runs plain JavaScript
// instead of registering tsx's loader in its own thread: tsx's hooks thread and its transforms cost each read worker
// some 30 MB.
import { fileURLToPath } from 'node:url';
import { bundleModule } from '../../launch/bundle-module.mjs';

/** The `data:` URL of `entry` bundled with the project's sources, or null when esbuild is not available. */
export async function bundleWorker(entry: URL): Promise<URL | null> {
  const code = await bundleModule(fileURLToPath(entry));
  return code ? new URL(`data:text/javascript,${encodeURIComponent(code)}`) : null;
}

const bundled = new Map<string, Promise<URL | null>>();

/** `bundleWorker` once per entry and process, shared by every thread started from it; null when it cannot bundle. */
export function bundledOnce(entry: URL): Promise<URL | null> {
  let script = bundled.get(entry.href);
  if (!script) bundled.set(entry.href, (script = bundleWorker(entry).catch(() => null)));
  return script;
}
