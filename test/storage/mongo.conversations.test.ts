import { randomBytes, randomUUID } from 'node:crypto';
import { Collection, MongoClient, ObjectId, type Document } from 'mongodb';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';

/**
 * Issue 14 on MongoDB: every query a conversation turn makes is an `_id` lookup (or an insert),
 * served without a collection scan where the server says so (explain), counted per load and save;
 * a head that lags or leads is never trusted; documents from before the heads still load.
 */

jest.setTimeout(30_000);

const uri = process.env.MONGODB_URI ?? '';
const T0 = new Date('2031-03-04T09:00:00.000Z');
const LATER = new Date('2031-03-05T09:00:00.000Z');

function uniqueDatabaseName(from: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(from)?.[1] ?? '';
  const base = decodeURIComponent(path).replace(/[^A-Za-z0-9_]/g, '_').slice(0, 30) || 'cse_test';
  return `${base}_conv_${randomBytes(4).toString('hex')}`;
}

interface ServerCall {
  collection: string;
  operation: string;
  filter?: Document;
}

/** Records the server commands the driver's collection methods send (findOne is a find with limit 1). */
function recordServerCalls(): { calls: ServerCall[]; restore: () => void } {
  const calls: ServerCall[] = [];
  const spied = (['find', 'insertOne', 'insertMany', 'updateOne', 'updateMany', 'replaceOne', 'deleteOne', 'deleteMany', 'aggregate', 'countDocuments', 'findOneAndUpdate'] as const).map(
    (operation) => {
      const original: unknown = Reflect.get(Collection.prototype, operation);
      if (typeof original !== 'function') throw new Error(`no Collection.${operation}`);
      return jest.spyOn(Collection.prototype, operation).mockImplementation(function (this: Collection, ...args: unknown[]) {
        const first = args[0];
        const filter = operation === 'insertOne' || operation === 'insertMany' || operation === 'aggregate' ? undefined : (first as Document | undefined);
        calls.push({ collection: this.collectionName, operation, ...(filter === undefined ? {} : { filter }) });
        return Reflect.apply(original, this, args) as never;
      });
    },
  );
  return { calls, restore: () => spied.forEach((spy) => spy.mockRestore()) };
}

/** Whether explain() shows the query answered by `_id` rather than a scan the server filters. */
function servedById(explained: Document): boolean {
  // FerretDB 1.24 (SQLite): only an `_id` filter is pushed down to the backend.
  if ('filterPushdown' in explained) return explained['filterPushdown'] === true;
  const plan = JSON.stringify(explained['queryPlanner']?.['winningPlan'] ?? explained);
  return /IDHACK|EXPRESS_IXSCAN|IXSCAN/.test(plan) && !/COLLSCAN/.test(plan);
}

if (uri === '') {
  describe.skip('MongoDB conversation queries (needs MONGODB_URI)', () => {
    test('by _id', () => undefined);
  });
} else {
  const database = uniqueDatabaseName(uri);
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
  const raw = () => client.db(database);
  const opened: Storage[] = [];
  const open = async (): Promise<Storage> => {
    const storage = await openMongoStorage({ uri, database });
    opened.push(storage);
    return storage;
  };

  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
  });
  afterAll(async () => {
    try {
      await raw().dropDatabase();
    } finally {
      await client.close();
    }
  });

  describe('MongoDB conversation queries', () => {
    test('a load and a save make only _id lookups and inserts: a load three lookups in two round trips, a save a lookup, an insert and an update', async () => {
      const storage = await open();
      const id = `conv-${randomUUID()}`;
      await storage.conversations.save(id, 0, { step: 1 }, LATER, T0);
      const recorded = recordServerCalls();
      let loadCalls: ServerCall[];
      let saveCalls: ServerCall[];
      try {
        await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 1, state: { step: 1 } });
        loadCalls = recorded.calls.splice(0);
        await expect(storage.conversations.save(id, 1, { step: 2 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 2 });
        saveCalls = recorded.calls.splice(0);
      } finally {
        recorded.restore();
      }
      expect(loadCalls).toEqual([
        { collection: 'conversation_heads', operation: 'find', filter: { _id: id } },
        { collection: 'conversation_revisions', operation: 'find', filter: { _id: `${id}#1` } },
        { collection: 'conversation_revisions', operation: 'find', filter: { _id: `${id}#2` } },
      ]);
      expect(saveCalls).toEqual([
        { collection: 'conversation_heads', operation: 'find', filter: { _id: id } },
        { collection: 'conversation_revisions', operation: 'insertOne' },
        { collection: 'conversation_heads', operation: 'updateOne', filter: { _id: id } },
      ]);

      for (const call of [...loadCalls, ...saveCalls]) {
        if (call.filter === undefined) continue;
        expect(Object.keys(call.filter)).toEqual(['_id']);
        expect(typeof call.filter['_id']).toBe('string');
        const explained = await raw().collection(call.collection).find(call.filter).explain();
        expect({ ...call, servedById: servedById(explained) }).toEqual({ ...call, servedById: true });
      }
    });

    test('a head that lags behind the newest revision, or names one never written, still loads the newest', async () => {
      const storage = await open();
      const id = `conv-${randomUUID()}`;
      for (let revision = 0; revision < 4; revision += 1) await storage.conversations.save(id, revision, { n: revision + 1 }, LATER, T0);
      const heads = raw().collection<{ _id: string; revision: number }>('conversation_heads');
      await expect(heads.findOne({ _id: id })).resolves.toMatchObject({ revision: 4 });

      // A crash between a revision's insert and its head's update leaves the head behind.
      await heads.updateOne({ _id: id }, { $set: { revision: 1 } });
      await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 4, state: { n: 4 } });
      await expect(storage.conversations.save(id, 2, { n: 'stale' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
      await expect(storage.conversations.save(id, 4, { n: 5 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 5 });

      // A head past every document (restored from another backup, say): the newest is found by a query.
      await heads.updateOne({ _id: id }, { $set: { revision: 40 } });
      await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 5, state: { n: 5 } });
    });

    test('documents saved before the heads load after the start-up migration, and saving goes on from them', async () => {
      const legacyDb = client.db(`${database}_legacy`);
      const legacy = (conversationId: string, revision: number, state: object) => ({
        _id: new ObjectId(),
        schemaVersion: 1,
        conversationId,
        revision,
        stateJson: JSON.stringify(state),
        expiresAt: LATER,
        updatedAt: T0,
      });
      const before = `conv-${randomUUID()}`;
      const revisions = legacyDb.collection('conversation_revisions');
      await revisions.createIndex({ conversationId: 1, revision: 1 }, { unique: true, name: 'conversation_revision_unique' });
      await revisions.insertMany([legacy(before, 1, { n: 1 }), legacy(before, 2, { n: 2 }), legacy(before, 3, { n: 3, child: 'Test Child A' })]);
      try {
        const storage = await openMongoStorage({ uri, database: legacyDb.databaseName });
        opened.push(storage);
        await expect(legacyDb.collection('storage_migrations').findOne({ _id: 'conversation-heads' as never })).resolves.not.toBeNull();
        await expect(legacyDb.collection('conversation_heads').findOne({ _id: before as never })).resolves.toMatchObject({ revision: 3 });
        await expect(storage.conversations.load(before, T0)).resolves.toEqual({ revision: 3, state: { n: 3, child: 'Test Child A' } });
        await expect(storage.conversations.save(before, 2, { n: 'stale' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
        await expect(storage.conversations.save(before, 3, { n: 4 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 4 });
        await expect(storage.conversations.load(before, T0)).resolves.toEqual({ revision: 4, state: { n: 4 } });

        // An instance of the previous version still running after the migration writes the old way:
        // its conversation is found one conflict later, and no save is lost or doubled.
        const late = `conv-${randomUUID()}`;
        await revisions.insertMany([legacy(late, 1, { n: 1 }), legacy(late, 2, { n: 2 })]);
        await expect(storage.conversations.load(late, T0)).resolves.toEqual({ revision: 0, state: undefined });
        await expect(storage.conversations.save(late, 0, { n: 'fresh' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
        await expect(storage.conversations.load(late, T0)).resolves.toEqual({ revision: 2, state: { n: 2 } });
        await expect(storage.conversations.save(late, 2, { n: 3 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 3 });
        await expect(storage.conversations.load(late, T0)).resolves.toEqual({ revision: 3, state: { n: 3 } });

        // The migration runs once: a conversation without a head is not looked for again at the next start.
        const again = await openMongoStorage({ uri, database: legacyDb.databaseName });
        opened.push(again);
        await expect(legacyDb.collection('storage_migrations').countDocuments()).resolves.toBe(1);
      } finally {
        await legacyDb.dropDatabase();
      }
    });
  });
}
