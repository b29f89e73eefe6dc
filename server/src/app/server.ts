// Starts a complete Actornet server in-process: store, first-start seeding, GraphQL and HTTP. main.ts uses it, and so
// do the API tests and the benchmark (on port 0, against a temporary database file).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { AccountService } from '../domain/account-service.ts';
import { GraphService } from '../domain/graph-service.ts';
import { LOCAL_VIEWER, type Viewer } from '../domain/visibility.ts';
import { createApolloServer } from '../graphql/apollo.ts';
import { canvasInThread } from '../graphql/canvas.ts';
import { createContext, viewerForRequest } from '../graphql/context.ts';
import { graphqlHandler } from '../graphql/http-handler.ts';
import type { BulkLoadResult } from '../ports/graph-store.ts';
import { createStore } from './create-store.ts';
import { authRoutes, authenticate, authenticatedViewer, type AuthOptions } from './auth.ts';
import { createHttpApp } from './http-app.ts';
import { createExportRoute, csvTemplateRoute } from '../io/export-route.ts';
import { createImportRoute } from '../io/import-route.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { createLogger, type Logger } from './logger.ts';
import { MetricsThread } from './metrics-thread.ts';
import { PooledGraphService, ReadPool, pooledCanvasReader } from './read-pool.ts';
import { seedOnFirstStart } from './seed.ts';
import { SignInLimiter } from './sign-in-limiter.ts';

/** The one command a team-mode server with no account yet tells its operator to run. */
export const FIRST_ADMIN_COMMAND = 'npm run users -- add NAME --role admin --restricted-access';
const PRUNE_SESSIONS_EVERY_MS = 60 * 60 * 1000;

export interface StartOptions {
  /**
   * Who every request reads as in local mode (AUTH=none). Only code that starts the server chooses it (tests check
   * redaction with PUBLIC_VIEWER); no request can. Defaults to the local user. Team mode ignores it.
   */
  viewer?: Viewer;
  logger?: Logger;
  clientDist?: string;
  publicDir?: string;
}

export interface RunningServer {
  url: string;
  /** What first-start seeding loaded, or null when the store already held data or seeding is off. */
  seeded: BulkLoadResult | null;
  /** Stops accepting requests, lets in-flight ones finish, then closes the store. */
  close(): Promise<void>;
}

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../../client/dist', import.meta.url));
const DEFAULT_PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  limitHeapGrowth();
  const viewer = options.viewer ?? LOCAL_VIEWER;
  const store = await createStore(config.store);
  let pool: ReadPool | null = null;
  try {
    await store.init();
    const seeded = await seedOnFirstStart(store, config.seed);
    // Started after migration and seeding: the workers open the finished file read-only.
    if (config.readWorkers > 0 && config.store.kind === 'sqlite') pool = await ReadPool.start(config.store.path, config.readWorkers);
    // Whole-graph metrics run on their own thread with either store: the main thread stays free for requests.
    const metrics = new MetricsThread();
    // A server that reads on worker threads (outside tests) starts its metrics thread with them.
    if (pool) await metrics.warm();
    const service = pool ? new PooledGraphService(store, pool, { metrics }) : new GraphService(store, { metrics });
    const canvas = pool ? pooledCanvasReader(pool, service) : canvasInThread(service);
    const accounts = new AccountService(store.accounts, config.sessionIdleMs);
    if (config.auth === 'accounts' && !(await accounts.hasAccounts())) {
      logger.warn(`No account exists yet. Create the first admin (the password is read from standard input): ${FIRST_ADMIN_COMMAND}`);
    }
    const auth: AuthOptions = { mode: config.auth, accounts, localViewer: viewer, publicUrl: config.publicUrl, limiter: new SignInLimiter() };

    const httpServer = http.createServer();
    const apollo = createApolloServer({ httpServer, logger, introspection: config.env !== 'production' });
    await apollo.start();
    const app = createHttpApp({
      graphql: graphqlHandler(apollo, async ({ req }) => createContext(service, viewerForRequest(authenticatedViewer(req), req.headers), accounts, canvas)),
      bodyLimit: config.bodyLimit,
      corsOrigins: config.corsOrigins,
      clientDist: options.clientDist ?? DEFAULT_CLIENT_DIST,
      publicDir: options.publicDir ?? DEFAULT_PUBLIC_DIR,
      checkHealth: async () => {
        await store.isEmpty();
      },
      logger,
      allowedHosts: config.allowedHosts,
      trustProxy: config.trustProxy,
      authenticate: authenticate(auth),
      authRoutes: config.auth === 'accounts' ? authRoutes(auth) : null,
      getRoutes: {
        '/export': createExportRoute(store, (req) => viewerForRequest(authenticatedViewer(req), req.headers)),
        '/import/template.zip': csvTemplateRoute,
      },
      postRoutes: { '/import': createImportRoute(store, (req) => viewerForRequest(authenticatedViewer(req), req.headers), config.importLimit) },
    });
    httpServer.on('request', app);
    const pruning =
      config.auth === 'accounts'
        ? setInterval(() => accounts.pruneSessions().catch((e: unknown) => logger.warn(`Pruning idle sessions failed: ${String(e)}`)), PRUNE_SESSIONS_EVERY_MS).unref()
        : null;

    let address: AddressInfo;
    try {
      address = await listen(httpServer, config.port, config.host);
    } catch (error) {
      await apollo.stop().catch(() => undefined);
      throw error;
    }
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

    let closing: Promise<void> | null = null;
    return {
      url: `http://${host}:${address.port}`,
      seeded,
      close: () => {
        // The drain plugin closes the HTTP server and waits for in-flight requests before Apollo stops.
        if (pruning) clearInterval(pruning);
        closing ??= apollo
          .stop()
          .finally(() => pool?.close())
          .finally(() => metrics.close())
          .finally(() => store.close());
        return closing;
      },
    };
  } catch (error) {
    await pool?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
}
