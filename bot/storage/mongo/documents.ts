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
  audit: 'audit_log',
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
}

export interface AuditDoc {
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
});
export const auditRead = z.object({ at: z.date(), actorKey: z.string(), action: z.string(), subject: z.string() });
export const sweepGroup = z.object({ _id: z.string() });
export const sweepRow = z.object({ conversationId: z.string(), revision: z.number().int() });

export const parseJsonObject = (text: string): JsonObject => parseJsonObjectText(text);

let lastAuditSeq = 0;
/** Microseconds since the epoch, forced strictly increasing in this process (exact as a double until the year 2255). */
export function nextAuditSeq(): number {
  lastAuditSeq = Math.max(lastAuditSeq + 1, Date.now() * 1000);
  return lastAuditSeq;
}
