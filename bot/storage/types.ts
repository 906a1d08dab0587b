import { z } from 'zod';
import { recipientSchema, type Recipient } from '../../dialogs/access/access.schema';
import type { AlertOutbox } from './alert.types';
import type { RecordEventStore } from './recordEvents/recordEvent.types';

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
  /**
   * Set when a state was stored but could not be decrypted (an unknown key id, a failed tag, a
   * malformed envelope: encrypted.storage.ts). `state` is then undefined and the revision still counts,
   * so the turn starts afresh and tells the user, rather than as if nothing had been there.
   */
  undecryptable?: true;
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

/**
 * A saved draft whose state the store could not decrypt (encrypted.storage.ts): listed without its
 * state, so its owner sees it and can delete it; it cannot be opened.
 */
export interface UndecryptableDraft extends Omit<DraftRecord, 'state'> {
  state?: undefined;
  undecryptable: true;
}

export type ListedDraft = DraftRecord | UndecryptableDraft;

/** Journeys parked with "save for later", resumable by their owner until they expire. */
export interface DraftStore {
  put(draft: DraftRecord): Promise<void>;
  /** Undefined for a draft that is not there, and for one that cannot be decrypted. */
  get(ownerKey: string, draftId: string, now: Date): Promise<DraftRecord | undefined>;
  list(ownerKey: string, now: Date): Promise<ListedDraft[]>;
  remove(ownerKey: string, draftId: string): Promise<void>;
}

export interface NewSubmission {
  /** The flow instance: a retried or duplicated submit carries the same key. */
  idempotencyKey: string;
  kind: string;
  ownerKey: string;
  payload: JsonObject;
  createdAt: Date;
  /** Who the record goes to (the settings file's routes for the submitter); absent or empty: nobody. */
  routedTo?: readonly Recipient[];
}

export interface SubmissionRecord extends NewSubmission {
  reference: string;
  /** Empty for a record routed to nobody, and for every record stored before routing was. */
  routedTo: readonly Recipient[];
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
   * The records routed to any of these recipients (a lead's roles), newest first, at most `limit`,
   * of one form when `kind` is given. Served by an index; every read is checked and audited by the caller.
   */
  listRoutedTo(recipients: readonly Recipient[], limit: number, kind?: string): Promise<SubmissionRecord[]>;
  /** The reference of the submission written under this key, if it exists yet (the alert dispatcher's check). Reads no payload. */
  referenceOf(idempotencyKey: string): Promise<string | undefined>;
  /**
   * Routes a stored record to these recipients as well (an escalation to the next contact), keeping
   * those it has; idempotent, and safe when several instances add routes at once. Nothing for a
   * record that is not there.
   */
  addRoutes(reference: string, recipients: readonly Recipient[]): Promise<void>;
  /**
   * Submissions of one form created before `createdBefore`, oldest first, at most `limit` (1 to
   * MAX_LISTED_SUBMISSIONS): what the retention job may purge. Headers only, never a payload.
   */
  listCreatedBefore(kind: string, createdBefore: Date, limit: number): Promise<SubmissionHeader[]>;
  /**
   * Deletes one submission and where it was routed. True only for the call that deleted it: a record
   * already gone (another instance purged it first) gives false, never an error. Only the retention
   * job calls this.
   */
  remove(reference: string): Promise<boolean>;
  /**
   * The submissions of one form made at or after `since`, newest first, at most `limit` (1 to
   * MAX_KIND_LISTED): what the problem profile counts. Every owner's: the caller keeps only what the
   * asker may read (decide's readRouted) and audits the reading.
   */
  listByKind(kind: string, since: Date, limit: number): Promise<SubmissionRecord[]>;
}

/** A recipient as one indexed key: "settingId/role" (a setting id holds no "/"). */
export const routeKeyOf = (to: Recipient): string => `${to.settingId}/${to.role}`;

/** The recipients of stored route keys; a key this version cannot read is left out (it routes to nobody). */
export function recipientsOfRouteKeys(keys: readonly string[]): Recipient[] {
  return keys.flatMap((key) => {
    const [settingId, role, ...rest] = key.split('/');
    const parsed = recipientSchema.safeParse({ settingId, role });
    return parsed.success && rest.length === 0 ? [parsed.data] : [];
  });
}

/** What the retention job knows of a submission: never its payload. The idempotency key finds its alerts. */
export type SubmissionHeader = Pick<SubmissionRecord, 'reference' | 'idempotencyKey' | 'kind' | 'ownerKey' | 'createdAt'>;

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

/** An entry as it sits in the hash chain (bot/storage/auditChain.ts). */
export interface ChainedAuditEntry extends AuditEntry {
  /** 1, 2, 3 ... with no gap: taken by an insert under a unique key. */
  seq: number;
  /** The hash of entry seq-1 (the genesis value for seq 1). */
  prevHash: string;
  hash: string;
}

/** The most chain entries one read returns: audit:verify walks the chain in pages of this size. */
export const MAX_CHAIN_PAGE = 1_000;

/**
 * Append-only: there is deliberately no update or delete. Every append extends one hash chain,
 * whichever server instance appends; entries refused by checkAuditEntry (free text) are never written.
 */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  listBySubject(subject: string): Promise<AuditEntry[]>;
  /** The chain in sequence order: entries with seq > afterSeq, at most `limit` (1 to MAX_CHAIN_PAGE). */
  readChain(afterSeq: number, limit: number): Promise<ChainedAuditEntry[]>;
  /** How many entries were written before the chain existed (kept, readable, not covered by it). */
  countUnchained(): Promise<number>;
}

/** Refuses a chain page request that is not whole numbers in range (a caller's mistake). */
export function checkChainPage(afterSeq: number, limit: number): void {
  if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw new RangeError(`afterSeq must be a whole number from 0, got ${afterSeq}`);
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_CHAIN_PAGE) throw new RangeError(`limit must be a whole number from 1 to ${MAX_CHAIN_PAGE}, got ${limit}`);
}

/**
 * Where a person's alerts go: their one-to-one conversation with the assistant, one per Entra object
 * id (the newest wins). The reference is what Bot Framework needs to post into that conversation.
 */
export interface ConversationReferenceStore {
  put(objectId: string, reference: JsonObject, now: Date): Promise<void>;
  get(objectId: string): Promise<JsonObject | undefined>;
}

export interface Storage {
  readonly kind: 'embedded' | 'mongodb';
  conversations: ConversationStore;
  drafts: DraftStore;
  submissions: SubmissionStore;
  audit: AuditLog;
  /** What a record's recipients did with it: append-only, one event per key. */
  recordEvents: RecordEventStore;
  references: ConversationReferenceStore;
  alerts: AlertOutbox;
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
