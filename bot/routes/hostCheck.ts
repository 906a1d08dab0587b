import type { Next, Request, Response, Server } from 'restify';
import { errorBody } from '../httpErrors';
import { isAllowedHost } from '../web/requestGuards';

/**
 * Without an app id nothing is authenticated at the edge, so every request (the page, the
 * Direct Line, /api/messages, health) must name this server in its Host header: a page that
 * rebinds its own DNS name to 127.0.0.1 is refused before anything runs.
 */
export function registerHostCheck(server: Server, allowedNames: readonly string[]): void {
  server.pre((req: Request, res: Response, next: Next) => {
    if (isAllowedHost(req.headers.host, allowedNames, req.socket.localPort)) return next();
    res.send(403, errorBody(403));
    return next(false);
  });
}
