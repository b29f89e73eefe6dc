// Starts the analysis worker; the canvas hook and the client benchmark both use this one entry.
export function startAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
}
