import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { DEFAULT_RETENTION_DAYS } from '../../bot/config';
import { PURGED_ACTION, purgeExpiredRecords, RETENTION_JOB_ACTOR, type PurgeDeps } from '../../bot/retention/purge';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';
import { verifyAuditChain } from '../../bot/storage/verifyAuditChain';

jest.setTimeout(60_000);

/** The retention purge on both stores, with a fixed clock: what is past its period goes, audited; the rest stays. */

const DAY = 86_400_000;
const NOW = new Date('2056-03-04T09:00:00.000Z');
const FORMS = ['form.concernRecord', 'form.makesafeReport'];
const RETENTION = { defaultDays: DEFAULT_RETENTION_DAYS, byForm: { 'form.makesafeReport': 30 } };
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * DAY);

async function submit(storage: Storage, kind: string, createdAt: Date): Promise<string> {
  const { reference } = await storage.submissions.submit({ idempotencyKey: `flow-${randomUUID()}`, kind, ownerKey: 'owner-test-1', payload: { child: 'Test Child A' }, createdAt });
  return reference;
}

const purge = (storage: Storage, extra: Partial<PurgeDeps> = {}) => purgeExpiredRecords({ storage, forms: FORMS, retention: RETENTION, now: NOW, ...extra });

interface Stores {
  open(): Promise<[Storage, Storage]>;
  cleanup(): Promise<void>;
}

const embedded = (): Stores => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-purge-'));
  const file = join(dir, 'store.db');
  return { open: async () => [openEmbeddedStorage(file), openEmbeddedStorage(file)], cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
};
const uri = process.env.MONGODB_URI ?? '';
const mongo = (): Stores => {
  const database = `purge_${randomBytes(4).toString('hex')}`;
  return {
    open: async () => [await openMongoStorage({ uri, database }), await openMongoStorage({ uri, database })],
    async cleanup() {
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
      try {
        await client.db(database).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
};
const stores: [string, () => Stores][] = [['embedded', embedded]];
if (uri !== '') stores.push(['mongodb', mongo]);
else console.log('MongoDB purge tests skipped: MONGODB_URI is unset');

describe.each(stores)('retention purge (%s)', (_name, make) => {
  let fixture: Stores;
  let a: Storage;
  let b: Storage;
  beforeEach(async () => {
    fixture = make();
    [a, b] = await fixture.open();
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await fixture.cleanup();
  });

  test('a record past its period goes, audited; one inside it stays; the chain still verifies', async () => {
    await a.audit.append({ at: daysAgo(1), actorKey: 'actor-1', action: 'form.submitted', subject: 'CSE-TEST-0001' });
    const pastDefault = await submit(a, 'form.concernRecord', new Date(daysAgo(DEFAULT_RETENTION_DAYS).getTime() - 1));
    const insideDefault = await submit(a, 'form.concernRecord', daysAgo(DEFAULT_RETENTION_DAYS - 1));
    const pastOwn = await submit(a, 'form.makesafeReport', daysAgo(31));
    const insideOwn = await submit(a, 'form.makesafeReport', daysAgo(29));
    // Another form's period does not apply: a 31-day-old concern record is kept for 25 years.
    const youngConcern = await submit(a, 'form.concernRecord', daysAgo(31));

    await expect(purge(a)).resolves.toEqual({ purged: 2, alreadyGone: 0 });

    for (const gone of [pastDefault, pastOwn]) {
      await expect(a.submissions.get(gone)).resolves.toBeUndefined();
      await expect(a.audit.listBySubject(gone)).resolves.toEqual([{ at: NOW, actorKey: RETENTION_JOB_ACTOR, action: PURGED_ACTION, subject: gone }]);
    }
    for (const kept of [insideDefault, insideOwn, youngConcern]) {
      await expect(a.submissions.get(kept)).resolves.toMatchObject({ reference: kept });
      await expect(a.audit.listBySubject(kept)).resolves.toEqual([]);
    }
    await expect(verifyAuditChain(b.audit)).resolves.toMatchObject({ checked: 3, broken: undefined });
    // Run again: nothing more to do, nothing audited twice.
    await expect(purge(b)).resolves.toEqual({ purged: 0, alreadyGone: 0 });
    await expect(verifyAuditChain(a.audit)).resolves.toMatchObject({ checked: 3, broken: undefined });
  });

  test('two instances purging at once: each record deleted and audited once, no error', async () => {
    const references: string[] = [];
    for (let i = 0; i < 30; i += 1) references.push(await submit(i % 2 === 0 ? a : b, 'form.makesafeReport', daysAgo(40 + i)));
    const [first, second] = await Promise.all([purge(a), purge(b)]);
    expect(first.purged + second.purged).toBe(30);
    for (const reference of references) {
      await expect(a.submissions.get(reference)).resolves.toBeUndefined();
      await expect(b.audit.listBySubject(reference).then((entries) => entries.map((e) => e.action))).resolves.toEqual([PURGED_ACTION]);
    }
    await expect(verifyAuditChain(a.audit)).resolves.toMatchObject({ checked: 30, broken: undefined });
  });

  test('more expired records than one page: all go; related data is purged first, by reference', async () => {
    const references = new Set<string>();
    for (let i = 0; i < 105; i += 1) references.add(await submit(a, 'form.concernRecord', daysAgo(DEFAULT_RETENTION_DAYS + 1 + i)));
    const related: string[] = [];
    const report = await purge(a, {
      purgeRelated: async (reference) => {
        // The record is still there when its related data goes: a purge stopped in between is finished next run.
        expect(await a.submissions.get(reference)).toBeDefined();
        related.push(reference);
      },
    });
    expect(report).toEqual({ purged: 105, alreadyGone: 0 });
    expect(new Set(related)).toEqual(references);
  });

  test('listCreatedBefore lists one form, oldest first, headers only, within the limit', async () => {
    const older = await submit(a, 'form.makesafeReport', daysAgo(50));
    const newer = await submit(a, 'form.makesafeReport', daysAgo(40));
    await submit(a, 'form.makesafeReport', daysAgo(10));
    await submit(a, 'form.concernRecord', daysAgo(50));
    await expect(a.submissions.listCreatedBefore('form.makesafeReport', daysAgo(30), 10)).resolves.toEqual([
      { reference: older, kind: 'form.makesafeReport', ownerKey: 'owner-test-1', createdAt: daysAgo(50) },
      { reference: newer, kind: 'form.makesafeReport', ownerKey: 'owner-test-1', createdAt: daysAgo(40) },
    ]);
    await expect(a.submissions.listCreatedBefore('form.makesafeReport', daysAgo(30), 1)).resolves.toHaveLength(1);
    await expect(a.submissions.listCreatedBefore('form.makesafeReport', daysAgo(30), 0)).rejects.toThrow(RangeError);
    await expect(a.submissions.remove(older)).resolves.toBe(true);
    await expect(b.submissions.remove(older)).resolves.toBe(false);
  });
});
