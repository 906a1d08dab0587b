import { randomUUID } from 'node:crypto';
import type { RecordEvent } from '../../bot/storage/recordEvents/recordEvent.types';
import type { NewAlert } from '../../bot/storage/alert.types';
import type { Storage } from '../../bot/storage/types';

/**
 * The contract of the removals only the retention purge uses, passed by every adapter: a record's
 * events, and a submission's alerts with their attempt claims, go; nothing of another record does;
 * removing twice, or from two callers at once, is no error. A removed record also takes where it was
 * routed. All data is fictional.
 */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const uid = (prefix: string): string => `${prefix}-${randomUUID()}`;

export function recordRemovalContract(name: string, open: () => Promise<Storage>, teardown?: () => Promise<void> | void): void {
  describe(`record removal contract (the retention purge's): ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
      await teardown?.();
    });

    const event = (reference: string, eventKey: string): RecordEvent => ({
      reference,
      eventKey,
      kind: 'actionAdded',
      actorKey: 'actor-test-lead',
      at: at(5),
      details: { what: 'Fictional action for Test Child A', who: 'Head of year', byWhen: '2031-03-06' },
    });
    const alert = (idempotencyKey: string): NewAlert => ({ alertId: uid('alert'), idempotencyKey, recipientObjectId: uid('object-id'), formKind: 'form.concernRecord', createdAt: T0 });

    test("removeFor takes every event of one record and none of another's; twice, or twice at once, is no error", async () => {
      const gone = uid('CSE');
      const kept = uid('CSE');
      for (const key of ['acknowledged', 'k-1', 'k-2']) await storage.recordEvents.append(event(gone, key));
      const other = event(kept, 'k-1');
      await storage.recordEvents.append(other);
      await storage.recordEvents.removeFor(gone);
      expect(await storage.recordEvents.listFor([gone])).toEqual([]);
      expect(await storage.recordEvents.listFor([kept])).toEqual([other]);
      await Promise.all([storage.recordEvents.removeFor(gone), storage.recordEvents.removeFor(gone)]);
      await storage.recordEvents.removeFor(uid('CSE'));
      expect(await storage.recordEvents.listFor([kept])).toEqual([other]);
    });

    test('removeByKey takes the alerts of one submission and their claims, and none of another', async () => {
      const key = uid('form-instance');
      const otherKey = uid('form-instance');
      const [sent, waiting] = [alert(key), alert(key)];
      const other = alert(otherKey);
      await storage.alerts.enqueue([sent, waiting, other]);
      expect(await storage.alerts.claim(sent.alertId, 1, at(1))).toEqual({ won: true });
      await storage.alerts.settle(sent.alertId, 1, { status: 'sent', nextAttemptAt: at(1), at: at(1) });
      expect(await storage.alerts.claim(other.alertId, 1, at(1))).toEqual({ won: true });

      await storage.alerts.removeByKey(key);
      expect(await storage.alerts.listByKey(key)).toEqual([]);
      expect((await storage.alerts.due(at(100), 100)).map((a) => a.alertId)).not.toContain(waiting.alertId);
      // The claim went with its alert: the attempt is free again. The other submission's claim stays.
      expect(await storage.alerts.claim(sent.alertId, 1, at(2))).toEqual({ won: true });
      expect(await storage.alerts.claim(other.alertId, 1, at(2))).toMatchObject({ won: false });
      expect((await storage.alerts.listByKey(otherKey)).map((a) => a.alertId)).toEqual([other.alertId]);

      await Promise.all([storage.alerts.removeByKey(key), storage.alerts.removeByKey(key)]);
      await storage.alerts.removeByKey(uid('form-instance'));
    });

    test('a removed submission is no longer listed for its recipients', async () => {
      const lead = { settingId: uid('setting'), role: 'lead' as const };
      const { reference } = await storage.submissions.submit({ idempotencyKey: uid('form'), kind: 'form.concernRecord', ownerKey: uid('owner'), payload: { child: 'Test Child A' }, createdAt: T0, routedTo: [lead] });
      expect((await storage.submissions.listRoutedTo([lead], 10)).map((r) => r.reference)).toEqual([reference]);
      await expect(storage.submissions.remove(reference)).resolves.toBe(true);
      expect(await storage.submissions.listRoutedTo([lead], 10)).toEqual([]);
      expect(await storage.submissions.listRoutedTo([lead], 10, 'form.concernRecord')).toEqual([]);
    });

    test('keys that are not strings are refused before they reach a query', async () => {
      const bad = { $ne: '' } as unknown as string;
      await expect(storage.recordEvents.removeFor(bad)).rejects.toThrow(/storage key/);
      await expect(storage.alerts.removeByKey(bad)).rejects.toThrow(/storage key/);
    });
  });
}
