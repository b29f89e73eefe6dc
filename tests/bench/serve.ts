// Child-process entry for the benchmark: starts the real server from the environment (SEED=none, PORT=0,
// SQLITE_PATH=...) and answers memory requests over IPC, so the server's memory is measured apart from the load.
import { loadConfig } from '../../server/src/config.ts';
import { startServer } from '../../server/src/app/server.ts';

export interface ServerMemory {
  /** Highest RSS sampled every 50 ms since the last reset, in MB. */
  peakRssMb: number;
  /** The kernel's high-water mark of RSS for the whole process lifetime, in MB. */
  maxRssMb: number;
  rssMb: number;
  heapUsedMb: number;
}

export type ServeMessage = { type: 'memory'; reset?: boolean } | { type: 'close' };
export type ServeReply = { type: 'ready'; url: string; settledMs: number | null } | { type: 'memory'; memory: ServerMemory } | { type: 'error'; message: string };

const MB = 1024 * 1024;
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
sampler.unref();

function send(reply: ServeReply): void {
  process.send?.(reply);
}

// A server answers as soon as it listens, but for a while after that its read workers are still building their
// adjacency indexes (seconds of CPU on both cores at size M). Timings taken then measure the start, not the explorer's
// steady state, so the benchmark waits until the whole process (every thread) has used under 5 % of one core for two
// intervals in a row. How long that took is reported; a server that never settles is measured anyway after the limit.
const SETTLE_INTERVAL_MS = 250;
const SETTLE_IDLE_SHARE = 0.05;
const SETTLE_LIMIT_MS = 120_000;

async function settle(): Promise<number | null> {
  const started = performance.now();
  let quiet = 0;
  let last = process.cpuUsage();
  while (performance.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_INTERVAL_MS));
    const used = process.cpuUsage(last);
    last = process.cpuUsage();
    quiet = (used.user + used.system) / 1000 < SETTLE_INTERVAL_MS * SETTLE_IDLE_SHARE ? quiet + 1 : 0;
    if (quiet >= 2) return performance.now() - started;
  }
  return null;
}

try {
  const server = await startServer(loadConfig(process.env));
  const settledMs = await settle();
  peakRss = process.memoryUsage.rss();
  send({ type: 'ready', url: server.url, settledMs });
  // The benchmark went away (finished, failed or was interrupted): stop with it.
  process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
  process.on('message', (message: ServeMessage) => {
    if (message.type === 'memory') {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      send({
        type: 'memory',
        memory: {
          peakRssMb: peakRss / MB,
          maxRssMb: process.resourceUsage().maxRSS / 1024,
          rssMb: usage.rss / MB,
          heapUsedMb: usage.heapUsed / MB,
        },
      });
      if (message.reset) peakRss = usage.rss;
    } else {
      void server.close().finally(() => process.exit(0));
    }
  });
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
