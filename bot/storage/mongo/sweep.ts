import type { Collection } from 'mongodb';
import { SCHEMA_VERSION, sweepGroup, sweepRow, type HeadDoc, type RevisionDoc } from './documents';
import { isSwept, KEPT_REVISIONS } from '../revisionRules';
import { isDuplicateKey, retrying, type Run } from './resilience';

/** The application's sweep of conversation revisions: no TTL index is relied on (STORAGE.md). */

/** Conversations handled per delete in the sweep: keeps each `$or` and each step small. */
const SWEEP_BATCH = 100;

/**
 * Deletes superseded revisions far behind or expired, then clears the content of expired newest rows.
 * Before deleting any of a conversation's revisions it moves the conversation's head up to the newest
 * it saw, so a save that reads the head first never inserts into the gap left (mongo/conversations.ts).
 */
export async function sweepConversations(
  { revisions, heads }: { revisions: Collection<RevisionDoc>; heads: Collection<HeadDoc> },
  run: Run,
  maxTimeMS: number,
  now: Date,
): Promise<void> {
  // Conversations with more than one row, in steps of SWEEP_BATCH, each under its own deadline.
  // FerretDB 1.24 has no $max accumulator (and the portable subset only $sum/$count), so the
  // newest revision of each is taken from a projected find over the batch's rows.
  const cursor = revisions.aggregate([
    { $group: { _id: '$conversationId', rows: { $sum: 1 } } },
    { $match: { rows: { $gt: 1 } } },
  ], { batchSize: SWEEP_BATCH, maxTimeMS });
  try {
    for (;;) {
      const ids = await run(async (signal) => {
        const batch: string[] = [];
        while (batch.length < SWEEP_BATCH && !signal.aborted) {
          const next = await cursor.next();
          if (next === null) break;
          batch.push(sweepGroup.parse(next)._id);
        }
        return batch;
      });
      if (ids.length === 0) break;
      const rows = await run((signal) =>
        retrying(signal, () =>
          revisions
            .find({ conversationId: { $in: ids } }, { projection: { _id: 0, conversationId: 1, revision: 1, expiresAt: 1 }, maxTimeMS, signal })
            .toArray(),
        ),
      );
      const parsed = rows.map((found) => sweepRow.parse(found));
      const newest = new Map<string, number>();
      for (const row of parsed) newest.set(row.conversationId, Math.max(newest.get(row.conversationId) ?? 0, row.revision));
      // The conversations with a revision to delete, and the newest each has: superseded and far behind, or expired.
      const swept = new Map<string, number>();
      for (const row of parsed) {
        const top = newest.get(row.conversationId) ?? row.revision;
        if (isSwept(row.revision, top, row.expiresAt.getTime() <= now.getTime())) swept.set(row.conversationId, top);
      }
      // Heads first (upserted: a conversation saved before the heads gets one), then the deletes.
      for (const [conversationId, revision] of swept) {
        await run((signal) =>
          retrying(
            signal,
            () => heads.updateOne({ _id: conversationId }, { $set: { schemaVersion: SCHEMA_VERSION, revision, updatedAt: now } }, { upsert: true }),
            { when: isDuplicateKey, times: 2 },
          ),
        );
      }
      // A revision saved meanwhile is newer than what we saw: the sweep then only keeps more.
      const clauses = [...swept].flatMap(([conversationId, revision]) => [
        { conversationId, revision: { $lte: revision - KEPT_REVISIONS } },
        { conversationId, revision: { $lt: revision }, expiresAt: { $lte: now } },
      ]);
      if (clauses.length > 0) await run((signal) => retrying(signal, () => revisions.deleteMany({ $or: clauses })));
      if (ids.length < SWEEP_BATCH) break;
    }
  } finally {
    await cursor.close().catch(() => undefined);
  }
  // What remains expired is a newest row: it keeps its revision number, its content goes.
  await run((signal) => retrying(signal, () => revisions.updateMany({ expiresAt: { $lte: now }, stateJson: { $ne: null } }, { $set: { stateJson: null } })));
}
