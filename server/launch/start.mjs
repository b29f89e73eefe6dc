// Starts the server (or another of the project's TypeScript entry points, given as the first argument) as plain
// JavaScript: the entry is bundled with the project's sources (bundle-module.mjs) into server/dist and imported, so
// the process never registers tsx's loader. Under tsx the server held some 35 MB more at rest and about 65 MB more
// at its start (tsx's hooks thread, its transforms and their source maps). Where esbuild cannot bundle, the entry
// runs under tsx as before. `npm run dev` keeps tsx for its watch mode.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleModuleFiles } from './bundle-module.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const entry = path.resolve(ROOT, process.argv[2] ?? 'server/src/main.ts');
// Inside the project, so that what a module resolves at run time from its own place (tsx for a worker that could not
// be bundled) is found as it would be from the sources.
const OUT_DIR = path.join(ROOT, 'server', 'dist');

const bundled = await bundleModuleFiles(entry, OUT_DIR);
if (bundled) {
  await import(pathToFileURL(bundled).href);
} else {
  const tsx = await import('tsx/esm/api');
  tsx.register();
  await import(pathToFileURL(entry).href);
}
