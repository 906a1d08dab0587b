import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { z } from 'zod';
import { firstDueOf, type AlertClaim, type AlertEscalation, type AlertOutbox, type AlertRecord, type AlertStatus, type NewAlert } from '../alert.types';
import type { ConversationReferenceStore, JsonObject } from '../types';
import { COLLECTIONS, parseJsonObject, SCHEMA_VERSION } from './documents';
import { alertKeys } from '../queryKeys';
import { isDuplicateKey, retrying, type KeyedRun } from './resilience';

/**
 * The MongoDB adapter's conversation references and alert outbox (see types.ts), in the portable
 * subset: who makes attempt n of an alert is decided by an insert under the unique (alertId, attempt)
 * index, which is atomic on FerretDB too; the updates after it only record what the winner did.
 */

interface ReferenceDoc {
  schemaVersion: number;
  objectId: string;
  /** JSON text, so no key of the reference is ever a document key. */
  referenceJson: string;
  updatedAt: Date;
}

interface AlertDoc {
  schemaVersion: number;
  alertId: string;
  idempotencyKey: string;
  recipientObjectId: string;
  formKind: string;
  createdAt: Date;
  status: AlertStatus;
  attempts: number;
  nextAttemptAt: Date;
  settledAt: Date | null;
  /** Absent (written before escalations were) or null: a new record's alert. */
  escalation?: AlertEscalation | null;
}

interface ClaimDoc {
  schemaVersion: number;
  alertId: string;
  attempt: number;
  /** Who claimed it: tells a throttled insert that was in fact applied from another dispatcher's. */
  claimId: string;
  claimedAt: Date;
}

const alertRead = z.object({
  alertId: z.string(),
  idempotencyKey: z.string(),
  recipientObjectId: z.string(),
  formKind: z.string(),
  createdAt: z.date(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  attempts: z.number().int(),
  nextAttemptAt: z.date(),
  settledAt: z.date().nullable(),
  escalation: z.object({ afterMinutes: z.number().int().positive(), to: z.array(z.string()) }).nullable().optional(),
});
const claimRead = z.object({ claimId: z.string(), claimedAt: z.date() });
const referenceRead = z.object({ referenceJson: z.string() });

const toAlert = (found: unknown): AlertRecord => {
  const { escalation, ...row } = alertRead.parse(found);
  return { ...row, settledAt: row.settledAt ?? undefined, ...(escalation === null || escalation === undefined ? {} : { escalation }) };
};

/** A concurrent upsert of the same reference can lose the insert race with a duplicate key: retry it. */
const UPSERT_RETRIES = 2;

export function mongoAlertStores(db: Db, keyedRun: KeyedRun, maxTimeMS: number): { references: ConversationReferenceStore; alerts: AlertOutbox } {
  const referenceDocs = db.collection<ReferenceDoc>(COLLECTIONS.references);
  const alertDocs = db.collection<AlertDoc>(COLLECTIONS.alerts);
  const claimDocs = db.collection<ClaimDoc>(COLLECTIONS.alertClaims);

  const references: ConversationReferenceStore = {
    put(objectId: string, reference: JsonObject, now: Date): Promise<void> {
      const referenceJson = JSON.stringify(reference);
      return keyedRun({ objectId }, async (signal) => {
        await retrying(
          signal,
          () => referenceDocs.updateOne({ objectId }, { $set: { schemaVersion: SCHEMA_VERSION, referenceJson, updatedAt: now } }, { upsert: true }),
          { when: isDuplicateKey, times: UPSERT_RETRIES },
        );
      });
    },
    get(objectId: string): Promise<JsonObject | undefined> {
      return keyedRun({ objectId }, async (signal) => {
        const found = await retrying(signal, () => referenceDocs.findOne({ objectId }, { maxTimeMS, signal }));
        return found === null ? undefined : parseJsonObject(referenceRead.parse(found).referenceJson);
      });
    },
  };

  const alerts: AlertOutbox = {
    async enqueue(entries: readonly NewAlert[]): Promise<void> {
      for (const a of entries) {
        const doc: AlertDoc = { schemaVersion: SCHEMA_VERSION, ...a, status: 'pending', attempts: 0, nextAttemptAt: firstDueOf(a), settledAt: null, escalation: a.escalation ?? null };
        await keyedRun(alertKeys(a), async (signal) => {
          try {
            await retrying(signal, () => alertDocs.insertOne({ ...doc }));
          } catch (error) {
            // Already written by an earlier or concurrent submit of the same form: left as it is.
            if (!isDuplicateKey(error)) throw error;
          }
        });
      }
    },
    due(now: Date, limit: number): Promise<AlertRecord[]> {
      return keyedRun({}, async (signal) => {
        const found = await retrying(signal, () =>
          alertDocs.find({ status: 'pending', nextAttemptAt: { $lte: now } }, { sort: { nextAttemptAt: 1, alertId: 1 }, limit, maxTimeMS, signal }).toArray(),
        );
        return found.map(toAlert);
      });
    },
    claim(alertId: string, attempt: number, now: Date): Promise<AlertClaim> {
      return keyedRun({ alertId }, async (signal) => {
        const doc: ClaimDoc = { schemaVersion: SCHEMA_VERSION, alertId, attempt, claimId: randomUUID(), claimedAt: now };
        try {
          await retrying(signal, () => claimDocs.insertOne({ ...doc }));
          return { won: true };
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          const held = await retrying(signal, () => claimDocs.findOne({ alertId, attempt }, { maxTimeMS, signal }));
          if (held === null) throw error;
          const holder = claimRead.parse(held);
          return holder.claimId === doc.claimId ? { won: true } : { won: false, claimedAt: holder.claimedAt };
        }
      });
    },
    settle(alertId: string, attempt: number, outcome: { status: AlertStatus; nextAttemptAt: Date; at: Date }): Promise<void> {
      return keyedRun({ alertId }, async (signal) => {
        const settledAt = outcome.status === 'pending' ? null : outcome.at;
        await retrying(signal, () =>
          alertDocs.updateOne({ alertId, attempts: attempt - 1 }, { $set: { status: outcome.status, attempts: attempt, nextAttemptAt: outcome.nextAttemptAt, settledAt } }),
        );
      });
    },
    postpone(alertId: string, nextAttemptAt: Date): Promise<void> {
      return keyedRun({ alertId }, async (signal) => {
        await retrying(signal, () => alertDocs.updateOne({ alertId, status: 'pending' }, { $set: { nextAttemptAt } }));
      });
    },
    listByKey(idempotencyKey: string): Promise<AlertRecord[]> {
      return keyedRun({ idempotencyKey }, async (signal) => {
        const found = await retrying(signal, () => alertDocs.find({ idempotencyKey }, { sort: { alertId: 1 }, maxTimeMS, signal }).toArray());
        return found.map(toAlert);
      });
    },
    removeByKey(idempotencyKey: string): Promise<void> {
      return keyedRun({ idempotencyKey }, async (signal) => {
        // Claims first, found through their alerts: stopped part way, the alerts are still there to find them again.
        const found = await retrying(signal, () => alertDocs.find({ idempotencyKey }, { maxTimeMS, signal }).toArray());
        const alertIds = found.map((doc) => alertRead.parse(doc).alertId);
        if (alertIds.length > 0) await retrying(signal, () => claimDocs.deleteMany({ alertId: { $in: alertIds } }));
        await retrying(signal, () => alertDocs.deleteMany({ idempotencyKey }));
      });
    },
  };
  return { references, alerts };
}
