import type { JsonObject } from '../types';

/**
 * What the people a record was routed to did with it, as an append-only list per record: each
 * event under a key unique within its record, so a Teams retry or a double press adds it once.
 * `details` holds what the lead typed (an action, a decision's reason): it is encrypted at rest
 * like a submission's payload (encrypted.storage.ts) and never reaches the audit log.
 */

export interface RecordEvent {
  /** The submission's reference. */
  reference: string;
  /** Unique within the record: the same key again adds nothing. */
  eventKey: string;
  /** What happened: `acknowledged`, `actionAdded`, `decided`, `closed`; the dispatcher's `escalated` or `escalationNotNeeded` (read by dialogs/records and dialogs/alerts). */
  kind: string;
  /** Who did it, as the audit log's salted key: never a name. */
  actorKey: string;
  at: Date;
  details: JsonObject;
}

/** The most records one `listFor` call covers: a page of a list, never an unbounded set. */
export const MAX_EVENT_REFERENCES = 100;

/**
 * Append-only to every caller but one: no event is ever changed, and only the retention purge
 * (bot/retention/) removes a record's events, when the record itself is purged.
 */
export interface RecordEventStore {
  /** Adds the event unless its (reference, eventKey) is already there; `created` says which. */
  append(event: RecordEvent): Promise<{ created: boolean }>;
  /** The events of these records (1 to MAX_EVENT_REFERENCES of them), oldest first within each record. */
  listFor(references: readonly string[]): Promise<RecordEvent[]>;
  /**
   * Removes every event of one record. Only the retention purge calls this, for a record past its
   * retention period; idempotent (a record with no events left is no error).
   */
  removeFor(reference: string): Promise<void>;
}

/** Refuses a list of references the stores would not bound (a caller's mistake, never user input). */
export function checkReferences(references: readonly string[]): void {
  if (references.length > MAX_EVENT_REFERENCES) throw new RangeError(`at most ${MAX_EVENT_REFERENCES} references at once, got ${references.length}`);
  for (const reference of references) if (typeof reference !== 'string' || reference === '') throw new TypeError('a reference must be a non-empty string');
}
