// A leveled console logger shared by the server and Apollo (which expects debug/info/warn/error).
import type { Config } from '../config.ts';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const ORDER = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export function createLogger(level: Config['logLevel']): Logger {
  const threshold = ORDER.indexOf(level);
  const at = (lvl: (typeof ORDER)[number], write: (line: string) => void) => (message: string) => {
    if (ORDER.indexOf(lvl) >= threshold) write(message);
  };
  return {
    debug: at('debug', (m) => console.debug(m)),
    info: at('info', (m) => console.info(m)),
    warn: at('warn', (m) => console.warn(m)),
    error: at('error', (m) => console.error(m)),
  };
}
