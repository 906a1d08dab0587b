import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { MongoClient } from 'mongodb';
import { z } from 'zod';
import { ALGORITHM, decrypt, encrypt, encryptedStorage, UnreadableRecordError, type UnreadableReason } from '../../bot/storage/encrypted.storage';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { parseKeyring, type Keyring } from '../../bot/storage/keyring';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { DraftRecord, JsonObject, NewSubmission, Storage } from '../../bot/storage/types';
import { storageContract } from './storage.contract';

/** Encryption at rest (STORAGE.md, "Data protection"): the contract still holds, and the store never sees plaintext. All data is fictional. */

jest.setTimeout(30_000);

const T0 = new Date('2031-03-04T09:00:00.000Z');
const LATER = new Date('2031-03-05T09:00:00.000Z');
const MARKER = 'Fictional Child Quokka-7731';

const newKey = (): string => randomBytes(32).toString('base64');
const K1 = newKey();
const K2 = newKey();
const keyringOf = (current: string, keys: Record<string, string>): Keyring => parseKeyring(JSON.stringify({ current, keys }), 'TEST_KEYS');
const ringK1 = keyringOf('k1', { k1: K1 });
const ringK2 = keyringOf('k2', { k1: K1, k2: K2 });
const ringOnlyK2 = keyringOf('k2', { k2: K2 });

const dirs: string[] = [];
const freshFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-enc-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};
const removeDirs = (): void => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
};

const envelopeSchema = z.object({ enc: z.literal(ALGORITHM), kid: z.string(), iv: z.string(), tag: z.string(), data: z.string() }).strict();
type Envelope = z.infer<typeof envelopeSchema>;
const envelopeOf = (text: string | null | undefined): Envelope => envelopeSchema.parse(JSON.parse(text ?? 'null'));
/** Flips one bit of a base64 field. */
const flip = (base64: string, at = 0): string => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64');
};

const draftOf = (ownerKey: string, draftId: string, state: JsonObject): DraftRecord => ({ ownerKey, draftId, flowId: 'referral', state, expiresAt: LATER, updatedAt: T0 });
const submissionOf = (idempotencyKey: string, payload: JsonObject): NewSubmission => ({ idempotencyKey, kind: 'referral', ownerKey: 'owner-test-1', payload, createdAt: T0 });

/** What a reader of the raw file would find: the database and its write-ahead log. */
function rawBytes(file: string): Buffer {
  return Buffer.concat([file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)));
}

const rowText = z.object({ text: z.string() });
/** Direct SQL on the embedded file, as someone holding the file (not the keys) could. */
function withRaw<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
const rawConversation = (file: string, id: string, revision: number): string =>
  withRaw(file, (db) => rowText.parse(db.prepare('SELECT state AS text FROM conversation_revisions WHERE conversation_id = ? AND revision = ?').get(id, revision)).text);
const setRawConversation = (file: string, id: string, revision: number, text: string): void =>
  withRaw(file, (db) => void db.prepare('UPDATE conversation_revisions SET state = ? WHERE conversation_id = ? AND revision = ?').run(text, id, revision));

storageContract('encrypted embedded', async () => encryptedStorage(openEmbeddedStorage(freshFile()), ringK1), removeDirs);

describe('encrypted storage (embedded)', () => {
  afterEach(removeDirs);

  const reasons: Array<[string, UnreadableReason]> = [];
  const open = (file: string, keyring: Keyring = ringK1): Storage =>
    encryptedStorage(openEmbeddedStorage(file), keyring, { onUnreadable: (record, reason) => reasons.push([record, reason]) });
  beforeEach(() => reasons.splice(0));

  async function writeEach(storage: Storage): Promise<string> {
    await storage.conversations.save('conv-1', 0, { child: MARKER, step: 'concerns' }, LATER, T0);
    await storage.drafts.put(draftOf('owner-1', 'd1', { child: MARKER }));
    const { reference } = await storage.submissions.submit(submissionOf('flow-1', { child: MARKER }));
    await storage.audit.append({ at: T0, actorKey: 'actor-1', action: 'submitted', subject: reference });
    return reference;
  }

  test('nothing written reaches the file in plaintext; the same writes unencrypted do (the check can see it)', async () => {
    const plainFile = freshFile();
    const plain = openEmbeddedStorage(plainFile);
    await writeEach(plain);
    await plain.close();
    expect(rawBytes(plainFile).includes(MARKER)).toBe(true);

    const file = freshFile();
    const storage = open(file);
    const reference = await writeEach(storage);
    await storage.close();
    const bytes = rawBytes(file);
    expect(bytes.includes(MARKER)).toBe(false);
    expect(bytes.includes(Buffer.from(MARKER, 'utf16le'))).toBe(false);
    // The audit log is stored as it is: it holds no personal data by design.
    expect(bytes.includes(reference)).toBe(true);

    const reopened = open(file);
    try {
      await expect(reopened.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 1, state: { child: MARKER, step: 'concerns' } });
      await expect(reopened.drafts.get('owner-1', 'd1', T0)).resolves.toEqual(draftOf('owner-1', 'd1', { child: MARKER }));
      await expect(reopened.submissions.get(reference)).resolves.toMatchObject({ payload: { child: MARKER } });
    } finally {
      await reopened.close();
    }
  });

  test('the stored form: an envelope with the key id, a 12-byte IV and a 16-byte tag; a fresh IV on every write', async () => {
    const file = freshFile();
    const storage = open(file);
    await storage.conversations.save('conv-1', 0, { same: 'state' }, LATER, T0);
    await storage.conversations.save('conv-1', 1, { same: 'state' }, LATER, T0);
    await storage.close();
    const first = envelopeOf(rawConversation(file, 'conv-1', 1));
    const second = envelopeOf(rawConversation(file, 'conv-1', 2));
    expect(first.kid).toBe('k1');
    expect(Buffer.from(first.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(first.tag, 'base64')).toHaveLength(16);
    expect(second.iv).not.toBe(first.iv);
    expect(second.data).not.toBe(first.data);
  });

  test('key rotation: records written with k1 still read once k2 is current, and new writes use k2', async () => {
    const file = freshFile();
    const before = open(file, ringK1);
    const reference = await writeEach(before);
    await before.close();
    expect(envelopeOf(rawConversation(file, 'conv-1', 1)).kid).toBe('k1');

    const after = open(file, ringK2);
    try {
      await expect(after.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 1, state: { child: MARKER, step: 'concerns' } });
      await expect(after.drafts.list('owner-1', T0)).resolves.toEqual([draftOf('owner-1', 'd1', { child: MARKER })]);
      await expect(after.submissions.get(reference)).resolves.toMatchObject({ payload: { child: MARKER } });
      await expect(after.conversations.save('conv-1', 1, { child: MARKER, step: 'summary' }, LATER, T0)).resolves.toEqual({ ok: true, revision: 2 });
      await after.drafts.put(draftOf('owner-1', 'd1', { child: MARKER, step: 3 }));
    } finally {
      await after.close();
    }
    expect(envelopeOf(rawConversation(file, 'conv-1', 2)).kid).toBe('k2');
    const draftState = withRaw(file, (db) => rowText.parse(db.prepare("SELECT state AS text FROM drafts WHERE draft_id = 'd1'").get()).text);
    expect(envelopeOf(draftState).kid).toBe('k2');

    // Without k1 the old records are unreadable, and that is all: no crash, no content.
    const withoutK1 = open(file, ringOnlyK2);
    try {
      await expect(withoutK1.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 2, state: { child: MARKER, step: 'summary' } });
      const error: unknown = await withoutK1.submissions.get(reference).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableRecordError);
      expect(error).toMatchObject({ reference, reason: 'unknown-key' });
      expect(String(error)).not.toContain(MARKER);
    } finally {
      await withoutK1.close();
    }
    expect(reasons).toEqual([['submission', 'unknown-key']]);
  });

  test.each([
    ['data', 'data'],
    ['tag', 'tag'],
    ['iv', 'iv'],
  ] as const)('a flipped byte of the stored %s: the conversation loads with no state, its revision kept; the next save follows it', async (_label, field) => {
    const file = freshFile();
    const storage = open(file);
    await storage.conversations.save('conv-1', 0, { child: MARKER }, LATER, T0);
    await storage.conversations.save('conv-1', 1, { child: MARKER, step: 2 }, LATER, T0);
    const envelope = envelopeOf(rawConversation(file, 'conv-1', 2));
    setRawConversation(file, 'conv-1', 2, JSON.stringify({ ...envelope, [field]: flip(envelope[field], 3) }));
    try {
      await expect(storage.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 2, state: undefined, undecryptable: true });
      await expect(storage.conversations.save('conv-1', 2, { step: 1 }, LATER, T0)).resolves.toEqual({ ok: true, revision: 3 });
      await expect(storage.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 3, state: { step: 1 } });
    } finally {
      await storage.close();
    }
    expect(reasons).toEqual([['conversation', 'failed-authentication']]);
  });

  test('a truncated tag, an unknown key id or a broken envelope: unreadable, never accepted', async () => {
    const file = freshFile();
    const storage = open(file);
    try {
      await storage.conversations.save('conv-1', 0, { child: MARKER }, LATER, T0);
      const envelope = envelopeOf(rawConversation(file, 'conv-1', 1));
      const variants: JsonObject[] = [
        { ...envelope, tag: Buffer.from(envelope.tag, 'base64').subarray(0, 4).toString('base64') },
        { ...envelope, kid: 'k9' },
        { ...envelope, data: 42 },
        { enc: ALGORITHM },
      ];
      for (const variant of variants) {
        setRawConversation(file, 'conv-1', 1, JSON.stringify(variant));
        await expect(storage.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 1, state: undefined, undecryptable: true });
      }
    } finally {
      await storage.close();
    }
    expect(reasons).toEqual([
      ['conversation', 'malformed'],
      ['conversation', 'unknown-key'],
      ['conversation', 'malformed'],
      ['conversation', 'malformed'],
    ]);
  });

  test('a ciphertext moved to another record does not decrypt there', async () => {
    const file = freshFile();
    const storage = open(file);
    try {
      await storage.conversations.save('conv-a', 0, { child: MARKER }, LATER, T0);
      await storage.conversations.save('conv-b', 0, { child: 'Test Child B' }, LATER, T0);
      await storage.conversations.save('conv-b', 1, { child: 'Test Child B', step: 2 }, LATER, T0);
      // Another conversation's state, and this conversation's own older revision (a rollback): both refused.
      setRawConversation(file, 'conv-b', 2, rawConversation(file, 'conv-a', 1));
      await expect(storage.conversations.load('conv-b', T0)).resolves.toEqual({ revision: 2, state: undefined, undecryptable: true });
      setRawConversation(file, 'conv-b', 2, rawConversation(file, 'conv-b', 1));
      await expect(storage.conversations.load('conv-b', T0)).resolves.toEqual({ revision: 2, state: undefined, undecryptable: true });
      await expect(storage.conversations.load('conv-a', T0)).resolves.toEqual({ revision: 1, state: { child: MARKER } });

      // A draft moved to another owner does not open: it is listed without its state, marked so (its owner
      // can only delete it); the owner's own drafts still list.
      await storage.drafts.put(draftOf('owner-a', 'd1', { child: MARKER }));
      await storage.drafts.put(draftOf('owner-b', 'd1', { child: 'Test Child B' }));
      await storage.drafts.put(draftOf('owner-b', 'd2', { child: 'Test Child B' }));
      withRaw(file, (db) =>
        db.prepare("UPDATE drafts SET state = (SELECT state FROM drafts WHERE owner_key = 'owner-a' AND draft_id = 'd1') WHERE owner_key = 'owner-b' AND draft_id = 'd1'").run(),
      );
      await expect(storage.drafts.get('owner-b', 'd1', T0)).resolves.toBeUndefined();
      const { state: _moved, ...header } = draftOf('owner-b', 'd1', {});
      const drafts = await storage.drafts.list('owner-b', T0);
      expect(drafts).toHaveLength(2);
      expect(drafts).toEqual(expect.arrayContaining([{ ...header, undecryptable: true }, draftOf('owner-b', 'd2', { child: 'Test Child B' })]));
      expect(JSON.stringify(drafts)).not.toContain(MARKER);

      // A submission payload moved to another submission: a clear error naming the reference only.
      const a = await storage.submissions.submit(submissionOf('flow-a', { child: MARKER }));
      const b = await storage.submissions.submit(submissionOf('flow-b', { child: 'Test Child B' }));
      withRaw(file, (db) =>
        db.prepare('UPDATE submissions SET payload = (SELECT payload FROM submissions WHERE reference = ?) WHERE reference = ?').run(a.reference, b.reference),
      );
      const error: unknown = await storage.submissions.get(b.reference).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableRecordError);
      expect(String(error)).toContain(b.reference);
      expect(String(error)).not.toContain(MARKER);
      await expect(storage.submissions.get(a.reference)).resolves.toMatchObject({ payload: { child: MARKER } });
      // Listed, the unreadable one is reported and left out; the owner's readable one still lists.
      const listed = await storage.submissions.listByOwner('owner-test-1', 10);
      expect(listed.map((s) => s.reference)).toEqual([a.reference]);
      // Listed by form for a profile, the same: reported, left out, the rest opened.
      const byKind = await storage.submissions.listByKind(submissionOf('flow-a', {}).kind, T0, 10);
      expect(byKind.map((s) => [s.reference, s.payload])).toEqual([[a.reference, { child: MARKER }]]);
    } finally {
      await storage.close();
    }
    expect(reasons).toEqual([
      ['conversation', 'failed-authentication'],
      ['conversation', 'failed-authentication'],
      ['draft', 'failed-authentication'],
      ['draft', 'failed-authentication'],
      ['submission', 'failed-authentication'],
      ['submission', 'failed-authentication'],
      ['submission', 'failed-authentication'],
    ]);
  });

  test('records written before encryption was switched on are read as they are, and written encrypted on the next save', async () => {
    const file = freshFile();
    const plain = openEmbeddedStorage(file);
    const reference = await writeEach(plain);
    await plain.close();

    const storage = open(file);
    try {
      await expect(storage.conversations.load('conv-1', T0)).resolves.toEqual({ revision: 1, state: { child: MARKER, step: 'concerns' } });
      await expect(storage.drafts.get('owner-1', 'd1', T0)).resolves.toEqual(draftOf('owner-1', 'd1', { child: MARKER }));
      await expect(storage.submissions.get(reference)).resolves.toMatchObject({ payload: { child: MARKER } });
      await storage.conversations.save('conv-1', 1, { child: MARKER, step: 'summary' }, LATER, T0);
      await storage.drafts.put(draftOf('owner-1', 'd1', { child: MARKER, step: 3 }));
      await storage.sweepExpired(T0);
    } finally {
      await storage.close();
    }
    expect(envelopeOf(rawConversation(file, 'conv-1', 2)).kid).toBe('k1');
    const draftState = withRaw(file, (db) => rowText.parse(db.prepare("SELECT state AS text FROM drafts WHERE draft_id = 'd1'").get()).text);
    expect(envelopeOf(draftState).kid).toBe('k1');
    expect(reasons).toEqual([]);
  });

  test('the audit log and everything but the three sensitive fields pass through unchanged', async () => {
    const inner = openEmbeddedStorage(freshFile());
    const storage = encryptedStorage(inner, ringK1);
    try {
      expect(storage.kind).toBe('embedded');
      expect(storage.audit).toBe(inner.audit);
      await storage.drafts.put(draftOf('owner-1', 'd1', { step: 1 }));
      const [stored] = await inner.drafts.list('owner-1', T0);
      expect(stored).toMatchObject({ ownerKey: 'owner-1', draftId: 'd1', flowId: 'referral', expiresAt: LATER, updatedAt: T0 });
      expect(envelopeSchema.safeParse(stored?.state).success).toBe(true);
    } finally {
      await storage.close();
    }
  });
});

describe('encrypt / decrypt', () => {
  test('the additional data binds the ciphertext; a plain object is returned as it is', () => {
    const sealed = encrypt(ringK1, { child: MARKER }, 'record-a');
    expect(JSON.stringify(sealed)).not.toContain(MARKER);
    expect(decrypt(ringK1, sealed, 'record-a')).toEqual({ ok: true, value: { child: MARKER } });
    expect(decrypt(ringK1, sealed, 'record-b')).toEqual({ ok: false, reason: 'failed-authentication' });
    expect(decrypt(keyringOf('k1', { k1: K2 }), sealed, 'record-a')).toEqual({ ok: false, reason: 'failed-authentication' });
    expect(decrypt(ringK1, { enc: 'something-else', child: 'Test Child A' }, 'record-a')).toEqual({ ok: true, value: { enc: 'something-else', child: 'Test Child A' } });
  });
});

const uri = process.env.MONGODB_URI ?? '';
if (uri === '') {
  describe.skip('encrypted MongoDB storage (needs MONGODB_URI)', () => {
    test('contract', () => undefined);
  });
} else {
  const database = `enc_${randomBytes(4).toString('hex')}`;
  const withClient = async <T>(work: (client: MongoClient) => Promise<T>): Promise<T> => {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
    try {
      return await work(client);
    } finally {
      await client.close();
    }
  };
  afterAll(() => withClient((client) => client.db(database).dropDatabase()));

  storageContract('encrypted mongodb', async () => encryptedStorage(await openMongoStorage({ uri, database }), ringK1));

  describe('encrypted storage (MongoDB)', () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = encryptedStorage(await openMongoStorage({ uri, database }), ringK1);
    });
    afterEach(() => storage.close());

    test('the raw documents hold no plaintext; tampered or moved ciphertext loads as no state, revision kept', async () => {
      const id = `conv-${randomUUID()}`;
      const other = `conv-${randomUUID()}`;
      const owner = `owner-${randomUUID()}`;
      await storage.conversations.save(id, 0, { child: MARKER }, LATER, T0);
      await storage.conversations.save(other, 0, { child: 'Test Child B' }, LATER, T0);
      await storage.drafts.put(draftOf(owner, 'd1', { child: MARKER }));
      const { reference } = await storage.submissions.submit(submissionOf(`flow-${randomUUID()}`, { child: MARKER }));

      await withClient(async (client) => {
        const db = client.db(database);
        const docs = [
          ...(await db.collection('conversation_revisions').find({ conversationId: { $in: [id, other] } }).toArray()),
          ...(await db.collection('drafts').find({ ownerKey: owner }).toArray()),
          ...(await db.collection('submissions').find({ reference }).toArray()),
        ];
        expect(docs).toHaveLength(4);
        expect(JSON.stringify(docs)).not.toContain(MARKER);
        const revisions = db.collection('conversation_revisions');
        const mine = await revisions.findOne({ conversationId: id });
        const envelope = envelopeOf(z.string().parse(mine?.['stateJson']));
        expect(envelope.kid).toBe('k1');
        // Moved: this conversation's ciphertext into the other's row.
        await revisions.updateOne({ conversationId: other, revision: 1 }, { $set: { stateJson: JSON.stringify(envelope) } });
        // Tampered: one bit of the tag.
        await revisions.updateOne({ conversationId: id, revision: 1 }, { $set: { stateJson: JSON.stringify({ ...envelope, tag: flip(envelope.tag) }) } });
      });
      await expect(storage.conversations.load(other, T0)).resolves.toEqual({ revision: 1, state: undefined, undecryptable: true });
      await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 1, state: undefined, undecryptable: true });
      await expect(storage.drafts.get(owner, 'd1', T0)).resolves.toEqual(draftOf(owner, 'd1', { child: MARKER }));
      await expect(storage.submissions.get(reference)).resolves.toMatchObject({ payload: { child: MARKER } });
    });

    test('plain documents from before encryption still read; rotation to k2 keeps k1 records readable', async () => {
      const id = `conv-${randomUUID()}`;
      const plain = await openMongoStorage({ uri, database });
      try {
        await plain.conversations.save(id, 0, { child: MARKER }, LATER, T0);
      } finally {
        await plain.close();
      }
      await expect(storage.conversations.load(id, T0)).resolves.toEqual({ revision: 1, state: { child: MARKER } });
      await storage.conversations.save(id, 1, { child: MARKER, step: 2 }, LATER, T0);
      const rotated = encryptedStorage(await openMongoStorage({ uri, database }), ringK2);
      try {
        await expect(rotated.conversations.load(id, T0)).resolves.toEqual({ revision: 2, state: { child: MARKER, step: 2 } });
        await rotated.conversations.save(id, 2, { child: MARKER, step: 3 }, LATER, T0);
      } finally {
        await rotated.close();
      }
      const kids = await withClient(async (client) => {
        const docs = await client.db(database).collection('conversation_revisions').find({ conversationId: id }).sort({ revision: 1 }).toArray();
        return docs.map((doc) => {
          const text = z.string().parse(doc['stateJson']);
          return envelopeSchema.safeParse(JSON.parse(text)).data?.kid ?? 'plain';
        });
      });
      expect(kids).toEqual(['plain', 'k1', 'k2']);
    });
  });
}
