// How far a V8 heap may grow past what it holds before the next full collection. With a heap ceiling of 2 GB or more
// (the default on a machine with 8 GB or more) V8 lets the old generation grow to up to four times its live size.
// The server's garbage comes in bursts: a neighborhood at the limits with every field builds some 200 MB of records
// and answer tree on the main thread, and a cold ranking reads a million relationships' ends there; at four times,
// each burst leaves the process hundreds of MB larger and it stays so. Collecting at 1.5 times the live size keeps
// the peak near what the work really needs, for a few per cent more CPU on those bursts. The ceiling itself is not
// lowered: a request that needs more memory still gets it instead of ending the process.
import v8 from 'node:v8';

/** The heap may grow by this share of its live size between full collections. */
export const HEAP_GROWING_PERCENT = 50;

let applied = false;

/**
 * Sets the growth for every V8 heap of this process: the main thread's and those of the worker threads started
 * afterwards. V8 reads this flag each time it sets the next collection's limit, so it takes effect at run time.
 */
export function limitHeapGrowth(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
