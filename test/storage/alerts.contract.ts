import { randomUUID } from 'node:crypto';
import type { NewAlert } from '../../bot/storage/alert.types';
import type { Storage } from '../../bot/storage/types';

/**
 * The contract of the conversation references and the alert outbox, passed by every adapter
 * (embedded and MongoDB alike). Each test uses its own random ids. All ids are fictional.
 */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const uid = (prefix: string): string => `${prefix}-${randomUUID()}`;

function newAlert(idempotencyKey = uid('form-instance'), recipient = uid('object-id'), createdAt = T0): NewAlert {
  return { alertId: uid('alert'), idempotencyKey, recipientObjectId: recipient, formKind: 'form.concernRecord', createdAt };
}

export function alertsContract(name: string, open: () => Promise<Storage>, teardown?: () => Promise<void> | void): void {
  describe(`alert outbox contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
      await teardown?.();
    });

    test('a conversation reference is upserted per object id: one, the newest', async () => {
      const objectId = uid('object-id');
      expect(await storage.references.get(objectId)).toBeUndefined();
      await storage.references.put(objectId, { conversation: { id: 'a:first' }, 'a.b': { $set: 1 } }, T0);
      await storage.references.put(objectId, { conversation: { id: 'a:second' }, 'a.b': { $set: 2 } }, at(1));
      expect(await storage.references.get(objectId)).toEqual({ conversation: { id: 'a:second' }, 'a.b': { $set: 2 } });
      await Promise.all([storage.references.put(objectId, { n: 1 }, at(2)), storage.references.put(objectId, { n: 1 }, at(2))]);
      expect(await storage.references.get(objectId)).toEqual({ n: 1 });
    });

    test('an alert is written once: enqueuing it again (a repeated submit) changes nothing', async () => {
      const alert = newAlert();
      await storage.alerts.enqueue([alert]);
      const claimed = await storage.alerts.claim(alert.alertId, 1, at(1));
      expect(claimed).toEqual({ won: true });
      await storage.alerts.settle(alert.alertId, 1, { status: 'sent', nextAttemptAt: at(1), at: at(1) });
      await storage.alerts.enqueue([alert, alert]);
      await Promise.all([storage.alerts.enqueue([alert]), storage.alerts.enqueue([alert])]);
      const listed = await storage.alerts.listByKey(alert.idempotencyKey);
      expect(listed).toEqual([{ ...alert, status: 'sent', attempts: 1, nextAttemptAt: at(1), settledAt: at(1) }]);
    });

    test('an escalation is first due after its wait, keeps what it escalates to, and can be left as cancelled', async () => {
      const key = uid('form-instance');
      const plain = newAlert(key);
      const escalation = { ...newAlert(key), escalation: { afterMinutes: 120, to: ['fictional-school/deputyLead'] } };
      const cancelled = { ...newAlert(key), escalation: { afterMinutes: 60, to: ['fictional-mash/boroughContact'] } };
      await storage.alerts.enqueue([plain, escalation, cancelled]);
      const ours = async (now: Date) => (await storage.alerts.due(now, 100)).filter((a) => a.idempotencyKey === key).map((a) => a.alertId);
      expect(await ours(T0)).toEqual([plain.alertId]);
      expect(await ours(at(119))).toEqual([plain.alertId, cancelled.alertId]);
      expect(await ours(at(120))).toEqual([plain.alertId, cancelled.alertId, escalation.alertId]);
      expect(await storage.alerts.claim(cancelled.alertId, 1, at(60))).toEqual({ won: true });
      await storage.alerts.settle(cancelled.alertId, 1, { status: 'cancelled', nextAttemptAt: at(60), at: at(60) });
      expect(await ours(at(120))).toEqual([plain.alertId, escalation.alertId]);
      const listed = await storage.alerts.listByKey(key);
      expect(listed.find((a) => a.alertId === plain.alertId)?.escalation).toBeUndefined();
      expect(listed.find((a) => a.alertId === escalation.alertId)).toEqual({ ...escalation, status: 'pending', attempts: 0, nextAttemptAt: at(120), settledAt: undefined });
      expect(listed.find((a) => a.alertId === cancelled.alertId)).toMatchObject({ status: 'cancelled', attempts: 1, settledAt: at(60), escalation: cancelled.escalation });
    });

    test('due lists pending alerts whose time has come, soonest first, at most the limit', async () => {
      const key = uid('form-instance');
      const later = { ...newAlert(key, uid('object-id'), at(5)), alertId: `${uid('b')}` };
      const sooner = { ...newAlert(key, uid('object-id'), at(2)), alertId: `${uid('c')}` };
      const future = newAlert(key, uid('object-id'), at(60));
      await storage.alerts.enqueue([later, sooner, future]);
      const ours = async (now: Date, limit = 100) => (await storage.alerts.due(now, limit)).filter((a) => a.idempotencyKey === key).map((a) => a.alertId);
      expect(await ours(at(1))).toEqual([]);
      expect(await ours(at(10))).toEqual([sooner.alertId, later.alertId]);
      await storage.alerts.postpone(sooner.alertId, at(30));
      expect(await ours(at(10))).toEqual([later.alertId]);
      expect(await ours(at(60))).toEqual([later.alertId, sooner.alertId, future.alertId]);
      expect((await storage.alerts.due(at(60), 1)).length).toBe(1);
    });

    test('only one caller wins an attempt; the loser learns when it was claimed', async () => {
      const alert = newAlert();
      await storage.alerts.enqueue([alert]);
      const results = await Promise.all([1, 2, 3, 4].map((n) => storage.alerts.claim(alert.alertId, 1, at(n))));
      expect(results.filter((r) => r.won)).toHaveLength(1);
      const losers = results.filter((r) => !r.won);
      expect(losers).toHaveLength(3);
      for (const loser of losers) if (!loser.won) expect([at(1), at(2), at(3), at(4)].map((d) => d.getTime())).toContain(loser.claimedAt.getTime());
      expect(await storage.alerts.claim(alert.alertId, 2, at(5))).toEqual({ won: true });
    });

    test('settle records the attempt only once, from the attempt before; a failed or sent alert is no longer due', async () => {
      const retried = newAlert();
      const failed = newAlert();
      await storage.alerts.enqueue([retried, failed]);
      await storage.alerts.settle(retried.alertId, 1, { status: 'pending', nextAttemptAt: at(30), at: at(1) });
      // A stale settle of the same attempt (another dispatcher's) is ignored.
      await storage.alerts.settle(retried.alertId, 1, { status: 'sent', nextAttemptAt: at(1), at: at(1) });
      await storage.alerts.settle(failed.alertId, 1, { status: 'failed', nextAttemptAt: at(1), at: at(1) });
      const [first] = await storage.alerts.listByKey(retried.idempotencyKey);
      expect(first).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(30), settledAt: undefined });
      const due = (await storage.alerts.due(at(100), 100)).map((a) => a.alertId);
      expect(due).toContain(retried.alertId);
      expect(due).not.toContain(failed.alertId);
      await storage.alerts.postpone(failed.alertId, at(200));
      const [gone] = await storage.alerts.listByKey(failed.idempotencyKey);
      expect(gone).toMatchObject({ status: 'failed', attempts: 1, settledAt: at(1) });
    });

    test('referenceOf finds a submission by its idempotency key, and nothing before it exists', async () => {
      const key = uid('form-instance');
      expect(await storage.submissions.referenceOf(key)).toBeUndefined();
      const { reference } = await storage.submissions.submit({ idempotencyKey: key, kind: 'form.concernRecord', ownerKey: uid('owner'), payload: { childName: 'Test Child A' }, createdAt: T0 });
      expect(await storage.submissions.referenceOf(key)).toBe(reference);
    });

    test('keys that are not strings are refused before they reach a query', async () => {
      const bad = { $ne: '' } as unknown as string;
      await expect(storage.references.get(bad)).rejects.toThrow(/storage key/);
      await expect(storage.alerts.claim(bad, 1, T0)).rejects.toThrow(/storage key/);
      await expect(storage.submissions.referenceOf(bad)).rejects.toThrow(/storage key/);
    });
  });
}
