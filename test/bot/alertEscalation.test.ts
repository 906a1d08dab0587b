import { randomUUID } from 'node:crypto';
import { ESCALATION_ACTOR } from '../../bot/alerts/alertDispatcher';
import { alertIdOf, escalationAlertIdOf } from '../../bot/alerts/alertsOfSubmission';
import type { NewAlert, Storage } from '../../bot/storage/types';
import type { Recipient } from '../../dialogs/access/access.schema';
import { acknowledge, auditedEscalations, dispatcherOn, escalationStores, kept, storesForEach, type Sent } from '../support/escalationStores';

/**
 * Escalation with a fake clock (no test waits for time to pass): a concern record routed to a
 * school's lead, with escalation alerts to its two deputy leads after 120 minutes. Nobody acknowledges:
 * at 120 minutes, not before, each deputy is alerted once, the record is routed to the deputies and the
 * escalation audited once. Acknowledged in time: no escalation, the alerts cancelled, the record
 * routed as before. Two dispatchers on two connections, or a restart between the decision and the
 * send, still alert each deputy once. Embedded file, and MongoDB when MONGODB_URI is set.
 */

jest.setTimeout(60_000);

const T0 = new Date('2031-03-04T09:00:00.000Z');
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
const LEAD = '00000000-0000-4000-8000-000000000901';
const DEPUTIES = ['00000000-0000-4000-8000-000000000902', '00000000-0000-4000-8000-000000000903'];

interface Submitted {
  reference: string;
  idempotencyKey: string;
  school: string;
  lead: Recipient;
  deputy: Recipient;
}

/** As the turn runner writes it: the alerts first (the lead's at once, the deputies' escalations after 120 minutes), then the record routed to the lead. */
async function submitted(storage: Storage, withReferences = true): Promise<Submitted> {
  const idempotencyKey = `form-instance-${randomUUID()}`;
  const school = `fictional-school-${randomUUID().slice(0, 8)}`;
  const lead: Recipient = { settingId: school, role: 'lead' };
  const deputy: Recipient = { settingId: school, role: 'deputyLead' };
  const alerts: NewAlert[] = [
    { alertId: alertIdOf(idempotencyKey, LEAD), idempotencyKey, recipientObjectId: LEAD, formKind: 'form.concernRecord', createdAt: T0 },
    ...DEPUTIES.map((d) => ({ alertId: escalationAlertIdOf(idempotencyKey, d), idempotencyKey, recipientObjectId: d, formKind: 'form.concernRecord', createdAt: T0, escalation: { afterMinutes: 120, to: [`${school}/deputyLead`] } })),
  ];
  await storage.alerts.enqueue(alerts);
  const { reference } = await storage.submissions.submit({ idempotencyKey, kind: 'form.concernRecord', ownerKey: 'owner-fictional-teacher', payload: { childName: 'Test Child A' }, createdAt: T0, routedTo: [lead] });
  if (withReferences) for (const objectId of [LEAD, ...DEPUTIES]) await storage.references.put(objectId, kept(objectId), T0);
  return { reference, idempotencyKey, school, lead, deputy };
}

describe.each(escalationStores('escalation'))('escalation (%s)', (_name, open) => {
  const stores = storesForEach(open);

  it('not acknowledged: each deputy is alerted once, at 120 minutes and not before, and may read it from then on', async () => {
    const { a } = stores();
    const record = await submitted(a);
    const sent: Sent[] = [];
    let now = minutes(0);
    const dispatcher = dispatcherOn(a, sent, () => now);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(sent.map((s) => [s.to, s.escalatedAfterMinutes])).toEqual([[`29:${LEAD}`, undefined]]);
    now = minutes(119);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0 });
    expect((await a.submissions.get(record.reference))?.routedTo).toEqual([record.lead]);
    expect(await a.submissions.listRoutedTo([record.deputy], 10)).toEqual([]);
    now = minutes(120);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2, cancelled: 0 });
    expect(sent.slice(1).map((s) => s.to).sort()).toEqual(DEPUTIES.map((d) => `29:${d}`));
    expect(sent.slice(1).map(({ formKind, reference, escalatedAfterMinutes }) => ({ formKind, reference, escalatedAfterMinutes }))).toEqual(
      DEPUTIES.map(() => ({ formKind: 'form.concernRecord', reference: record.reference, escalatedAfterMinutes: 120 })),
    );
    now = minutes(24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
    expect(sent).toHaveLength(3);
    // Routed to the deputies now (decide lets them read and act on it), listed for them; audited once, by the dispatcher.
    expect((await a.submissions.get(record.reference))?.routedTo).toEqual(expect.arrayContaining([record.lead, record.deputy]));
    expect((await a.submissions.listRoutedTo([record.deputy], 10)).map((r) => r.reference)).toEqual([record.reference]);
    expect((await auditedEscalations(a, record.reference)).map((e) => [e.actorKey, e.subject, e.at.toISOString()])).toEqual([[ESCALATION_ACTOR, record.reference, minutes(120).toISOString()]]);
    expect((await a.alerts.listByKey(record.idempotencyKey)).map((x) => x.status)).toEqual(['sent', 'sent', 'sent']);
    // The record's own status is untouched: still new for its lead and its reporter.
    expect((await a.recordEvents.listFor([record.reference])).map((e) => [e.eventKey, e.kind])).toEqual([['escalation-120', 'escalated']]);
  });

  it('acknowledged in time: nobody is escalated to, the alerts are cancelled, and the record stays routed to its lead only', async () => {
    const { a } = stores();
    const record = await submitted(a);
    const sent: Sent[] = [];
    let now = minutes(0);
    const dispatcher = dispatcherOn(a, sent, () => now);
    await dispatcher.tick();
    await acknowledge(a, record.reference, minutes(119));
    now = minutes(120);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 2 });
    now = minutes(24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0, waiting: 0 });
    expect(sent.map((s) => s.to)).toEqual([`29:${LEAD}`]);
    expect((await a.submissions.get(record.reference))?.routedTo).toEqual([record.lead]);
    expect(await auditedEscalations(a, record.reference)).toEqual([]);
    const statuses = (await a.alerts.listByKey(record.idempotencyKey)).map((x) => [x.recipientObjectId, x.status]);
    expect(statuses).toEqual(expect.arrayContaining([[LEAD, 'sent'], ...DEPUTIES.map((d) => [d, 'cancelled'])]));
  });

  it('escalates all the same when the record is worked on only after the time', async () => {
    const { a } = stores();
    const record = await submitted(a);
    const sent: Sent[] = [];
    let now = minutes(120);
    const dispatcher = dispatcherOn(a, sent, () => now);
    // Both the lead's alert (sent) and the escalations are due; acknowledging after the decision changes nothing.
    await a.references.put(LEAD, kept(LEAD), T0);
    const first = await dispatcher.tick();
    await acknowledge(a, record.reference, minutes(121));
    now = minutes(125);
    const second = await dispatcher.tick();
    expect(first.sent + second.sent).toBe(3);
    expect(first.cancelled + second.cancelled).toBe(0);
  });

  it('two dispatchers on two connections: each deputy alerted once, the escalation audited once', async () => {
    const { a, b } = stores();
    const records = [await submitted(a), await submitted(b), await submitted(a)];
    const sent: Sent[] = [];
    const now = minutes(120);
    const one = dispatcherOn(a, sent, () => now);
    const two = dispatcherOn(b, sent, () => now);
    for (let round = 0; round < 6; round += 1) await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
    const expected = records.flatMap(({ reference }) => [LEAD, ...DEPUTIES].map((to) => `${reference} 29:${to}`)).sort();
    expect(sent.map((s) => `${s.reference} ${s.to}`).sort()).toEqual(expected);
    for (const record of records) {
      expect(await auditedEscalations(a, record.reference)).toHaveLength(1);
      expect((await a.recordEvents.listFor([record.reference])).filter((e) => e.eventKey === 'escalation-120')).toHaveLength(1);
    }
  });

  it('two dispatchers when the record was acknowledged: both cancel, neither sends', async () => {
    const { a, b } = stores();
    const record = await submitted(a);
    await acknowledge(a, record.reference, minutes(10));
    const sent: Sent[] = [];
    const now = minutes(120);
    const one = dispatcherOn(a, sent, () => now);
    const two = dispatcherOn(b, sent, () => now);
    for (let round = 0; round < 3; round += 1) await Promise.all([one.tick(), two.tick()]);
    expect(sent.map((s) => s.to)).toEqual([`29:${LEAD}`]);
    expect((await a.alerts.listByKey(record.idempotencyKey)).filter((x) => x.escalation !== undefined).map((x) => x.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('a restart between the decision and the send: each deputy still alerted once, the escalation audited once', async () => {
    const { a } = stores();
    // The deputies have not opened the app yet: at 120 minutes the record is escalated, their alerts wait.
    const record = await submitted(a, false);
    await a.references.put(LEAD, kept(LEAD), T0);
    const sent: Sent[] = [];
    let now = minutes(120);
    expect(await dispatcherOn(a, sent, () => now).tick()).toMatchObject({ sent: 1, waiting: 2 });
    expect((await a.submissions.get(record.reference))?.routedTo).toEqual(expect.arrayContaining([record.lead, record.deputy]));
    await a.close();
    // Another process, later; the lead acknowledges meanwhile, which does not undo an escalation made.
    const again = await stores().reopen();
    await acknowledge(again, record.reference, minutes(130));
    for (const d of DEPUTIES) await again.references.put(d, kept(d), minutes(140));
    now = minutes(141);
    const dispatcher = dispatcherOn(again, sent, () => now);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });
    now = minutes(200);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
    expect(sent.map((s) => s.to).sort()).toEqual([LEAD, ...DEPUTIES].map((d) => `29:${d}`).sort());
    expect(await auditedEscalations(again, record.reference)).toHaveLength(1);
  });
});
