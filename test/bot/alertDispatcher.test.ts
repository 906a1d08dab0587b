import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { createAlertDispatcher, type AlertDispatcherOptions } from '../../bot/alerts/alertDispatcher';
import type { AlertMessage } from '../../bot/alerts/alertSender';
import { alertIdOf } from '../../bot/alerts/alertsOfSubmission';
import { createLogger } from '../../bot/logger';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { NewAlert } from '../../bot/storage/alert.types';
import type { Storage } from '../../bot/storage/types';

/**
 * The dispatcher: each alert sent once however many dispatchers run against one store (two
 * connections, embedded file or MongoDB), a recipient without a kept conversation waiting uncounted,
 * retries on the schedule until the attempts run out, and a claim whose dispatcher died counted as
 * a failed attempt after the lease.
 */

jest.setTimeout(60_000);

const T0 = new Date('2031-03-04T09:00:00.000Z');
const kept = (objectId: string) => ({ channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/unused', conversation: { id: `a:${objectId}`, conversationType: 'personal', isGroup: false }, bot: { id: 'assistant', name: '' }, user: { id: `29:${objectId}`, name: '' } });

async function submittedWithAlerts(storage: Storage, recipients: string[], withReferences = true): Promise<{ reference: string; alerts: NewAlert[] }> {
  const idempotencyKey = `form-instance-${randomUUID()}`;
  const alerts = recipients.map((recipientObjectId) => ({ alertId: alertIdOf(idempotencyKey, recipientObjectId), idempotencyKey, recipientObjectId, formKind: 'form.concernRecord', createdAt: T0 }));
  await storage.alerts.enqueue(alerts);
  const { reference } = await storage.submissions.submit({ idempotencyKey, kind: 'form.concernRecord', ownerKey: 'owner-fictional', payload: { childName: 'Test Child A' }, createdAt: T0 });
  if (withReferences) for (const objectId of recipients) await storage.references.put(objectId, kept(objectId), T0);
  return { reference, alerts };
}

function dispatcherOn(storage: Storage, sent: Array<AlertMessage & { to: string }>, given: Partial<AlertDispatcherOptions> = {}) {
  return createAlertDispatcher({
    storage,
    // Yields between the claim and the record of it, so two dispatchers interleave.
    send: async (reference, alert) => {
      await new Promise((resolve) => setImmediate(resolve));
      sent.push({ ...alert, to: JSON.stringify(reference) });
    },
    logger: createLogger('silent'),
    retry: { delaysMs: [30_000, 120_000], maxAttempts: 3 },
    batchSize: 7,
    clock: () => new Date(T0.getTime() + 1000),
    ...given,
  });
}

type Opened = { a: Storage; b: Storage; close(): Promise<void> };
const stores: Array<[string, () => Promise<Opened>]> = [
  [
    'embedded file, two connections',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cse-alerts-'));
      const a = openEmbeddedStorage(join(dir, 'store.db'));
      const b = openEmbeddedStorage(join(dir, 'store.db'));
      return { a, b, close: async () => (await Promise.all([a.close(), b.close()]), rmSync(dir, { recursive: true, force: true })) };
    },
  ],
];
const uri = process.env.MONGODB_URI ?? '';
if (uri !== '') {
  stores.push([
    'MongoDB, two clients',
    async () => {
      const database = `alerts_dispatch_${randomBytes(4).toString('hex')}`;
      const a = await openMongoStorage({ uri, database });
      const b = await openMongoStorage({ uri, database });
      return {
        a,
        b,
        close: async () => {
          await Promise.all([a.close(), b.close()]);
          const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
          await client.db(database).dropDatabase();
          await client.close();
        },
      };
    },
  ]);
}

describe.each(stores)('two dispatchers against one store (%s)', (_name, open) => {
  it('send each of 30 alerts exactly once', async () => {
    const { a, b, close } = await open();
    try {
      const recipients = Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-${String(700 + i).padStart(12, '0')}`);
      const submitted = [await submittedWithAlerts(a, recipients), await submittedWithAlerts(b, recipients), await submittedWithAlerts(a, recipients)];
      const sent: Array<AlertMessage & { to: string }> = [];
      const one = dispatcherOn(a, sent);
      const two = dispatcherOn(b, sent);
      for (let round = 0; round < 12; round += 1) await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
      const expected = submitted.flatMap(({ reference }) => recipients.map((r) => `${reference} ${JSON.stringify(kept(r))}`)).sort();
      expect(sent.map((s) => `${s.reference} ${s.to}`).sort()).toEqual(expected);
      for (const { alerts } of submitted) {
        const stored = await a.alerts.listByKey(alerts[0]?.idempotencyKey ?? '');
        expect(stored.map((s) => [s.status, s.attempts])).toEqual(alerts.map(() => ['sent', 1]));
      }
    } finally {
      await close();
    }
  });
});

describe('one dispatcher', () => {
  const opened: Storage[] = [];
  const store = () => {
    const storage = openEmbeddedStorage(':memory:');
    opened.push(storage);
    return storage;
  };
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
  });

  it('keeps an alert waiting, uncounted, until its recipient opens the app, then sends it once', async () => {
    const storage = store();
    const lead = '00000000-0000-4000-8000-000000000801';
    const { reference } = await submittedWithAlerts(storage, [lead], false);
    const sent: Array<AlertMessage & { to: string }> = [];
    let now = new Date(T0.getTime() + 1000);
    const dispatcher = dispatcherOn(storage, sent, { clock: () => now, recheckMs: 30_000 });
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 1 });
    now = new Date(now.getTime() + 10 * 86_400_000);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 1 });
    expect((await storage.alerts.due(now, 10))[0]).toBeUndefined();
    await storage.references.put(lead, kept(lead), now);
    now = new Date(now.getTime() + 30_000);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(sent.map((s) => s.reference)).toEqual([reference]);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
  });

  it('retries on the schedule, then leaves the alert as failed and logs it without personal data', async () => {
    const storage = store();
    const { alerts } = await submittedWithAlerts(storage, ['00000000-0000-4000-8000-000000000802']);
    let now = new Date(T0.getTime() + 1000);
    let calls = 0;
    const logged: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void logged.push(line) });
    const dispatcher = dispatcherOn(storage, [], {
      clock: () => now,
      logger,
      send: async () => {
        calls += 1;
        throw new Error('connector said 500 about Test Child A');
      },
    });
    expect(await dispatcher.tick()).toMatchObject({ retrying: 1 });
    now = new Date(now.getTime() + 29_000);
    expect(await dispatcher.tick()).toMatchObject({ retrying: 0, sent: 0 });
    now = new Date(now.getTime() + 1_000);
    expect(await dispatcher.tick()).toMatchObject({ retrying: 1 });
    now = new Date(now.getTime() + 120_000);
    expect(await dispatcher.tick()).toMatchObject({ failed: 1 });
    now = new Date(now.getTime() + 86_400_000);
    expect(await dispatcher.tick()).toMatchObject({ failed: 0, retrying: 0 });
    expect(calls).toBe(3);
    const [stored] = await storage.alerts.listByKey(alerts[0]?.idempotencyKey ?? '');
    expect(stored).toMatchObject({ status: 'failed', attempts: 3 });
    const lines = logged.join('\n');
    expect(lines).toContain('left as failed');
    expect(lines).not.toContain('Test Child A');
    expect(lines).not.toContain('00000000-0000-4000-8000-000000000802');
  });

  it('counts a claim left unsettled past the lease (its dispatcher died mid-send) as a failed attempt, then tries again', async () => {
    const storage = store();
    const { alerts, reference } = await submittedWithAlerts(storage, ['00000000-0000-4000-8000-000000000803']);
    const alertId = alerts[0]?.alertId ?? '';
    // The dead dispatcher's claim of attempt 1, made at T0 and never settled.
    expect(await storage.alerts.claim(alertId, 1, T0)).toEqual({ won: true });
    const sent: Array<AlertMessage & { to: string }> = [];
    let now = new Date(T0.getTime() + 60_000);
    const dispatcher = dispatcherOn(storage, sent, { clock: () => now, claimLeaseMs: 5 * 60_000 });
    expect(await dispatcher.tick()).toMatchObject({ skipped: 1 });
    now = new Date(T0.getTime() + 6 * 60_000);
    expect(await dispatcher.tick()).toMatchObject({ retrying: 1 });
    now = new Date(now.getTime() + 30_000);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(sent.map((s) => s.reference)).toEqual([reference]);
    expect((await storage.alerts.listByKey(alerts[0]?.idempotencyKey ?? ''))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('runs one tick at a time on its interval until stopped', async () => {
    const storage = store();
    await submittedWithAlerts(storage, ['00000000-0000-4000-8000-000000000804']);
    const sent: Array<AlertMessage & { to: string }> = [];
    const dispatcher = dispatcherOn(storage, sent);
    dispatcher.start(5);
    while (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await dispatcher.stop();
    expect(sent).toHaveLength(1);
  });
});
