/**
 * Why a request to Entra or Graph gave nothing usable: the step, a kind, the status, how long the
 * service asked to be left alone (Retry-After), and its error code when it is a plain identifier
 * (`invalid_client`, `Authorization_RequestDenied`). Never the body's message, a token or a secret.
 */

export type GraphFailureKind = 'unreachable' | 'unauthorized' | 'forbidden' | 'notFound' | 'throttled' | 'unavailable' | 'refused' | 'malformed';

export class GraphRequestError extends Error {
  constructor(
    readonly step: 'token' | 'graph',
    readonly kind: GraphFailureKind,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    readonly code?: string,
  ) {
    super(`Microsoft Graph membership: ${step} ${kind}${status === undefined ? '' : ` (${status})`}`);
    this.name = 'GraphRequestError';
  }
}

/** The most a Retry-After is honoured for: a longer one is treated as this, so a typo in a proxy cannot stop refreshes for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** Retry-After as Graph and Entra send it: delay-seconds, or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMsOf(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - nowMs;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

const kindOfStatus = (status: number): GraphFailureKind => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  return status >= 500 ? 'unavailable' : 'refused';
};

const SAFE_CODE = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;

/** The error code of a failed answer: OAuth's `error`, or Graph's `error.code`. */
function codeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error: unknown = body.error;
  const code = typeof error === 'string' ? error : typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code !== undefined && SAFE_CODE.test(code) ? code : undefined;
}

export async function failureOf(step: 'token' | 'graph', response: Response, nowMs: number): Promise<GraphRequestError> {
  const body: unknown = await response.json().catch(() => undefined);
  return new GraphRequestError(step, kindOfStatus(response.status), response.status, retryAfterMsOf(response.headers.get('retry-after'), nowMs), codeOf(body));
}
