// One of the project's TypeScript modules and every source it imports as a single ES module, so a thread or the
// server runs plain JavaScript instead of registering tsx's loader: on Node 20 that loader runs on a hooks thread of
// its own and keeps its transforms, tens of MB per thread that loads it. Packages stay outside the bundle, imported
// by absolute URL (a data: module cannot resolve bare names), and every source keeps its own import.meta.url, so
// files read beside a module (migrations, the schema, the client build) are still found.
// Plain JavaScript on purpose: the server's launcher imports it before anything can compile TypeScript.
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Spelled in two parts so that this file's own text never contains the expression it replaces in the sources.
const IMPORT_META_URL = 'import.meta' + '.url';

/** esbuild, or null where it is not installed. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

/** The build options shared by both forms of a bundle. */
function buildOptions(entryPath) {
  return {
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
  };
}

/** The bundled code of the module at `entryPath` (a file path) as one module, or null when esbuild is not available. */
export async function bundleModule(entryPath) {
  const esbuild = await loadEsbuild();
  if (!esbuild) return null;
  const result = await esbuild.build(buildOptions(entryPath));
  return result.outputFiles[0]?.text ?? null;
}

/** Files of earlier builds are left for a while: a server started a moment ago from one may still be importing it. */
const STALE_AFTER_MS = 10 * 60 * 1000;

async function removeStale(outDir, current) {
  for (const name of await readdir(outDir)) {
    if (current.has(name)) continue;
    const file = path.join(outDir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs > STALE_AFTER_MS) await unlink(file).catch(() => undefined);
  }
}

/**
 * The module at `entryPath` bundled into files under `outDir`, with what it imports dynamically in chunks of their
 * own, so that a dynamic import stays lazy: one file would import every package it names at its start. Names come
 * from the content, and each file is written aside and renamed into place, so processes starting at once never read
 * a half-written file. Returns the entry file's path, or null when esbuild is not available.
 */
export async function bundleModuleFiles(entryPath, outDir) {
  const esbuild = await loadEsbuild();
  if (!esbuild) return null;
  const result = await esbuild.build({
    ...buildOptions(entryPath),
    outdir: outDir,
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    metafile: true,
  });
  await mkdir(outDir, { recursive: true });
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    await writeFile(partial, file.contents);
    await rename(partial, file.path);
  }
  await removeStale(outDir, new Set(result.outputFiles.map((f) => path.basename(f.path))));
  const [entry] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined) ?? [];
  return entry ? path.resolve(entry) : null;
}
