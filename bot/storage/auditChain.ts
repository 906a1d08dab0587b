import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AUDIT_ACTION, MAX_AUDIT_ACTION_LENGTH } from '../../dialogs/auditAction';
import type { AuditEntry, ChainedAuditEntry } from './types';

/**
 * The audit trail as a hash chain, the same on every adapter: entry n carries its sequence number
 * and the hash of entry n-1, and its own hash covers its fields and that previous hash. Changing,
 * removing, inserting or reordering any entry breaks the link after it. The first entry chains to
 * GENESIS_HASH. Entries written before the chain existed stay where they were, unchained
 * (docs/security.md, "The audit chain").
 */

/** What the first entry of every chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);
/** Bumped only if the canonical encoding ever changes; it is part of every hash. */
export const CHAIN_VERSION = 1;

/**
 * What an entry may hold: opaque keys, never text. An action is dot-separated identifiers
 * (`form.submitted`, `submission.refused.export`); a subject and an actor are one token (a
 * reference, a flow instance id, `identity:noObjectId`, a salted key), so no sentence, note or
 * name-and-address can be written into the trail.
 */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9:._-]*$/;
export const auditEntrySchema = z.object({
  at: z.date().refine((date) => Number.isFinite(date.getTime()), 'a valid time'),
  actorKey: z.string().max(64).regex(TOKEN, 'one opaque token'),
  action: z.string().max(MAX_AUDIT_ACTION_LENGTH).regex(AUDIT_ACTION, 'dot-separated identifiers'),
  subject: z.string().max(80).regex(TOKEN, 'one opaque token: a reference or an id'),
});

/** An entry refused because a field could carry free text. Names the field, never its value. */
export class AuditEntryError extends Error {
  constructor(readonly fields: string[]) {
    super(`audit entry refused: ${fields.join(', ')} must be an opaque key, never text`);
    this.name = 'AuditEntryError';
  }
}

export function checkAuditEntry(entry: AuditEntry): void {
  const parsed = auditEntrySchema.safeParse(entry);
  if (!parsed.success) throw new AuditEntryError([...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))]);
}

/** A JSON array of strings and integers: one fixed encoding, whatever the store or the driver. */
export function canonicalEncoding(entry: AuditEntry, seq: number, prevHash: string): string {
  return JSON.stringify([CHAIN_VERSION, seq, entry.at.getTime(), entry.actorKey, entry.action, entry.subject, prevHash]);
}

export function chainHash(entry: AuditEntry, seq: number, prevHash: string): string {
  return createHash('sha256').update(canonicalEncoding(entry, seq, prevHash), 'utf8').digest('hex');
}

/** The tail an append builds on: the chain's last sequence number and hash (0 and GENESIS_HASH when empty). */
export interface ChainTail {
  seq: number;
  hash: string;
}

export const EMPTY_TAIL: ChainTail = { seq: 0, hash: GENESIS_HASH };

export function nextLink(entry: AuditEntry, tail: ChainTail): ChainedAuditEntry {
  const seq = tail.seq + 1;
  const prevHash = tail.hash;
  return { ...entry, seq, prevHash, hash: chainHash(entry, seq, prevHash) };
}

export type ChainBreak =
  | { seq: number; problem: 'gap'; expectedSeq: number }
  | { seq: number; problem: 'outOfOrder'; expectedSeq: number }
  | { seq: number; problem: 'prevHashMismatch' }
  | { seq: number; problem: 'hashMismatch' };

/**
 * Checks one page of entries, as read in sequence order, against the tail before it. Returns the
 * last intact link, and the first break if there is one. Pure, so a verifier can walk any store in
 * bounded pages.
 */
export function checkPage(tail: ChainTail, page: readonly ChainedAuditEntry[]): { tail: ChainTail; broken: ChainBreak | undefined } {
  let current = tail;
  for (const entry of page) {
    const broken = checkLink(current, entry);
    if (broken !== undefined) return { tail: current, broken };
    current = { seq: entry.seq, hash: entry.hash };
  }
  return { tail: current, broken: undefined };
}

function checkLink(before: ChainTail, entry: ChainedAuditEntry): ChainBreak | undefined {
  const expectedSeq = before.seq + 1;
  if (entry.seq < expectedSeq) return { seq: entry.seq, problem: 'outOfOrder', expectedSeq };
  if (entry.seq > expectedSeq) return { seq: entry.seq, problem: 'gap', expectedSeq };
  if (entry.prevHash !== before.hash) return { seq: entry.seq, problem: 'prevHashMismatch' };
  if (entry.hash !== chainHash(entry, entry.seq, entry.prevHash)) return { seq: entry.seq, problem: 'hashMismatch' };
  return undefined;
}
