// The only module that reads process.env. Validated at boot; a bad value stops the start with a message saying how
// to fix it.
import path from 'node:path';
import { z } from 'zod';

const portSchema = z.coerce.number().int().min(0).max(65535);

const DURATION = /^(\d+)(s|m|h|d)$/;
const DURATION_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90s`, `30m`, `8h` or `2d` in milliseconds. */
function durationMs(value: string): number {
  const [, amount, unit] = DURATION.exec(value) as RegExpExecArray;
  return Number(amount) * DURATION_MS[unit as keyof typeof DURATION_MS];
}

/** Whether a bind address or host name reaches only this machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const hostNameSchema = z.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/, 'must be a host name such as actornet.example.org');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: portSchema.default(4000),
    STORE: z.enum(['sqlite', 'neo4j']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('./data'),
    SQLITE_PATH: z.string().min(1).optional(),
    SQLITE_SYNC: z.enum(['normal', 'full']).default('normal'),
    SQLITE_CHECK_MAX_MB: z.coerce.number().int().min(0).default(1024),
    SEED: z.enum(['auto', 'none']).default('auto'),
    SEED_FILE: z.string().min(1).default('seeds/kazakhstan-2024.json'),
    NEO4J_URI: z.string().regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//, 'must start with neo4j://, neo4j+s://, bolt:// or bolt+s://').optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().default('neo4j'),
    CORS_ORIGINS: z.string().optional(),
    BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb').default('1mb'),
    IMPORT_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 500kb or 20mb').default('20mb'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    AUTH: z.enum(['none', 'accounts']).default('none'),
    ALLOWED_HOSTS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((h) => h.trim()).filter(Boolean))
      .pipe(z.array(hostNameSchema)),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be the http:// or https:// address users open, e.g. https://actornet.example.org' })
      .optional(),
    SESSION_IDLE: z.string().regex(DURATION, 'must look like 30m, 8h or 2d').default('8h'),
    TRUST_PROXY: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === 'neo4j' && !env.NEO4J_URI) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when STORE=neo4j (e.g. neo4j://localhost:7687)' });
    }
    if (env.STORE === 'neo4j' && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when STORE=neo4j' });
    }
    // Without accounts every request has every right: that is for one person's laptop, never a reachable server.
    if (env.AUTH === 'none' && !isLoopback(env.HOST)) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${env.HOST} is not a loopback address: set AUTH=accounts to serve a team (local mode, AUTH=none, binds only to 127.0.0.1, ::1 or localhost)`,
      });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  store:
    | { kind: 'sqlite'; path: string; sync: 'normal' | 'full'; checkMaxMb: number }
    | { kind: 'neo4j'; uri: string; user: string; password: string; database: string };
  seed: { mode: 'auto' | 'none'; file: string };
  corsOrigins: string[];
  bodyLimit: string;
  /** The largest import file the server accepts over HTTP. */
  importLimit: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** `none`: the local user of a loopback-only install; `accounts`: team mode, every request signed in. */
  auth: 'none' | 'accounts';
  /** Host names (lower case, without port) a request's Host header may name; anything else gets 421. */
  allowedHosts: string[];
  /** The address users open, when the server sits behind a proxy; https makes the session cookie Secure. */
  publicUrl: string | null;
  sessionIdleMs: number;
  /** Express's `trust proxy` setting, for the client address and protocol behind a reverse proxy. */
  trustProxy: string | null;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** Strips a port and IPv6 brackets: `[::1]:4000` -> `::1`, `Example.org:443` -> `example.org`. */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  // A bare IPv6 address (a bind address such as ::1) has no port to strip.
  if ((h.match(/:/g) ?? []).length > 1) return h;
  return h.replace(/:\d+$/, '');
}

function allowedHostsOf(host: string, extra: string[], publicUrl: string | undefined): string[] {
  const names = new Set(LOOPBACK_NAMES);
  // A wildcard bind address is not a name anyone can send in a Host header.
  if (host !== '0.0.0.0' && host !== '::') names.add(hostNameOf(host));
  for (const h of extra) names.add(hostNameOf(h));
  if (publicUrl) names.add(new URL(publicUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase());
  return [...names];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    store:
      e.STORE === 'neo4j'
        ? { kind: 'neo4j', uri: e.NEO4J_URI!, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD!, database: e.NEO4J_DATABASE }
        : {
            kind: 'sqlite',
            path: path.resolve(e.SQLITE_PATH ?? path.join(e.DATA_DIR, 'actornet.db')),
            sync: e.SQLITE_SYNC,
            checkMaxMb: e.SQLITE_CHECK_MAX_MB,
          },
    seed: { mode: e.SEED, file: path.resolve(e.SEED_FILE) },
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) : [],
    bodyLimit: e.BODY_LIMIT,
    importLimit: e.IMPORT_LIMIT,
    logLevel: e.LOG_LEVEL,
    auth: e.AUTH,
    allowedHosts: allowedHostsOf(e.HOST, e.ALLOWED_HOSTS, e.PUBLIC_URL),
    publicUrl: e.PUBLIC_URL ?? null,
    sessionIdleMs: durationMs(e.SESSION_IDLE),
    trustProxy: e.TRUST_PROXY ?? null,
  };
}
