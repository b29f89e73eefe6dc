// Sign-in over HTTP and the viewer of every API request. In local mode every request is the local user. In team mode
// a request carries a session cookie (from POST /auth/login) or `Authorization: Bearer <token>`; without either it
// gets 401 UNAUTHENTICATED. Login and logout accept JSON only, so a cross-site form cannot post to them.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { parse as parseCookies } from 'cookie';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AccountService } from '../domain/account-service.ts';
import type { Viewer } from '../domain/visibility.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

export const SESSION_COOKIE = 'actornet_session';
const BEARER = /^Bearer\s+(\S+)$/i;

export interface AuthOptions {
  mode: 'none' | 'accounts';
  accounts: AccountService;
  /** Who every request is in local mode. */
  localViewer: Viewer;
  /** The address users open; when it is https the cookie is Secure even if TLS ends at a proxy. */
  publicUrl: string | null;
  limiter: SignInLimiter;
}

const viewers = new WeakMap<Request, Viewer>();

/** The viewer `authenticate` found for this request (before any audience header: see graphql/context.ts). */
export function authenticatedViewer(req: Request): Viewer {
  const viewer = viewers.get(req);
  if (!viewer) throw new Error('authenticate() did not run for this request');
  return viewer;
}

function unauthenticated(res: Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

const addressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

export function authenticate(options: AuthOptions): RequestHandler {
  return async (req, res, next) => {
    try {
      if (options.mode === 'none') {
        viewers.set(req, options.localViewer);
        return next();
      }
      const bearer = BEARER.exec(req.headers.authorization ?? '');
      const sessionId = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
      const viewer = bearer
        ? await options.accounts.viewerForToken(bearer[1] as string)
        : sessionId
          ? await options.accounts.viewerForSession(sessionId)
          : null;
      if (!viewer) return unauthenticated(res, bearer ? 'The API token is not valid' : 'Sign in to use Actornet');
      viewers.set(req, viewer);
      next();
    } catch (error) {
      next(error);
    }
  };
}

function requireJson(req: Request, res: Response): boolean {
  if (req.is('application/json')) return true;
  res.status(415).json({ errors: [{ message: 'Send JSON (content-type: application/json)', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  return false;
}

export function authRoutes(options: AuthOptions): Router {
  const router = express.Router();
  const json = express.json({ limit: '10kb' });

  router.post('/auth/login', json, async (req, res, next) => {
    try {
      if (!requireJson(req, res)) return;
      const body = (req.body ?? {}) as { username?: unknown; password?: unknown };
      const username = typeof body.username === 'string' ? body.username : '';
      const address = addressOf(req);
      const lockedMs = await options.limiter.lockedFor(username, address);
      if (lockedMs > 0) {
        const seconds = Math.ceil(lockedMs / 1000);
        res.set('Retry-After', String(seconds));
        res.status(429).json({
          errors: [{ message: `Too many failed sign-ins; try again in ${Math.ceil(seconds / 60)} minute(s)`, extensions: { code: 'TOO_MANY_REQUESTS' } }],
        });
        return;
      }
      const signedIn = await options.accounts.signIn(username, body.password, { address });
      if (!signedIn) {
        await sleep(await options.limiter.failed(username, address));
        return unauthenticated(res, 'Sign-in failed: the account name or password is not right');
      }
      await options.limiter.succeeded(username);
      const secure = options.publicUrl?.startsWith('https:') || req.secure;
      res.cookie(SESSION_COOKIE, signedIn.sessionId, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
      const { name, role, restrictedAccess } = signedIn.account;
      res.json({ account: { name, role: role.toUpperCase(), restrictedAccess } });
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/logout', json, async (req, res, next) => {
    try {
      if (!requireJson(req, res)) return;
      const sessionId = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
      if (sessionId) await options.accounts.signOut(sessionId, { address: addressOf(req) });
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
      res.json({ signedOut: true });
    } catch (error) {
      next(error);
    }
  });

  return router;
}
