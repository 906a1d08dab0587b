import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongodb';
import { headRead, parseJsonObject, revisionId, revisionRead, SCHEMA_VERSION, type HeadDoc, type RevisionDoc } from './documents';
import { isDuplicateKey, retrying } from './resilience';
import type { ConversationStore, JsonObject, LoadedConversation, SaveResult } from '../types';

/**
 * Conversation revisions on MongoDB, every read of a turn by `_id` (FerretDB 1.24, the test server,
 * pushes no other filter down; on Atlas and Cosmos `_id` is the cheapest lookup there is).
 *
 * - A revision is a document whose `_id` is `<conversationId>#<revision>`: its insert is the race
 *   guard (two writers of one revision: one insert wins, the other meets a duplicate key). The
 *   unique (conversationId, revision) index stays, so documents from before the heads guard too.
 * - A head per conversation (`_id: conversationId`) holds the newest revision saved. It is written
 *   after the insert, so it never leads but may lag (a crash in between, two writers in quick
 *   succession): a load reads the head, then the head's revision and the one after it together,
 *   and walks on while there is a newer one. A head is never trusted blindly.
 * - A save first reads the head: a head at or past the revision to write means the writer is
 *   stale. That is what stops a writer far behind from inserting into a gap the sweep left.
 *
 * A load is two round trips (the head, then two `_id` lookups at once); a save three (the head,
 * the insert, the head's update). Documents from before the heads still load (mongo/migrate.ts).
 */

type KeyedRun = <T>(keys: Record<string, unknown>, call: (signal: AbortSignal) => Promise<T>) => Promise<T>;

export interface ConversationCollections {
  revisions: Collection<RevisionDoc>;
  heads: Collection<HeadDoc>;
}

/** Past this many newer revisions than the head says, the newest is found by a query instead. */
const MAX_PROBES = 8;

type Row = ReturnType<typeof revisionRead.parse>;

export function mongoConversations({ revisions, heads }: ConversationCollections, keyedRun: KeyedRun, maxTimeMS: number): ConversationStore {
  const conflict: SaveResult = { ok: false, reason: 'conflict' };

  const byId = async (signal: AbortSignal, conversationId: string, revision: number): Promise<Row | undefined> => {
    const found = await retrying(signal, () => revisions.findOne({ _id: revisionId(conversationId, revision) }, { maxTimeMS, signal }));
    return found === null ? undefined : revisionRead.parse(found);
  };
  const headOf = async (signal: AbortSignal, conversationId: string): Promise<number | undefined> => {
    const found = await retrying(signal, () => heads.findOne({ _id: conversationId }, { maxTimeMS, signal }));
    return found === null ? undefined : headRead.parse(found).revision;
  };
  /** Served by the unique (conversationId, revision) index on MongoDB; only for documents from before the heads. */
  const newestByQuery = async (signal: AbortSignal, conversationId: string): Promise<Row | undefined> => {
    const found = await retrying(signal, () => revisions.findOne({ conversationId }, { sort: { revision: -1 }, maxTimeMS, signal }));
    return found === null ? undefined : revisionRead.parse(found);
  };
  const setHead = (signal: AbortSignal, conversationId: string, revision: number, now: Date): Promise<unknown> =>
    retrying(
      signal,
      () => heads.updateOne({ _id: conversationId }, { $set: { schemaVersion: SCHEMA_VERSION, revision, updatedAt: now } }, { upsert: true }),
      // Two first saves of one conversation upsert its head at once: the loser retries as an update.
      { when: isDuplicateKey, times: 2 },
    );

  async function newest(signal: AbortSignal, conversationId: string): Promise<Row | undefined> {
    const head = await headOf(signal, conversationId);
    if (head === undefined) return undefined;
    const [atHead, after] = await Promise.all([byId(signal, conversationId, head), byId(signal, conversationId, head + 1)]);
    // Neither: a conversation saved before the heads (its documents have an ObjectId _id).
    if (after === undefined) return atHead ?? newestByQuery(signal, conversationId);
    let found = after;
    for (let probes = 0; probes < MAX_PROBES; probes += 1) {
      const next = await byId(signal, conversationId, found.revision + 1);
      if (next === undefined) return found;
      found = next;
    }
    return newestByQuery(signal, conversationId);
  }

  return {
    load(conversationId: string, now: Date): Promise<LoadedConversation> {
      return keyedRun({ conversationId }, async (signal) => {
        const row = await newest(signal, conversationId);
        if (row === undefined) return { revision: 0, state: undefined };
        // Expired (or cleared by the sweep): no state, but the revision still counts.
        const live = row.expiresAt.getTime() > now.getTime() ? row.stateJson : undefined;
        return { revision: row.revision, state: typeof live === 'string' ? parseJsonObject(live) : undefined };
      });
    },

    save(conversationId: string, expectedRevision: number, state: JsonObject, expiresAt: Date, now: Date): Promise<SaveResult> {
      if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) {
        return Promise.reject(new RangeError(`expectedRevision must be a non-negative integer, got ${expectedRevision}`));
      }
      const revision = expectedRevision + 1;
      const writeId = randomUUID();
      const doc: RevisionDoc = {
        _id: revisionId(conversationId, revision),
        writeId,
        schemaVersion: SCHEMA_VERSION,
        conversationId,
        revision,
        stateJson: JSON.stringify(state),
        expiresAt,
        updatedAt: now,
      };
      const saved = async (signal: AbortSignal): Promise<SaveResult> => {
        await setHead(signal, conversationId, revision, now);
        return { ok: true, revision };
      };
      return keyedRun({ conversationId }, async (signal) => {
        // A head at or past this revision: the caller is stale (and the slot may be a gap the sweep left).
        const head = await headOf(signal, conversationId);
        if (head !== undefined && head >= revision) return conflict;
        try {
          await retrying(signal, () => revisions.insertOne(doc));
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          // Ours if a throttled attempt was in fact applied; otherwise a concurrent writer won.
          const holder = await byId(signal, conversationId, revision);
          if (holder?.writeId === writeId) return saved(signal);
          // Held by a document from before the heads: point the head at the newest, so the retry loads it.
          if (holder === undefined) {
            const legacy = await newestByQuery(signal, conversationId);
            if (legacy !== undefined) await setHead(signal, conversationId, legacy.revision, now);
          }
          return conflict;
        }
        return saved(signal);
      });
    },
  };
}
