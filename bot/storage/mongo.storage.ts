import { MongoClient, type Db } from 'mongodb';
import { mongoAddedRoutes, type AddedRouteDoc } from './mongo/addedRoutes';
import { mongoAlertStores } from './mongo/alerts';
import { mongoAuditLog } from './mongo/auditLog';
import { mongoConversations } from './mongo/conversations';
import { COLLECTIONS, SCHEMA_VERSION, type AuditDoc, type ChainDoc, type DraftDoc, type HeadDoc, type RevisionDoc, type SubmissionDoc } from './mongo/documents';
import { mongoDrafts, sweepDrafts } from './mongo/drafts';
import { ensureIndexes } from './mongo/indexes';
import { migrateConversationHeads } from './mongo/migrate';
import { keyedRunOf, retrying, toStorageError, withDeadline, type Run } from './mongo/resilience';
import { mongoSubmissions } from './mongo/submissions';
import { sweepConversations } from './mongo/sweep';
import { mongoRecordEvents, type RecordEventDoc } from './recordEvents/mongoRecordEvents';
import type { Storage } from './types';

/**
 * The MongoDB adapter (Atlas, a replica set, Cosmos DB for MongoDB RU or vCore; FerretDB in tests).
 * The same design as the embedded adapter, held to the portable subset of shared/design/STORAGE.md:
 * one document per conversation revision under a unique key, so every race is settled by an
 * insert against a unique index (atomic on every backend, FerretDB included); expiry is filtered
 * on read and swept by the application; no transactions.
 *
 * The parts: mongo/conversations.ts (revisions and heads, every read of a turn by `_id`),
 * mongo/drafts.ts, mongo/submissions.ts with mongo/addedRoutes.ts (records and where they are
 * routed), mongo/auditLog.ts (the hash chain), mongo/alerts.ts, mongo/documents.ts (what is stored,
 * how reads are checked), mongo/resilience.ts (deadlines, throttling retries, the key check,
 * StorageUnavailableError), mongo/indexes.ts, mongo/migrate.ts, mongo/sweep.ts.
 *
 * Time limits, by default: a call to an unreachable server fails after server selection (3 s); a
 * black-holed one at the call's deadline (5 s). The turn stops at the first failing call, so a
 * turn during an outage answers within about 5 s, well inside Teams' 15 s.
 */

/** The one-time start-up migration reads every revision once (mongo/migrate.ts): it gets longer than a call. */
const MIGRATION_DEADLINE_MS = 120_000;

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
  const revisions = db.collection<RevisionDoc>(COLLECTIONS.revisions);
  const heads = db.collection<HeadDoc>(COLLECTIONS.heads);
  const drafts = db.collection<DraftDoc>(COLLECTIONS.drafts);
  const run: Run = (call) => withDeadline(operationTimeoutMs, call);
  const keyedRun = keyedRunOf(run);
  const maxTimeMS = operationTimeoutMs;

  const conversations = mongoConversations({ revisions, heads }, keyedRun, maxTimeMS);
  const addedRoutes = mongoAddedRoutes(db.collection<AddedRouteDoc>(COLLECTIONS.addedRoutes), SCHEMA_VERSION, maxTimeMS);

  return {
    kind: 'mongodb',
    conversations,
    drafts: mongoDrafts(drafts, keyedRun, maxTimeMS),
    submissions: mongoSubmissions(db.collection<SubmissionDoc>(COLLECTIONS.submissions), addedRoutes, keyedRun, maxTimeMS),
    audit: mongoAuditLog(db.collection<AuditDoc>(COLLECTIONS.audit), db.collection<ChainDoc>(COLLECTIONS.auditChain), run, maxTimeMS),
    recordEvents: mongoRecordEvents(db.collection<RecordEventDoc>(COLLECTIONS.recordEvents), { keyedRun, maxTimeMS }),
    ...mongoAlertStores(db, keyedRun, maxTimeMS),
    async ping() {
      await run((signal) => retrying(signal, () => db.command({ ping: 1 }, { signal })));
    },
    async sweepExpired(now: Date) {
      await sweepDrafts(drafts, run, now);
      await sweepConversations({ revisions, heads }, run, maxTimeMS, now);
    },
    async close() {
      await conversations.settled();
      await client.close();
    },
  };
}
