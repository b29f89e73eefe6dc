// Starts a complete Actornet server in-process: store, first-start seeding, GraphQL and HTTP. main.ts uses it, and so
// do the API tests and the benchmark (on port 0, against a temporary database file).
import { expressMiddleware } from '@as-integrations/express5';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { GraphService } from '../domain/graph-service.ts';
import { LOCAL_VIEWER, type Viewer } from '../domain/visibility.ts';
import { createApolloServer } from '../graphql/apollo.ts';
import { createContext } from '../graphql/context.ts';
import type { BulkLoadResult } from '../ports/graph-store.ts';
import { createStore } from './create-store.ts';
import { createHttpApp } from './http-app.ts';
import { createExportRoute, csvTemplateRoute } from '../io/export-route.ts';
import { createImportRoute } from '../io/import-route.ts';
import { requestViewer } from './request-viewer.ts';
import { createLogger, type Logger } from './logger.ts';
import { seedOnFirstStart } from './seed.ts';

export interface StartOptions {
  /**
   * Who every request reads as. Only code that starts the server chooses it (tests check redaction with
   * PUBLIC_VIEWER); a request can only narrow it (X-Actornet-Audience: public). Defaults to the local user.
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
  const viewer = options.viewer ?? LOCAL_VIEWER;
  const store = await createStore(config.store);
  try {
    await store.init();
    const seeded = await seedOnFirstStart(store, config.seed);
    const service = new GraphService(store);

    const httpServer = http.createServer();
    const apollo = createApolloServer({ httpServer, logger, introspection: config.env !== 'production' });
    await apollo.start();
    const app = createHttpApp({
      graphql: expressMiddleware(apollo, { context: async ({ req }) => createContext(service, requestViewer(viewer, req.headers)) }),
      bodyLimit: config.bodyLimit,
      corsOrigins: config.corsOrigins,
      clientDist: options.clientDist ?? DEFAULT_CLIENT_DIST,
      publicDir: options.publicDir ?? DEFAULT_PUBLIC_DIR,
      checkHealth: async () => {
        await store.isEmpty();
      },
      logger,
      getRoutes: {
        '/export': createExportRoute(store, (req) => requestViewer(viewer, req.headers)),
        '/import/template.zip': csvTemplateRoute,
      },
      postRoutes: { '/import': createImportRoute(store, (req) => requestViewer(viewer, req.headers), config.importLimit) },
    });
    httpServer.on('request', app);

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
        closing ??= apollo.stop().finally(() => store.close());
        return closing;
      },
    };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
