import { setTimeout as sleep } from 'node:timers/promises';
import { MongoError, MongoNetworkError, MongoOperationTimeoutError, MongoServerError, MongoServerSelectionError } from 'mongodb';
import { withStorageKeys } from '../storageKey';
import { StorageUnavailableError } from '../types';

/**
 * How one MongoDB call is kept short and safe: a deadline over the whole call, retries of Cosmos
 * RU throttling (16500) with back-off inside that deadline, and the classification of errors, so
 * that an unreachable, timed-out or still-throttled server becomes StorageUnavailableError.
 *
 * Timeouts: driver 7.9 makes `timeoutMS` (CSOT) a no-op, so each call is bounded here instead:
 * server selection and connect by `connectTimeoutMs`, each socket read by `socketTimeoutMS`, and
 * the whole call (retries included) by an application deadline of `operationTimeoutMs` that also
 * aborts reads through their `signal`.
 */

/** Cosmos RU throttling (16500): retries after the first attempt, with back-off. */
const THROTTLE_RETRIES = 3;
const THROTTLE_BASE_DELAY_MS = 50;
const THROTTLE_MAX_DELAY_MS = 1000;

/** Server codes meaning the server cannot serve us now: shutdown, failover, network, time limit. */
const UNAVAILABLE_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  50, // MaxTimeMSExpired
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);
/** Driver errors not exported as classes, recognised by name. */
const UNAVAILABLE_NAMES = new Set(['MongoWaitQueueTimeoutError', 'MongoTopologyClosedError', 'MongoServerClosedError']);

class DeadlineExceededError extends Error {
  constructor(ms: number) {
    super(`storage call did not finish within ${ms} ms`);
    this.name = 'DeadlineExceededError';
  }
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DeadlineExceededError) return true;
  if (error instanceof MongoServerSelectionError || error instanceof MongoNetworkError || error instanceof MongoOperationTimeoutError) return true;
  if (!(error instanceof MongoError)) return false;
  if (UNAVAILABLE_NAMES.has(error.name)) return true;
  return typeof error.code === 'number' && UNAVAILABLE_CODES.has(error.code);
}

export function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof MongoServerError)) return false;
  if (error.code === 11000 || error.code === 11001) return true;
  // FerretDB 1.24 reports a unique violation from an update or upsert as code 1 (InternalError).
  return error.code === 1 && /UNIQUE constraint failed/i.test(error.message);
}

function isThrottled(error: unknown): boolean {
  if (!(error instanceof MongoServerError)) return false;
  return error.code === 16500 || error.codeName === 'RequestRateTooLarge' || /TooManyRequests|Request rate is large/i.test(error.message);
}

function throttleDelayMs(error: unknown, attempt: number): number {
  // Cosmos says how long to wait ("RetryAfterMs=123"); otherwise back off exponentially, with jitter.
  const hinted = error instanceof Error ? /RetryAfterMs=(\d+)/i.exec(error.message)?.[1] : undefined;
  const base = hinted !== undefined ? Number(hinted) : THROTTLE_BASE_DELAY_MS * 2 ** attempt;
  return Math.min(THROTTLE_MAX_DELAY_MS, base) + Math.floor(Math.random() * THROTTLE_BASE_DELAY_MS);
}

/** Unreachable, timed out, or still throttled after the retries: the store cannot serve this turn. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageUnavailableError) return error;
  return isUnavailable(error) || isThrottled(error) ? new StorageUnavailableError(error) : error;
}

/** One storage call under the store's deadline (see withDeadline). */
export type Run = <T>(call: (signal: AbortSignal) => Promise<T>) => Promise<T>;

/** A Run whose call goes ahead only once `keys` are checked (storageKey.ts); a refusal is a rejection. */
export type KeyedRun = <T>(keys: Record<string, unknown>, call: (signal: AbortSignal) => Promise<T>) => Promise<T>;

/** Every key that goes into a filter is checked to be a string first: never an operator object. */
export const keyedRunOf =
  (run: Run): KeyedRun =>
  (keys, call) =>
    withStorageKeys(keys, () => run(call));

/**
 * Runs one storage call under a deadline: past `ms` the call rejects with StorageUnavailableError
 * and reads in flight are aborted through `signal`. Unreachable-server errors are converted too.
 */
export async function withDeadline<T>(ms: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new DeadlineExceededError(ms);
      controller.abort(error);
      reject(error);
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([call(controller.signal), deadline]);
  } catch (error) {
    throw toStorageError(controller.signal.aborted && !isUnavailable(error) ? new DeadlineExceededError(ms) : error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Retries an idempotent operation throttled by Cosmos RU (16500), a few times with back-off,
 * inside the caller's deadline. `alsoRetry` adds other safely retryable errors.
 */
export async function retrying<T>(signal: AbortSignal, operation: () => Promise<T>, alsoRetry?: { when: (error: unknown) => boolean; times: number }): Promise<T> {
  let throttled = 0;
  let other = 0;
  for (;;) {
    try {
      return await operation();
    } catch (error) {
      if (signal.aborted) throw error;
      if (isThrottled(error) && throttled < THROTTLE_RETRIES) {
        await sleep(throttleDelayMs(error, throttled), undefined, { signal });
        throttled += 1;
      } else if (alsoRetry !== undefined && alsoRetry.when(error) && other < alsoRetry.times) {
        other += 1;
      } else {
        throw error;
      }
    }
  }
}
