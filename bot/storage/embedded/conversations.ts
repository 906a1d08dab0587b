import type Database from 'libsql';
import { z } from 'zod';
import type { ConversationWriter } from '../conversationWriter';
import { checkExpectedRevision, isTaken } from '../revisionRules';
import { checkStorageKeys } from '../storageKey';
import { parseJsonObjectText, type ConversationStore, type JsonObject, type LoadedConversation, type SaveResult } from '../types';
import type { Transaction } from './transaction';
import { isUniqueViolation } from './uniqueViolation';

/**
 * Conversation state in the embedded file: one row per revision under the primary key
 * (conversation_id, revision), so of two saves of one revision only one insert wins. A file's
 * saves go to the group-commit writer (conversationWriter.ts); an in-memory database, which has
 * no fsync to move off the event loop, saves here.
 */

const revisionRow = z.object({ revision: z.number(), state: z.string(), expires_at: z.number() });
const newestRow = z.object({ newest: z.number().nullable() });

export function embeddedConversations(db: Database.Database, transaction: Transaction, writer: ConversationWriter | undefined): ConversationStore {
  const insertRevision = db.prepare(
    'INSERT INTO conversation_revisions (conversation_id, revision, state, expires_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const latestRevision = db.prepare(
    'SELECT revision, state, expires_at FROM conversation_revisions WHERE conversation_id = ? ORDER BY revision DESC LIMIT 1',
  );
  const newestRevision = db.prepare('SELECT MAX(revision) AS newest FROM conversation_revisions WHERE conversation_id = ?');

  /** The check and the insert in one transaction: no writer slips between them. */
  const saveIfNewest = (conversationId: string, revision: number, state: string, expiresAt: number, updatedAt: number): SaveResult =>
    transaction(() => {
      const { newest } = newestRow.parse(newestRevision.get(conversationId));
      if (isTaken(revision, newest ?? undefined)) return { ok: false, reason: 'conflict' };
      insertRevision.run(conversationId, revision, state, expiresAt, updatedAt);
      return { ok: true, revision };
    });

  return {
    async load(conversationId: string, now: Date): Promise<LoadedConversation> {
      checkStorageKeys({ conversationId });
      const found = latestRevision.get(conversationId);
      if (found === undefined) return { revision: 0, state: undefined };
      const row = revisionRow.parse(found);
      const expired = row.expires_at <= now.getTime();
      return { revision: row.revision, state: expired ? undefined : parseJsonObjectText(row.state) };
    },
    async save(conversationId: string, expectedRevision: number, state: JsonObject, expiresAt: Date, now: Date): Promise<SaveResult> {
      checkStorageKeys({ conversationId });
      // Refused before it reaches the writer thread, which commits many conversations' saves in one batch.
      checkExpectedRevision(expectedRevision);
      const revision = expectedRevision + 1;
      const stateText = JSON.stringify(state);
      if (writer !== undefined) return writer.save({ conversationId, revision, state: stateText, expiresAt: expiresAt.getTime(), updatedAt: now.getTime() });
      try {
        return saveIfNewest(conversationId, revision, stateText, expiresAt.getTime(), now.getTime());
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'conflict' };
        throw error;
      }
    },
  };
}
