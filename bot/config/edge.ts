import { z } from 'zod';

/** The HTTP edge: the largest body, socket timeouts and the limits on turns (docs/security.md). */
export const edgeEnv = z.object({
  MAX_BODY_KB: z.coerce.number().int().min(16).max(1024).default(256),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(30_000),
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(5_000),
  RATE_CONVERSATION_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(30),
  RATE_USER_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(60),
  MAX_TURNS_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(64),
});

export type EdgeEnv = z.output<typeof edgeEnv>;

export interface EdgeLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  keepAliveTimeoutMs: number;
  conversationTurnsPerMinute: number;
  userTurnsPerMinute: number;
  maxTurnsInFlight: number;
}

export function checkEdge(env: EdgeEnv, ctx: z.RefinementCtx): void {
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    ctx.addIssue({ code: 'custom', path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS' });
  }
}

/** The largest request body accepted on /api/messages. */
export function maxBodyBytesOf(e: EdgeEnv): number {
  return e.MAX_BODY_KB * 1024;
}

export function edgeLimitsOf(e: EdgeEnv): EdgeLimits {
  return {
    headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
    keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    conversationTurnsPerMinute: e.RATE_CONVERSATION_PER_MINUTE,
    userTurnsPerMinute: e.RATE_USER_PER_MINUTE,
    maxTurnsInFlight: e.MAX_TURNS_IN_FLIGHT,
  };
}
