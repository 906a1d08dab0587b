import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { DEFAULT_RETENTION_DAYS } from '../../bot/config';
import { PURGED_ACTION, purgeExpiredRecords, RETENTION_JOB_ACTOR, type PurgeDeps } from '../../bot/retention/purge';
import { removeRelatedOf } from '../../bot/retention/purgeRelated';
import { startPurgeJob } from '../../bot/retention/purgeJob';
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

async function submitKeyed(storage: Storage, kind: string, createdAt: Date): Promise<{ reference: string; idempotencyKey: string }> {
  const idempotencyKey = `flow-${randomUUID()}`;
  const { reference } = await storage.submissions.submit({ idempotencyKey, kind, ownerKey: 'owner-test-1', payload: { child: 'Test Child A' }, createdAt });
  return { reference, idempotencyKey };
}
const submit = async (storage: Storage, kind: string, createdAt: Date): Promise<string> => (await submitKeyed(storage, kind, createdAt)).reference;

const purge = (storage: Storage, extra: Partial<PurgeDeps> = {}) =>
  purgeExpiredRecords({ storage, forms: FORMS, retention: RETENTION, now: NOW, purgeRelated: removeRelatedOf(storage), ...extra });

/** What a lead and the alert dispatcher leave about a record: two events (one with a note), an alert sent after a claim, one waiting. */
async function related(storage: Storage, record: { reference: string; idempotencyKey: string }, at: Date): Promise<{ alertIds: string[] }> {
  await storage.recordEvents.append({ reference: record.reference, eventKey: 'acknowledged', kind: 'acknowledged', actorKey: 'actor-test-lead', at, details: {} });
  await storage.recordEvents.append({ reference: record.reference, eventKey: 'k-1', kind: 'actionAdded', actorKey: 'actor-test-lead', at, details: { what: 'Fictional note about Test Child A' } });
  const alertIds = [`alert-${randomUUID()}`, `alert-${randomUUID()}`];
  await storage.alerts.enqueue(alertIds.map((alertId) => ({ alertId, idempotencyKey: record.idempotencyKey, recipientObjectId: `object-${randomUUID()}`, formKind: 'form.concernRecord', createdAt: at })));
  const [sent] = alertIds;
  if (sent === undefined) throw new Error('no alert');
  await storage.alerts.claim(sent, 1, at);
  await storage.alerts.settle(sent, 1, { status: 'sent', nextAttemptAt: at, at });
  return { alertIds };
}

/** True when nothing of the record's events, alerts or claims is left (a claim gone: its attempt can be won again). */
async function nothingRelatedLeft(storage: Storage, record: { reference: string; idempotencyKey: string }, alertIds: string[]): Promise<boolean> {
  const events = await storage.recordEvents.listFor([record.reference]);
  const alerts = await storage.alerts.listByKey(record.idempotencyKey);
  const claimsFree = await Promise.all(alertIds.map(async (alertId) => (await storage.alerts.claim(alertId, 1, NOW)).won));
  return events.length === 0 && alerts.length === 0 && claimsFree.every(Boolean);
}

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

  test('two instances purging at once: each record deleted and audited once, its related data gone, no error', async () => {
    const records: { reference: string; idempotencyKey: string; alertIds: string[] }[] = [];
    for (let i = 0; i < 30; i += 1) {
      const record = await submitKeyed(i % 2 === 0 ? a : b, 'form.makesafeReport', daysAgo(40 + i));
      records.push({ ...record, ...(await related(a, record, daysAgo(39))) });
    }
    const [first, second] = await Promise.all([purge(a), purge(b)]);
    expect(first.purged + second.purged).toBe(30);
    for (const record of records) {
      await expect(a.submissions.get(record.reference)).resolves.toBeUndefined();
      await expect(b.audit.listBySubject(record.reference).then((entries) => entries.map((e) => e.action))).resolves.toEqual([PURGED_ACTION]);
      await expect(nothingRelatedLeft(b, record, record.alertIds)).resolves.toBe(true);
    }
    await expect(verifyAuditChain(a.audit)).resolves.toMatchObject({ checked: 30, broken: undefined });
  });

  test("as the clock passes a record's period, its lead events, alerts and claims go with it; a younger record's stay", async () => {
    const submittedAt = daysAgo(400);
    const old = await submitKeyed(a, 'form.makesafeReport', submittedAt);
    const young = await submitKeyed(a, 'form.makesafeReport', new Date(submittedAt.getTime() + DAY));
    const oldRelated = await related(a, old, submittedAt);
    await related(a, young, submittedAt);
    const youngEvents = await a.recordEvents.listFor([young.reference]);
    const youngAlerts = await a.alerts.listByKey(young.idempotencyKey);
    const clockAt = (ms: number) => new Date(submittedAt.getTime() + ms);

    // A day before the end of the period, and at its last millisecond: nothing goes.
    for (const now of [clockAt(29 * DAY), clockAt(30 * DAY)]) {
      await expect(purge(a, { now })).resolves.toEqual({ purged: 0, alreadyGone: 0 });
      expect(await a.recordEvents.listFor([old.reference])).toHaveLength(2);
      expect(await a.alerts.listByKey(old.idempotencyKey)).toHaveLength(2);
    }
    await expect(purge(b, { now: clockAt(30 * DAY + 1) })).resolves.toEqual({ purged: 1, alreadyGone: 0 });
    await expect(a.submissions.get(old.reference)).resolves.toBeUndefined();
    await expect(nothingRelatedLeft(a, old, oldRelated.alertIds)).resolves.toBe(true);
    expect(await a.recordEvents.listFor([young.reference])).toEqual(youngEvents);
    expect(await a.alerts.listByKey(young.idempotencyKey)).toEqual(youngAlerts);
    // Only the purge is audited, under the reference: nothing of the notes or the alerts.
    await expect(a.audit.listBySubject(old.reference)).resolves.toEqual([{ at: clockAt(30 * DAY + 1), actorKey: RETENTION_JOB_ACTOR, action: PURGED_ACTION, subject: old.reference }]);
    await expect(purge(a, { now: clockAt(31 * DAY + 1) })).resolves.toEqual({ purged: 1, alreadyGone: 0 });
    await expect(nothingRelatedLeft(a, young, [])).resolves.toBe(true);
  });

  test('a purge that stops after removing the related data and before the delete: the next run finds the record and finishes', async () => {
    const record = await submitKeyed(a, 'form.makesafeReport', daysAgo(40));
    const { alertIds } = await related(a, record, daysAgo(40));
    const realRelated = removeRelatedOf(a);
    let calls = 0;
    const dying = async (header: Parameters<typeof realRelated>[0]) => {
      await realRelated(header);
      calls += 1;
      if (calls === 1) throw new Error('the process stopped here');
    };
    await expect(purge(a, { purgeRelated: dying })).rejects.toThrow('the process stopped here');
    await expect(a.submissions.get(record.reference)).resolves.toMatchObject({ reference: record.reference });
    await expect(a.audit.listBySubject(record.reference)).resolves.toEqual([]);
    await expect(purge(b)).resolves.toEqual({ purged: 1, alreadyGone: 0 });
    await expect(b.audit.listBySubject(record.reference).then((entries) => entries.map((e) => e.action))).resolves.toEqual([PURGED_ACTION]);
    await expect(nothingRelatedLeft(a, record, alertIds)).resolves.toBe(true);
  });

  test('a purge that stops right after the delete leaves nothing related behind (it went first)', async () => {
    const record = await submitKeyed(a, 'form.makesafeReport', daysAgo(40));
    const { alertIds } = await related(a, record, daysAgo(40));
    const dyingAfterDelete: Storage = {
      ...a,
      submissions: {
        ...a.submissions,
        async remove(reference) {
          await a.submissions.remove(reference);
          throw new Error('the process stopped here');
        },
      },
    };
    await expect(purge(dyingAfterDelete, { purgeRelated: removeRelatedOf(a) })).rejects.toThrow('the process stopped here');
    await expect(a.submissions.get(record.reference)).resolves.toBeUndefined();
    await expect(nothingRelatedLeft(a, record, alertIds)).resolves.toBe(true);
    await expect(purge(b)).resolves.toEqual({ purged: 0, alreadyGone: 0 });
  });

  test('an event a lead adds while the record is going is taken by the second pass', async () => {
    const record = await submitKeyed(a, 'form.makesafeReport', daysAgo(40));
    await related(a, record, daysAgo(40));
    const realRelated = removeRelatedOf(a);
    let first = true;
    const withLateEvent = async (header: Parameters<typeof realRelated>[0]) => {
      await realRelated(header);
      // A lead who read the record a moment before adds a note between the first pass and the delete.
      if (first) await b.recordEvents.append({ reference: header.reference, eventKey: 'late', kind: 'actionAdded', actorKey: 'actor-test-lead', at: NOW, details: { what: 'Fictional late note' } });
      first = false;
    };
    await expect(purge(a, { purgeRelated: withLateEvent })).resolves.toEqual({ purged: 1, alreadyGone: 0 });
    expect(await a.recordEvents.listFor([record.reference])).toEqual([]);
  });

  test('more expired records than one page: all go; each one\'s related data goes before it and again after', async () => {
    const references = new Set<string>();
    for (let i = 0; i < 105; i += 1) references.add(await submit(a, 'form.concernRecord', daysAgo(DEFAULT_RETENTION_DAYS + 1 + i)));
    const calls: { reference: string; present: boolean }[] = [];
    const report = await purge(a, {
      purgeRelated: async (record) => {
        calls.push({ reference: record.reference, present: (await a.submissions.get(record.reference)) !== undefined });
      },
    });
    expect(report).toEqual({ purged: 105, alreadyGone: 0 });
    // Each record's related data goes twice: first while the record is still there (a purge stopped in
    // between finds it again next run), then after it (anything added while it went).
    expect(calls).toHaveLength(210);
    for (const reference of references) expect(calls.filter((c) => c.reference === reference).map((c) => c.present)).toEqual([true, false]);
  });

  test('listCreatedBefore lists one form, oldest first, headers only, within the limit', async () => {
    const older = await submit(a, 'form.makesafeReport', daysAgo(50));
    const newer = await submit(a, 'form.makesafeReport', daysAgo(40));
    await submit(a, 'form.makesafeReport', daysAgo(10));
    await submit(a, 'form.concernRecord', daysAgo(50));
    await expect(a.submissions.listCreatedBefore('form.makesafeReport', daysAgo(30), 10)).resolves.toEqual([
      { reference: older, idempotencyKey: expect.stringMatching(/^flow-/), kind: 'form.makesafeReport', ownerKey: 'owner-test-1', createdAt: daysAgo(50) },
      { reference: newer, idempotencyKey: expect.stringMatching(/^flow-/), kind: 'form.makesafeReport', ownerKey: 'owner-test-1', createdAt: daysAgo(40) },
    ]);
    await expect(a.submissions.listCreatedBefore('form.makesafeReport', daysAgo(30), 1)).resolves.toHaveLength(1);
    await expect(a.submissions.listCreatedBefore('form.makesafeReport', daysAgo(30), 0)).rejects.toThrow(RangeError);
    await expect(a.submissions.remove(older)).resolves.toBe(true);
    await expect(b.submissions.remove(older)).resolves.toBe(false);
  });
});

describe('the purge job as the server runs it, on a fake clock', () => {
  afterEach(() => jest.useRealTimers());

  test('a record, its events and its alerts stay through its period and go at the first run after it', async () => {
    const submittedAt = new Date('2031-03-04T09:00:00.000Z');
    jest.useFakeTimers({ now: submittedAt });
    const storage = openEmbeddedStorage(':memory:');
    try {
      const record = await submitKeyed(storage, 'form.makesafeReport', submittedAt);
      const { alertIds } = await related(storage, record, submittedAt);
      const reports: unknown[] = [];
      const job = startPurgeJob({
        everyMs: 60 * 60_000,
        run: () => purgeExpiredRecords({ storage, forms: FORMS, retention: RETENTION, now: new Date(), purgeRelated: removeRelatedOf(storage) }),
        onDone: (report) => reports.push(report),
        onError: (error) => reports.push(error),
      });
      // 29 days and 23 hours of hourly runs: the 30-day period has not ended.
      await jest.advanceTimersByTimeAsync(30 * DAY - 60 * 60_000);
      expect(reports).toHaveLength(30 * 24 - 1);
      expect(reports.every((r) => JSON.stringify(r) === JSON.stringify({ purged: 0, alreadyGone: 0 }))).toBe(true);
      expect(await storage.recordEvents.listFor([record.reference])).toHaveLength(2);
      expect(await storage.alerts.listByKey(record.idempotencyKey)).toHaveLength(2);
      // The run at exactly 30 days still keeps it (the period is 30 whole days); the next one purges it.
      await jest.advanceTimersByTimeAsync(60 * 60_000);
      await expect(storage.submissions.get(record.reference)).resolves.toBeDefined();
      await jest.advanceTimersByTimeAsync(60 * 60_000);
      expect(reports.at(-1)).toEqual({ purged: 1, alreadyGone: 0 });
      await expect(storage.submissions.get(record.reference)).resolves.toBeUndefined();
      await expect(nothingRelatedLeft(storage, record, alertIds)).resolves.toBe(true);
      await job.stop();
    } finally {
      await storage.close();
    }
  });
});
