import { MongoClient, ObjectId, type Collection, type Db } from 'mongodb';
import {
  COLLECTIONS,
  draftRead,
  parseJsonObject,
  SCHEMA_VERSION,
  submissionHeaderRead,
  submissionRead,
  type AuditDoc,
  type ChainDoc,
  type DraftDoc,
  type HeadDoc,
  type RevisionDoc,
  type SubmissionDoc,
} from './mongo/documents';
import { mongoAddedRoutes, type AddedRouteDoc } from './mongo/addedRoutes';
import { mongoAlertStores } from './mongo/alerts';
import { mongoAuditLog } from './mongo/auditLog';
import { mongoConversations } from './mongo/conversations';
import { ensureIndexes } from './mongo/indexes';
import { migrateConversationHeads } from './mongo/migrate';
import { isDuplicateKey, retrying, toStorageError, withDeadline, type Run } from './mongo/resilience';
import { sweepConversations } from './mongo/sweep';
import { newSubmissionReference } from './reference';
import { withStorageKeys } from './storageKey';
import { checkKindListing, checkListLimit, recipientsOfRouteKeys, routeKeyOf } from './types';
import { mongoRecordEvents, type RecordEventDoc } from './recordEvents/mongoRecordEvents';
import type { Recipient } from '../../dialogs/access/access.schema';
import type { DraftRecord, DraftStore, NewSubmission, Storage } from './types';
import type { SubmissionHeader, SubmissionRecord, SubmissionStore, SubmitResult } from './types';

/**
 * The MongoDB adapter (Atlas, a replica set, Cosmos DB for MongoDB RU or vCore; FerretDB in tests).
 * The same design as the embedded adapter, held to the portable subset of shared/design/STORAGE.md:
 * one document per conversation revision under a unique key, so every race is settled by an
 * insert against a unique index (atomic on every backend, FerretDB included); expiry is filtered
 * on read and swept by the application; no transactions.
 *
 * The parts: mongo/conversations.ts (revisions and heads, every read of a turn by `_id`),
 * mongo/documents.ts (what is stored, how reads are checked), mongo/resilience.ts (deadlines,
 * throttling retries, StorageUnavailableError), mongo/indexes.ts, mongo/migrate.ts, mongo/sweep.ts.
 *
 * Time limits, by default: a call to an unreachable server fails after server selection (3 s); a
 * black-holed one at the call's deadline (5 s). The turn stops at the first failing call, so a
 * turn during an outage answers within about 5 s, well inside Teams' 15 s.
 */

/** The one-time start-up migration reads every revision once (mongo/migrate.ts): it gets longer than a call. */
const MIGRATION_DEADLINE_MS = 120_000;
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
    await withDeadline(MIGRATION_DEADLINE_MS, (signal) => migrateConversationHeads(db, signal, new Date()));
  } catch (error) {
    await client.close().catch(() => undefined);
    throw toStorageError(error);
  }
  return createStorage(client, db, operationTimeoutMs);
}

function createStorage(client: MongoClient, db: Db, operationTimeoutMs: number): Storage {
  const revisions: Collection<RevisionDoc> = db.collection<RevisionDoc>(COLLECTIONS.revisions);
  const heads: Collection<HeadDoc> = db.collection<HeadDoc>(COLLECTIONS.heads);
  const drafts: Collection<DraftDoc> = db.collection<DraftDoc>(COLLECTIONS.drafts);
  const submissionDocs: Collection<SubmissionDoc> = db.collection<SubmissionDoc>(COLLECTIONS.submissions);
  const auditDocs: Collection<AuditDoc> = db.collection<AuditDoc>(COLLECTIONS.audit);
  const run: Run = (call) => withDeadline(operationTimeoutMs, call);
  // Every key that goes into a filter is checked to be a string first: never an operator object.
  const keyedRun = <T>(keys: Record<string, unknown>, call: (signal: AbortSignal) => Promise<T>): Promise<T> => withStorageKeys(keys, () => run(call));
  const maxTimeMS = operationTimeoutMs;

  const conversations = mongoConversations({ revisions, heads }, keyedRun, maxTimeMS);

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

  const addedRoutes = mongoAddedRoutes(db.collection<AddedRouteDoc>(COLLECTIONS.addedRoutes), SCHEMA_VERSION, maxTimeMS);
  /** Stored submissions as records: routed where they were submitted to, and where they were escalated to since. */
  const toSubmissions = async (signal: AbortSignal, found: readonly unknown[]): Promise<SubmissionRecord[]> => {
    const rows = found.map((doc) => submissionRead.parse(doc));
    const added = await addedRoutes.of(signal, rows.map((row) => row.reference));
    return rows.map((row) => ({
      idempotencyKey: row.idempotencyKey,
      reference: row.reference,
      kind: row.kind,
      ownerKey: row.ownerKey,
      payload: parseJsonObject(row.payloadJson),
      createdAt: row.createdAt,
      routedTo: recipientsOfRouteKeys([...new Set([...(row.routeKeys ?? []), ...(added.get(row.reference) ?? [])])]),
    }));
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
            routeKeys: [...new Set((submission.routedTo ?? []).map(routeKeyOf))],
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
        return found === null ? undefined : (await toSubmissions(signal, [found]))[0];
      });
    },
    listByOwner(ownerKey: string, limit: number): Promise<SubmissionRecord[]> {
      return keyedRun({ ownerKey }, async (signal) => {
        checkListLimit(limit);
        // _id breaks a tie between submissions made in the same millisecond: ObjectIds increase per process.
        const found = await retrying(signal, () =>
          submissionDocs.find({ ownerKey }, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return toSubmissions(signal, found);
      });
    },
    listRoutedTo(recipients: readonly Recipient[], limit: number, kind?: string): Promise<SubmissionRecord[]> {
      const routeKeys = [...new Set(recipients.map(routeKeyOf))];
      const keys = Object.fromEntries([...routeKeys.map((key, i) => [`routeKey${i}`, key]), ...(kind === undefined ? [] : [['kind', kind]])]);
      return keyedRun(keys, async (signal) => {
        checkListLimit(limit);
        if (routeKeys.length === 0) return [];
        const filter = kind === undefined ? { routeKeys: { $in: routeKeys } } : { routeKeys: { $in: routeKeys }, kind };
        const direct = await retrying(signal, () => submissionDocs.find(filter, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray());
        // And those escalated to these recipients since: their own page, merged in the same order.
        const have = new Set(direct.map((doc) => doc.reference));
        const escalated = (await addedRoutes.referencesRoutedTo(signal, routeKeys, limit, kind)).filter((reference) => !have.has(reference));
        const more = escalated.length === 0 ? [] : await retrying(signal, () => submissionDocs.find({ reference: { $in: escalated } }, { maxTimeMS, signal }).toArray());
        const page = [...direct, ...more]
          .map((doc) => submissionRead.parse(doc))
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b._id.toHexString().localeCompare(a._id.toHexString()))
          .slice(0, limit);
        return toSubmissions(signal, page);
      });
    },
    listByKind(kind: string, since: Date, limit: number): Promise<SubmissionRecord[]> {
      return keyedRun({ kind }, async (signal) => {
        checkKindListing(since, limit);
        const found = await retrying(signal, () =>
          submissionDocs.find({ kind, createdAt: { $gte: since } }, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return toSubmissions(signal, found);
      });
    },
    referenceOf(idempotencyKey: string): Promise<string | undefined> {
      return keyedRun({ idempotencyKey }, async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ idempotencyKey }, { maxTimeMS, signal }));
        return found === null ? undefined : submissionRead.parse(found).reference;
      });
    },
    addRoutes(reference: string, recipients: readonly Recipient[]): Promise<void> {
      const wanted = [...new Set(recipients.map(routeKeyOf))];
      return keyedRun({ reference, ...Object.fromEntries(wanted.map((key, i) => [`routeKey${i}`, key])) }, async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ reference }, { maxTimeMS, signal }));
        if (found === null) return;
        const record = submissionRead.parse(found);
        await addedRoutes.add(signal, record, wanted.filter((key) => !(record.routeKeys ?? []).includes(key)));
      });
    },
    listCreatedBefore(kind: string, createdBefore: Date, limit: number): Promise<SubmissionHeader[]> {
      return keyedRun({ kind }, async (signal) => {
        checkListLimit(limit);
        const found = await retrying(signal, () =>
          submissionDocs
            .find({ kind, createdAt: { $lt: createdBefore } }, { sort: { createdAt: 1, _id: 1 }, limit, projection: { _id: 0, reference: 1, idempotencyKey: 1, kind: 1, ownerKey: 1, createdAt: 1 }, maxTimeMS, signal })
            .toArray(),
        );
        return found.map((doc) => submissionHeaderRead.parse(doc));
      });
    },
    remove(reference: string): Promise<boolean> {
      return keyedRun({ reference }, async (signal) => {
        // A retried delete that was in fact applied reports 0: the record is gone either way, and the
        // caller audits only a 1, so at worst one purge goes unaudited, never one audited twice.
        const result = await retrying(signal, () => submissionDocs.deleteOne({ reference }));
        await addedRoutes.removeOf(signal, reference);
        return result.deletedCount === 1;
      });
    },
  };

  const audit = mongoAuditLog(auditDocs, db.collection<ChainDoc>(COLLECTIONS.auditChain), run, maxTimeMS);

  return {
    kind: 'mongodb',
    conversations,
    drafts: draftStore,
    submissions,
    audit,
    recordEvents: mongoRecordEvents(db.collection<RecordEventDoc>(COLLECTIONS.recordEvents), { keyedRun, maxTimeMS }),
    ...mongoAlertStores(db, keyedRun, maxTimeMS),
    async ping() {
      await run((signal) => retrying(signal, () => db.command({ ping: 1 }, { signal })));
    },
    async sweepExpired(now: Date) {
      await run((signal) => retrying(signal, () => drafts.deleteMany({ expiresAt: { $lte: now } })));
      await sweepConversations({ revisions, heads }, run, maxTimeMS, now);
    },
    async close() {
      await conversations.settled();
      await client.close();
    },
  };
}
