import { StorageUnavailableError, type Storage } from './types';

/**
 * A store that may not be reachable yet when the process starts. It returns at once and opens in
 * the background, retrying with a bounded back-off (by default 1 s, doubling, at most 30 s) until
 * the open succeeds. Until then every operation rejects with StorageUnavailableError (the turn
 * tells the user nothing is lost) and ping() rejects (so /readyz answers 503); once open, it
 * delegates. An operation arriving while an attempt is in flight waits for that attempt, at most
 * `waitForOpenMs` (a first turn just after start-up is served as soon as the store opens).
 *
 * Once open, reconnecting after a later outage is the driver's job: each call then fails on its
 * own deadline with StorageUnavailableError, and succeeds again when the server is back.
 */

export interface ResilientStorageOptions {
  /** The configured kind, reported before the store is open (default 'mongodb'). */
  kind?: Storage['kind'];
  /** The first delay between attempts (default 1000 ms); it doubles after each failure, up to 30 times this. */
  retryEveryMs?: number;
  /** How long an operation waits for an attempt in flight before rejecting (default 3000 ms). */
  waitForOpenMs?: number;
  /** Told the kind of each failed attempt (an error name, never a message: it could carry a URI). */
  onError?: (kind: string) => void;
}

const DEFAULT_RETRY_EVERY_MS = 1000;
const MAX_BACKOFF_FACTOR = 30;
const DEFAULT_WAIT_FOR_OPEN_MS = 3000;
/** close() waits this long at most for an attempt in flight; whatever it opens later, it closes itself. */
const CLOSE_WAIT_MS = 10_000;

export function resilientStorage(open: () => Promise<Storage>, options: ResilientStorageOptions = {}): Storage {
  const retryEveryMs = options.retryEveryMs ?? DEFAULT_RETRY_EVERY_MS;
  const waitForOpenMs = options.waitForOpenMs ?? DEFAULT_WAIT_FOR_OPEN_MS;
  let opened: Storage | undefined;
  /** The attempt in flight; it never rejects. */
  let attempt: Promise<void> | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;
  let closing: Promise<void> | undefined;

  const attemptOpen = (): void => {
    retryTimer = undefined;
    attempt = (async () => {
      try {
        const storage = await open();
        // Closed while this attempt was in flight: nobody will use it.
        if (closing !== undefined) await storage.close().catch(() => undefined);
        else opened = storage;
      } catch (error) {
        failures += 1;
        try {
          options.onError?.(errorKind(error));
        } catch {
          // A reporter's failure must not stop the retries.
        }
        if (closing === undefined) {
          const delay = Math.min(retryEveryMs * 2 ** (failures - 1), retryEveryMs * MAX_BACKOFF_FACTOR);
          retryTimer = setTimeout(attemptOpen, delay);
          retryTimer.unref();
        }
      } finally {
        attempt = undefined;
      }
    })();
  };
  attemptOpen();

  async function ready(): Promise<Storage> {
    if (opened !== undefined) return opened;
    if (closing !== undefined) throw new StorageUnavailableError(new Error('the store is closed'));
    if (attempt !== undefined) await settledWithin(attempt, waitForOpenMs);
    if (opened !== undefined) return opened;
    throw new StorageUnavailableError(new Error('the store is not open yet'));
  }

  return {
    kind: options.kind ?? 'mongodb',
    conversations: {
      load: async (conversationId, now) => (await ready()).conversations.load(conversationId, now),
      save: async (conversationId, expectedRevision, state, expiresAt, now) =>
        (await ready()).conversations.save(conversationId, expectedRevision, state, expiresAt, now),
    },
    drafts: {
      put: async (draft) => (await ready()).drafts.put(draft),
      get: async (ownerKey, draftId, now) => (await ready()).drafts.get(ownerKey, draftId, now),
      list: async (ownerKey, now) => (await ready()).drafts.list(ownerKey, now),
      remove: async (ownerKey, draftId) => (await ready()).drafts.remove(ownerKey, draftId),
    },
    submissions: {
      submit: async (submission) => (await ready()).submissions.submit(submission),
      get: async (reference) => (await ready()).submissions.get(reference),
      listByOwner: async (ownerKey, limit) => (await ready()).submissions.listByOwner(ownerKey, limit),
      listRoutedTo: async (recipients, limit, kind) => (await ready()).submissions.listRoutedTo(recipients, limit, kind),
      referenceOf: async (idempotencyKey) => (await ready()).submissions.referenceOf(idempotencyKey),
      addRoutes: async (reference, recipients) => (await ready()).submissions.addRoutes(reference, recipients),
      listCreatedBefore: async (kind, createdBefore, limit) => (await ready()).submissions.listCreatedBefore(kind, createdBefore, limit),
      remove: async (reference) => (await ready()).submissions.remove(reference),
      listByKind: async (kind, since, limit) => (await ready()).submissions.listByKind(kind, since, limit),
    },
    recordEvents: {
      append: async (event) => (await ready()).recordEvents.append(event),
      listFor: async (references) => (await ready()).recordEvents.listFor(references),
      removeFor: async (reference) => (await ready()).recordEvents.removeFor(reference),
    },
    audit: {
      append: async (entry) => (await ready()).audit.append(entry),
      listBySubject: async (subject) => (await ready()).audit.listBySubject(subject),
      readChain: async (afterSeq, limit) => (await ready()).audit.readChain(afterSeq, limit),
      countUnchained: async () => (await ready()).audit.countUnchained(),
    },
    references: {
      put: async (objectId, reference, now) => (await ready()).references.put(objectId, reference, now),
      get: async (objectId) => (await ready()).references.get(objectId),
    },
    alerts: {
      enqueue: async (alerts) => (await ready()).alerts.enqueue(alerts),
      due: async (now, limit) => (await ready()).alerts.due(now, limit),
      claim: async (alertId, attempt, now) => (await ready()).alerts.claim(alertId, attempt, now),
      settle: async (alertId, attempt, outcome) => (await ready()).alerts.settle(alertId, attempt, outcome),
      postpone: async (alertId, nextAttemptAt) => (await ready()).alerts.postpone(alertId, nextAttemptAt),
      listByKey: async (idempotencyKey) => (await ready()).alerts.listByKey(idempotencyKey),
      removeByKey: async (idempotencyKey) => (await ready()).alerts.removeByKey(idempotencyKey),
    },
    ping: async () => (await ready()).ping(),
    sweepExpired: async (now) => (await ready()).sweepExpired(now),
    close() {
      closing ??= (async () => {
        clearTimeout(retryTimer);
        retryTimer = undefined;
        // An attempt in flight is bounded by the store's own open deadline; what it opens is closed by it.
        if (attempt !== undefined) await settledWithin(attempt, CLOSE_WAIT_MS);
        const storage = opened;
        opened = undefined;
        await storage?.close();
      })();
      return closing;
    },
  };
}

/** Resolves when `work` settles or after `ms`, whichever comes first. */
async function settledWithin(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A name for a failed attempt, e.g. "StorageUnavailableError(MongoServerSelectionError)". */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  return error instanceof StorageUnavailableError && error.cause instanceof Error ? `${error.name}(${error.cause.name})` : error.name;
}
