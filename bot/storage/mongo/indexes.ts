import type { Db, IndexDescription } from 'mongodb';
import { COLLECTIONS } from './documents';
import { isUnavailable, retrying } from './resilience';

/**
 * The indexes, all created at start-up (Cosmos RU only allows unique indexes on empty
 * collections). Every document carries every indexed key: no sparse or partial indexes.
 */

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
  { key: { ownerKey: 1, createdAt: -1 }, name: 'owner_createdAt' },
  // The retention purge (oldest first) and the problem profile (newest first) by form: one index serves both directions.
  { key: { kind: 1, createdAt: 1 }, name: 'kind_createdAt' },
  // Multikey: a lead's "Records for me" is served by it (records stored before routing lack the field, and route nowhere).
  { key: { routeKeys: 1, createdAt: -1 }, name: 'routeKeys_createdAt' },
];
const ADDED_ROUTE_INDEXES: IndexDescription[] = [
  { key: { reference: 1, routeKey: 1 }, name: 'reference_routeKey_unique', unique: true },
  { key: { routeKey: 1, createdAt: -1 }, name: 'routeKey_createdAt' },
];
const RECORD_EVENT_INDEXES: IndexDescription[] = [
  { key: { reference: 1, eventKey: 1 }, name: 'reference_eventKey_unique', unique: true },
  { key: { reference: 1, seq: 1 }, name: 'reference_seq' },
];
const AUDIT_INDEXES: IndexDescription[] = [{ key: { subject: 1, seq: 1, _id: 1 }, name: 'subject_seq' }];
const REFERENCE_INDEXES: IndexDescription[] = [{ key: { objectId: 1 }, name: 'objectId_unique', unique: true }];
const ALERT_INDEXES: IndexDescription[] = [
  { key: { alertId: 1 }, name: 'alertId_unique', unique: true },
  { key: { status: 1, nextAttemptAt: 1 }, name: 'status_nextAttemptAt' },
  { key: { idempotencyKey: 1 }, name: 'idempotencyKey' },
];
const ALERT_CLAIM_INDEXES: IndexDescription[] = [{ key: { alertId: 1, attempt: 1 }, name: 'alert_attempt_unique', unique: true }];
const CHAIN_INDEXES: IndexDescription[] = [
  { key: { seq: 1 }, name: 'chain_seq_unique', unique: true },
  { key: { subject: 1, seq: 1 }, name: 'chain_subject_seq' },
];
const DRAFT_EXPIRY_INDEX = 'drafts_expiresAt';

export async function ensureIndexes(db: Db, signal: AbortSignal): Promise<void> {
  const indexes: [string, IndexDescription[]][] = [
    [COLLECTIONS.revisions, REVISION_INDEXES],
    [COLLECTIONS.drafts, DRAFT_INDEXES],
    [COLLECTIONS.submissions, SUBMISSION_INDEXES],
    [COLLECTIONS.addedRoutes, ADDED_ROUTE_INDEXES],
    [COLLECTIONS.audit, AUDIT_INDEXES],
    [COLLECTIONS.recordEvents, RECORD_EVENT_INDEXES],
    [COLLECTIONS.references, REFERENCE_INDEXES],
    [COLLECTIONS.alerts, ALERT_INDEXES],
    [COLLECTIONS.alertClaims, ALERT_CLAIM_INDEXES],
    [COLLECTIONS.auditChain, CHAIN_INDEXES],
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
  const drafts = db.collection(COLLECTIONS.drafts);
  try {
    await retrying(signal, () => drafts.createIndex({ expiresAt: 1 }, { name: DRAFT_EXPIRY_INDEX, expireAfterSeconds: 0 }));
  } catch (error) {
    if (signal.aborted || isUnavailable(error)) throw error;
    await retrying(signal, () => drafts.createIndex({ expiresAt: 1 }, { name: DRAFT_EXPIRY_INDEX }));
  }
}
