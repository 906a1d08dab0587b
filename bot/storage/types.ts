import { z } from 'zod';

/**
 * The narrow storage interfaces every adapter implements (embedded default, MongoDB).
 * Shaped for the portable subset in shared/design/STORAGE.md: atomicity rests on inserts
 * guarded by unique keys, expiry is filtered on read and swept by the application.
 */

/** A JSON value: what context, snapshots and payloads are made of. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export const jsonSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonSchema), z.record(z.string(), jsonSchema)]),
);
const jsonRecordSchema = z.record(z.string(), jsonSchema);
/**
 * A JSON object, checked with the record schema but returned exactly as given: zod's record
 * leaves an own "__proto__" key out of its output, and a store must give back what it was given.
 */
export const jsonObjectSchema = z.custom<z.infer<typeof jsonRecordSchema>>((value) => jsonRecordSchema.safeParse(value).success);
export type JsonObject = z.infer<typeof jsonObjectSchema>;

/**
 * Text read back from a store, as a JSON object. JSON.parse yields JSON by construction, so only
 * the top is checked to be an object: walking every value again with jsonObjectSchema was a
 * measurable share of a turn (BENCHMARKS.md). Throws a SyntaxError otherwise, as JSON.parse does.
 */
export function parseJsonObjectText(text: string): JsonObject {
  const value: Json = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SyntaxError('stored text is not a JSON object');
  return value;
}

/**
 * The newest revision of a conversation. `state` is undefined for a conversation never seen
 * (revision 0) or one whose newest revision has expired: its revision still counts, so the
 * next save cannot collide with rows the sweep has not removed yet.
 */
export interface LoadedConversation {
  revision: number;
  state: JsonObject | undefined;
}

export type SaveResult = { ok: true; revision: number } | { ok: false; reason: 'conflict' };

export interface ConversationStore {
  load(conversationId: string, now: Date): Promise<LoadedConversation>;
  /** Writes revision `expectedRevision + 1`; a concurrent writer that got there first makes this a conflict. */
  save(conversationId: string, expectedRevision: number, state: JsonObject, expiresAt: Date, now: Date): Promise<SaveResult>;
}

export interface DraftRecord {
  ownerKey: string;
  draftId: string;
  flowId: string;
  state: JsonObject;
  expiresAt: Date;
  updatedAt: Date;
}

/** Journeys parked with "save for later", resumable by their owner until they expire. */
export interface DraftStore {
  put(draft: DraftRecord): Promise<void>;
  get(ownerKey: string, draftId: string, now: Date): Promise<DraftRecord | undefined>;
  list(ownerKey: string, now: Date): Promise<DraftRecord[]>;
  remove(ownerKey: string, draftId: string): Promise<void>;
}

export interface NewSubmission {
  /** The flow instance: a retried or duplicated submit carries the same key. */
  idempotencyKey: string;
  kind: string;
  ownerKey: string;
  payload: JsonObject;
  createdAt: Date;
}

export interface SubmissionRecord extends NewSubmission {
  reference: string;
}

export interface SubmitResult {
  reference: string;
  /** False when the key had already been submitted: nothing new was written. */
  created: boolean;
}

export interface SubmissionStore {
  submit(submission: NewSubmission): Promise<SubmitResult>;
  /** Reads are audited by the caller (see bot/audit.ts), never here. */
  get(reference: string): Promise<SubmissionRecord | undefined>;
  /**
   * The owner's own submissions, newest first, at most `limit` (1 to MAX_LISTED_SUBMISSIONS).
   * Only ever the owner's: no other owner's record is returned. Reads are audited by the caller.
   */
  listByOwner(ownerKey: string, limit: number): Promise<SubmissionRecord[]>;
  /**
   * The submissions of one form made at or after `since`, newest first, at most `limit` (1 to
   * MAX_KIND_LISTED): what the problem profile counts. Every owner's: the caller keeps only what the
   * asker may read (decide's readRouted) and audits the reading.
   */
  listByKind(kind: string, since: Date, limit: number): Promise<SubmissionRecord[]>;
}

/** The most submissions one listing returns: a card lists a page of them, never an unbounded set. */
export const MAX_LISTED_SUBMISSIONS = 100;

/** The most submissions one listing by form returns: a profile counts a bounded set, and says when it reached it. */
export const MAX_KIND_LISTED = 2_000;

/** Refuses a limit outside 1 to MAX_KIND_LISTED, or a `since` that is not a real date (a caller's mistake, never user input). */
export function checkKindListing(since: Date, limit: number): void {
  if (!(since instanceof Date) || Number.isNaN(since.getTime())) throw new RangeError('since must be a valid date');
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_KIND_LISTED) throw new RangeError(`limit must be a whole number from 1 to ${MAX_KIND_LISTED}, got ${limit}`);
}

/** Refuses a limit that is not a whole number from 1 to MAX_LISTED_SUBMISSIONS (a caller's mistake, never user input). */
export function checkListLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LISTED_SUBMISSIONS) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LISTED_SUBMISSIONS}, got ${limit}`);
  }
}

export interface AuditEntry {
  at: Date;
  /** Who acted, as an opaque key; never a name. */
  actorKey: string;
  action: string;
  /** What was acted on: a flow instance, a submission reference. Never personal data. */
  subject: string;
}

/** Append-only: there is deliberately no update or delete. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  listBySubject(subject: string): Promise<AuditEntry[]>;
}

export interface Storage {
  readonly kind: 'embedded' | 'mongodb';
  conversations: ConversationStore;
  drafts: DraftStore;
  submissions: SubmissionStore;
  audit: AuditLog;
  /** Resolves when the store answers; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  /** Deletes expired drafts and superseded or expired conversation revisions. */
  sweepExpired(now: Date): Promise<void>;
  close(): Promise<void>;
}

/** Raised by an adapter when the store cannot be reached; the turn runner tells the user their work is kept. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super('storage unavailable', { cause });
    this.name = 'StorageUnavailableError';
  }
}
