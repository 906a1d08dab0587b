import { randomUUID } from 'node:crypto';
import { ESCALATION_ACTOR } from '../../bot/alerts/alertDispatcher';
import { alertIdOf, escalationAlertIdOf } from '../../bot/alerts/alertsOfSubmission';
import type { NewAlert, Storage } from '../../bot/storage/types';
import { say } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import type { Recipient } from '../../dialogs/access/access.schema';
import { historyLine } from '../../dialogs/records/historyLine';
import { leadEventsOf } from '../../dialogs/records/leadEvents';
import { strictT } from '../support/i18n';
import { acknowledge, auditedEscalations, dispatcherOn, escalationStores, kept, storesForEach, type Sent } from '../support/escalationStores';

/**
 * A chain of escalations with a fake clock (no test waits for time to pass): a concern record routed to
 * a school's lead, escalating to its deputy lead after 120 minutes and then to the borough's MASH
 * contact after 240. Each step at its time and not before, routing the record to that step's role only
 * then; nothing more once anyone on the record has acknowledged it; each step once with two
 * dispatchers, and once across a restart; the record's history naming each step by role. Embedded
 * file, and MongoDB when MONGODB_URI is set.
 */

jest.setTimeout(60_000);

const T0 = new Date('2031-03-04T09:00:00.000Z');
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
const LEAD = '00000000-0000-4000-8000-000000000911';
const DEPUTY = '00000000-0000-4000-8000-000000000912';
const MASH_CONTACT = '00000000-0000-4000-8000-000000000913';

interface Submitted {
  reference: string;
  idempotencyKey: string;
  lead: Recipient;
  deputy: Recipient;
  mash: Recipient;
}

/** As the turn runner writes it: the lead's alert at once, the deputy's escalation at 120 minutes, the MASH contact's at 240; then the record, routed to the lead. */
async function submitted(storage: Storage, referencesFor: readonly string[] = [LEAD, DEPUTY, MASH_CONTACT]): Promise<Submitted> {
  const idempotencyKey = `form-instance-${randomUUID()}`;
  const school = `fictional-school-${randomUUID().slice(0, 8)}`;
  const lead: Recipient = { settingId: school, role: 'lead' };
  const deputy: Recipient = { settingId: school, role: 'deputyLead' };
  const mash: Recipient = { settingId: 'fizzlewick-mash', role: 'boroughContact' };
  const alerts: NewAlert[] = [
    { alertId: alertIdOf(idempotencyKey, LEAD), idempotencyKey, recipientObjectId: LEAD, formKind: 'form.concernRecord', createdAt: T0 },
    { alertId: escalationAlertIdOf(idempotencyKey, DEPUTY), idempotencyKey, recipientObjectId: DEPUTY, formKind: 'form.concernRecord', createdAt: T0, escalation: { afterMinutes: 120, to: [`${school}/deputyLead`] } },
    { alertId: escalationAlertIdOf(idempotencyKey, MASH_CONTACT), idempotencyKey, recipientObjectId: MASH_CONTACT, formKind: 'form.concernRecord', createdAt: T0, escalation: { afterMinutes: 240, to: ['fizzlewick-mash/boroughContact'] } },
  ];
  await storage.alerts.enqueue(alerts);
  const { reference } = await storage.submissions.submit({ idempotencyKey, kind: 'form.concernRecord', ownerKey: 'owner-fictional-teacher', payload: { childName: 'Test Child B' }, createdAt: T0, routedTo: [lead] });
  for (const objectId of referencesFor) await storage.references.put(objectId, kept(objectId), T0);
  return { reference, idempotencyKey, lead, deputy, mash };
}

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

/** The record's history as "Your work on this record" words it. */
const historyOf = async (storage: Storage, reference: string) => leadEventsOf(await storage.recordEvents.listFor([reference])).map((event) => say(t, historyLine(event)));
const routedTo = async (storage: Storage, reference: string) => (await storage.submissions.get(reference))?.routedTo ?? [];
const statusesOf = async (storage: Storage, idempotencyKey: string) => Object.fromEntries((await storage.alerts.listByKey(idempotencyKey)).map((a) => [a.recipientObjectId, a.status]));

describe.each(escalationStores('escalation-chain'))('a chain of escalations (%s)', (_name, open) => {
  const stores = storesForEach(open);

  it('nobody acknowledges: the deputy at 120 minutes, the MASH contact at 240, each not before and once, each reading it only from then', async () => {
    const { a } = stores();
    const record = await submitted(a);
    const sent: Sent[] = [];
    let now = minutes(0);
    const dispatcher = dispatcherOn(a, sent, () => now);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });

    now = minutes(119);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0 });
    expect(await routedTo(a, record.reference)).toEqual([record.lead]);

    now = minutes(120);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, cancelled: 0 });
    expect(sent.map((s) => [s.to, s.escalatedAfterMinutes])).toEqual([[`29:${LEAD}`, undefined], [`29:${DEPUTY}`, 120]]);
    expect(await routedTo(a, record.reference)).toEqual(expect.arrayContaining([record.lead, record.deputy]));
    // The second step's contact cannot read or list it yet.
    expect(await routedTo(a, record.reference)).not.toContainEqual(record.mash);
    expect(await a.submissions.listRoutedTo([record.mash], 10)).toEqual([]);

    now = minutes(239);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0 });
    expect(await a.submissions.listRoutedTo([record.mash], 10)).toEqual([]);

    now = minutes(240);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, cancelled: 0 });
    expect(sent.slice(2).map((s) => [s.to, s.reference, s.escalatedAfterMinutes])).toEqual([[`29:${MASH_CONTACT}`, record.reference, 240]]);
    expect((await a.submissions.listRoutedTo([record.mash], 10)).map((r) => r.reference)).toEqual([record.reference]);

    now = minutes(7 * 24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0, cancelled: 0 });
    expect(sent).toHaveLength(3);
    expect((await auditedEscalations(a, record.reference)).map((e) => [e.actorKey, e.at.toISOString()])).toEqual([
      [ESCALATION_ACTOR, minutes(120).toISOString()],
      [ESCALATION_ACTOR, minutes(240).toISOString()],
    ]);
    expect((await a.recordEvents.listFor([record.reference])).map((e) => [e.eventKey, e.kind, e.details])).toEqual([
      ['escalation-120', 'escalated', { afterMinutes: 120, to: [`${record.deputy.settingId}/deputyLead`] }],
      ['escalation-240', 'escalated', { afterMinutes: 240, to: ['fizzlewick-mash/boroughContact'] }],
    ]);
    expect(await historyOf(a, record.reference)).toEqual([
      'Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.',
      'Escalated to the borough’s MASH or CSE contact after 4 hours without acknowledgement.',
    ]);
  });

  it('the deputy acknowledges after the first step: the second is skipped, and the MASH contact never reads it', async () => {
    const { a } = stores();
    const record = await submitted(a);
    const sent: Sent[] = [];
    let now = minutes(120);
    const dispatcher = dispatcherOn(a, sent, () => now);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });
    await acknowledge(a, record.reference, minutes(150));
    now = minutes(240);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 1 });
    now = minutes(7 * 24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0, waiting: 0 });
    expect(sent.map((s) => s.to)).toEqual([`29:${LEAD}`, `29:${DEPUTY}`]);
    expect(await routedTo(a, record.reference)).not.toContainEqual(record.mash);
    expect(await a.submissions.listRoutedTo([record.mash], 10)).toEqual([]);
    expect(await auditedEscalations(a, record.reference)).toHaveLength(1);
    expect(await statusesOf(a, record.idempotencyKey)).toEqual({ [LEAD]: 'sent', [DEPUTY]: 'sent', [MASH_CONTACT]: 'cancelled' });
    expect(await historyOf(a, record.reference)).toEqual(['Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.', 'Acknowledged']);
  });

  it('the lead acknowledges in time: no step goes', async () => {
    const { a } = stores();
    const record = await submitted(a);
    const sent: Sent[] = [];
    let now = minutes(0);
    const dispatcher = dispatcherOn(a, sent, () => now);
    await dispatcher.tick();
    await acknowledge(a, record.reference, minutes(30));
    for (const m of [120, 240, 7 * 24 * 60]) {
      now = minutes(m);
      await dispatcher.tick();
    }
    expect(sent.map((s) => s.to)).toEqual([`29:${LEAD}`]);
    expect(await routedTo(a, record.reference)).toEqual([record.lead]);
    expect(await auditedEscalations(a, record.reference)).toEqual([]);
    expect(await statusesOf(a, record.idempotencyKey)).toEqual({ [LEAD]: 'sent', [DEPUTY]: 'cancelled', [MASH_CONTACT]: 'cancelled' });
    expect(await historyOf(a, record.reference)).toEqual(['Acknowledged']);
  });

  it('two dispatchers on two connections: each step once, each contact alerted once', async () => {
    const { a, b } = stores();
    const records = [await submitted(a), await submitted(b)];
    const sent: Sent[] = [];
    let now = minutes(0);
    const one = dispatcherOn(a, sent, () => now);
    const two = dispatcherOn(b, sent, () => now);
    for (const m of [0, 120, 240, 300]) {
      now = minutes(m);
      for (let round = 0; round < 4; round += 1) await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
    }
    const expected = records.flatMap(({ reference }) => [LEAD, DEPUTY, MASH_CONTACT].map((to) => `${reference} 29:${to}`)).sort();
    expect(sent.map((s) => `${s.reference} ${s.to}`).sort()).toEqual(expected);
    for (const record of records) {
      expect(await auditedEscalations(a, record.reference)).toHaveLength(2);
      expect((await a.recordEvents.listFor([record.reference])).map((e) => e.eventKey)).toEqual(['escalation-120', 'escalation-240']);
      expect(await routedTo(b, record.reference)).toEqual(expect.arrayContaining([record.lead, record.deputy, record.mash]));
    }
  });

  it('a restart after the first step, and another between the second step’s decision and its send: each step once', async () => {
    const { a } = stores();
    // The MASH contact has not opened the app yet: their alert will wait at 240 minutes.
    const record = await submitted(a, [LEAD, DEPUTY]);
    const sent: Sent[] = [];
    let now = minutes(120);
    expect(await dispatcherOn(a, sent, () => now).tick()).toMatchObject({ sent: 2 });
    await a.close();

    const second = await stores().reopen();
    now = minutes(240);
    expect(await dispatcherOn(second, sent, () => now).tick()).toMatchObject({ sent: 0, waiting: 1 });
    expect(await routedTo(second, record.reference)).toEqual(expect.arrayContaining([record.deputy, record.mash]));
    await second.close();

    // A third process, later; the deputy acknowledges meanwhile, which does not undo a step already made.
    const third = await stores().reopen();
    await acknowledge(third, record.reference, minutes(250));
    await third.references.put(MASH_CONTACT, kept(MASH_CONTACT), minutes(260));
    now = minutes(261);
    const dispatcher = dispatcherOn(third, sent, () => now);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, cancelled: 0 });
    now = minutes(400);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
    expect(sent.map((s) => s.to).sort()).toEqual([LEAD, DEPUTY, MASH_CONTACT].map((d) => `29:${d}`).sort());
    expect(await auditedEscalations(third, record.reference)).toHaveLength(2);
    expect((await third.recordEvents.listFor([record.reference])).map((e) => [e.eventKey, e.kind])).toEqual([
      ['escalation-120', 'escalated'],
      ['escalation-240', 'escalated'],
      ['acknowledge', 'acknowledged'],
    ]);
  });
});
