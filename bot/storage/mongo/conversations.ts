import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Collection } from 'mongodb';
import { headRead, parseJsonObject, revisionId, revisionRead, SCHEMA_VERSION, type HeadDoc, type RevisionDoc } from './documents';
import { checkExpectedRevision, isTaken } from '../revisionRules';
import { isDuplicateKey, retrying, type KeyedRun } from './resilience';
import type { ConversationStore, JsonObject, LoadedConversation, SaveResult } from '../types';

/**
 * Conversation revisions on MongoDB, every read of a turn by `_id` (FerretDB 1.24, the test server,
 * pushes no other filter down; on Atlas and Cosmos `_id` is the cheapest lookup there is).
 *
 * - A revision is a document whose `_id` is `<conversationId>#<revision>`: its insert is the race
 *   guard (two writers of one revision: one insert wins, the other meets a duplicate key). The
 *   unique (conversationId, revision) index stays, so documents from before the heads guard too.
 *   A conditional update of one document would not do: FerretDB 1.24 reads, then writes, outside
 *   one transaction, so two racing writers both "win" (measured: BENCHMARKS.md, third round).
 * - A head per conversation (`_id: conversationId`) holds the newest revision saved. It is moved
 *   after the insert, without the turn waiting for it, so it never leads but may lag (a crash in
 *   between, a move still on its way): a head is never trusted blindly, a load walks past it.
 * - Each instance remembers the newest revision it has read or written of each conversation it
 *   serves. A load then reads the head, that revision and the one after it at once (one round
 *   trip); without a memory, the head and revision 1 at once, then the head's revision and the one
 *   after it. A head past the remembered revision (another instance saved since) sends the load to
 *   the head's revisions; no head at all, with revision 1 there, is a first save whose head move
 *   has not landed yet.
 *   Only the revision is remembered, never the document: a load reads what is at rest, so a
 *   tampered or moved ciphertext is still refused (encrypted.storage.test.ts) and the sweep's
 *   clearing of an expired newest revision is seen at once.
 * - A save normally reads the head first: a head at or past the revision to write means the writer
 *   is stale, which is what stops a writer far behind from inserting into a gap the sweep left (the
 *   sweep moves the head up before deleting). That read is left out when this instance itself
 *   found, within the last FRESH_MS, that the revision the save builds on was the newest: a gap
 *   there needs five newer revisions saved by other instances and a sweep, all within that time.
 *
 * A journey step (a load and a save) is then two round trips: the load's three `_id` lookups at
 * once, and the insert. Documents from before the heads still load (mongo/migrate.ts).
 */

export interface ConversationCollections {
  revisions: Collection<RevisionDoc>;
  heads: Collection<HeadDoc>;
}

export interface MongoConversationStore extends ConversationStore {
  /** Resolves once every head move started so far has ended (before the client is closed). */
  settled(): Promise<void>;
}

/** Past this many newer revisions than the start of a walk, the newest is found by a query instead. */
const MAX_PROBES = 8;
/**
 * How long this instance's finding that a revision is the newest lets a save build on it without
 * reading the head first: longer than a turn takes from its load to its save (Teams gives up after
 * 15 s), far shorter than five turns of one person and a sweep (every 15 minutes) could fit in.
 */
const FRESH_MS = 15_000;
/** Conversations remembered per instance (about 100 bytes each); the least recently used is forgotten first. */
const REMEMBERED = 20_000;

type Row = ReturnType<typeof revisionRead.parse>;

interface Remembered {
  revision: number;
  /** performance.now() when this instance last found `revision` to be the newest. */
  at: number;
}

export function mongoConversations({ revisions, heads }: ConversationCollections, keyedRun: KeyedRun, maxTimeMS: number): MongoConversationStore {
  const conflict: SaveResult = { ok: false, reason: 'conflict' };
  const remembered = new Map<string, Remembered>();
  const remember = (conversationId: string, revision: number): void => {
    remembered.delete(conversationId);
    remembered.set(conversationId, { revision, at: performance.now() });
    if (remembered.size > REMEMBERED) {
      const oldest = remembered.keys().next();
      if (oldest.done !== true) remembered.delete(oldest.value);
    }
  };

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

  /**
   * Head moves in flight, one per conversation at a time, so this instance never sends an older
   * revision after a newer one; a save meanwhile only raises the revision the next move sends.
   */
  const moving = new Map<string, { wanted: number; now: Date; done: Promise<void> }>();
  const moveHead = (conversationId: string, revision: number, now: Date): void => {
    const pending = moving.get(conversationId);
    if (pending !== undefined) {
      if (revision > pending.wanted) Object.assign(pending, { wanted: revision, now });
      return;
    }
    const move = { wanted: revision, now, done: Promise.resolve() };
    moving.set(conversationId, move);
    move.done = (async () => {
      let sent = 0;
      try {
        while (move.wanted > sent) {
          sent = move.wanted;
          const at = move.now;
          await keyedRun({ conversationId }, (signal) => setHead(signal, conversationId, sent, at));
        }
      } catch {
        // The head is a hint that may lag: a load walks past it, and the next save moves it again.
      } finally {
        moving.delete(conversationId);
      }
    })();
  };

  /** The newest from `first` on, walking while there is a newer one; 'gone' when neither `first` nor the next is there. */
  async function walkFrom(signal: AbortSignal, conversationId: string, first: number): Promise<Row | undefined | 'gone'> {
    const [at, after] = await Promise.all([byId(signal, conversationId, first), byId(signal, conversationId, first + 1)]);
    if (after === undefined) return at ?? 'gone';
    return walkOn(signal, conversationId, after);
  }
  async function walkOn(signal: AbortSignal, conversationId: string, from: Row): Promise<Row | undefined> {
    let found = from;
    for (let probes = 0; probes < MAX_PROBES; probes += 1) {
      const next = await byId(signal, conversationId, found.revision + 1);
      if (next === undefined) return found;
      found = next;
    }
    return newestByQuery(signal, conversationId);
  }
  /** From the head (the walk tells a lagging one); a conversation saved before the heads has none of the head's revisions. */
  async function fromHead(signal: AbortSignal, conversationId: string, head: number): Promise<Row | undefined> {
    const found = await walkFrom(signal, conversationId, head);
    return found === 'gone' ? newestByQuery(signal, conversationId) : found;
  }

  /** No head may still be a conversation saved: its first head move has not landed yet (or was lost). */
  async function withoutHead(signal: AbortSignal, conversationId: string, first: Row | undefined): Promise<Row | undefined> {
    return first === undefined ? undefined : walkOn(signal, conversationId, first);
  }

  async function newest(signal: AbortSignal, conversationId: string): Promise<Row | undefined> {
    const known = remembered.get(conversationId)?.revision ?? 0;
    if (known === 0) {
      const [head, first] = await Promise.all([headOf(signal, conversationId), byId(signal, conversationId, 1)]);
      return head === undefined ? withoutHead(signal, conversationId, first) : fromHead(signal, conversationId, head);
    }
    const [head, found] = await Promise.all([headOf(signal, conversationId), walkFrom(signal, conversationId, known)]);
    // The head never leads: past what this instance knew, another instance has saved since.
    const overtaken = head !== undefined && found !== undefined && found !== 'gone' && head > found.revision;
    if (found !== 'gone' && !overtaken) return found;
    if (head !== undefined) return fromHead(signal, conversationId, head);
    return withoutHead(signal, conversationId, await byId(signal, conversationId, 1));
  }

  return {
    load(conversationId: string, now: Date): Promise<LoadedConversation> {
      return keyedRun({ conversationId }, async (signal) => {
        const row = await newest(signal, conversationId);
        remember(conversationId, row?.revision ?? 0);
        if (row === undefined) return { revision: 0, state: undefined };
        // Expired (or cleared by the sweep): no state, but the revision still counts.
        const live = row.expiresAt.getTime() > now.getTime() ? row.stateJson : undefined;
        return { revision: row.revision, state: typeof live === 'string' ? parseJsonObject(live) : undefined };
      });
    },

    save(conversationId: string, expectedRevision: number, state: JsonObject, expiresAt: Date, now: Date): Promise<SaveResult> {
      try {
        checkExpectedRevision(expectedRevision);
      } catch (error) {
        return Promise.reject(error);
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
      const saved = (): SaveResult => {
        remember(conversationId, revision);
        moveHead(conversationId, revision, now);
        return { ok: true, revision };
      };
      const known = remembered.get(conversationId);
      const fresh = known !== undefined && known.revision === expectedRevision && performance.now() - known.at < FRESH_MS;
      return keyedRun({ conversationId }, async (signal) => {
        if (!fresh) {
          // A head at or past this revision: the caller is stale (and the slot may be a gap the sweep left).
          const head = await headOf(signal, conversationId);
          if (isTaken(revision, head)) return conflict;
        }
        try {
          await retrying(signal, () => revisions.insertOne(doc));
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          // Ours if a throttled attempt was in fact applied; otherwise a concurrent writer won.
          const holder = await byId(signal, conversationId, revision);
          if (holder?.writeId === writeId) return saved();
          // Held by a document from before the heads: point the head at the newest, so the retry loads it.
          if (holder === undefined) {
            const legacy = await newestByQuery(signal, conversationId);
            if (legacy !== undefined) await setHead(signal, conversationId, legacy.revision, now);
          }
          return conflict;
        }
        return saved();
      });
    },

    async settled(): Promise<void> {
      while (moving.size > 0) await Promise.all([...moving.values()].map((move) => move.done));
    },
  };
}
