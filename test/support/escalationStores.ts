import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { createAlertDispatcher, type AlertDispatcherOptions } from '../../bot/alerts/alertDispatcher';
import type { AlertMessage } from '../../bot/alerts/alertSender';
import { createLogger } from '../../bot/logger';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';

/**
 * What the escalation tests share: two stores on one file or database (two server processes), a way
 * to open it again (a restart), a dispatcher whose sends are collected and whose clock the test moves,
 * and the checks they make. Embedded file, and MongoDB when MONGODB_URI is set.
 */

export type Opened = { a: Storage; b: Storage; reopen(): Promise<Storage>; close(): Promise<void> };

/** A kept personal chat for this person (its service is never called: the tests' send collects instead). */
export const kept = (objectId: string) => ({ channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/unused', conversation: { id: `a:${objectId}`, conversationType: 'personal', isGroup: false }, bot: { id: 'assistant', name: '' }, user: { id: `29:${objectId}`, name: '' } });

export type Sent = AlertMessage & { to: string };

export function dispatcherOn(storage: Storage, sent: Sent[], clock: () => Date, given: Partial<AlertDispatcherOptions> = {}) {
  return createAlertDispatcher({
    storage,
    send: async (reference, alert) => {
      await new Promise((resolve) => setImmediate(resolve));
      sent.push({ ...alert, to: String((reference.user as { id?: unknown } | undefined)?.id) });
    },
    logger: createLogger('silent'),
    retry: { delaysMs: [30_000], maxAttempts: 3 },
    batchSize: 10,
    clock,
    ...given,
  });
}

export const acknowledge = (storage: Storage, reference: string, at: Date) =>
  storage.recordEvents.append({ reference, eventKey: 'acknowledge', kind: 'acknowledged', actorKey: 'actor-fictional-lead', at, details: {} });

export const auditedEscalations = async (storage: Storage, reference: string) =>
  (await storage.audit.listBySubject(reference)).filter((e) => e.action === 'record.escalated');

export function escalationStores(prefix: string): Array<[string, () => Promise<Opened>]> {
  const stores: Array<[string, () => Promise<Opened>]> = [
    [
      'embedded file',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), `cse-${prefix}-`));
        const opened: Storage[] = [openEmbeddedStorage(join(dir, 'store.db')), openEmbeddedStorage(join(dir, 'store.db'))];
        const [a, b] = opened as [Storage, Storage];
        return {
          a,
          b,
          reopen: async () => {
            const again = openEmbeddedStorage(join(dir, 'store.db'));
            opened.push(again);
            return again;
          },
          close: async () => (await Promise.all(opened.map((s) => s.close().catch(() => undefined))), rmSync(dir, { recursive: true, force: true })),
        };
      },
    ],
  ];
  const uri = process.env.MONGODB_URI ?? '';
  if (uri === '') return stores;
  stores.push([
    'MongoDB',
    async () => {
      const database = `${prefix.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
      const opened: Storage[] = [await openMongoStorage({ uri, database }), await openMongoStorage({ uri, database })];
      const [a, b] = opened as [Storage, Storage];
      return {
        a,
        b,
        reopen: async () => {
          const again = await openMongoStorage({ uri, database });
          opened.push(again);
          return again;
        },
        close: async () => {
          await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
          const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
          await client.db(database).dropDatabase();
          await client.close();
        },
      };
    },
  ]);
  return stores;
}

/** Opens the stores before each test of the calling describe and closes them after; the getter gives this test's. */
export function storesForEach(open: () => Promise<Opened>): () => Opened {
  let opened: Opened | undefined;
  beforeEach(async () => {
    opened = await open();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  return () => {
    if (opened === undefined) throw new Error('the stores are opened before each test');
    return opened;
  };
}
