/** The bundled code of the module at `entryPath` (a file path) as one module, or null when esbuild is not available. */
export function bundleModule(entryPath: string): Promise<string | null>;
/** The module at `entryPath` bundled into files under `outDir` (dynamic imports in chunks); the entry file's path. */
export function bundleModuleFiles(entryPath: string, outDir: string): Promise<string | null>;
