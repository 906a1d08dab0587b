import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Collection } from 'mongodb';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import { StorageKeyError } from '../../bot/storage/storageKey';
import type { Storage } from '../../bot/storage/types';

/** Below the edge schema, each adapter refuses a key that is not a string before it reaches libsql or the driver. */

const NOW = new Date('2031-03-04T09:00:00.000Z');
const LATER = new Date('2031-03-05T09:00:00.000Z');

const WRONG_KEYS: Array<[string, unknown]> = [
  ['a boolean', true],
  ['a number', 42],
  ['an operator object', { $in: ['conv-fictional-other'] }],
  ['an array', ['conv-fictional-other']],
  ['null', null],
  ['an empty string', ''],
  ['an over-long string', 'x'.repeat(2_000)],
];

/** Calls with a key the type system would refuse, as a request body could carry one. */
function misuse(storage: Storage, key: unknown): Array<() => Promise<unknown>> {
  const k = key as string;
  return [
    () => storage.conversations.load(k, NOW),
    () => storage.conversations.save(k, 0, {}, LATER, NOW),
    () => storage.drafts.get(k, 'draft-1', NOW),
    () => storage.drafts.list(k, NOW),
    () => storage.drafts.remove('owner-1', k),
    () => storage.drafts.put({ ownerKey: k, draftId: 'd', flowId: 'school', state: {}, expiresAt: LATER, updatedAt: NOW }),
    () => storage.submissions.get(k),
    () => storage.submissions.submit({ idempotencyKey: k, kind: 'school', ownerKey: 'owner-1', payload: {}, createdAt: NOW }),
    () => storage.audit.listBySubject(k),
    () => storage.audit.append({ at: NOW, actorKey: 'owner-1', action: 'read', subject: k }),
  ];
}

const stores: Array<[string, () => Promise<Storage>]> = [['embedded', async () => openEmbeddedStorage(join(mkdtempSync(join(tmpdir(), 'cse-key-')), 'store.db'))]];
if (process.env.MONGODB_URI !== undefined) {
  stores.push(['mongodb', () => openMongoStorage({ uri: process.env.MONGODB_URI ?? '', database: `keys_${randomBytes(4).toString('hex')}` })]);
}

describe.each(stores)('storage keys (%s)', (_name, open) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await open();
  });
  afterAll(async () => {
    await storage.close();
  });

  it.each(WRONG_KEYS)('refuses %s as a key with a typed error on every call', async (_label, key) => {
    for (const call of misuse(storage, key)) {
      await expect(call()).rejects.toBeInstanceOf(StorageKeyError);
    }
  });

  it('names the field, never the value', async () => {
    const error = await storage.conversations.load({ $in: ['conv-fictional-secret'] } as unknown as string, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageKeyError);
    expect(String(error)).toContain('conversationId');
    expect(String(error)).not.toContain('conv-fictional-secret');
  });

  it('still serves a string key', async () => {
    expect(await storage.conversations.load('conv-fictional-ok', NOW)).toEqual({ revision: 0, state: undefined });
  });
});

(process.env.MONGODB_URI === undefined ? describe.skip : describe)('the MongoDB driver', () => {
  it('never receives an operator object as a filter value', async () => {
    const storage = await openMongoStorage({ uri: process.env.MONGODB_URI ?? '', database: `keys_${randomBytes(4).toString('hex')}` });
    const findOne = jest.spyOn(Collection.prototype, 'findOne');
    const find = jest.spyOn(Collection.prototype, 'find');
    try {
      for (const call of misuse(storage, { $in: ['conv-fictional-other'] })) await call().catch(() => undefined);
      expect(findOne).not.toHaveBeenCalled();
      expect(find).not.toHaveBeenCalled();
    } finally {
      findOne.mockRestore();
      find.mockRestore();
      await storage.close();
    }
  });
});
