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
export type ServeReply = { type: 'ready'; url: string } | { type: 'memory'; memory: ServerMemory } | { type: 'error'; message: string };

const MB = 1024 * 1024;
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
sampler.unref();

function send(reply: ServeReply): void {
  process.send?.(reply);
}

try {
  const server = await startServer(loadConfig(process.env));
  peakRss = process.memoryUsage.rss();
  send({ type: 'ready', url: server.url });
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
