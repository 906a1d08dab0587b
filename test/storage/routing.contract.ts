import { randomUUID } from 'node:crypto';
import type { Recipient } from '../../dialogs/access/access.schema';
import type { RecordEvent } from '../../bot/storage/recordEvents/recordEvent.types';
import type { NewSubmission, Storage } from '../../bot/storage/types';

/**
 * The contract of routing and record events, run by the embedded and MongoDB suites beside the
 * storage contract: where a record was routed is stored with it and lists it for its recipients
 * only; a record's events are added once per key, whoever races. All data is fictional.
 */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const uid = (prefix: string): string => `${prefix}-${randomUUID()}`;

export function routingContract(name: string, open: () => Promise<Storage>, teardown?: () => Promise<void> | void): void {
  describe(`routing and record events contract: ${name}`, () => {
    let storage: Storage;
    // Each test routes to its own setting, so tests sharing a database never see each other's records.
    let school: string;
    let lead: Recipient;
    let analyst: Recipient;

    beforeEach(async () => {
      storage = await open();
      school = uid('setting');
      lead = { settingId: school, role: 'lead' };
      analyst = { settingId: school, role: 'analyst' };
    });

    afterEach(async () => {
      await storage.close();
      await teardown?.();
    });

    const submit = (overrides: Partial<NewSubmission> = {}) =>
      storage.submissions.submit({ idempotencyKey: uid('form'), kind: 'form.concernRecord', ownerKey: uid('owner'), payload: { child: 'Test Child A' }, createdAt: T0, ...overrides });

    test('an escalation adds routes to a stored record: kept with those it had, listed for them, added once however often or concurrently', async () => {
      const deputy: Recipient = { settingId: school, role: 'deputyLead' };
      const contact: Recipient = { settingId: uid('mash'), role: 'boroughContact' };
      const record = await submit({ routedTo: [lead] });
      const other = await submit({ routedTo: [lead], createdAt: at(1) });
      expect(await storage.submissions.listRoutedTo([deputy], 10)).toEqual([]);
      // Instances escalating at once to different next contacts (none may be lost), and one of them again.
      const others: Recipient[] = Array.from({ length: 4 }, () => ({ settingId: uid('mase'), role: 'maseCoordinator' }));
      await Promise.all([deputy, contact, ...others, deputy].map((to) => storage.submissions.addRoutes(record.reference, [to])));
      await storage.submissions.addRoutes(record.reference, [deputy, lead]);
      const routedTo = (await storage.submissions.get(record.reference))?.routedTo ?? [];
      expect(routedTo).toEqual(expect.arrayContaining([lead, deputy, contact, ...others]));
      expect(routedTo).toHaveLength(7);
      const ownerKey = (await storage.submissions.get(record.reference))?.ownerKey ?? '';
      expect((await storage.submissions.listByOwner(ownerKey, 5))[0]?.routedTo).toHaveLength(7);
      expect((await storage.submissions.listRoutedTo([deputy], 10)).map((r) => r.reference)).toEqual([record.reference]);
      expect((await storage.submissions.listRoutedTo([lead], 10)).map((r) => r.reference)).toEqual([other.reference, record.reference]);
      expect((await storage.submissions.get(other.reference))?.routedTo).toEqual([lead]);
      // A record that is not there is left alone, without an error.
      await expect(storage.submissions.addRoutes(`CSE-${'0'.repeat(4)}-${'0'.repeat(4)}`, [deputy])).resolves.toBeUndefined();
      expect(await storage.submissions.get(`CSE-${'0'.repeat(4)}-${'0'.repeat(4)}`)).toBeUndefined();
    });

    test('a record keeps where it was routed; one submitted with no route is routed to nobody', async () => {
      const routed = await submit({ routedTo: [lead, analyst, lead] });
      const unrouted = await submit();
      expect((await storage.submissions.get(routed.reference))?.routedTo).toEqual(expect.arrayContaining([lead, analyst]));
      expect((await storage.submissions.get(routed.reference))?.routedTo).toHaveLength(2);
      expect((await storage.submissions.get(unrouted.reference))?.routedTo).toEqual([]);
      expect((await storage.submissions.listByOwner((await storage.submissions.get(routed.reference))?.ownerKey ?? '', 5))[0]?.routedTo).toHaveLength(2);
    });

    test('listRoutedTo: only records routed to the given recipients, newest first, at most the limit, of one form when asked', async () => {
      const other: Recipient = { settingId: uid('setting'), role: 'lead' };
      const older = await submit({ routedTo: [lead], createdAt: at(1) });
      const newer = await submit({ routedTo: [analyst], createdAt: at(2), kind: 'form.maseInformation' });
      await submit({ routedTo: [other], createdAt: at(3) });
      await submit({ createdAt: at(4) });
      const both = await storage.submissions.listRoutedTo([lead, analyst], 10);
      expect(both.map((r) => r.reference)).toEqual([newer.reference, older.reference]);
      expect((await storage.submissions.listRoutedTo([lead], 10)).map((r) => r.reference)).toEqual([older.reference]);
      expect((await storage.submissions.listRoutedTo([lead, analyst], 1)).map((r) => r.reference)).toEqual([newer.reference]);
      expect((await storage.submissions.listRoutedTo([lead, analyst], 10, 'form.concernRecord')).map((r) => r.reference)).toEqual([older.reference]);
      expect(await storage.submissions.listRoutedTo([], 10)).toEqual([]);
    });

    test('a record routed to two of the asker\'s roles is listed once', async () => {
      const record = await submit({ routedTo: [lead, analyst] });
      expect((await storage.submissions.listRoutedTo([lead, analyst], 10)).map((r) => r.reference)).toEqual([record.reference]);
    });

    test('listRoutedTo refuses a limit outside 1 to 100', async () => {
      await expect(storage.submissions.listRoutedTo([lead], 0)).rejects.toThrow(RangeError);
      await expect(storage.submissions.listRoutedTo([lead], 101)).rejects.toThrow(RangeError);
    });

    const event = (reference: string, overrides: Partial<RecordEvent> = {}): RecordEvent => ({
      reference,
      eventKey: uid('key'),
      kind: 'actionAdded',
      actorKey: 'actor-test-lead',
      at: at(5),
      details: { what: 'Speak to Test Child A', who: 'Head of year', byWhen: '2031-03-06' },
      ...overrides,
    });

    test('append then listFor returns the events of those records only, oldest first, exactly as given', async () => {
      const a = (await submit({ routedTo: [lead] })).reference;
      const b = (await submit({ routedTo: [lead] })).reference;
      const first = event(a, { kind: 'acknowledged', eventKey: 'acknowledged', details: {}, at: at(5) });
      const second = event(a, { at: at(6) });
      const elsewhere = event(b, { kind: 'closed', eventKey: 'closed', details: {} });
      for (const e of [first, second, elsewhere]) await expect(storage.recordEvents.append(e)).resolves.toEqual({ created: true });
      expect(await storage.recordEvents.listFor([a])).toEqual([first, second]);
      expect(await storage.recordEvents.listFor([b])).toEqual([elsewhere]);
      expect(await storage.recordEvents.listFor([])).toEqual([]);
      expect(await storage.recordEvents.listFor([uid('CSE')])).toEqual([]);
    });

    test('the same key again adds nothing and keeps the first event', async () => {
      const reference = (await submit({ routedTo: [lead] })).reference;
      const first = event(reference, { eventKey: 'k-1' });
      await storage.recordEvents.append(first);
      await expect(storage.recordEvents.append({ ...first, details: { what: 'something else' } })).resolves.toEqual({ created: false });
      expect(await storage.recordEvents.listFor([reference])).toEqual([first]);
    });

    test('two concurrent identical actions store one event', async () => {
      const reference = (await submit({ routedTo: [lead] })).reference;
      const same = event(reference, { eventKey: 'pressed-twice' });
      const results = await Promise.all(Array.from({ length: 10 }, () => storage.recordEvents.append(same)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await storage.recordEvents.listFor([reference])).toHaveLength(1);
    });

    test('listFor refuses more than 100 references at once', async () => {
      await expect(storage.recordEvents.listFor(Array.from({ length: 101 }, (_, i) => `CSE-${i}`))).rejects.toThrow(RangeError);
    });

    test('has no method to update an event; the only removal is the retention purge\'s, of a whole record', () => {
      expect(Object.keys(storage.recordEvents).sort()).toEqual(['append', 'listFor', 'removeFor']);
    });
  });
}
