// Runs one operation many times at a fixed concurrency and summarizes the latencies. Loops are bounded in count and
// in time, so a slow store makes the run report fewer samples rather than hang.

export interface LatencySummary {
  samples: number;
  errors: number;
  /** True when the time bound stopped the run before it reached the requested number of samples. */
  timedOut: boolean;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Completed requests per second of wall time over the measured run. */
  rps: number;
  firstError: string | null;
}

export interface RunOptions {
  samples: number;
  warmup: number;
  concurrency: number;
  maxSeconds: number;
}

/** Nearest-rank percentile of ascending-sorted values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(
  latencies: number[],
  errors: number,
  wallMs: number,
  concurrency: number,
  timedOut: boolean,
  firstError: string | null,
): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    samples: latencies.length,
    errors,
    timedOut,
    concurrency,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: latencies.length ? sum / latencies.length : Number.NaN,
    max: latencies.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    rps: wallMs > 0 ? (latencies.length / wallMs) * 1000 : 0,
    firstError,
  };
}

/**
 * Calls `run(i)` with `concurrency` calls in flight: a warm-up round first (i = 0..warmup-1, not recorded), then the
 * measured samples (i = warmup..).
 */
export async function measure(run: (i: number) => Promise<void>, options: RunOptions): Promise<LatencySummary> {
  const { samples, warmup, concurrency, maxSeconds } = options;
  let errors = 0;
  let firstError: string | null = null;
  const note = (error: unknown) => {
    errors++;
    firstError ??= error instanceof Error ? error.message : String(error);
  };

  let next = 0;
  // The warm-up is bounded too: a tenth of the time bound.
  const warmDeadline = performance.now() + maxSeconds * 100;
  const warmWorker = async () => {
    while (next < warmup && performance.now() < warmDeadline) {
      const i = next++;
      await run(i).catch(note);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, warmWorker));

  const latencies: number[] = [];
  const start = performance.now();
  const deadline = start + maxSeconds * 1000;
  let issued = 0;
  let timedOut = false;
  const worker = async () => {
    while (issued < samples) {
      if (performance.now() > deadline) {
        timedOut = true;
        return;
      }
      const i = warmup + issued++;
      const t0 = performance.now();
      try {
        await run(i);
        latencies.push(performance.now() - t0);
      } catch (error) {
        note(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(latencies, errors, performance.now() - start, concurrency, timedOut, firstError);
}
