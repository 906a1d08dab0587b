import { setTimeout as sleep } from 'node:timers/promises';
import {
  MongoClient,
  MongoError,
  MongoNetworkError,
  MongoOperationTimeoutError,
  MongoServerError,
  MongoServerSelectionError,
  ObjectId,
  type Collection,
  type Db,
  type IndexDescription,
} from 'mongodb';
import { z } from 'zod';
import { newSubmissionReference } from './reference';
import {
  jsonObjectSchema,
  StorageUnavailableError,
  type AuditEntry,
  type AuditLog,
  type ConversationStore,
  type DraftRecord,
  type DraftStore,
  type JsonObject,
  type LoadedConversation,
  type NewSubmission,
  type SaveResult,
  type Storage,
  type SubmissionRecord,
  type SubmissionStore,
  type SubmitResult,
} from './types';

/**
 * The MongoDB adapter (Atlas, a replica set, Cosmos DB for MongoDB RU or vCore; FerretDB in tests).
 * The same design as the embedded adapter, held to the portable subset of shared/design/STORAGE.md:
 * one document per conversation revision under a unique (conversationId, revision) key, so every
 * race is settled by an insert against a unique index (atomic on every backend, FerretDB included);
 * expiry is filtered on read and swept by the application; no transactions.
 *
 * User data (conversation state, draft state, submission payload) is stored as a JSON string, so
 * keys such as "$set" or "a.b" are never document keys.
 *
 * Timeouts: driver 7.9 makes `timeoutMS` (CSOT) a no-op, so each call is bounded here instead:
 * server selection and connect by `connectTimeoutMs`, each socket read by `socketTimeoutMS`, and
 * the whole call (retries included) by an application deadline of `operationTimeoutMs` that also
 * aborts reads through their `signal`. Unreachable-server errors become StorageUnavailableError.
 */

const SCHEMA_VERSION = 1;
/** How many superseded revisions of a conversation the sweep keeps (as the embedded adapter). */
const KEPT_REVISIONS = 5;
/** Conversations handled per delete in the sweep: keeps each `$or` and each step small. */
const SWEEP_BATCH = 100;
/** Cosmos RU throttling (16500): retries after the first attempt, with back-off. */
const THROTTLE_RETRIES = 3;
const THROTTLE_BASE_DELAY_MS = 50;
const THROTTLE_MAX_DELAY_MS = 1000;
/** A concurrent upsert of the same draft can lose the insert race with a duplicate key: retry it. */
const UPSERT_RETRIES = 2;
/** Attempts at drawing a submission reference not already taken (a collision is ~1 in 10^12). */
const REFERENCE_ATTEMPTS = 3;

export interface MongoStorageOptions {
  uri: string;
  database: string;
  /** Server selection and TCP connect limit (default 3000 ms). */
  connectTimeoutMs?: number;
  /** Limit for one storage call, retries included (default 5000 ms): a turn never hangs past Teams' 15 s. */
  operationTimeoutMs?: number;
}

interface RevisionDoc {
  _id: ObjectId;
  schemaVersion: number;
  conversationId: string;
  revision: number;
  /** JSON text of the state; null once the sweep has cleared an expired newest row. */
  stateJson: string | null;
  expiresAt: Date;
  updatedAt: Date;
}

interface DraftDoc {
  schemaVersion: number;
  ownerKey: string;
  draftId: string;
  flowId: string;
  stateJson: string;
  expiresAt: Date;
  updatedAt: Date;
  createdAt: Date;
}

interface SubmissionDoc {
  _id: ObjectId;
  schemaVersion: number;
  idempotencyKey: string;
  reference: string;
  kind: string;
  ownerKey: string;
  payloadJson: string;
  createdAt: Date;
}

interface AuditDoc {
  _id: ObjectId;
  schemaVersion: number;
  /** Append order: increasing within a process, wall-clock ordered (microsecond scale) across processes. */
  seq: number;
  at: Date;
  actorKey: string;
  action: string;
  subject: string;
}

const objectIdSchema = z.instanceof(ObjectId);
const revisionRead = z.object({
  _id: objectIdSchema,
  revision: z.number().int(),
  stateJson: z.string().nullable().optional(),
  expiresAt: z.date(),
});
const draftRead = z.object({
  ownerKey: z.string(),
  draftId: z.string(),
  flowId: z.string(),
  stateJson: z.string(),
  expiresAt: z.date(),
  updatedAt: z.date(),
});
const submissionRead = z.object({
  _id: objectIdSchema,
  idempotencyKey: z.string(),
  reference: z.string(),
  kind: z.string(),
  ownerKey: z.string(),
  payloadJson: z.string(),
  createdAt: z.date(),
});
const auditRead = z.object({ at: z.date(), actorKey: z.string(), action: z.string(), subject: z.string() });
const sweepGroup = z.object({ _id: z.string() });
const sweepRow = z.object({ conversationId: z.string(), revision: z.number().int() });

const parseJsonObject = (text: string): JsonObject => jsonObjectSchema.parse(JSON.parse(text));

let lastAuditSeq = 0;
/** Microseconds since the epoch, forced strictly increasing in this process (exact as a double until the year 2255). */
function nextAuditSeq(): number {
  lastAuditSeq = Math.max(lastAuditSeq + 1, Date.now() * 1000);
  return lastAuditSeq;
}

// ---------------------------------------------------------------------------------------------
// Errors

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

function isUnavailable(error: unknown): boolean {
  if (error instanceof DeadlineExceededError) return true;
  if (error instanceof MongoServerSelectionError || error instanceof MongoNetworkError || error instanceof MongoOperationTimeoutError) return true;
  if (!(error instanceof MongoError)) return false;
  if (UNAVAILABLE_NAMES.has(error.name)) return true;
  return typeof error.code === 'number' && UNAVAILABLE_CODES.has(error.code);
}

function isDuplicateKey(error: unknown): boolean {
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
function toStorageError(error: unknown): unknown {
  if (error instanceof StorageUnavailableError) return error;
  return isUnavailable(error) || isThrottled(error) ? new StorageUnavailableError(error) : error;
}

/**
 * Runs one storage call under a deadline: past `ms` the call rejects with StorageUnavailableError
 * and reads in flight are aborted through `signal`. Unreachable-server errors are converted too.
 */
async function withDeadline<T>(ms: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
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
async function retrying<T>(signal: AbortSignal, operation: () => Promise<T>, alsoRetry?: { when: (error: unknown) => boolean; times: number }): Promise<T> {
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

// ---------------------------------------------------------------------------------------------
// Start-up

const REVISION_INDEXES: IndexDescription[] = [
  { key: { conversationId: 1, revision: 1 }, name: 'conversation_revision_unique', unique: true },
  { key: { expiresAt: 1 }, name: 'revisions_expiresAt' },
];
const DRAFT_INDEXES: IndexDescription[] = [
  { key: { ownerKey: 1, draftId: 1 }, name: 'owner_draft_unique', unique: true },
  { key: { ownerKey: 1, updatedAt: -1 }, name: 'owner_updatedAt' },
];
const SUBMISSION_INDEXES: IndexDescription[] = [
  { key: { idempotencyKey: 1 }, name: 'idempotencyKey_unique', unique: true },
  { key: { reference: 1 }, name: 'reference_unique', unique: true },
];
const AUDIT_INDEXES: IndexDescription[] = [{ key: { subject: 1, seq: 1, _id: 1 }, name: 'subject_seq' }];
const DRAFT_EXPIRY_INDEX = 'drafts_expiresAt';

async function ensureIndexes(db: Db, signal: AbortSignal): Promise<void> {
  const indexes: [string, IndexDescription[]][] = [
    ['conversation_revisions', REVISION_INDEXES],
    ['drafts', DRAFT_INDEXES],
    ['submissions', SUBMISSION_INDEXES],
    ['audit_log', AUDIT_INDEXES],
  ];
  // One index per createIndexes command: FerretDB 1.24 panics (and drops the connection) on a
  // command listing several indexes that already exist, i.e. on every start but the first.
  for (const [collection, descriptions] of indexes) {
    for (const description of descriptions) {
      await retrying(signal, () => db.collection(collection).createIndexes([description]));
    }
  }
  // A TTL index is a convenience (the sweep and the read filter are what count): FerretDB and
  // Cosmos RU refuse it, so fall back to a plain index under the same name for the sweep.
  const drafts = db.collection('drafts');
  try {
    await retrying(signal, () => drafts.createIndex({ expiresAt: 1 }, { name: DRAFT_EXPIRY_INDEX, expireAfterSeconds: 0 }));
  } catch (error) {
    if (signal.aborted || isUnavailable(error)) throw error;
    await retrying(signal, () => drafts.createIndex({ expiresAt: 1 }, { name: DRAFT_EXPIRY_INDEX }));
  }
}

export async function openMongoStorage(options: MongoStorageOptions): Promise<Storage> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 3000;
  const operationTimeoutMs = options.operationTimeoutMs ?? 5000;
  const client = new MongoClient(options.uri, {
    serverSelectionTimeoutMS: connectTimeoutMs,
    connectTimeoutMS: connectTimeoutMs,
    socketTimeoutMS: operationTimeoutMs,
    waitQueueTimeoutMS: operationTimeoutMs,
  });
  const db = client.db(options.database);
  try {
    await withDeadline(connectTimeoutMs + operationTimeoutMs, () => client.connect());
    await withDeadline(4 * operationTimeoutMs, (signal) => ensureIndexes(db, signal));
  } catch (error) {
    await client.close().catch(() => undefined);
    throw toStorageError(error);
  }
  return createStorage(client, db, operationTimeoutMs);
}

// ---------------------------------------------------------------------------------------------
// The stores

function createStorage(client: MongoClient, db: Db, operationTimeoutMs: number): Storage {
  const revisions: Collection<RevisionDoc> = db.collection<RevisionDoc>('conversation_revisions');
  const drafts: Collection<DraftDoc> = db.collection<DraftDoc>('drafts');
  const submissionDocs: Collection<SubmissionDoc> = db.collection<SubmissionDoc>('submissions');
  const auditDocs: Collection<AuditDoc> = db.collection<AuditDoc>('audit_log');
  const run = <T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> => withDeadline(operationTimeoutMs, call);
  const maxTimeMS = operationTimeoutMs;
  const conflict: SaveResult = { ok: false, reason: 'conflict' };

  const conversations: ConversationStore = {
    load(conversationId: string, now: Date): Promise<LoadedConversation> {
      return run(async (signal) => {
        const found = await retrying(signal, () => revisions.findOne({ conversationId }, { sort: { revision: -1 }, maxTimeMS, signal }));
        if (found === null) return { revision: 0, state: undefined };
        const row = revisionRead.parse(found);
        // Expired (or cleared by the sweep): no state, but the revision still counts.
        const live = row.expiresAt.getTime() > now.getTime() ? row.stateJson : undefined;
        return { revision: row.revision, state: typeof live === 'string' ? parseJsonObject(live) : undefined };
      });
    },

    save(conversationId: string, expectedRevision: number, state: JsonObject, expiresAt: Date, now: Date): Promise<SaveResult> {
      if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) {
        return Promise.reject(new RangeError(`expectedRevision must be a non-negative integer, got ${expectedRevision}`));
      }
      const revision = expectedRevision + 1;
      const doc: RevisionDoc = {
        _id: new ObjectId(),
        schemaVersion: SCHEMA_VERSION,
        conversationId,
        revision,
        stateJson: JSON.stringify(state),
        expiresAt,
        updatedAt: now,
      };
      return run(async (signal) => {
        // A newer revision means the caller is stale. Checked first because the sweep removes
        // old rows: without it, a writer far behind could insert into a gap the sweep left.
        const newer = await retrying(signal, () =>
          revisions.findOne({ conversationId, revision: { $gte: revision } }, { projection: { _id: 1 }, maxTimeMS, signal }),
        );
        if (newer !== null) return conflict;
        try {
          await retrying(signal, () => revisions.insertOne(doc));
          return { ok: true, revision };
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          // Ours if a throttled attempt was in fact applied; otherwise a concurrent writer won.
          const holder = await retrying(signal, () => revisions.findOne({ conversationId, revision }, { maxTimeMS, signal }));
          return holder !== null && revisionRead.parse(holder)._id.equals(doc._id) ? { ok: true, revision } : conflict;
        }
      });
    },
  };

  const toDraft = (found: unknown): DraftRecord => {
    const row = draftRead.parse(found);
    return {
      ownerKey: row.ownerKey,
      draftId: row.draftId,
      flowId: row.flowId,
      state: parseJsonObject(row.stateJson),
      expiresAt: row.expiresAt,
      updatedAt: row.updatedAt,
    };
  };
  const draftStore: DraftStore = {
    put(draft: DraftRecord): Promise<void> {
      const { ownerKey, draftId } = draft;
      const stateJson = JSON.stringify(draft.state);
      return run(async (signal) => {
        await retrying(
          signal,
          () =>
            drafts.updateOne(
              { ownerKey, draftId },
              {
                $set: { schemaVersion: SCHEMA_VERSION, flowId: draft.flowId, stateJson, expiresAt: draft.expiresAt, updatedAt: draft.updatedAt },
                $setOnInsert: { createdAt: draft.updatedAt },
              },
              { upsert: true },
            ),
          { when: isDuplicateKey, times: UPSERT_RETRIES },
        );
      });
    },
    get(ownerKey: string, draftId: string, now: Date): Promise<DraftRecord | undefined> {
      return run(async (signal) => {
        const found = await retrying(signal, () => drafts.findOne({ ownerKey, draftId, expiresAt: { $gt: now } }, { maxTimeMS, signal }));
        return found === null ? undefined : toDraft(found);
      });
    },
    list(ownerKey: string, now: Date): Promise<DraftRecord[]> {
      return run(async (signal) => {
        const found = await retrying(signal, () =>
          drafts.find({ ownerKey, expiresAt: { $gt: now } }, { sort: { updatedAt: -1 }, maxTimeMS, signal }).toArray(),
        );
        return found.map(toDraft);
      });
    },
    remove(ownerKey: string, draftId: string): Promise<void> {
      return run(async (signal) => {
        await retrying(signal, () => drafts.deleteOne({ ownerKey, draftId }));
      });
    },
  };

  const toSubmission = (found: unknown): SubmissionRecord => {
    const row = submissionRead.parse(found);
    return {
      idempotencyKey: row.idempotencyKey,
      reference: row.reference,
      kind: row.kind,
      ownerKey: row.ownerKey,
      payload: parseJsonObject(row.payloadJson),
      createdAt: row.createdAt,
    };
  };
  const submissions: SubmissionStore = {
    submit(submission: NewSubmission): Promise<SubmitResult> {
      const { idempotencyKey } = submission;
      const payloadJson = JSON.stringify(submission.payload);
      return run(async (signal) => {
        const byKey = async () => {
          const found = await retrying(signal, () => submissionDocs.findOne({ idempotencyKey }, { maxTimeMS, signal }));
          return found === null ? undefined : submissionRead.parse(found);
        };
        const existing = await byKey();
        if (existing !== undefined) return { reference: existing.reference, created: false };
        for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
          const doc: SubmissionDoc = {
            _id: new ObjectId(),
            schemaVersion: SCHEMA_VERSION,
            idempotencyKey,
            reference: newSubmissionReference(),
            kind: submission.kind,
            ownerKey: submission.ownerKey,
            payloadJson,
            createdAt: submission.createdAt,
          };
          try {
            await retrying(signal, () => submissionDocs.insertOne(doc));
            return { reference: doc.reference, created: true };
          } catch (error) {
            if (!isDuplicateKey(error)) throw error;
            const winner = await byKey();
            // Our own document if a throttled attempt was in fact applied; another writer's otherwise.
            if (winner !== undefined) return { reference: winner.reference, created: winner._id.equals(doc._id) };
            // Nobody holds the key: the reference collided with another submission's. Draw again.
          }
        }
        throw new Error(`no free submission reference after ${REFERENCE_ATTEMPTS} attempts`);
      });
    },
    get(reference: string): Promise<SubmissionRecord | undefined> {
      return run(async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ reference }, { maxTimeMS, signal }));
        return found === null ? undefined : toSubmission(found);
      });
    },
  };

  const audit: AuditLog = {
    append(entry: AuditEntry): Promise<void> {
      const doc: AuditDoc = {
        _id: new ObjectId(),
        schemaVersion: SCHEMA_VERSION,
        seq: nextAuditSeq(),
        at: entry.at,
        actorKey: entry.actorKey,
        action: entry.action,
        subject: entry.subject,
      };
      return run(async (signal) => {
        try {
          await retrying(signal, () => auditDocs.insertOne(doc));
        } catch (error) {
          // The only unique key is our fresh _id: a duplicate means a throttled attempt was applied.
          if (!isDuplicateKey(error)) throw error;
        }
      });
    },
    listBySubject(subject: string): Promise<AuditEntry[]> {
      return run(async (signal) => {
        const found = await retrying(signal, () =>
          auditDocs.find({ subject }, { sort: { seq: 1, _id: 1 }, maxTimeMS, signal }).toArray(),
        );
        return found.map((doc) => auditRead.parse(doc));
      });
    },
  };

  async function sweepConversations(now: Date): Promise<void> {
    // Conversations with more than one row, in steps of SWEEP_BATCH, each under its own deadline.
    // FerretDB 1.24 has no $max accumulator (and the portable subset only $sum/$count), so the
    // newest revision of each is taken from a projected find over the batch's rows.
    const cursor = revisions.aggregate([
      { $group: { _id: '$conversationId', rows: { $sum: 1 } } },
      { $match: { rows: { $gt: 1 } } },
    ], { batchSize: SWEEP_BATCH, maxTimeMS });
    try {
      for (;;) {
        const ids = await run(async (signal) => {
          const batch: string[] = [];
          while (batch.length < SWEEP_BATCH && !signal.aborted) {
            const next = await cursor.next();
            if (next === null) break;
            batch.push(sweepGroup.parse(next)._id);
          }
          return batch;
        });
        if (ids.length === 0) break;
        const rows = await run((signal) =>
          retrying(signal, () =>
            revisions.find({ conversationId: { $in: ids } }, { projection: { _id: 0, conversationId: 1, revision: 1 }, maxTimeMS, signal }).toArray(),
          ),
        );
        const newest = new Map<string, number>();
        for (const found of rows) {
          const row = sweepRow.parse(found);
          newest.set(row.conversationId, Math.max(newest.get(row.conversationId) ?? 0, row.revision));
        }
        // A revision saved meanwhile is newer than what we saw: the sweep then only keeps more.
        const clauses = [...newest].flatMap(([conversationId, revision]) => [
          { conversationId, revision: { $lte: revision - KEPT_REVISIONS } },
          { conversationId, revision: { $lt: revision }, expiresAt: { $lte: now } },
        ]);
        if (clauses.length > 0) await run((signal) => retrying(signal, () => revisions.deleteMany({ $or: clauses })));
        if (ids.length < SWEEP_BATCH) break;
      }
    } finally {
      await cursor.close().catch(() => undefined);
    }
    // What remains expired is a newest row: it keeps its revision number, its content goes.
    await run((signal) => retrying(signal, () => revisions.updateMany({ expiresAt: { $lte: now }, stateJson: { $ne: null } }, { $set: { stateJson: null } })));
  }

  return {
    kind: 'mongodb',
    conversations,
    drafts: draftStore,
    submissions,
    audit,
    async ping() {
      await run((signal) => retrying(signal, () => db.command({ ping: 1 }, { signal })));
    },
    async sweepExpired(now: Date) {
      await run((signal) => retrying(signal, () => drafts.deleteMany({ expiresAt: { $lte: now } })));
      await sweepConversations(now);
    },
    async close() {
      await client.close();
    },
  };
}
