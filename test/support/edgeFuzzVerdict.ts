import { z } from 'zod';
import { READY_TIMEOUT_MS } from '../../bot/routes/health';

/**
 * How the edge fuzzing (test/integration/edge.fuzz.test.ts) judges one answer. No 5xx and an answer
 * within 2 s (the bound issue 9 asks for), with one exception: the readiness probe's 503 saying the
 * store is not ready (bot/routes/health.ts) is the right answer when the store is slow, as MongoDB's
 * ping is on a heavily loaded machine, so it is counted apart. Since that answer comes only after the
 * probe's own deadline, the probe is given that deadline on top of the bound. Anything else stays a
 * failure: a 500 anywhere, a 503 from any other route, or one from the probe without its not-ready body.
 */

export interface EdgeAnswer {
  method: string;
  path: string;
  status: number;
  ms: number;
  body: string;
}

export const RESPONSE_BOUND_MS = 2_000;
/** The readiness probe waits up to its deadline for the store, then has the same bound as any answer. */
export const READINESS_BOUND_MS = READY_TIMEOUT_MS + RESPONSE_BOUND_MS;

export type Verdict = { kind: 'answered' } | { kind: 'storeNotReady' } | { kind: 'failed'; why: string };

/** What /readyz answers with its 503: the store did not answer in time. */
const notReadyBody = z.object({ status: z.literal('not_ready'), storage: z.string() });

/** The probe as it is registered: GET on exactly its path (the fuzzing's other paths are its own). */
const isReadinessProbe = (answer: EdgeAnswer): boolean => answer.method === 'GET' && answer.path === '/readyz';

function saysStoreNotReady(body: string): boolean {
  try {
    return notReadyBody.safeParse(JSON.parse(body)).success;
  } catch {
    return false;
  }
}

export function verdictOf(answer: EdgeAnswer): Verdict {
  const readiness = isReadinessProbe(answer);
  const storeNotReady = readiness && answer.status === 503 && saysStoreNotReady(answer.body);
  if (answer.status >= 500 && !storeNotReady) return { kind: 'failed', why: `answered ${answer.status}` };
  if (answer.ms >= (readiness ? READINESS_BOUND_MS : RESPONSE_BOUND_MS)) return { kind: 'failed', why: `took ${Math.round(answer.ms)} ms` };
  return storeNotReady ? { kind: 'storeNotReady' } : { kind: 'answered' };
}
