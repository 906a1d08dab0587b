import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient, ObjectId, type Document } from 'mongodb';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';
import { headMovesSettled, watchNextClient, withCommandMonitoring, type CommandWatch, type ServerCommand } from './serverCommands';

/**
 * Issue 14 on MongoDB: every query a conversation turn makes is an `_id` lookup (or an insert),
 * served without a collection scan where the server says so (explain), counted per load and save
 * with the driver's command monitoring (a load and a save one round trip each, the head moved in
 * the background); a head that lags or leads is never trusted; documents from before the heads still load.
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
    const watched = async (): Promise<{ storage: Storage; commands: CommandWatch }> => {
      const next = watchNextClient();
      try {
        const storage = await openMongoStorage({ uri: withCommandMonitoring(uri), database });
        opened.push(storage);
        const commands = await next.watching;
        await commands.connections(3);
        return { storage, commands };
      } finally {
        next.restore();
      }
    };
    const shape = (commands: ServerCommand[]) => commands.map(({ name, collection, filter }) => ({ name, collection, ...(filter === undefined ? {} : { filter }) }));

    test('a load and a save on the instance that served the last turn: one round trip each, by _id, the head moved after the answer', async () => {
      const { storage, commands } = await watched();
      const id = `conv-${randomUUID()}`;
      await storage.conversations.save(id, 0, { step: 1 }, LATER, T0);
      await headMovesSettled(storage);

      const load = await commands.watch(() => storage.conversations.load(id, T0));
      expect(load.result).toEqual({ revision: 1, state: { step: 1 } });
      expect(shape(load.awaited)).toEqual(
        expect.arrayContaining([
          { name: 'find', collection: 'conversation_heads', filter: { _id: id } },
          { name: 'find', collection: 'conversation_revisions', filter: { _id: `${id}#1` } },
          { name: 'find', collection: 'conversation_revisions', filter: { _id: `${id}#2` } },
        ]),
      );
      expect({ calls: load.awaited.length, roundTrips: load.roundTrips, background: load.background }).toEqual({ calls: 3, roundTrips: 1, background: [] });

      const save = await commands.watch(() => storage.conversations.save(id, 1, { step: 2 }, LATER, T0));
      expect(save.result).toEqual({ ok: true, revision: 2 });
      expect(shape(save.awaited)).toEqual([{ name: 'insert', collection: 'conversation_revisions' }]);
      expect(save.roundTrips).toBe(1);
      // The head's move, if it had started by the time the save answered, was not waited for.
      for (const move of shape(save.background)) expect(move).toEqual({ name: 'update', collection: 'conversation_heads', filter: { _id: id } });
      await headMovesSettled(storage);
      const heads = raw().collection<{ _id: string; revision: number }>('conversation_heads');
      await expect(heads.findOne({ _id: id })).resolves.toMatchObject({ revision: 2 });

      for (const call of [...load.awaited, ...save.awaited, ...save.background]) {
        if (call.filter === undefined) continue;
        expect(Object.keys(call.filter)).toEqual(['_id']);
        expect(typeof call.filter['_id']).toBe('string');
        const explained = await raw().collection(call.collection).find(call.filter).explain();
        expect({ ...shape([call])[0], servedById: servedById(explained) }).toEqual({ ...shape([call])[0], servedById: true });
      }
    });

    test('an instance that has not served the conversation loads from the head first; a save it has not just loaded for reads the head before inserting', async () => {
      const first = await open();
      const id = `conv-${randomUUID()}`;
      await first.conversations.save(id, 0, { step: 1 }, LATER, T0);
      await first.conversations.save(id, 1, { step: 2 }, LATER, T0);
      await headMovesSettled(first);
      const { storage, commands } = await watched();

      const load = await commands.watch(() => storage.conversations.load(id, T0));
      expect(load.result).toEqual({ revision: 2, state: { step: 2 } });
      expect(load.roundTrips).toBe(2);
      expect(shape(load.awaited)[0]).toEqual({ name: 'find', collection: 'conversation_heads', filter: { _id: id } });

      // Its own load just now is what lets this instance's save leave the head out.
      const save = await commands.watch(() => storage.conversations.save(id, 2, { step: 3 }, LATER, T0));
      expect(shape(save.awaited)).toEqual([{ name: 'insert', collection: 'conversation_revisions' }]);
      // The first instance last saw revision 2 as the newest: its save of revision 3 meets the insert's guard.
      await expect(first.conversations.save(id, 2, { step: 'stale' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
      await expect(first.conversations.load(id, T0)).resolves.toEqual({ revision: 3, state: { step: 3 } });
      await headMovesSettled(storage);

      // A save at a revision this instance did not just find to be the newest: the head, then the insert.
      const cold = await watched();
      const unread = await cold.commands.watch(() => cold.storage.conversations.save(id, 3, { step: 4 }, LATER, T0));
      expect(unread.result).toEqual({ ok: true, revision: 4 });
      expect(shape(unread.awaited)).toEqual([
        { name: 'find', collection: 'conversation_heads', filter: { _id: id } },
        { name: 'insert', collection: 'conversation_revisions' },
      ]);
      expect(unread.roundTrips).toBe(2);
    });

    test('the sweep moves a lagging head up before it deletes: a writer far behind, on an instance that never read the conversation, meets a conflict', async () => {
      const storage = await open();
      const id = `conv-${randomUUID()}`;
      for (let revision = 0; revision < 8; revision += 1) await storage.conversations.save(id, revision, { n: revision + 1 }, LATER, T0);
      await headMovesSettled(storage);
      // As if every head move after the first had been lost (a crash after each insert).
      const heads = raw().collection<{ _id: string; revision: number }>('conversation_heads');
      await heads.updateOne({ _id: id }, { $set: { revision: 1 } });
      await storage.sweepExpired(T0);
      await expect(heads.findOne({ _id: id })).resolves.toMatchObject({ revision: 8 });
      await expect(raw().collection('conversation_revisions').countDocuments({ conversationId: id, revision: { $lte: 3 } })).resolves.toBe(0);

      const other = await open();
      await expect(other.conversations.save(id, 1, { n: 'far behind' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
      await expect(other.conversations.load(id, T0)).resolves.toEqual({ revision: 8, state: { n: 8 } });
    });

    test('two instances racing on one conversation, round after round with no pause: exactly one save wins each round, and both load it next', async () => {
      const a = await open();
      const b = await open();
      const id = `conv-${randomUUID()}`;
      const rounds = 150;
      let won: object | undefined;
      for (let round = 0; round < rounds; round += 1) {
        const [fromA, fromB] = await Promise.all([a.conversations.load(id, T0), b.conversations.load(id, T0)]);
        expect({ round, a: fromA, b: fromB }).toEqual({ round, a: { revision: round, state: won }, b: { revision: round, state: won } });
        const [byA, byB] = await Promise.all([
          a.conversations.save(id, round, { round, writer: 'a' }, LATER, T0),
          b.conversations.save(id, round, { round, writer: 'b' }, LATER, T0),
        ]);
        expect({ round, winners: [byA, byB].filter((r) => r.ok).length }).toEqual({ round, winners: 1 });
        won = { round, writer: byA.ok ? 'a' : 'b' };
      }
      await expect(Promise.all([a.conversations.load(id, T0), b.conversations.load(id, T0)])).resolves.toEqual([
        { revision: rounds, state: won },
        { revision: rounds, state: won },
      ]);
    });

    test('a head that lags behind the newest revision, or names one never written, still loads the newest', async () => {
      const storage = await open();
      const id = `conv-${randomUUID()}`;
      for (let revision = 0; revision < 4; revision += 1) await storage.conversations.save(id, revision, { n: revision + 1 }, LATER, T0);
      await headMovesSettled(storage);
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
