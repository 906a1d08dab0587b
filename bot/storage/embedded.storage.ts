import { groupCommitWriter, type ConversationWriter } from './conversationWriter';
import { embeddedAlertStores } from './embedded/alerts';
import { embeddedAuditLog } from './embedded/auditLog';
import { embeddedConversations } from './embedded/conversations';
import { openDatabase } from './embedded/database';
import { embeddedDrafts } from './embedded/drafts';
import { embeddedSubmissions } from './embedded/submissions';
import { embeddedSweep } from './embedded/sweep';
import { immediateTransaction } from './embedded/transaction';
import { embeddedRecordEvents } from './recordEvents/embeddedRecordEvents';
import type { Storage } from './types';

/**
 * The embedded default: one SQLite file (libsql, prebuilt binaries from the npm registry) in WAL
 * mode, so an acknowledged write survives a killed process. The same design as the MongoDB
 * adapter: one row per conversation revision under a unique key. A file's conversation saves are
 * group-committed in a worker thread at synchronous=NORMAL (conversationWriter.ts); everything else
 * is written here at synchronous=FULL, so it survives a power cut too (docs/storage.md).
 *
 * The parts, under embedded/: database.ts (opening, settings, tables), conversations.ts (revisions
 * and their race), drafts.ts, submissions.ts (records and their routes), auditLog.ts (the hash
 * chain), alerts.ts (conversation references and the alert outbox), sweep.ts, transaction.ts.
 */
export function openEmbeddedStorage(file: string): Storage {
  const db = openDatabase(file);
  const transaction = immediateTransaction(db);
  const selectOne = db.prepare('SELECT 1');
  // A file's saves are committed together, off the event loop; an in-memory database has no fsync to move.
  const writer: ConversationWriter | undefined = file === ':memory:' ? undefined : groupCommitWriter(file);
  const sweep = embeddedSweep(db);

  return {
    kind: 'embedded',
    conversations: embeddedConversations(db, transaction, writer),
    drafts: embeddedDrafts(db),
    submissions: embeddedSubmissions(db, transaction),
    audit: embeddedAuditLog(db, transaction),
    recordEvents: embeddedRecordEvents(db, transaction),
    ...embeddedAlertStores(db, transaction),
    async ping() {
      selectOne.get();
    },
    async sweepExpired(now: Date) {
      sweep(now);
    },
    async close() {
      await writer?.close();
      db.close();
    },
  };
}
