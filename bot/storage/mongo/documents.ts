import { ObjectId } from 'mongodb';
import { z } from 'zod';
import { parseJsonObjectText, type JsonObject } from '../types';

/**
 * The documents as stored, and the zod schemas every read is checked with. User data
 * (conversation state, draft state, submission payload) is stored as a JSON string, so keys
 * such as "$set" or "a.b" are never document keys.
 */

export const SCHEMA_VERSION = 1;

export const COLLECTIONS = {
  revisions: 'conversation_revisions',
  heads: 'conversation_heads',
  migrations: 'storage_migrations',
  drafts: 'drafts',
  submissions: 'submissions',
  /** Entries written before the hash chain: read, never written. */
  audit: 'audit_log',
  recordEvents: 'record_events',
  references: 'conversation_references',
  alerts: 'alert_outbox',
  alertClaims: 'alert_claims',
  /** Routes added to a record after it was submitted (escalations): bot/storage/mongo/addedRoutes.ts. */
  addedRoutes: 'submission_added_routes',
  auditChain: 'audit_chain',
} as const;

export interface RevisionDoc {
  /** `<conversationId>#<revision>` (see revisionId); an ObjectId in documents written before the heads (still read). */
  _id: string | ObjectId;
  /** Random per save: tells our own insert, applied by a throttled attempt, from a concurrent writer's. */
  writeId?: string;
  schemaVersion: number;
  conversationId: string;
  revision: number;
  /** JSON text of the state; null once the sweep has cleared an expired newest row. */
  stateJson: string | null;
  expiresAt: Date;
  updatedAt: Date;
}

/**
 * The newest revision of a conversation known to be saved, by `_id`: what makes every read of a
 * turn an `_id` lookup. Written after the revision's insert, so it may lag (a crash, two writers
 * in quick succession) but never leads: a load probes the revision after it.
 */
export interface HeadDoc {
  _id: string;
  schemaVersion: number;
  revision: number;
  updatedAt: Date;
}

/** One start-up migration done, by name (see mongo/migrate.ts). */
export interface MigrationDoc {
  _id: string;
  doneAt: Date;
}

/** The `_id` of a revision document: unambiguous, as the revision is the digits after the last "#". */
export const revisionId = (conversationId: string, revision: number): string => `${conversationId}#${revision}`;

export interface DraftDoc {
  schemaVersion: number;
  ownerKey: string;
  draftId: string;
  flowId: string;
  stateJson: string;
  expiresAt: Date;
  updatedAt: Date;
  createdAt: Date;
}

export interface SubmissionDoc {
  _id: ObjectId;
  schemaVersion: number;
  idempotencyKey: string;
  reference: string;
  kind: string;
  ownerKey: string;
  payloadJson: string;
  createdAt: Date;
  /** Where the record was routed, as "settingId/role" keys (multikey index); absent on records stored before routing. */
  routeKeys: string[];
}

/** An entry written before the hash chain (kept; no longer written). */
export interface AuditDoc {
  _id: ObjectId;
  schemaVersion: number;
  /** Append order of the time: microseconds, increasing within a process. */
  seq: number;
  at: Date;
  actorKey: string;
  action: string;
  subject: string;
}

/** An entry of the hash chain (bot/storage/auditChain.ts): `seq` is unique, so two appenders never take one number. */
export interface ChainDoc {
  _id: ObjectId;
  schemaVersion: number;
  seq: number;
  at: Date;
  actorKey: string;
  action: string;
  subject: string;
  prevHash: string;
  hash: string;
}

const objectIdSchema = z.instanceof(ObjectId);
export const revisionRead = z.object({
  _id: z.union([z.string(), objectIdSchema]),
  writeId: z.string().optional(),
  revision: z.number().int(),
  stateJson: z.string().nullable().optional(),
  expiresAt: z.date(),
});
export const headRead = z.object({ revision: z.number().int() });
export const draftRead = z.object({
  ownerKey: z.string(),
  draftId: z.string(),
  flowId: z.string(),
  stateJson: z.string(),
  expiresAt: z.date(),
  updatedAt: z.date(),
});
export const submissionRead = z.object({
  _id: objectIdSchema,
  idempotencyKey: z.string(),
  reference: z.string(),
  kind: z.string(),
  ownerKey: z.string(),
  payloadJson: z.string(),
  createdAt: z.date(),
  routeKeys: z.array(z.string()).optional(),
});
export const auditRead = z.object({ at: z.date(), actorKey: z.string(), action: z.string(), subject: z.string() });
export const chainRead = auditRead.extend({ _id: objectIdSchema, seq: z.number().int(), prevHash: z.string(), hash: z.string() });
export const chainTailRead = z.object({ seq: z.number().int(), hash: z.string() });
export const submissionHeaderRead = z.object({ reference: z.string(), idempotencyKey: z.string(), kind: z.string(), ownerKey: z.string(), createdAt: z.date() });
export const sweepGroup = z.object({ _id: z.string() });
export const sweepRow = z.object({ conversationId: z.string(), revision: z.number().int(), expiresAt: z.date() });

export const parseJsonObject = (text: string): JsonObject => parseJsonObjectText(text);
