import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { Collection, MongoClient, MongoServerError } from 'mongodb';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import { openStorage } from '../../bot/storage/open';
import { StorageUnavailableError, type Storage } from '../../bot/storage/types';
import { alertsContract } from './alerts.contract';
import { auditChainContract, type Tampering } from './auditChain.contract';
import { storageContract } from './storage.contract';
import { routingContract } from './routing.contract';
import { recordRemovalContract } from './recordRemoval.contract';

jest.setTimeout(30_000);

const uri = process.env.MONGODB_URI ?? '';
const T0 = new Date('2031-03-04T09:00:00.000Z');
const LATER = new Date('2031-03-05T09:00:00.000Z');

/** A unique database per test file: the URI's database name plus a random suffix. */
function uniqueDatabaseName(from: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(from)?.[1] ?? '';
  const base = decodeURIComponent(path).replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40) || 'cse_test';
  return `${base}_${randomBytes(4).toString('hex')}`;
}

/** A loopback TCP server for outage tests: it accepts connections and either forwards them or never answers. */
async function listen(onSocket: (socket: Socket) => void): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { server, port: address.port, sockets };
}

async function shutdown(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

// These need no server: they run whether MONGODB_URI is set or not.
describe('MongoDB storage when the server is unreachable', () => {
  test('opening against a closed port rejects with StorageUnavailableError', async () => {
    await expect(openMongoStorage({ uri: 'mongodb://127.0.0.1:1/cse_outage?directConnection=true', database: 'cse_outage' })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });

  test('opening against a server that accepts but never answers rejects with StorageUnavailableError', async () => {
    const { server, port, sockets } = await listen(() => undefined);
    try {
      await expect(
        openMongoStorage({ uri: `mongodb://127.0.0.1:${port}/cse_outage?directConnection=true`, database: 'cse_outage', connectTimeoutMs: 1000 }),
      ).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await shutdown(server, sockets);
    }
  });
});

if (uri === '') {
  console.log('MongoDB suites skipped: MONGODB_URI is unset');
  describe.skip('MongoDB storage (needs MONGODB_URI)', () => {
    test('contract', () => undefined);
  });
} else {
  const database = uniqueDatabaseName(uri);

  afterAll(async () => {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
    try {
      await client.db(database).dropDatabase();
    } finally {
      await client.close();
    }
  });

  storageContract('mongodb', () => openMongoStorage({ uri, database }));
  routingContract('mongodb', () => openMongoStorage({ uri, database }));
  alertsContract('mongodb', () => openMongoStorage({ uri, database }));
  recordRemovalContract('mongodb', () => openMongoStorage({ uri, database }));

  auditChainContract('mongodb', () => {
    const chainDatabase = uniqueDatabaseName(uri);
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
    const chain = () => client.db(chainDatabase).collection('audit_chain');
    return {
      open: async () => [await openMongoStorage({ uri, database: chainDatabase }), await openMongoStorage({ uri, database: chainDatabase })],
      // What someone with database access could do, through the driver.
      async tamper(seq: number, how: Tampering) {
        if (how === 'alterSubject') await chain().updateOne({ seq }, { $set: { subject: 'CSE-FORG-ED00' } });
        if (how === 'remove') await chain().deleteOne({ seq });
        if (how === 'swapWithNext') {
          const fields = { _id: 0, at: 1, actorKey: 1, action: 1, subject: 1, prevHash: 1, hash: 1 };
          const first = await chain().findOne({ seq }, { projection: fields });
          const second = await chain().findOne({ seq: seq + 1 }, { projection: fields });
          if (first === null || second === null) throw new Error('no entries to swap');
          await chain().updateOne({ seq }, { $set: second });
          await chain().updateOne({ seq: seq + 1 }, { $set: first });
        }
      },
      async cleanup() {
        try {
          await client.db(chainDatabase).dropDatabase();
        } finally {
          await client.close();
        }
      },
    };
  });

  describe('MongoDB storage', () => {
    const opened: Storage[] = [];
    const open = async (options: { uri?: string; operationTimeoutMs?: number } = {}): Promise<Storage> => {
      const storage = await openMongoStorage({ uri: options.uri ?? uri, database, ...(options.operationTimeoutMs === undefined ? {} : { operationTimeoutMs: options.operationTimeoutMs }) });
      opened.push(storage);
      return storage;
    };
    afterEach(async () => {
      for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
    });

    test('openStorage chooses the MongoDB adapter; opening again (indexes exist) works', async () => {
      const storage = await openStorage({ kind: 'mongodb', uri, database });
      opened.push(storage);
      expect(storage.kind).toBe('mongodb');
      await storage.ping();
      await open();
    });

    test('documents carry schemaVersion 1, BSON dates, and user data only as JSON text', async () => {
      const storage = await open();
      const id = `conv-${randomUUID()}`;
      await storage.conversations.save(id, 0, { $set: { 'a.b': 1 } }, LATER, T0);
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
      try {
        const doc = await client.db(database).collection('conversation_revisions').findOne({ conversationId: id });
        expect(doc).toMatchObject({ schemaVersion: 1, conversationId: id, revision: 1, stateJson: '{"$set":{"a.b":1}}', expiresAt: LATER, updatedAt: T0 });
        expect(doc?.['expiresAt']).toBeInstanceOf(Date);
      } finally {
        await client.close();
      }
    });

    test('two instances (two clients) racing on one conversation: exactly one wins each round', async () => {
      const a = await open();
      const b = await open();
      const id = `conv-${randomUUID()}`;
      for (let round = 0; round < 3; round += 1) {
        const [fromA, fromB] = await Promise.all([a.conversations.load(id, T0), b.conversations.load(id, T0)]);
        expect(fromA.revision).toBe(round);
        expect(fromB.revision).toBe(round);
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).conversations.save(id, round, { round, writer: i }, LATER, T0)),
        );
        expect(results.filter((r) => r.ok)).toEqual([{ ok: true, revision: round + 1 }]);
      }
      await expect(b.conversations.load(id, T0)).resolves.toMatchObject({ revision: 3 });
    });

    test('two instances submitting one flow instance: exactly one created, one reference', async () => {
      const a = await open();
      const b = await open();
      const key = `flow-${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? a : b).submissions.submit({ idempotencyKey: key, kind: 'referral', ownerKey: 'owner-test-1', payload: { child: 'Test Child A' }, createdAt: T0 }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    });

    test('the sweep removes revisions far behind, and a writer that far behind still gets a conflict', async () => {
      const storage = await open();
      const id = `conv-${randomUUID()}`;
      for (let revision = 0; revision < 8; revision += 1) await storage.conversations.save(id, revision, { n: revision + 1 }, LATER, T0);
      await storage.sweepExpired(T0);
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
      try {
        const left = await client.db(database).collection('conversation_revisions').find({ conversationId: id }).sort({ revision: 1 }).toArray();
        expect(left.map((doc) => doc['revision'])).toEqual([4, 5, 6, 7, 8]);
      } finally {
        await client.close();
      }
      // Revision 2 is gone: inserting it again must not count as a successful save.
      await expect(storage.conversations.save(id, 1, { n: 'stale' }, LATER, T0)).resolves.toEqual({ ok: false, reason: 'conflict' });
      await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 8, state: { n: 8 } });
    });

    test('Cosmos RU throttling (16500) is retried, also when the throttled attempt was in fact applied', async () => {
      const storage = await open();
      const insertOne = Collection.prototype.insertOne;
      const throttled = () => new MongoServerError({ code: 16500, codeName: 'RequestRateTooLarge', errmsg: 'Request rate is large. RetryAfterMs=5' });
      let calls = 0;
      // 1st attempt: refused; 2nd: applied but reported as throttled; then as normal.
      jest.spyOn(Collection.prototype, 'insertOne').mockImplementation(async function (this: Collection, ...args) {
        calls += 1;
        if (calls === 1) throw throttled();
        const result = await insertOne.apply(this, args);
        if (calls === 2) throw throttled();
        return result;
      });
      try {
        const id = `conv-${randomUUID()}`;
        await expect(storage.conversations.save(id, 0, { n: 1 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 1 });
        await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 1, state: { n: 1 } });
        expect(calls).toBe(3); // the third attempt met our own applied document

        calls = 0;
        const key = `flow-${randomUUID()}`;
        const submission = { idempotencyKey: key, kind: 'referral', ownerKey: 'owner-test-1', payload: { child: 'Test Child A' }, createdAt: T0 };
        const first = await storage.submissions.submit(submission);
        expect(first.created).toBe(true);
        expect(calls).toBe(3);
        await expect(storage.submissions.submit(submission)).resolves.toEqual({ reference: first.reference, created: false });

        calls = 0;
        const subject = `subject-${randomUUID()}`;
        await storage.audit.append({ at: T0, actorKey: 'actor-1', action: 'viewed', subject });
        expect(calls).toBe(3);
        await expect(storage.audit.listBySubject(subject)).resolves.toEqual([{ at: T0, actorKey: 'actor-1', action: 'viewed', subject }]);

        calls = 0;
        jest.spyOn(Collection.prototype, 'insertOne').mockRejectedValue(throttled());
        await expect(storage.conversations.save(`conv-${randomUUID()}`, 0, { n: 1 }, LATER, T0)).rejects.toBeInstanceOf(StorageUnavailableError);
      } finally {
        jest.restoreAllMocks();
      }
    });

    const hostPort = /^mongodb:\/\/(?:[^@/]*@)?([^,/:?]+):(\d+)\//.exec(uri);
    (hostPort === null ? test.skip : test)('a server that stops answering after open: calls reject with StorageUnavailableError', async () => {
      const host = hostPort?.[1] ?? '';
      const port = Number(hostPort?.[2]);
      let answering = true;
      const proxy = await listen((socket) => {
        const upstream = connect(port, host);
        upstream.on('error', () => socket.destroy());
        socket.on('close', () => upstream.destroy());
        upstream.on('data', (chunk: Buffer) => {
          if (answering) socket.write(chunk);
        });
        socket.on('data', (chunk: Buffer) => {
          if (answering) upstream.write(chunk);
        });
      });
      try {
        const proxied = uri.replace(`${host}:${port}`, `127.0.0.1:${proxy.port}`);
        const storage = await open({ uri: proxied, operationTimeoutMs: 1000 });
        await expect(storage.conversations.load(`conv-${randomUUID()}`, T0)).resolves.toEqual({ revision: 0, state: undefined });
        answering = false;
        await expect(storage.conversations.load(`conv-${randomUUID()}`, T0)).rejects.toBeInstanceOf(StorageUnavailableError);
        await expect(storage.conversations.save(`conv-${randomUUID()}`, 0, { n: 1 }, LATER, T0)).rejects.toBeInstanceOf(StorageUnavailableError);
        await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
        for (const socket of proxy.sockets) socket.destroy();
        await expect(storage.submissions.get('CSE-0000-0000')).rejects.toBeInstanceOf(StorageUnavailableError);
      } finally {
        await shutdown(proxy.server, proxy.sockets);
      }
    });
  });
}
