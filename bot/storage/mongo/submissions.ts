import { ObjectId, type Collection } from 'mongodb';
import type { Recipient } from '../../../dialogs/access/access.schema';
import { submissionKeys } from '../queryKeys';
import { newSubmissionReference } from '../reference';
import { routeKeyFields, routeKeysOf } from '../routeKeys';
import { checkKindListing, checkListLimit, recipientsOfRouteKeys, type NewSubmission, type SubmissionHeader, type SubmissionRecord, type SubmissionStore, type SubmitResult } from '../types';
import type { AddedRoutes } from './addedRoutes';
import { parseJsonObject, SCHEMA_VERSION, submissionHeaderRead, submissionRead, type SubmissionDoc } from './documents';
import { isDuplicateKey, retrying, type KeyedRun } from './resilience';

/**
 * Submissions on MongoDB, exactly once under the unique idempotency key: the first insert wins and
 * a duplicate finds the winner's reference. Where a record was routed when submitted is in its
 * `routeKeys` (a multikey index serves a lead's list); routes added since (escalations) are their
 * own documents (addedRoutes.ts), merged in on every read.
 */

/** Attempts at drawing a submission reference not already taken (a collision is ~1 in 10^12). */
const REFERENCE_ATTEMPTS = 3;

export function mongoSubmissions(
  submissionDocs: Collection<SubmissionDoc>,
  addedRoutes: AddedRoutes,
  keyedRun: KeyedRun,
  maxTimeMS: number,
): SubmissionStore {
  /** Stored submissions as records: routed where they were submitted to, and where they were escalated to since. */
  const toSubmissions = async (signal: AbortSignal, found: readonly unknown[]): Promise<SubmissionRecord[]> => {
    const rows = found.map((doc) => submissionRead.parse(doc));
    const added = await addedRoutes.of(signal, rows.map((row) => row.reference));
    return rows.map((row) => ({
      idempotencyKey: row.idempotencyKey,
      reference: row.reference,
      kind: row.kind,
      ownerKey: row.ownerKey,
      payload: parseJsonObject(row.payloadJson),
      createdAt: row.createdAt,
      routedTo: recipientsOfRouteKeys([...new Set([...(row.routeKeys ?? []), ...(added.get(row.reference) ?? [])])]),
    }));
  };
  return {
    submit(submission: NewSubmission): Promise<SubmitResult> {
      const { idempotencyKey } = submission;
      const payloadJson = JSON.stringify(submission.payload);
      return keyedRun(submissionKeys(submission), async (signal) => {
        const byKey = async () => {
          const found = await retrying(signal, () => submissionDocs.findOne({ idempotencyKey }, { maxTimeMS, signal }));
          return found === null ? undefined : submissionRead.parse(found);
        };
        const existing = await byKey();
        if (existing !== undefined) return { reference: existing.reference, created: false };
        for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
          const doc: SubmissionDoc = {
            _id: new ObjectId(),
            schemaVersion: SCHEMA_VERSION,
            idempotencyKey,
            reference: newSubmissionReference(),
            kind: submission.kind,
            ownerKey: submission.ownerKey,
            payloadJson,
            createdAt: submission.createdAt,
            routeKeys: routeKeysOf(submission.routedTo ?? []),
          };
          try {
            await retrying(signal, () => submissionDocs.insertOne(doc));
            return { reference: doc.reference, created: true };
          } catch (error) {
            if (!isDuplicateKey(error)) throw error;
            const winner = await byKey();
            // Our own document if a throttled attempt was in fact applied; another writer's otherwise.
            if (winner !== undefined) return { reference: winner.reference, created: winner._id.equals(doc._id) };
            // Nobody holds the key: the reference collided with another submission's. Draw again.
          }
        }
        throw new Error(`no free submission reference after ${REFERENCE_ATTEMPTS} attempts`);
      });
    },
    get(reference: string): Promise<SubmissionRecord | undefined> {
      return keyedRun({ reference }, async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ reference }, { maxTimeMS, signal }));
        return found === null ? undefined : (await toSubmissions(signal, [found]))[0];
      });
    },
    listByOwner(ownerKey: string, limit: number): Promise<SubmissionRecord[]> {
      return keyedRun({ ownerKey }, async (signal) => {
        checkListLimit(limit);
        // _id breaks a tie between submissions made in the same millisecond: ObjectIds increase per process.
        const found = await retrying(signal, () =>
          submissionDocs.find({ ownerKey }, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return toSubmissions(signal, found);
      });
    },
    listRoutedTo(recipients: readonly Recipient[], limit: number, kind?: string): Promise<SubmissionRecord[]> {
      const routeKeys = routeKeysOf(recipients);
      return keyedRun({ ...routeKeyFields(routeKeys), ...(kind === undefined ? {} : { kind }) }, async (signal) => {
        checkListLimit(limit);
        if (routeKeys.length === 0) return [];
        const filter = kind === undefined ? { routeKeys: { $in: routeKeys } } : { routeKeys: { $in: routeKeys }, kind };
        const direct = await retrying(signal, () => submissionDocs.find(filter, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray());
        // And those escalated to these recipients since: their own page, merged in the same order.
        const have = new Set(direct.map((doc) => doc.reference));
        const escalated = (await addedRoutes.referencesRoutedTo(signal, routeKeys, limit, kind)).filter((reference) => !have.has(reference));
        const more = escalated.length === 0 ? [] : await retrying(signal, () => submissionDocs.find({ reference: { $in: escalated } }, { maxTimeMS, signal }).toArray());
        const page = [...direct, ...more]
          .map((doc) => submissionRead.parse(doc))
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b._id.toHexString().localeCompare(a._id.toHexString()))
          .slice(0, limit);
        return toSubmissions(signal, page);
      });
    },
    listByKind(kind: string, since: Date, limit: number): Promise<SubmissionRecord[]> {
      return keyedRun({ kind }, async (signal) => {
        checkKindListing(since, limit);
        const found = await retrying(signal, () =>
          submissionDocs.find({ kind, createdAt: { $gte: since } }, { sort: { createdAt: -1, _id: -1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return toSubmissions(signal, found);
      });
    },
    referenceOf(idempotencyKey: string): Promise<string | undefined> {
      return keyedRun({ idempotencyKey }, async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ idempotencyKey }, { maxTimeMS, signal }));
        return found === null ? undefined : submissionRead.parse(found).reference;
      });
    },
    addRoutes(reference: string, recipients: readonly Recipient[]): Promise<void> {
      const wanted = routeKeysOf(recipients);
      return keyedRun({ reference, ...routeKeyFields(wanted) }, async (signal) => {
        const found = await retrying(signal, () => submissionDocs.findOne({ reference }, { maxTimeMS, signal }));
        if (found === null) return;
        const record = submissionRead.parse(found);
        await addedRoutes.add(signal, record, wanted.filter((key) => !(record.routeKeys ?? []).includes(key)));
      });
    },
    listCreatedBefore(kind: string, createdBefore: Date, limit: number): Promise<SubmissionHeader[]> {
      return keyedRun({ kind }, async (signal) => {
        checkListLimit(limit);
        const found = await retrying(signal, () =>
          submissionDocs
            .find({ kind, createdAt: { $lt: createdBefore } }, { sort: { createdAt: 1, _id: 1 }, limit, projection: { _id: 0, reference: 1, idempotencyKey: 1, kind: 1, ownerKey: 1, createdAt: 1 }, maxTimeMS, signal })
            .toArray(),
        );
        return found.map((doc) => submissionHeaderRead.parse(doc));
      });
    },
    remove(reference: string): Promise<boolean> {
      return keyedRun({ reference }, async (signal) => {
        // A retried delete that was in fact applied reports 0: the record is gone either way, and the
        // caller audits only a 1, so at worst one purge goes unaudited, never one audited twice.
        const result = await retrying(signal, () => submissionDocs.deleteOne({ reference }));
        await addedRoutes.removeOf(signal, reference);
        return result.deletedCount === 1;
      });
    },
  };
}
