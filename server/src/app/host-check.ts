// DNS rebinding defence: a web page on another site can point its own name at this server's address, but its requests
// still carry that other name in `Host`. Only the server's own names are answered; anything else gets 421 before any
// route reads or writes.
import type { RequestHandler } from 'express';
import { hostNameOf } from '../config.ts';

export function hostCheck(allowedHosts: readonly string[]): RequestHandler {
  const allowed = new Set(allowedHosts);
  return (req, res, next) => {
    const host = req.headers.host;
    if (host && allowed.has(hostNameOf(host))) return next();
    res.status(421).json({ errors: [{ message: 'This server does not answer to that host name', extensions: { code: 'MISDIRECTED_REQUEST' } }] });
  };
}
