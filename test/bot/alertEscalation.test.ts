import { ESCALATION_ACTOR } from '../../bot/alerts/alertDispatcher';
import { acknowledge, auditedEscalations, escalationStores, kept, storesForEach } from '../support/escalationStores';
import { everyoneIn, fakeTime, minutes, routedTo, statusesOf, submitted, T0, tickTogether, type Chain, type EscalationStep } from '../support/escalationRecords';

/**
 * Escalation with a fake clock (no test waits for time to pass): a concern record routed to a
 * school's lead, with escalation alerts to its two deputy leads after 120 minutes. Nobody acknowledges:
 * at 120 minutes, not before, each deputy is alerted once, the record is routed to the deputies and the
 * escalation audited once. Acknowledged in time: no escalation, the alerts cancelled, the record
 * routed as before. Two dispatchers on two connections, or a restart between the decision and the
 * send, still alert each deputy once. Embedded file, and MongoDB when MONGODB_URI is set.
 */

jest.setTimeout(60_000);

const LEAD = '00000000-0000-4000-8000-000000000901';
const DEPUTIES = ['00000000-0000-4000-8000-000000000902', '00000000-0000-4000-8000-000000000903'];
/** The school's lead at once, its two deputy leads after 120 minutes. */
const DEPUTIES_STEP: EscalationStep = { afterMinutes: 120, role: 'deputyLead', contacts: DEPUTIES };
const CHAIN: Chain = { lead: LEAD, steps: [DEPUTIES_STEP] };
/** Everyone the chain alerts has opened the app. */
const ALL_KEPT = everyoneIn(CHAIN);

describe.each(escalationStores('escalation'))('escalation (%s)', (_name, open) => {
  const stores = storesForEach(open);

  it('not acknowledged: each deputy is alerted once, at 120 minutes and not before, and may read it from then on', async () => {
    const { a } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    const deputy = record.to(DEPUTIES_STEP);
    const time = fakeTime(0);
    const { sent } = time;
    const dispatcher = time.dispatcherOn(a);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(sent.map((s) => [s.to, s.escalatedAfterMinutes])).toEqual([[`29:${LEAD}`, undefined]]);
    time.set(119);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0 });
    expect(await routedTo(a, record.reference)).toEqual([record.lead]);
    expect(await a.submissions.listRoutedTo([deputy], 10)).toEqual([]);
    time.set(120);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2, cancelled: 0 });
    expect(sent.slice(1).map((s) => s.to).sort()).toEqual(DEPUTIES.map((d) => `29:${d}`));
    expect(sent.slice(1).map(({ formKind, reference, escalatedAfterMinutes }) => ({ formKind, reference, escalatedAfterMinutes }))).toEqual(
      DEPUTIES.map(() => ({ formKind: 'form.concernRecord', reference: record.reference, escalatedAfterMinutes: 120 })),
    );
    time.set(24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
    expect(sent).toHaveLength(3);
    // Routed to the deputies now (decide lets them read and act on it), listed for them; audited once, by the dispatcher.
    expect(await routedTo(a, record.reference)).toEqual(expect.arrayContaining([record.lead, deputy]));
    expect((await a.submissions.listRoutedTo([deputy], 10)).map((r) => r.reference)).toEqual([record.reference]);
    expect((await auditedEscalations(a, record.reference)).map((e) => [e.actorKey, e.subject, e.at.toISOString()])).toEqual([[ESCALATION_ACTOR, record.reference, minutes(120).toISOString()]]);
    expect((await a.alerts.listByKey(record.idempotencyKey)).map((x) => x.status)).toEqual(['sent', 'sent', 'sent']);
    // The record's own status is untouched: still new for its lead and its reporter.
    expect((await a.recordEvents.listFor([record.reference])).map((e) => [e.eventKey, e.kind])).toEqual([['escalation-120', 'escalated']]);
  });

  it('acknowledged in time: nobody is escalated to, the alerts are cancelled, and the record stays routed to its lead only', async () => {
    const { a } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    const time = fakeTime(0);
    const dispatcher = time.dispatcherOn(a);
    await dispatcher.tick();
    await acknowledge(a, record.reference, minutes(119));
    time.set(120);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 2 });
    time.set(24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0, waiting: 0 });
    expect(time.sent.map((s) => s.to)).toEqual([`29:${LEAD}`]);
    expect(await routedTo(a, record.reference)).toEqual([record.lead]);
    expect(await auditedEscalations(a, record.reference)).toEqual([]);
    expect(await statusesOf(a, record.idempotencyKey)).toEqual({ [LEAD]: 'sent', ...Object.fromEntries(DEPUTIES.map((d) => [d, 'cancelled'])) });
  });

  it('escalates all the same when the record is worked on only after the time', async () => {
    const { a } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    const time = fakeTime(120);
    const dispatcher = time.dispatcherOn(a);
    // Both the lead's alert (sent) and the escalations are due; acknowledging after the decision changes nothing.
    await a.references.put(LEAD, kept(LEAD), T0);
    const first = await dispatcher.tick();
    await acknowledge(a, record.reference, minutes(121));
    time.set(125);
    const second = await dispatcher.tick();
    expect(first.sent + second.sent).toBe(3);
    expect(first.cancelled + second.cancelled).toBe(0);
  });

  it('two dispatchers on two connections: each deputy alerted once, the escalation audited once', async () => {
    const { a, b } = stores();
    const records = [await submitted(a, CHAIN, ALL_KEPT), await submitted(b, CHAIN, ALL_KEPT), await submitted(a, CHAIN, ALL_KEPT)];
    const time = fakeTime(120);
    const one = time.dispatcherOn(a);
    const two = time.dispatcherOn(b);
    await tickTogether([one, two, one, two], 6);
    const expected = records.flatMap(({ reference }) => ALL_KEPT.map((to) => `${reference} 29:${to}`)).sort();
    expect(time.sent.map((s) => `${s.reference} ${s.to}`).sort()).toEqual(expected);
    for (const record of records) {
      expect(await auditedEscalations(a, record.reference)).toHaveLength(1);
      expect((await a.recordEvents.listFor([record.reference])).filter((e) => e.eventKey === 'escalation-120')).toHaveLength(1);
    }
  });

  it('two dispatchers when the record was acknowledged: both cancel, neither sends', async () => {
    const { a, b } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    await acknowledge(a, record.reference, minutes(10));
    const time = fakeTime(120);
    await tickTogether([time.dispatcherOn(a), time.dispatcherOn(b)], 3);
    expect(time.sent.map((s) => s.to)).toEqual([`29:${LEAD}`]);
    expect((await a.alerts.listByKey(record.idempotencyKey)).filter((x) => x.escalation !== undefined).map((x) => x.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('a restart between the decision and the send: each deputy still alerted once, the escalation audited once', async () => {
    const { a } = stores();
    // The deputies have not opened the app yet: at 120 minutes the record is escalated, their alerts wait.
    const record = await submitted(a, CHAIN, []);
    await a.references.put(LEAD, kept(LEAD), T0);
    const time = fakeTime(120);
    expect(await time.dispatcherOn(a).tick()).toMatchObject({ sent: 1, waiting: 2 });
    expect(await routedTo(a, record.reference)).toEqual(expect.arrayContaining([record.lead, record.to(DEPUTIES_STEP)]));
    await a.close();
    // Another process, later; the lead acknowledges meanwhile, which does not undo an escalation made.
    const again = await stores().reopen();
    await acknowledge(again, record.reference, minutes(130));
    for (const d of DEPUTIES) await again.references.put(d, kept(d), minutes(140));
    time.set(141);
    const dispatcher = time.dispatcherOn(again);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });
    time.set(200);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
    expect(time.sent.map((s) => s.to).sort()).toEqual(ALL_KEPT.map((d) => `29:${d}`).sort());
    expect(await auditedEscalations(again, record.reference)).toHaveLength(1);
  });
});
