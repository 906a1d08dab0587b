import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';

/**
 * Opening the embedded file, and its settings: WAL mode, so an acknowledged write survives a killed
 * process, and synchronous=FULL on this connection, so what is written here survives a power cut
 * too (conversation saves go through the writer thread's own connection: conversationWriter.ts,
 * docs/storage.md). The tables of conversations, drafts, submissions and the audit log are created
 * here; the alert outbox and record events create their own (alerts.ts, recordEvents/).
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversation_revisions (
  conversation_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  state TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, revision)
);
CREATE TABLE IF NOT EXISTS drafts (
  owner_key TEXT NOT NULL,
  draft_id TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  state TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (owner_key, draft_id)
);
CREATE TABLE IF NOT EXISTS submissions (
  idempotency_key TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  owner_key TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_by_owner ON submissions (owner_key, created_at);
-- Where each record was routed, one row per recipient ("settingId/role"): a lead's list is served by its index.
CREATE TABLE IF NOT EXISTS submission_routes (
  route_key TEXT NOT NULL,
  reference TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (route_key, reference)
);
CREATE INDEX IF NOT EXISTS submission_routes_by_key ON submission_routes (route_key, created_at);
CREATE INDEX IF NOT EXISTS submission_routes_by_reference ON submission_routes (reference);
CREATE INDEX IF NOT EXISTS submissions_by_kind ON submissions (kind, created_at);
CREATE TABLE IF NOT EXISTS audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor_key TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_subject ON audit_log (subject, seq);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS audit_chain (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_key TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_chain_by_subject ON audit_chain (subject, seq);
CREATE TRIGGER IF NOT EXISTS audit_chain_no_update BEFORE UPDATE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_chain_no_delete BEFORE DELETE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
`;

/** Opens (creating if need be) the file, or ':memory:', with its settings and tables. */
export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
