import type Database from 'libsql';
import { z } from 'zod';
import type { Recipient } from '../../../dialogs/access/access.schema';
import { submissionKeys } from '../queryKeys';
import { newSubmissionReference } from '../reference';
import { routeKeyFields, routeKeysOf } from '../routeKeys';
import { checkStorageKeys } from '../storageKey';
import {
  checkKindListing,
  checkListLimit,
  parseJsonObjectText,
  recipientsOfRouteKeys,
  type NewSubmission,
  type SubmissionHeader,
  type SubmissionRecord,
  type SubmissionStore,
  type SubmitResult,
} from '../types';
import type { Transaction } from './transaction';
import { isUniqueViolation } from './uniqueViolation';

/**
 * Submissions in the embedded file, exactly once under their idempotency key (the primary key), and
 * where each was routed: one row per (route, reference) in submission_routes, so a lead's list is
 * served by an index and a route added twice, or by two instances at once, is there once.
 */

const submissionRow = z.object({
  idempotency_key: z.string(),
  reference: z.string(),
  kind: z.string(),
  owner_key: z.string(),
  payload: z.string(),
  created_at: z.number(),
});
const headerRow = z.object({ reference: z.string(), idempotency_key: z.string(), kind: z.string(), owner_key: z.string(), created_at: z.number() });
const routeKeyRow = z.object({ route_key: z.string() });

export function embeddedSubmissions(db: Database.Database, transaction: Transaction): SubmissionStore {
  const submissionByKey = db.prepare('SELECT * FROM submissions WHERE idempotency_key = ?');
  const insertSubmission = db.prepare('INSERT INTO submissions (idempotency_key, reference, kind, owner_key, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const submissionByReference = db.prepare('SELECT * FROM submissions WHERE reference = ?');
  // rowid breaks a tie between submissions made in the same millisecond: the later insert first.
  const submissionsOfOwner = db.prepare('SELECT * FROM submissions WHERE owner_key = ? ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const submissionsOfKind = db.prepare('SELECT * FROM submissions WHERE kind = ? AND created_at >= ? ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const insertRoute = db.prepare('INSERT INTO submission_routes (route_key, reference, kind, created_at) VALUES (?, ?, ?, ?)');
  const routesOfReference = db.prepare('SELECT route_key FROM submission_routes WHERE reference = ?');
  const addRoute = db.prepare(
    'INSERT INTO submission_routes (route_key, reference, kind, created_at) SELECT ?, reference, kind, created_at FROM submissions WHERE reference = ? ON CONFLICT (route_key, reference) DO NOTHING',
  );
  const submissionsOfKindBefore = db.prepare(
    'SELECT reference, idempotency_key, kind, owner_key, created_at FROM submissions WHERE kind = ? AND created_at < ? ORDER BY created_at, rowid LIMIT ?',
  );
  const deleteSubmission = db.prepare('DELETE FROM submissions WHERE reference = ?');
  const deleteRoutes = db.prepare('DELETE FROM submission_routes WHERE reference = ?');

  const toSubmission = (found: unknown): SubmissionRecord => {
    const row = submissionRow.parse(found);
    return {
      idempotencyKey: row.idempotency_key,
      reference: row.reference,
      kind: row.kind,
      ownerKey: row.owner_key,
      payload: parseJsonObjectText(row.payload),
      createdAt: new Date(row.created_at),
      routedTo: recipientsOfRouteKeys(routesOfReference.all(row.reference).map((r) => routeKeyRow.parse(r).route_key)),
    };
  };
  /** The submission and its routes in one transaction: a record is never stored routed to fewer than it should be. */
  const insertRouted = (submission: NewSubmission, reference: string): void =>
    transaction(() => {
      insertSubmission.run(submission.idempotencyKey, reference, submission.kind, submission.ownerKey, JSON.stringify(submission.payload), submission.createdAt.getTime());
      for (const key of routeKeysOf(submission.routedTo ?? [])) insertRoute.run(key, reference, submission.kind, submission.createdAt.getTime());
    });
  /** The record and its routes go together: no route row outlives its record. */
  const removeRouted = (reference: string): boolean =>
    transaction(() => {
      const deleted = deleteSubmission.run(reference).changes === 1;
      deleteRoutes.run(reference);
      return deleted;
    });

  return {
    async submit(submission: NewSubmission): Promise<SubmitResult> {
      checkStorageKeys(submissionKeys(submission));
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
      return submissionsOfOwner.all(ownerKey, limit).map(toSubmission);
    },
    async listRoutedTo(recipients: readonly Recipient[], limit: number, kind?: string): Promise<SubmissionRecord[]> {
      checkListLimit(limit);
      const keys = routeKeysOf(recipients);
      checkStorageKeys(routeKeyFields(keys));
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
      const keys = routeKeysOf(recipients);
      checkStorageKeys({ reference, ...routeKeyFields(keys) });
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
}
