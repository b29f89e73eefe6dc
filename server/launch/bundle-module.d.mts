/** The bundled code of the module at `entryPath` (a file path), or null when esbuild is not available. */
export function bundleModule(entryPath: string): Promise<string | null>;
