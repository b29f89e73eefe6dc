// The only module that reads process.env. Validated at boot; a bad value stops the start with a message saying how
// to fix it.
import path from 'node:path';
import { z } from 'zod';

const portSchema = z.coerce.number().int().min(0).max(65535);

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
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === 'neo4j' && !env.NEO4J_URI) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when STORE=neo4j (e.g. neo4j://localhost:7687)' });
    }
    if (env.STORE === 'neo4j' && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when STORE=neo4j' });
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
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
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
    logLevel: e.LOG_LEVEL,
  };
}
