import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { z } from 'zod';
import { embeddedAlertStores } from './embeddedAlerts';
import { groupCommitWriter, type ConversationWriter } from './conversationWriter';
import { checkStorageKeys } from './storageKey';
import { newSubmissionReference } from './reference';
import { embeddedRecordEvents } from './recordEvents/embeddedRecordEvents';
import type { Recipient } from '../../dialogs/access/access.schema';
import { checkAuditEntry, EMPTY_TAIL, nextLink, type ChainTail } from './auditChain';
import {
  checkChainPage,
  checkKindListing,
  checkListLimit,
  recipientsOfRouteKeys,
  routeKeyOf,
  type ChainedAuditEntry,
  type SubmissionHeader,
  parseJsonObjectText,
  type AuditEntry,
  type LoadedConversation,
  type DraftRecord,
  type JsonObject,
  type NewSubmission,
  type SaveResult,
  type Storage,
  type SubmissionRecord,
  type SubmitResult,
} from './types';

/**
 * The embedded default: one SQLite file (libsql, prebuilt binaries from the npm registry) in WAL
 * mode, so an acknowledged write survives a killed process. The same design as the MongoDB
 * adapter: one row per conversation revision under a unique key. A file's conversation saves are
 * group-committed in a worker thread at synchronous=NORMAL (conversationWriter.ts); everything else
 * is written here at synchronous=FULL, so it survives a power cut too (docs/storage.md).
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversation_revisions (
  conversation_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  state TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, revision)
);
CREATE TABLE IF NOT EXISTS drafts (
  owner_key TEXT NOT NULL,
  draft_id TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  state TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (owner_key, draft_id)
);
CREATE TABLE IF NOT EXISTS submissions (
  idempotency_key TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  owner_key TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_by_owner ON submissions (owner_key, created_at);
-- Where each record was routed, one row per recipient ("settingId/role"): a lead's list is served by its index.
CREATE TABLE IF NOT EXISTS submission_routes (
  route_key TEXT NOT NULL,
  reference TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (route_key, reference)
);
CREATE INDEX IF NOT EXISTS submission_routes_by_key ON submission_routes (route_key, created_at);
CREATE INDEX IF NOT EXISTS submission_routes_by_reference ON submission_routes (reference);
CREATE INDEX IF NOT EXISTS submissions_by_kind ON submissions (kind, created_at);
CREATE TABLE IF NOT EXISTS audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor_key TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_subject ON audit_log (subject, seq);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS audit_chain (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_key TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_chain_by_subject ON audit_chain (subject, seq);
CREATE TRIGGER IF NOT EXISTS audit_chain_no_update BEFORE UPDATE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_chain_no_delete BEFORE DELETE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
`;

const revisionRow = z.object({ revision: z.number(), state: z.string(), expires_at: z.number() });
const draftRow = z.object({
  owner_key: z.string(),
  draft_id: z.string(),
  flow_id: z.string(),
  state: z.string(),
  expires_at: z.number(),
  updated_at: z.number(),
});
const submissionRow = z.object({
  idempotency_key: z.string(),
  reference: z.string(),
  kind: z.string(),
  owner_key: z.string(),
  payload: z.string(),
  created_at: z.number(),
});
const auditRow = z.object({ at: z.number(), actor_key: z.string(), action: z.string(), subject: z.string() });
const chainRow = auditRow.extend({ seq: z.number().int(), prev_hash: z.string(), hash: z.string() });
const headerRow = z.object({ reference: z.string(), idempotency_key: z.string(), kind: z.string(), owner_key: z.string(), created_at: z.number() });
const countRow = z.object({ n: z.number() });

const parseState = (text: string): JsonObject => parseJsonObjectText(text);

/** How many superseded revisions of a conversation the sweep keeps (for diagnosis of races). */
const KEPT_REVISIONS = 5;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed|PRIMARY KEY/i.test(error.message);
}

export function openEmbeddedStorage(file: string): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  // Every statement is prepared once: preparing on each call was a measurable share of a turn.
  const draftById = db.prepare('SELECT * FROM drafts WHERE owner_key = ? AND draft_id = ? AND expires_at > ?');
  const draftsOfOwner = db.prepare('SELECT * FROM drafts WHERE owner_key = ? AND expires_at > ? ORDER BY updated_at DESC');
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE owner_key = ? AND draft_id = ?');
  const submissionByKey = db.prepare('SELECT * FROM submissions WHERE idempotency_key = ?');
  const insertSubmission = db.prepare('INSERT INTO submissions (idempotency_key, reference, kind, owner_key, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const submissionByReference = db.prepare('SELECT * FROM submissions WHERE reference = ?');
  const submissionsOfOwner = db.prepare('SELECT * FROM submissions WHERE owner_key = ? ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const submissionsOfKind = db.prepare('SELECT * FROM submissions WHERE kind = ? AND created_at >= ? ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const insertRoute = db.prepare('INSERT INTO submission_routes (route_key, reference, kind, created_at) VALUES (?, ?, ?, ?)');
  const routesOfReference = db.prepare('SELECT route_key FROM submission_routes WHERE reference = ?');
  const addRoute = db.prepare(
    'INSERT INTO submission_routes (route_key, reference, kind, created_at) SELECT ?, reference, kind, created_at FROM submissions WHERE reference = ? ON CONFLICT (route_key, reference) DO NOTHING',
  );
  const routeKeyRow = z.object({ route_key: z.string() });
  const submissionsOfKindBefore = db.prepare(
    'SELECT reference, idempotency_key, kind, owner_key, created_at FROM submissions WHERE kind = ? AND created_at < ? ORDER BY created_at, rowid LIMIT ?',
  );
  const deleteSubmission = db.prepare('DELETE FROM submissions WHERE reference = ?');
  const deleteRoutes = db.prepare('DELETE FROM submission_routes WHERE reference = ?');
  // Entries from before the chain (audit_log) are read, never written; the chain is audit_chain.
  const legacyAuditOfSubject = db.prepare('SELECT at, actor_key, action, subject FROM audit_log WHERE subject = ? ORDER BY seq');
  const legacyAuditCount = db.prepare('SELECT COUNT(*) AS n FROM audit_log');
  const chainOfSubject = db.prepare('SELECT at, actor_key, action, subject FROM audit_chain WHERE subject = ? ORDER BY seq');
  const chainTail = db.prepare('SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1');
  const chainPage = db.prepare('SELECT * FROM audit_chain WHERE seq > ? ORDER BY seq LIMIT ?');
  const insertChained = db.prepare('INSERT INTO audit_chain (seq, at, actor_key, action, subject, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const selectOne = db.prepare('SELECT 1');

  const insertRevision = db.prepare(
    'INSERT INTO conversation_revisions (conversation_id, revision, state, expires_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const latestRevision = db.prepare(
    'SELECT revision, state, expires_at FROM conversation_revisions WHERE conversation_id = ? ORDER BY revision DESC LIMIT 1',
  );

  const newestRevision = db.prepare('SELECT MAX(revision) AS newest FROM conversation_revisions WHERE conversation_id = ?');
  const newestRow = z.object({ newest: z.number().nullable() });
  // libsql's transaction() runs BEGIN and COMMIT through exec, preparing them on every call.
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  /** BEGIN IMMEDIATE takes the write lock before the check, so no writer slips between it and the insert. */
  const saveIfNewest = (conversationId: string, revision: number, state: string, expiresAt: number, updatedAt: number): SaveResult => {
    begin.run();
    try {
      const { newest } = newestRow.parse(newestRevision.get(conversationId));
      const result: SaveResult = newest !== null && newest >= revision ? { ok: false, reason: 'conflict' } : { ok: true, revision };
      if (result.ok) insertRevision.run(conversationId, revision, state, expiresAt, updatedAt);
      commit.run();
      return result;
    } catch (error) {
      rollback.run();
      throw error;
    }
  };

  /** The write lock is held from reading the tail to the insert: another process appends before or after, never in between. */
  const appendChained = (entry: AuditEntry): void => {
    begin.run();
    try {
      const found = chainTail.get();
      const tail: ChainTail = found === undefined ? EMPTY_TAIL : z.object({ seq: z.number().int(), hash: z.string() }).parse(found);
      const link = nextLink(entry, tail);
      insertChained.run(link.seq, link.at.getTime(), link.actorKey, link.action, link.subject, link.prevHash, link.hash);
      commit.run();
    } catch (error) {
      rollback.run();
      throw error;
    }
  };

  // A file's saves are committed together, off the event loop; an in-memory database has no fsync to move.
  const writer: ConversationWriter | undefined = file === ':memory:' ? undefined : groupCommitWriter(file);

  const conversations = {
    async load(conversationId: string, now: Date): Promise<LoadedConversation> {
      checkStorageKeys({ conversationId });
      const found = latestRevision.get(conversationId);
      if (found === undefined) return { revision: 0, state: undefined };
      const row = revisionRow.parse(found);
      const expired = row.expires_at <= now.getTime();
      return { revision: row.revision, state: expired ? undefined : parseState(row.state) };
    },
    async save(conversationId: string, expectedRevision: number, state: JsonObject, expiresAt: Date, now: Date): Promise<SaveResult> {
      checkStorageKeys({ conversationId });
      const revision = expectedRevision + 1;
      const stateText = JSON.stringify(state);
      if (writer !== undefined) return writer.save({ conversationId, revision, state: stateText, expiresAt: expiresAt.getTime(), updatedAt: now.getTime() });
      try {
        // A writer far behind must not slip into a gap the sweep left: newer revisions mean conflict.
        return saveIfNewest(conversationId, revision, stateText, expiresAt.getTime(), now.getTime());
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'conflict' };
        throw error;
      }
    },
  };

  const upsertDraft = db.prepare(
    `INSERT INTO drafts (owner_key, draft_id, flow_id, state, expires_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (owner_key, draft_id) DO UPDATE SET flow_id = excluded.flow_id, state = excluded.state,
       expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
  );
  const toDraft = (found: unknown): DraftRecord => {
    const row = draftRow.parse(found);
    return {
      ownerKey: row.owner_key,
      draftId: row.draft_id,
      flowId: row.flow_id,
      state: parseState(row.state),
      expiresAt: new Date(row.expires_at),
      updatedAt: new Date(row.updated_at),
    };
  };
  const drafts = {
    async put(draft: DraftRecord): Promise<void> {
      checkStorageKeys({ ownerKey: draft.ownerKey, draftId: draft.draftId, flowId: draft.flowId });
      upsertDraft.run(draft.ownerKey, draft.draftId, draft.flowId, JSON.stringify(draft.state), draft.expiresAt.getTime(), draft.updatedAt.getTime());
    },
    async get(ownerKey: string, draftId: string, now: Date): Promise<DraftRecord | undefined> {
      checkStorageKeys({ ownerKey, draftId });
      const found = draftById.get(ownerKey, draftId, now.getTime());
      return found === undefined ? undefined : toDraft(found);
    },
    async list(ownerKey: string, now: Date): Promise<DraftRecord[]> {
      checkStorageKeys({ ownerKey });
      return draftsOfOwner
        .all(ownerKey, now.getTime())
        .map(toDraft);
    },
    async remove(ownerKey: string, draftId: string): Promise<void> {
      checkStorageKeys({ ownerKey, draftId });
      deleteDraft.run(ownerKey, draftId);
    },
  };

  const toSubmission = (found: unknown): SubmissionRecord => {
    const row = submissionRow.parse(found);
    return {
      idempotencyKey: row.idempotency_key,
      reference: row.reference,
      kind: row.kind,
      ownerKey: row.owner_key,
      payload: parseState(row.payload),
      createdAt: new Date(row.created_at),
      routedTo: recipientsOfRouteKeys(routesOfReference.all(row.reference).map((r) => routeKeyRow.parse(r).route_key)),
    };
  };
  /** The submission and its routes in one transaction: a record is never stored routed to fewer than it should be. */
  const insertRouted = (submission: NewSubmission, reference: string): void => {
    begin.run();
    try {
      insertSubmission.run(submission.idempotencyKey, reference, submission.kind, submission.ownerKey, JSON.stringify(submission.payload), submission.createdAt.getTime());
      for (const key of new Set((submission.routedTo ?? []).map(routeKeyOf))) insertRoute.run(key, reference, submission.kind, submission.createdAt.getTime());
      commit.run();
    } catch (error) {
      rollback.run();
      throw error;
    }
  };
  /** The record and its routes go together: no route row outlives its record. */
  const removeRouted = (reference: string): boolean => {
    begin.run();
    try {
      const deleted = deleteSubmission.run(reference).changes === 1;
      deleteRoutes.run(reference);
      commit.run();
      return deleted;
    } catch (error) {
      rollback.run();
      throw error;
    }
  };
  const submissions = {
    async submit(submission: NewSubmission): Promise<SubmitResult> {
      checkStorageKeys({ idempotencyKey: submission.idempotencyKey, ownerKey: submission.ownerKey, kind: submission.kind });
      const existing = submissionByKey.get(submission.idempotencyKey);
      if (existing !== undefined) return { reference: toSubmission(existing).reference, created: false };
      const reference = newSubmissionReference();
      try {
        insertRouted(submission, reference);
        return { reference, created: true };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const winner = submissionByKey.get(submission.idempotencyKey);
        if (winner === undefined) throw error;
        return { reference: toSubmission(winner).reference, created: false };
      }
    },
    async get(reference: string): Promise<SubmissionRecord | undefined> {
      checkStorageKeys({ reference });
      const found = submissionByReference.get(reference);
      return found === undefined ? undefined : toSubmission(found);
    },
    async listByOwner(ownerKey: string, limit: number): Promise<SubmissionRecord[]> {
      checkStorageKeys({ ownerKey });
      checkListLimit(limit);
      // rowid breaks a tie between submissions made in the same millisecond: the later insert first.
      return submissionsOfOwner.all(ownerKey, limit).map(toSubmission);
    },
    async listRoutedTo(recipients: readonly Recipient[], limit: number, kind?: string): Promise<SubmissionRecord[]> {
      checkListLimit(limit);
      const keys = [...new Set(recipients.map(routeKeyOf))];
      checkStorageKeys(Object.fromEntries(keys.map((key, i) => [`routeKey${i}`, key])));
      if (kind !== undefined) checkStorageKeys({ kind });
      if (keys.length === 0) return [];
      const marks = keys.map(() => '?').join(', ');
      const ofKind = kind === undefined ? '' : ' AND r.kind = ?';
      const rows = db
        .prepare(`SELECT DISTINCT s.* FROM submission_routes r JOIN submissions s ON s.reference = r.reference WHERE r.route_key IN (${marks})${ofKind} ORDER BY s.created_at DESC, s.rowid DESC LIMIT ?`)
        .all(...keys, ...(kind === undefined ? [] : [kind]), limit);
      return rows.map(toSubmission);
    },
    async referenceOf(idempotencyKey: string): Promise<string | undefined> {
      checkStorageKeys({ idempotencyKey });
      const found = submissionByKey.get(idempotencyKey);
      return found === undefined ? undefined : submissionRow.parse(found).reference;
    },
    async addRoutes(reference: string, recipients: readonly Recipient[]): Promise<void> {
      const keys = [...new Set(recipients.map(routeKeyOf))];
      checkStorageKeys({ reference, ...Object.fromEntries(keys.map((key, i) => [`routeKey${i}`, key])) });
      // Each route its own row under the (route, reference) key: adding one twice, or at once from two instances, adds it once.
      for (const key of keys) addRoute.run(key, reference);
    },
    async listCreatedBefore(kind: string, createdBefore: Date, limit: number): Promise<SubmissionHeader[]> {
      checkStorageKeys({ kind });
      checkListLimit(limit);
      return submissionsOfKindBefore.all(kind, createdBefore.getTime(), limit).map((found) => {
        const row = headerRow.parse(found);
        return { reference: row.reference, idempotencyKey: row.idempotency_key, kind: row.kind, ownerKey: row.owner_key, createdAt: new Date(row.created_at) };
      });
    },
    async remove(reference: string): Promise<boolean> {
      checkStorageKeys({ reference });
      return removeRouted(reference);
    },
    async listByKind(kind: string, since: Date, limit: number): Promise<SubmissionRecord[]> {
      checkStorageKeys({ kind });
      checkKindListing(since, limit);
      return submissionsOfKind.all(kind, since.getTime(), limit).map(toSubmission);
    },
  };

  const toEntry = (found: unknown): AuditEntry => {
    const row = auditRow.parse(found);
    return { at: new Date(row.at), actorKey: row.actor_key, action: row.action, subject: row.subject };
  };
  const audit = {
    async append(entry: AuditEntry): Promise<void> {
      checkStorageKeys({ actorKey: entry.actorKey, action: entry.action, subject: entry.subject });
      checkAuditEntry(entry);
      appendChained(entry);
    },
    async listBySubject(subject: string): Promise<AuditEntry[]> {
      checkStorageKeys({ subject });
      // Every legacy entry is older than every chained one.
      return [...legacyAuditOfSubject.all(subject), ...chainOfSubject.all(subject)].map(toEntry);
    },
    async readChain(afterSeq: number, limit: number): Promise<ChainedAuditEntry[]> {
      checkChainPage(afterSeq, limit);
      return chainPage.all(afterSeq, limit).map((found) => {
        const row = chainRow.parse(found);
        return { ...toEntry(row), seq: row.seq, prevHash: row.prev_hash, hash: row.hash };
      });
    },
    async countUnchained(): Promise<number> {
      return countRow.parse(legacyAuditCount.get()).n;
    },
  };

  return {
    kind: 'embedded',
    conversations,
    drafts,
    submissions,
    audit,
    recordEvents: embeddedRecordEvents(db),
    ...embeddedAlertStores(db, isUniqueViolation),
    async ping() {
      selectOne.get();
    },
    async sweepExpired(now: Date) {
      const t = now.getTime();
      db.prepare('DELETE FROM drafts WHERE expires_at <= ?').run(t);
      db.prepare(
        `DELETE FROM conversation_revisions WHERE revision < (
           SELECT MAX(r.revision) FROM conversation_revisions r WHERE r.conversation_id = conversation_revisions.conversation_id)
         AND (expires_at <= ? OR revision <= (
           SELECT MAX(r.revision) FROM conversation_revisions r WHERE r.conversation_id = conversation_revisions.conversation_id) - ?)`,
      ).run(t, KEPT_REVISIONS);
      // The newest row of an expired conversation keeps only its revision number: its content goes.
      db.prepare("UPDATE conversation_revisions SET state = '{}' WHERE expires_at <= ? AND state <> '{}'").run(t);
    },
    async close() {
      await writer?.close();
      db.close();
    },
  };
}
