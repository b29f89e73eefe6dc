// Starts a real Actornet server on port 0 over a temporary SQLite file, and speaks GraphQL to it over HTTP.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../server/src/app/server.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { GraphBundle } from '../../server/src/domain/schemas.ts';
import type { Viewer } from '../../server/src/domain/visibility.ts';

export const REAL_SEED = path.resolve('seeds/kazakhstan-2024.json');
export const FIXTURE = path.resolve('tests/api/fixtures/small-graph.json');

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; issues?: { path: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, headers: response.headers, ...body };
}

// Test responses are checked by assertions, not by the type checker.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

export interface TestServer extends RunningServer {
  dbFile: string;
  /** Runs an operation and returns its data, failing the test on any GraphQL error. */
  query<T = Data>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation expected to fail and returns the whole response. */
  request<T = Data>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

const tempDirs: string[] = [];

export async function tempDbFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-api-'));
  tempDirs.push(dir);
  return path.join(dir, 'graph.db');
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function startTestServer(options: { seedFile: string; dbFile?: string; viewer?: Viewer; env?: Record<string, string> }): Promise<TestServer> {
  const dbFile = options.dbFile ?? (await tempDbFile());
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    SQLITE_PATH: dbFile,
    SEED_FILE: options.seedFile,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const server = await startServer(config, options.viewer ? { viewer: options.viewer } : {});
  return {
    ...server,
    dbFile,
    request: (query, variables) => postGraphQL(server.url, query, variables),
    query: async (query, variables) => {
      const response = await postGraphQL(server.url, query, variables);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      if (!response.data) throw new Error(`No data (HTTP ${response.status})`);
      return response.data as never;
    },
  };
}

export async function readSeed(file: string): Promise<GraphBundle> {
  return JSON.parse(await readFile(file, 'utf8')) as GraphBundle;
}

export function bundleCounts(bundle: GraphBundle) {
  return {
    entities: bundle.entities.length,
    edges: bundle.edges.length,
    sources: bundle.sources.length,
    citations: bundle.edges.reduce((n, e) => n + e.citations.length, 0),
  };
}

export const STATS = '{ stats { entities edges sources citations } }';
