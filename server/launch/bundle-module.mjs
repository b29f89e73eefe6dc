// One of the project's TypeScript modules and every source it imports as a single ES module, so a thread or the
// server runs plain JavaScript instead of registering tsx's loader: on Node 20 that loader runs on a hooks thread of
// its own and keeps its transforms, tens of MB per thread that loads it. Packages stay outside the bundle, imported
// by absolute URL (a data: module cannot resolve bare names), and every source keeps its own import.meta.url, so
// files read beside a module (migrations, the schema, the client build) are still found.
// Plain JavaScript on purpose: the server's launcher imports it before anything can compile TypeScript.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

// Spelled in two parts so that this file's own text never contains the expression it replaces in the sources.
const IMPORT_META_URL = 'import.meta' + '.url';

/** The bundled code of the module at `entryPath` (a file path), or null when esbuild is not available. */
export async function bundleModule(entryPath) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const result = await esbuild.build({
    entryPoints: [entryPath],
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
            // Every source is inside the project, so resolving from here finds what the importer would.
            return { path: import.meta.resolve(args.path), external: true };
          });
          build.onLoad({ filter: /\.ts$/ }, async (args) => ({
            contents: (await readFile(args.path, 'utf8')).replaceAll(IMPORT_META_URL, JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]?.text ?? null;
}
