import { BSON, MongoClient, type Collection, type Db } from 'mongodb';
import { post, timed } from './client';

/**
 * The floor of a stored turn on MongoDB: the echo bot's turn plus one read and one write of a
 * single document by _id on the same server, one after another, as a stored turn at best would do.
 *
 * On FerretDB 1.24 (the test server) an `_id` lookup reads the whole collection inside SQLite
 * (BENCHMARKS.md, third round), so what the floor costs there depends on the collection it reads:
 * `fillTo` grows the floor's collection to a given number of documents of a given size, so a floor
 * can be measured on a collection like the assistant's revisions (ninth round). On MongoDB an
 * `_id` lookup is an index seek and the collection's size hardly matters.
 */

interface FloorDoc {
  _id: string;
  n: number;
  text: string;
}

export interface CollectionSize {
  documents: number;
  /** The mean BSON size of its documents, in bytes. */
  meanBytes: number;
}

export interface MongoFloor {
  turn(worker: number): Promise<number>;
  /**
   * Adds documents of the given mean size until the collection holds as many as given, the workers'
   * own resized to match. From then on a turn reads and writes a document drawn at random from the
   * whole collection: FerretDB 1.24's scan for an `_id` stops at the document, so a floor that kept
   * to the first documents inserted would cost next to nothing however large the collection.
   */
  fillTo(size: CollectionSize): Promise<void>;
  size(): Promise<CollectionSize>;
}

const FILL_BATCH = 500;
/** The floor's documents as first written (before this round they were all it had). */
const FIRST_TEXT = 2000;

/** How many documents a collection holds and their mean size (every document read: the bench's collections are small). */
export async function sizeOf(collection: Collection<FloorDoc> | Collection): Promise<CollectionSize> {
  let documents = 0;
  let total = 0;
  for await (const doc of collection.find({})) {
    documents += 1;
    total += BSON.calculateObjectSize(doc);
  }
  return { documents, meanBytes: documents === 0 ? 0 : Math.round(total / documents) };
}

/** The padding that brings a floor document to about `bytes` of BSON. */
const paddingFor = (id: string, bytes: number): string => {
  const bare = BSON.calculateObjectSize({ _id: id, n: 0, text: '' });
  return 'x'.repeat(Math.max(0, bytes - bare));
};

/** The database the floors keep their collections in, with the client that opened it. */
export async function floorDatabase(uri: string): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(uri);
  await client.connect();
  return { client, db: client.db(`bench_floor_${Date.now()}`) };
}

/** A floor on `collection` (in `db`), one document per worker read and written by `_id`. */
export async function mongoFloor(db: Db, collection: string, echoUrl: string, workers: number): Promise<MongoFloor> {
  const floor = db.collection<FloorDoc>(collection);
  // Shaped like a revision's `_id` (`<conversationId>#<revision>`).
  const idAt = (position: number): string => `bench-floor-${position}#1`;
  const ids = Array.from({ length: workers }, (_, worker) => idAt(worker));
  await floor.insertMany(ids.map((_id) => ({ _id, n: 0, text: 'x'.repeat(FIRST_TEXT) })));
  let filled = workers;
  return {
    async turn(worker) {
      // Before any fill, each worker's own document; after, one drawn from the whole collection (see fillTo).
      const _id = filled > workers ? idAt(Math.floor(Math.random() * filled)) : ids[worker % ids.length];
      if (_id === undefined) throw new Error('no such worker');
      const { ms } = await timed(async () => {
        await post(echoUrl, `bench-floor-${worker}`, `bench-floor-user-${worker}`, { text: 'No' });
        const found = await floor.findOne({ _id });
        await floor.updateOne({ _id }, { $set: { n: (found?.n ?? 0) + 1 } });
      });
      return ms;
    },
    async fillTo({ documents, meanBytes }) {
      for (const _id of ids) await floor.updateOne({ _id }, { $set: { text: paddingFor(_id, meanBytes) } });
      while (filled < documents) {
        const batch = Array.from({ length: Math.min(FILL_BATCH, documents - filled) }, (_, i) => {
          const _id = idAt(filled + i);
          return { _id, n: 0, text: paddingFor(_id, meanBytes) };
        });
        await floor.insertMany(batch);
        filled += batch.length;
      }
    },
    size: () => sizeOf(floor),
  };
}
