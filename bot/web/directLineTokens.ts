import { z } from 'zod';
import { isLoopback } from '../config';

/**
 * Exchanges the Direct Line secret for a short-lived token bound to one user, through Azure Bot
 * Service's `POST {endpoint}/tokens/generate`. The secret goes only in that request's
 * Authorization header: it is never returned, logged, or put in an error message.
 */

export interface DirectLineTokenPolicy {
  /** Tests only (given at wiring, never by the environment): plain http to a loopback address, standing in for the service. */
  allowLoopbackHttp?: boolean;
}

export interface DirectLineToken {
  token: string;
  expiresIn: number;
}

export interface DirectLineTokens {
  generate(userId: string): Promise<DirectLineToken>;
  /** The endpoint's origin, for the page's Content-Security-Policy (its https and its WebSocket address). */
  connectSources: readonly string[];
}

/** Why the token service gave no token; it carries no secret and no response body. */
export class DirectLineTokenError extends Error {
  constructor(readonly reason: 'unreachable' | 'refused' | 'malformed') {
    super(`the Direct Line token service gave no token (${reason})`);
    this.name = 'DirectLineTokenError';
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

// What the service answers (it also names a conversation id, which the page is not given).
const generated = z.object({
  token: z.string().regex(/^[A-Za-z0-9_.-]{1,4096}$/),
  expires_in: z.number().int().positive().max(86_400),
});

/** Direct Line requires a user id bound in a token to start with dl_ (its enhanced authentication). */
export const DIRECT_LINE_USER_PREFIX = 'dl_';

export function isAllowedEndpoint(endpoint: URL, policy: DirectLineTokenPolicy): boolean {
  if (endpoint.protocol === 'https:') return true;
  return policy.allowLoopbackHttp === true && endpoint.protocol === 'http:' && isLoopback(endpoint.hostname.replace(/^\[|\]$/g, ''));
}

export function directLineTokens(settings: { endpoint: string; secret: string }, policy: DirectLineTokenPolicy = {}): DirectLineTokens {
  const endpoint = new URL(settings.endpoint);
  if (!isAllowedEndpoint(endpoint, policy)) throw new Error('DIRECT_LINE_ENDPOINT must be an https URL');
  const generateUrl = `${settings.endpoint.replace(/\/+$/, '')}/tokens/generate`;
  const socketOrigin = `${endpoint.protocol === 'https:' ? 'wss:' : 'ws:'}//${endpoint.host}`;
  return {
    connectSources: [endpoint.origin, socketOrigin],
    async generate(userId) {
      let response: Response;
      try {
        response = await fetch(generateUrl, {
          method: 'POST',
          headers: { Authorization: `Bearer ${settings.secret}`, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ user: { id: userId } }),
          redirect: 'error',
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch {
        throw new DirectLineTokenError('unreachable');
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DirectLineTokenError('refused');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new DirectLineTokenError('malformed');
      }
      const parsed = generated.safeParse(body);
      if (!parsed.success) throw new DirectLineTokenError('malformed');
      return { token: parsed.data.token, expiresIn: parsed.data.expires_in };
    },
  };
}
