import type Database from 'libsql';
import { z } from 'zod';
import type { Transaction } from '../embedded/transaction';
import { recordEventKeys } from '../queryKeys';
import { checkStorageKeys } from '../storageKey';
import { parseJsonObjectText } from '../types';
import { checkReferences, type RecordEvent, type RecordEventStore } from './recordEvent.types';

/**
 * The record events in the embedded file: one row per event under a primary key (reference,
 * event_key), so a repeated key is refused by the database itself, whoever writes it. No update:
 * a trigger refuses it, as for the audit log. No delete either, except of a record the retention
 * purge has marked in `record_event_purges` inside the same transaction (removeFor): a stray
 * DELETE is still refused by the database.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS record_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  reference TEXT NOT NULL,
  event_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  at INTEGER NOT NULL,
  details TEXT NOT NULL,
  UNIQUE (reference, event_key)
);
CREATE TRIGGER IF NOT EXISTS record_events_no_update BEFORE UPDATE ON record_events BEGIN SELECT RAISE(ABORT, 'record events are append-only'); END;
CREATE TABLE IF NOT EXISTS record_event_purges (reference TEXT PRIMARY KEY);
DROP TRIGGER IF EXISTS record_events_no_delete;
CREATE TRIGGER IF NOT EXISTS record_events_delete_only_purged BEFORE DELETE ON record_events
  WHEN NOT EXISTS (SELECT 1 FROM record_event_purges WHERE reference = OLD.reference)
  BEGIN SELECT RAISE(ABORT, 'record events are append-only'); END;
`;

const eventRow = z.object({ reference: z.string(), event_key: z.string(), kind: z.string(), actor_key: z.string(), at: z.number(), details: z.string() });

export function embeddedRecordEvents(db: Database.Database, transaction: Transaction): RecordEventStore {
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO record_events (reference, event_key, kind, actor_key, at, details) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reference, event_key) DO NOTHING');
  const markPurged = db.prepare('INSERT INTO record_event_purges (reference) VALUES (?) ON CONFLICT (reference) DO NOTHING');
  const deleteEvents = db.prepare('DELETE FROM record_events WHERE reference = ?');
  const unmarkPurged = db.prepare('DELETE FROM record_event_purges WHERE reference = ?');
  return {
    async append(event: RecordEvent) {
      checkStorageKeys(recordEventKeys(event));
      const result = insert.run(event.reference, event.eventKey, event.kind, event.actorKey, event.at.getTime(), JSON.stringify(event.details));
      return { created: result.changes === 1 };
    },
    async listFor(references: readonly string[]) {
      checkReferences(references);
      if (references.length === 0) return [];
      const marks = references.map(() => '?').join(', ');
      const rows = db.prepare(`SELECT * FROM record_events WHERE reference IN (${marks}) ORDER BY seq`).all(...references);
      return rows.map((found) => {
        const row = eventRow.parse(found);
        return { reference: row.reference, eventKey: row.event_key, kind: row.kind, actorKey: row.actor_key, at: new Date(row.at), details: parseJsonObjectText(row.details) };
      });
    },
    async removeFor(reference: string) {
      checkStorageKeys({ reference });
      // The mark lets the trigger allow this one record's delete, and is gone again at commit.
      transaction(() => {
        markPurged.run(reference);
        deleteEvents.run(reference);
        unmarkPurged.run(reference);
      });
    },
  };
}
