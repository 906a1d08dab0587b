import type { Next, Request, Response } from 'restify';
import { errorBody } from '../httpErrors';
import type { BearerCheck } from './bearerCheck';

/**
 * The checks that run before any request body is read, decompressed or parsed. Each refusal is a
 * status from the error catalogue with its short JSON body; nothing of the request is echoed.
 */

export const MESSAGES_PATH = '/api/messages';

/** Every response, errors and health checks included: never sniffed as another type, never cached. */
export function securityHeaders(_req: Request, res: Response, next: Next): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** No channel we serve compresses request bodies, so none is ever inflated: a compressed body is refused unread. */
export function refuseEncodedBodies(req: Request, res: Response, next: Next): void {
  const encoding = req.headers['content-encoding'];
  if (encoding === undefined || encoding.trim().toLowerCase() === 'identity' || encoding.trim() === '') return next();
  refuse(res, 415);
  next(false);
}

const isMessagesPost = (req: Request): boolean => req.method === 'POST' && req.getPath() === MESSAGES_PATH;

/** /api/messages takes JSON only: anything else is refused before its body is read. */
export function requireJsonForMessages(req: Request, res: Response, next: Next): void {
  if (!isMessagesPost(req) || req.getContentType() === 'application/json') return next();
  refuse(res, 415);
  next(false);
}

/** With an app id, the Bot Framework token is checked before the body is read; a missing or bad one is 401. */
export function requireBearerForMessages(check: BearerCheck) {
  return (req: Request, res: Response, next: Next): void => {
    if (!isMessagesPost(req)) return next();
    const header = req.headers.authorization;
    check(typeof header === 'string' ? header : undefined).then(
      (ok) => {
        if (ok) return next();
        refuse(res, 401);
        next(false);
      },
      () => {
        refuse(res, 401);
        next(false);
      },
    );
  };
}

function refuse(res: Response, status: number): void {
  // The unread body is left behind: the connection closes rather than draining it.
  res.setHeader('Connection', 'close');
  res.send(status, errorBody(status));
}
