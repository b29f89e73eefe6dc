// The HTTP surface: security headers, /graphql, /healthz, GraphiQL at /explorer, and the built client with an SPA
// fallback. CORS stays closed unless origins are configured; the client is served from the same origin.
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hostCheck } from './host-check.ts';
import { StoreDamagedError, StoreUnavailableError } from '../domain/errors.ts';
import type { Logger } from './logger.ts';

export interface HttpAppOptions {
  graphql: RequestHandler;
  bodyLimit: string;
  corsOrigins: string[];
  /** The built client (`npm run build`); when absent, `publicDir/index.html` is served as a placeholder. */
  clientDist: string;
  /** The placeholder page served until the client is built. */
  publicDir: string;
  checkHealth: () => Promise<void>;
  logger: Logger;
  /** Further GET routes served before the client (exports, the import template). */
  getRoutes?: Record<string, RequestHandler>;
  /** Further POST routes (the import upload); each reads its own body. */
  postRoutes?: Record<string, RequestHandler>;
  /** The server's own host names; a request naming any other gets 421 (DNS rebinding). */
  allowedHosts: readonly string[];
  /** Express's `trust proxy`, for the client address and protocol behind a reverse proxy. */
  trustProxy: string | null;
  /** Finds the viewer of an API request, or answers 401 in team mode. */
  authenticate: RequestHandler;
  /** POST /auth/login and /auth/logout, in team mode. */
  authRoutes: Router | null;
}

function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

// Everything is served from this origin: no CDN, no hosted sandbox. Exports build images in the browser (blob: and
// data: URLs), and Cytoscape and React set inline style attributes.
const contentSecurityPolicy = {
  useDefaults: true,
  directives: {
    'default-src': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
    // Served over plain HTTP on the loopback interface; upgrading would break it. A TLS proxy sets its own policy.
    'upgrade-insecure-requests': null,
  },
};

const hasFileExtension = (urlPath: string) => path.extname(urlPath) !== '';

export function createHttpApp(options: HttpAppOptions): express.Express {
  const { graphql, bodyLimit, corsOrigins, clientDist, publicDir, checkHealth, logger, getRoutes = {}, postRoutes = {} } = options;
  const app = express();
  // Express hashes every body it sends for an ETag: for a 20 MB GraphQL answer that is tens of milliseconds of the
  // main thread for a header no POST can use. Static files keep theirs (express.static and sendFile make their own).
  app.set('etag', false);
  if (options.trustProxy) app.set('trust proxy', trustProxyValue(options.trustProxy));
  // Before anything else: a request for another host name reads and writes nothing.
  app.use(hostCheck(options.allowedHosts));
  const hasClient = existsSync(path.join(clientDist, 'index.html'));
  const indexFile = hasClient ? path.join(clientDist, 'index.html') : path.join(publicDir, 'index.html');
  // GraphiQL is the client build's second page; before a build, /explorer gets the placeholder that says to build.
  const explorerFile = hasClient ? path.join(clientDist, 'explorer.html') : indexFile;

  app.use(helmet({ contentSecurityPolicy, strictTransportSecurity: false }));

  app.get('/healthz', async (_req, res) => {
    try {
      await checkHealth();
      res.json({ status: 'ok' });
    } catch (error) {
      logger.error(`Health check failed: ${(error as Error).message}`);
      // Damaged pages are not a passing outage: the store stays up for what it can still read but refuses writes.
      const degraded = error instanceof StoreDamagedError;
      res.status(503).json({ status: degraded ? 'degraded' : 'unavailable', ...(error instanceof StoreUnavailableError && error.reason && { reason: error.reason }) });
    }
  });

  const corsPolicy: RequestHandler = corsOrigins.length > 0 ? cors({ origin: corsOrigins }) : (_req, _res, next) => next();
  if (options.authRoutes) app.use(options.authRoutes);
  app.use('/graphql', corsPolicy, options.authenticate, express.json({ limit: bodyLimit }), graphql);

  // Exports and imports read and write the graph: the same sign-in as the API in team mode.
  for (const [route, handler] of Object.entries(getRoutes)) app.get(route, options.authenticate, handler);
  for (const [route, handler] of Object.entries(postRoutes)) app.post(route, options.authenticate, handler);
  app.get('/explorer', (_req, res) => res.sendFile(explorerFile));
  if (hasClient) app.use(express.static(clientDist, { index: false }));
  app.use(express.static(publicDir, { index: false }));
  app.get('/{*page}', (req, res, next) => (hasFileExtension(req.path) ? next() : res.sendFile(indexFile)));

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error(`HTTP error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const message =
      status === 413 ? `Request body is larger than ${bodyLimit}` : status === 400 ? 'Malformed request body' : status === 500 ? 'Internal server error' : 'Bad request';
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  app.use(onError);

  return app;
}
