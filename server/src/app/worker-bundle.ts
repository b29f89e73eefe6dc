// A worker thread's script as one ES module, so the worker runs plain JavaScript instead of registering tsx's loader
// in its own thread: tsx's hooks thread and its transforms cost each read worker some 30 MB. Packages stay outside
// the bundle, imported by absolute URL (a data: module cannot resolve bare names), and every source keeps its own
// import.meta.url, so files read beside a module (migrations, the schema) are still found.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The `data:` URL of `entry` bundled with the project's sources, or null when esbuild is not available. */
export async function bundleWorker(entry: URL): Promise<URL | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'absolute-packages',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { path: args.path, external: true };
            // Every source is under server/src, so resolving from here finds what the importer would.
            return { path: import.meta.resolve(args.path), external: true };
          });
          build.onLoad({ filter: /\.ts$/ }, async (args) => ({
            contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  return code ? new URL(`data:text/javascript,${encodeURIComponent(code)}`) : null;
}

const bundled = new Map<string, Promise<URL | null>>();

/** `bundleWorker` once per entry and process, shared by every thread started from it; null when it cannot bundle. */
export function bundledOnce(entry: URL): Promise<URL | null> {
  let script = bundled.get(entry.href);
  if (!script) bundled.set(entry.href, (script = bundleWorker(entry).catch(() => null)));
  return script;
}
