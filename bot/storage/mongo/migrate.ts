import type { Db } from 'mongodb';
import { z } from 'zod';
import { COLLECTIONS, SCHEMA_VERSION, type HeadDoc, type MigrationDoc, type RevisionDoc } from './documents';
import { isDuplicateKey, retrying } from './resilience';

/**
 * The start-up step that gives every conversation saved before the heads (mongo/conversations.ts)
 * a head at its newest revision, so its first load after the upgrade finds it. Runs once per
 * database: a marker in `storage_migrations` records it done. It only creates missing heads, never
 * moves one, so a new instance already saving meanwhile is never set back. Instances of the
 * previous version should be stopped before this version starts; a conversation they save later
 * is still found, one conflict later (its save meets the old document under the unique index).
 */

export const HEADS_MIGRATION = 'conversation-heads';

const legacyRow = z.object({ conversationId: z.string(), revision: z.number().int() });

export async function migrateConversationHeads(db: Db, signal: AbortSignal, now: Date): Promise<void> {
  const migrations = db.collection<MigrationDoc>(COLLECTIONS.migrations);
  if ((await retrying(signal, () => migrations.findOne({ _id: HEADS_MIGRATION }, { signal }))) !== null) return;
  const newest = new Map<string, number>();
  const cursor = db
    .collection<RevisionDoc>(COLLECTIONS.revisions)
    .find({}, { projection: { _id: 0, conversationId: 1, revision: 1 }, batchSize: 1000, signal });
  try {
    for await (const found of cursor) {
      const row = legacyRow.parse(found);
      newest.set(row.conversationId, Math.max(newest.get(row.conversationId) ?? 0, row.revision));
    }
  } finally {
    await cursor.close().catch(() => undefined);
  }
  const heads = db.collection<HeadDoc>(COLLECTIONS.heads);
  for (const [conversationId, revision] of newest) {
    await retrying(
      signal,
      () => heads.updateOne({ _id: conversationId }, { $setOnInsert: { schemaVersion: SCHEMA_VERSION, revision, updatedAt: now } }, { upsert: true }),
      { when: isDuplicateKey, times: 2 },
    );
  }
  try {
    await retrying(signal, () => migrations.insertOne({ _id: HEADS_MIGRATION, doneAt: now }));
  } catch (error) {
    // Another instance starting at the same time finished it too.
    if (!isDuplicateKey(error)) throw error;
  }
}
