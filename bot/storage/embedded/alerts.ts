import type Database from 'libsql';
import { z } from 'zod';
import { alertKeys } from '../queryKeys';
import { checkStorageKeys } from '../storageKey';
import { firstDueOf, type AlertClaim, type AlertOutbox, type AlertRecord, type AlertStatus, type NewAlert } from '../alert.types';
import { parseJsonObjectText, type ConversationReferenceStore, type JsonObject } from '../types';
import type { Transaction } from './transaction';
import { isUniqueViolation } from './uniqueViolation';

/**
 * The embedded adapter's conversation references and alert outbox (see types.ts). Claims are rows
 * under a primary key (alert_id, attempt): of two dispatchers, one insert wins and the other fails.
 */

const ALERT_SCHEMA = `
CREATE TABLE IF NOT EXISTS conversation_references (
  object_id TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_outbox (
  alert_id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL,
  recipient_object_id TEXT NOT NULL,
  form_kind TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  settled_at INTEGER,
  escalation TEXT
);
CREATE INDEX IF NOT EXISTS alert_outbox_due ON alert_outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS alert_outbox_by_key ON alert_outbox (idempotency_key);
CREATE TABLE IF NOT EXISTS alert_claims (
  alert_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  claimed_at INTEGER NOT NULL,
  PRIMARY KEY (alert_id, attempt)
);
`;

const alertRow = z.object({
  alert_id: z.string(),
  idempotency_key: z.string(),
  recipient_object_id: z.string(),
  form_kind: z.string(),
  created_at: z.number(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  attempts: z.number().int(),
  next_attempt_at: z.number(),
  settled_at: z.number().nullable(),
  escalation: z.string().nullable(),
});
const escalationOf = z.object({ afterMinutes: z.number().int().positive(), to: z.array(z.string()) }).strict();
const claimRow = z.object({ claimed_at: z.number() });
const referenceRow = z.object({ reference: z.string() });

const toAlert = (found: unknown): AlertRecord => {
  const row = alertRow.parse(found);
  return {
    alertId: row.alert_id,
    idempotencyKey: row.idempotency_key,
    recipientObjectId: row.recipient_object_id,
    formKind: row.form_kind,
    createdAt: new Date(row.created_at),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    settledAt: row.settled_at === null ? undefined : new Date(row.settled_at),
    ...(row.escalation === null ? {} : { escalation: escalationOf.parse(JSON.parse(row.escalation)) }),
  };
};

/** A file written before escalations were has no escalation column: it is added once (every alert in it is a new record's). */
function addEscalationColumn(db: Database.Database): void {
  const columns = z.array(z.object({ name: z.string() }).passthrough()).parse(db.prepare('PRAGMA table_info(alert_outbox)').all());
  if (!columns.some((column) => column.name === 'escalation')) db.exec('ALTER TABLE alert_outbox ADD COLUMN escalation TEXT');
}

export function embeddedAlertStores(db: Database.Database, transaction: Transaction): { references: ConversationReferenceStore; alerts: AlertOutbox } {
  db.exec(ALERT_SCHEMA);
  addEscalationColumn(db);
  const upsertReference = db.prepare(
    `INSERT INTO conversation_references (object_id, reference, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (object_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
  );
  const referenceOf = db.prepare('SELECT reference FROM conversation_references WHERE object_id = ?');
  const insertAlert = db.prepare(
    `INSERT INTO alert_outbox (alert_id, idempotency_key, recipient_object_id, form_kind, created_at, status, attempts, next_attempt_at, settled_at, escalation)
     VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, NULL, ?) ON CONFLICT (alert_id) DO NOTHING`,
  );
  const dueAlerts = db.prepare("SELECT * FROM alert_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, alert_id LIMIT ?");
  const insertClaim = db.prepare('INSERT INTO alert_claims (alert_id, attempt, claimed_at) VALUES (?, ?, ?)');
  const claimOf = db.prepare('SELECT claimed_at FROM alert_claims WHERE alert_id = ? AND attempt = ?');
  const settleAlert = db.prepare('UPDATE alert_outbox SET status = ?, attempts = ?, next_attempt_at = ?, settled_at = ? WHERE alert_id = ? AND attempts = ?');
  const postponeAlert = db.prepare("UPDATE alert_outbox SET next_attempt_at = ? WHERE alert_id = ? AND status = 'pending'");
  const alertsOfKey = db.prepare('SELECT * FROM alert_outbox WHERE idempotency_key = ? ORDER BY alert_id');
  const deleteClaimsOfKey = db.prepare('DELETE FROM alert_claims WHERE alert_id IN (SELECT alert_id FROM alert_outbox WHERE idempotency_key = ?)');
  const deleteAlertsOfKey = db.prepare('DELETE FROM alert_outbox WHERE idempotency_key = ?');

  const references: ConversationReferenceStore = {
    async put(objectId: string, reference: JsonObject, now: Date): Promise<void> {
      checkStorageKeys({ objectId });
      upsertReference.run(objectId, JSON.stringify(reference), now.getTime());
    },
    async get(objectId: string): Promise<JsonObject | undefined> {
      checkStorageKeys({ objectId });
      const found = referenceOf.get(objectId);
      return found === undefined ? undefined : parseJsonObjectText(referenceRow.parse(found).reference);
    },
  };

  const alerts: AlertOutbox = {
    async enqueue(entries: readonly NewAlert[]): Promise<void> {
      for (const a of entries) {
        checkStorageKeys(alertKeys(a));
        insertAlert.run(a.alertId, a.idempotencyKey, a.recipientObjectId, a.formKind, a.createdAt.getTime(), firstDueOf(a).getTime(), a.escalation === undefined ? null : JSON.stringify(a.escalation));
      }
    },
    async due(now: Date, limit: number): Promise<AlertRecord[]> {
      return dueAlerts.all(now.getTime(), limit).map(toAlert);
    },
    async claim(alertId: string, attempt: number, now: Date): Promise<AlertClaim> {
      checkStorageKeys({ alertId });
      try {
        insertClaim.run(alertId, attempt, now.getTime());
        return { won: true };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const held = claimOf.get(alertId, attempt);
        if (held === undefined) throw error;
        return { won: false, claimedAt: new Date(claimRow.parse(held).claimed_at) };
      }
    },
    async settle(alertId: string, attempt: number, outcome: { status: AlertStatus; nextAttemptAt: Date; at: Date }): Promise<void> {
      checkStorageKeys({ alertId });
      const settledAt = outcome.status === 'pending' ? null : outcome.at.getTime();
      settleAlert.run(outcome.status, attempt, outcome.nextAttemptAt.getTime(), settledAt, alertId, attempt - 1);
    },
    async postpone(alertId: string, nextAttemptAt: Date): Promise<void> {
      checkStorageKeys({ alertId });
      postponeAlert.run(nextAttemptAt.getTime(), alertId);
    },
    async listByKey(idempotencyKey: string): Promise<AlertRecord[]> {
      checkStorageKeys({ idempotencyKey });
      return alertsOfKey.all(idempotencyKey).map(toAlert);
    },
    async removeByKey(idempotencyKey: string): Promise<void> {
      checkStorageKeys({ idempotencyKey });
      transaction(() => {
        deleteClaimsOfKey.run(idempotencyKey);
        deleteAlertsOfKey.run(idempotencyKey);
      });
    },
  };
  return { references, alerts };
}
