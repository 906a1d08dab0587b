/**
 * The rules of conversation revisions, the same on both adapters (shared/design/STORAGE.md,
 * "Concurrency"): a save writes the revision after the one its turn loaded, and is refused when
 * that revision or a newer one is already there; the sweep keeps the newest and a few before it.
 */

/** How many superseded revisions of a conversation the sweep keeps (for diagnosis of races). */
export const KEPT_REVISIONS = 5;

/** Refuses an expected revision that no load could have given (a caller's mistake, never user input). */
export function checkExpectedRevision(expectedRevision: number): void {
  if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) {
    throw new RangeError(`expectedRevision must be a non-negative integer, got ${expectedRevision}`);
  }
}

/**
 * A save of `revision` conflicts when the newest saved is that revision or a newer one: the turn
 * built on a stale state, and a writer far behind must not slip into a gap the sweep left.
 */
export const isTaken = (revision: number, newest: number | undefined): boolean => newest !== undefined && newest >= revision;

/** The sweep deletes a revision that is superseded and either expired or KEPT_REVISIONS or more behind the newest. */
export const isSwept = (revision: number, newest: number, expired: boolean): boolean =>
  revision < newest && (expired || revision <= newest - KEPT_REVISIONS);
