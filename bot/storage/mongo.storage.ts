import { MongoClient, ObjectId, type Collection, type Db } from 'mongodb';
import {
  auditRead,
  COLLECTIONS,
  draftRead,
  nextAuditSeq,
  parseJsonObject,
  revisionRead,
  SCHEMA_VERSION,
  submissionRead,
  type AuditDoc,
  type DraftDoc,
  type RevisionDoc,
  type SubmissionDoc,
} from './mongo/documents';
import { ensureIndexes } from './mongo/indexes';
import { isDuplicateKey, retrying, toStorageError, withDeadline, type Run } from './mongo/resilience';
import { sweepConversations } from './mongo/sweep';
import { newSubmissionReference } from './reference';
import { withStorageKeys } from './storageKey';
import { checkKindListing, checkListLimit } from './types';
import type { AuditEntry, AuditLog, ConversationStore, DraftRecord, DraftStore, JsonObject, LoadedConversation, NewSubmission, SaveResult, Storage } from './types';
import type { SubmissionRecord, SubmissionStore, SubmitResult } from './types';

/**
 * The MongoDB adapter (Atlas, a replica set, Cosmos DB for MongoDB RU or vCore; FerretDB in tests).
 * The same design as the embedded adapter, held to the portable subset of shared/design/STORAGE.md:
 * one document per conversation revision under a unique (conversationId, revision) key, so every
 * race is settled by an insert against a unique index (atomic on every backend, FerretDB included);
 * expiry is filtered on read and swept by the application; no transactions.
 *
 * The parts: mongo/documents.ts (what is stored, how reads are checked), mongo/resilience.ts
 * (deadlines, throttling retries, StorageUnavailableError), mongo/indexes.ts, mongo/sweep.ts.
 *
 * Time limits, by default: a call to an unreachable server fails after server selection (3 s); a
 * black-holed one at the call's deadline (5 s). The turn stops at the first failing call, so a
 * turn during an outage answers within about 5 s, well inside Teams' 15 s.
 */

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

/**
 * Throws MongoParseError for a connection string the driver cannot use (bad scheme, unknown
 * option): a configuration mistake, to be reported at start-up rather than retried. Connects to nothing.
 */
export function checkMongoUri(uri: string): void {
  new MongoClient(uri);
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

function createStorage(client: MongoClient, db: Db, operationTimeoutMs: number): Storage {
  const revisions: Collection<RevisionDoc> = db.collection<RevisionDoc>(COLLECTIONS.revisions);
  const drafts: Collection<DraftDoc> = db.collection<DraftDoc>(COLLECTIONS.drafts);
  const submissionDocs: Collection<SubmissionDoc> = db.collection<SubmissionDoc>(COLLECTIONS.submissions);
  const auditDocs: Collection<AuditDoc> = db.collection<AuditDoc>(COLLECTIONS.audit);
  const run: Run = (call) => withDeadline(operationTimeoutMs, call);
  // Every key that goes into a filter is checked to be a string first: never an operator object.
  const keyedRun = <T>(keys: Record<string, unknown>, call: (signal: AbortSignal) => Promise<T>): Promise<T> => withStorageKeys(keys, () => run(call));
  const maxTimeMS = operationTimeoutMs;
  const conflict: SaveResult = { ok: false, reason: 'conflict' };

  const conversations: ConversationStore = {
    load(conversationId: string, now: Date): Promise<LoadedConversation> {
      return keyedRun({ conversationId }, async (signal) => {
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
      return keyedRun({ conversationId }, async (signal) => {
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
      return keyedRun({ ownerKey, draftId, flowId: draft.flowId }, async (signal) => {
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
      return keyedRun({ ownerKey, draftId }, async (signal) => {
        const found = await retrying(signal, () => drafts.findOne({ ownerKey, draftId, expiresAt: { $gt: now } }, { maxTimeMS, signal }));
        return found === null ? undefined : toDraft(found);
      });
    },
    list(ownerKey: string, now: Date): Promise<DraftRecord[]> {
      return keyedRun({ ownerKey }, async (signal) => {
        const found = await retrying(signal, () =>
          drafts.find({ ownerKey, expiresAt: { $gt: now } }, { sort: { updatedAt: -1 }, maxTimeMS, signal }).toArray(),
        );
        return found.map(toDraft);
      });
    },
    remove(ownerKey: string, draftId: string): Promise<void> {
      return keyedRun({ ownerKey, draftId }, async (signal) => {
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
      return keyedRun({ idempotencyKey, ownerKey: submission.ownerKey, kind: submission.kind }, async (signal) => {
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
      return keyedRun({ reference }, async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ reference }, { maxTimeMS, signal }));
        return found === null ? undefined : toSubmission(found);
      });
    },
    listByOwner(ownerKey: string, limit: number): Promise<SubmissionRecord[]> {
      return keyedRun({ ownerKey }, async (signal) => {
        checkListLimit(limit);
        // _id breaks a tie between submissions made in the same millisecond: ObjectIds increase per process.
        const found = await retrying(signal, () =>
          submissionDocs.find({ ownerKey }, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return found.map(toSubmission);
      });
    },
    listByKind(kind: string, since: Date, limit: number): Promise<SubmissionRecord[]> {
      return keyedRun({ kind }, async (signal) => {
        checkKindListing(since, limit);
        const found = await retrying(signal, () =>
          submissionDocs.find({ kind, createdAt: { $gte: since } }, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return found.map(toSubmission);
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
      return keyedRun({ actorKey: entry.actorKey, action: entry.action, subject: entry.subject }, async (signal) => {
        try {
          await retrying(signal, () => auditDocs.insertOne(doc));
        } catch (error) {
          // The only unique key is our fresh _id: a duplicate means a throttled attempt was applied.
          if (!isDuplicateKey(error)) throw error;
        }
      });
    },
    listBySubject(subject: string): Promise<AuditEntry[]> {
      return keyedRun({ subject }, async (signal) => {
        const found = await retrying(signal, () =>
          auditDocs.find({ subject }, { sort: { seq: 1, _id: 1 }, maxTimeMS, signal }).toArray(),
        );
        return found.map((doc) => auditRead.parse(doc));
      });
    },
  };


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
      await sweepConversations(revisions, run, maxTimeMS, now);
    },
    async close() {
      await client.close();
    },
  };
}
