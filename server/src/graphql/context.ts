// What every resolver receives. The viewer is derived here, per request, from who authenticated (app/auth.ts) and
// the audience the request asks for: `X-Actornet-Audience: public` reads as a viewer without restricted access
// ("Preview as public", publication exports). A request may ask for less than its account holds, never more.
import type { IncomingHttpHeaders } from 'node:http';
import { AccountService } from '../domain/account-service.ts';
import type { GraphService } from '../domain/graph-service.ts';
import { withoutRestrictedAccess, type Viewer } from '../domain/visibility.ts';
import { canvasInThread, type CanvasReader } from './canvas.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export const AUDIENCE_HEADER = 'x-actornet-audience';

export interface Context {
  viewer: Viewer;
  service: GraphService;
  accounts: AccountService;
  loaders: Loaders;
  /** Reads a neighborhood straight into the canvas's answer. */
  canvas: CanvasReader;
}

export function viewerForRequest(authenticated: Viewer, headers: IncomingHttpHeaders): Viewer {
  return headers[AUDIENCE_HEADER] === 'public' ? withoutRestrictedAccess(authenticated) : authenticated;
}

export function createContext(
  service: GraphService,
  viewer: Viewer,
  accounts: AccountService = new AccountService(service.store.accounts),
  canvas: CanvasReader = canvasInThread(service),
): Context {
  return { viewer, service, accounts, loaders: createLoaders(service, viewer), canvas };
}
