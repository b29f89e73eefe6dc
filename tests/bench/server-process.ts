// Starts the real server for the benchmark in a child process (its own event loop and its own memory, as deployed)
// and reads its memory figures over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServeMessage, ServeReply, ServerMemory } from './serve.ts';

export interface BenchServer {
  url: string;
  pid: number;
  /** How long the started server took to settle (its threads idle), or null when it had not within the limit. */
  settledMs: number | null;
  memory(reset?: boolean): Promise<ServerMemory>;
  close(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
// The server's own launcher (what `npm start` runs): the entry bundled to plain JavaScript, without tsx's loader.
const START = fileURLToPath(new URL('../../server/launch/start.mjs', import.meta.url));

function nextReply(child: ChildProcess, type: ServeReply['type']): Promise<ServeReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ServeReply) => {
      if (reply.type === type || reply.type === 'error') {
        cleanup();
        if (reply.type === 'error') reject(new Error(`server failed to start: ${reply.message}`));
        else resolve(reply);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`server process exited with code ${code}`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** `storeEnv` picks the store as the server's own environment would (STORE, SQLITE_PATH; NEO4J_* are inherited). */
export async function startBenchServer(storeEnv: Record<string, string>): Promise<BenchServer> {
  const child = fork(START, [SERVE], {
    // Not the benchmark's own `--import tsx`, which a fork would inherit: the server runs as npm start runs it.
    execArgv: [],
    env: { ...process.env, ...storeEnv, SEED: 'none', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextReply(child, 'ready');
  if (ready.type !== 'ready') throw new Error('server did not report its address');
  const send = (message: ServeMessage) => child.send(message);
  return {
    url: ready.url,
    settledMs: ready.settledMs,
    pid: child.pid as number,
    async memory(reset = false) {
      const reply = nextReply(child, 'memory');
      send({ type: 'memory', reset });
      const r = await reply;
      if (r.type !== 'memory') throw new Error('unexpected reply');
      return r.memory;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      send({ type: 'close' });
      await exited;
    },
  };
}
