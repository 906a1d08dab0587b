import type { Request, Response, Server } from 'restify';
import { createTokenBuckets } from '../edge/tokenBuckets';
import { errorBody } from '../httpErrors';
import type { Logger } from '../logger';
import { DIRECT_LINE_USER_PREFIX, DirectLineTokenError, type DirectLineTokens } from '../web/directLineTokens';
import type { WebChatSecrets } from '../web/webChatSecrets';

/**
 * The web chat page's way into Azure Bot Service's Direct Line: it asks here, and the server
 * exchanges its secret for a token bound to this browser's user. The page is given the token and
 * its expiry, and a browser credential the first time (so it keeps its user, and its saved drafts,
 * on its next visit); never the secret. Registered only with an app id and DIRECT_LINE_SECRET.
 */

export const DIRECT_LINE_TOKEN_PATH = '/api/directline/token';

/** One browser asks once a page load; this leaves room for reloads and a second tab. */
const TOKENS_PER_BROWSER_PER_MINUTE = 10;

export interface DirectLineTokenRouteDeps {
  tokens: DirectLineTokens;
  secrets: WebChatSecrets;
  logger: Logger;
  /** Tokens per minute for this whole process, all browsers together. */
  tokensPerMinute: number;
  now?: () => number;
}

export function registerDirectLineToken(server: Server, deps: DirectLineTokenRouteDeps): void {
  const overall = createTokenBuckets({ perMinute: deps.tokensPerMinute, maxKeys: 1, now: deps.now });
  const perBrowser = createTokenBuckets({ perMinute: Math.min(TOKENS_PER_BROWSER_PER_MINUTE, deps.tokensPerMinute), now: deps.now });

  server.post(DIRECT_LINE_TOKEN_PATH, async (req: Request, res: Response) => {
    // Another site's page must not obtain a token as this browser's user.
    if (!isFromPageOrigin(req.headers)) return refuse(res, 403);
    const presented = bearer(req);
    const known = presented === undefined ? undefined : deps.secrets.userIdOf(presented);
    const limit = overall.take('all');
    const browserLimit = known === undefined || !limit.ok ? limit : perBrowser.take(known);
    if (!browserLimit.ok) {
      res.setHeader('Retry-After', String(browserLimit.retryAfterS));
      return refuse(res, 429);
    }
    // A credential this server did not issue (its key was replaced, or it was made up) gets a new user.
    const user: { userId: string; credential?: string } = known === undefined ? deps.secrets.issueBrowserCredential() : { userId: known };

    try {
      const { token, expiresIn } = await deps.tokens.generate(`${DIRECT_LINE_USER_PREFIX}${user.userId}`);
      res.send(200, { token, expiresIn, ...(user.credential === undefined ? {} : { browserCredential: user.credential }) });
    } catch (error: unknown) {
      const reason = error instanceof DirectLineTokenError ? error.reason : 'unexpected';
      deps.logger.warn({ reason }, 'the Direct Line token service gave no token');
      refuse(res, 502);
    }
  });
}

/**
 * A browser names the page behind a POST in Origin, and in Sec-Fetch-Site: both must say it is
 * this server's own page, served over https (or plain http on a loopback name, for a local trial).
 */
export function isFromPageOrigin(headers: { origin?: string | string[]; host?: string; 'sec-fetch-site'?: string | string[] }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const { origin, host } = headers;
  if (typeof origin !== 'string' || host === undefined) return false;
  const ownHost = host.toLowerCase();
  const name = ownHost.replace(/:\d{1,5}$/, '');
  const loopbackName = name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
  const given = origin.toLowerCase();
  return given === `https://${ownHost}` || (loopbackName && given === `http://${ownHost}`);
}

function refuse(res: Response, status: number): void {
  res.send(status, errorBody(status));
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_.-]{1,200})$/.exec(header) : null;
  return match?.[1];
}
