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
  drafts: 'drafts',
  submissions: 'submissions',
  audit: 'audit_log',
  recordEvents: 'record_events',
  references: 'conversation_references',
  alerts: 'alert_outbox',
  alertClaims: 'alert_claims',
} as const;

export interface RevisionDoc {
  _id: ObjectId;
  schemaVersion: number;
  conversationId: string;
  revision: number;
  /** JSON text of the state; null once the sweep has cleared an expired newest row. */
  stateJson: string | null;
  expiresAt: Date;
  updatedAt: Date;
}

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
  _id: objectIdSchema,
  revision: z.number().int(),
  stateJson: z.string().nullable().optional(),
  expiresAt: z.date(),
});
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
export const sweepGroup = z.object({ _id: z.string() });
export const sweepRow = z.object({ conversationId: z.string(), revision: z.number().int() });

export const parseJsonObject = (text: string): JsonObject => parseJsonObjectText(text);

let lastAuditSeq = 0;
/** Microseconds since the epoch, forced strictly increasing in this process (exact as a double until the year 2255). */
export function nextAuditSeq(): number {
  lastAuditSeq = Math.max(lastAuditSeq + 1, Date.now() * 1000);
  return lastAuditSeq;
}
