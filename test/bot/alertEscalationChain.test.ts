import { ESCALATION_ACTOR } from '../../bot/alerts/alertDispatcher';
import type { Storage } from '../../bot/storage/types';
import { say } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import { historyLine } from '../../dialogs/records/historyLine';
import { leadEventsOf } from '../../dialogs/records/leadEvents';
import { strictT } from '../support/i18n';
import { acknowledge, auditedEscalations, escalationStores, kept, storesForEach } from '../support/escalationStores';
import { everyoneIn, fakeTime, minutes, routedTo, statusesOf, submitted, tickTogether, type Chain, type EscalationStep } from '../support/escalationRecords';

/**
 * A chain of escalations with a fake clock (no test waits for time to pass): a concern record routed to
 * a school's lead, escalating to its deputy lead after 120 minutes and then to the borough's MASH
 * contact after 240. Each step at its time and not before, routing the record to that step's role only
 * then; nothing more once anyone on the record has acknowledged it; each step once with two
 * dispatchers, and once across a restart; the record's history naming each step by role. Embedded
 * file, and MongoDB when MONGODB_URI is set.
 */

jest.setTimeout(60_000);

const LEAD = '00000000-0000-4000-8000-000000000911';
const DEPUTY = '00000000-0000-4000-8000-000000000912';
const MASH_CONTACT = '00000000-0000-4000-8000-000000000913';
/** The school's lead at once, its deputy lead after 120 minutes, the borough's MASH contact after 240. */
const DEPUTY_STEP: EscalationStep = { afterMinutes: 120, role: 'deputyLead', contacts: [DEPUTY] };
const MASH_STEP: EscalationStep = { afterMinutes: 240, role: 'boroughContact', settingId: 'fizzlewick-mash', contacts: [MASH_CONTACT] };
const CHAIN: Chain = { lead: LEAD, steps: [DEPUTY_STEP, MASH_STEP] };
const ALL_KEPT = everyoneIn(CHAIN);

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

/** The record's history as "Your work on this record" words it. */
const historyOf = async (storage: Storage, reference: string) => leadEventsOf(await storage.recordEvents.listFor([reference])).map((event) => say(t, historyLine(event)));

describe.each(escalationStores('escalation-chain'))('a chain of escalations (%s)', (_name, open) => {
  const stores = storesForEach(open);

  it('nobody acknowledges: the deputy at 120 minutes, the MASH contact at 240, each not before and once, each reading it only from then', async () => {
    const { a } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    const time = fakeTime(0);
    const { sent } = time;
    const dispatcher = time.dispatcherOn(a);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });

    time.set(119);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0 });
    expect(await routedTo(a, record.reference)).toEqual([record.lead]);

    time.set(120);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, cancelled: 0 });
    expect(sent.map((s) => [s.to, s.escalatedAfterMinutes])).toEqual([[`29:${LEAD}`, undefined], [`29:${DEPUTY}`, 120]]);
    expect(await routedTo(a, record.reference)).toEqual(expect.arrayContaining([record.lead, record.to(DEPUTY_STEP)]));
    // The second step's contact cannot read or list it yet.
    expect(await routedTo(a, record.reference)).not.toContainEqual(record.to(MASH_STEP));
    expect(await a.submissions.listRoutedTo([record.to(MASH_STEP)], 10)).toEqual([]);

    time.set(239);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0 });
    expect(await a.submissions.listRoutedTo([record.to(MASH_STEP)], 10)).toEqual([]);

    time.set(240);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, cancelled: 0 });
    expect(sent.slice(2).map((s) => [s.to, s.reference, s.escalatedAfterMinutes])).toEqual([[`29:${MASH_CONTACT}`, record.reference, 240]]);
    expect((await a.submissions.listRoutedTo([record.to(MASH_STEP)], 10)).map((r) => r.reference)).toEqual([record.reference]);

    time.set(7 * 24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0, cancelled: 0 });
    expect(sent).toHaveLength(3);
    expect((await auditedEscalations(a, record.reference)).map((e) => [e.actorKey, e.at.toISOString()])).toEqual([
      [ESCALATION_ACTOR, minutes(120).toISOString()],
      [ESCALATION_ACTOR, minutes(240).toISOString()],
    ]);
    expect((await a.recordEvents.listFor([record.reference])).map((e) => [e.eventKey, e.kind, e.details])).toEqual([
      ['escalation-120', 'escalated', { afterMinutes: 120, to: [`${record.to(DEPUTY_STEP).settingId}/deputyLead`] }],
      ['escalation-240', 'escalated', { afterMinutes: 240, to: ['fizzlewick-mash/boroughContact'] }],
    ]);
    expect(await historyOf(a, record.reference)).toEqual([
      'Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.',
      'Escalated to the borough’s MASH or CSE contact after 4 hours without acknowledgement.',
    ]);
  });

  it('the deputy acknowledges after the first step: the second is skipped, and the MASH contact never reads it', async () => {
    const { a } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    const time = fakeTime(120);
    const { sent } = time;
    const dispatcher = time.dispatcherOn(a);
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });
    await acknowledge(a, record.reference, minutes(150));
    time.set(240);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 1 });
    time.set(7 * 24 * 60);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, cancelled: 0, waiting: 0 });
    expect(sent.map((s) => s.to)).toEqual([`29:${LEAD}`, `29:${DEPUTY}`]);
    expect(await routedTo(a, record.reference)).not.toContainEqual(record.to(MASH_STEP));
    expect(await a.submissions.listRoutedTo([record.to(MASH_STEP)], 10)).toEqual([]);
    expect(await auditedEscalations(a, record.reference)).toHaveLength(1);
    expect(await statusesOf(a, record.idempotencyKey)).toEqual({ [LEAD]: 'sent', [DEPUTY]: 'sent', [MASH_CONTACT]: 'cancelled' });
    expect(await historyOf(a, record.reference)).toEqual(['Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.', 'Acknowledged']);
  });

  it('the lead acknowledges in time: no step goes', async () => {
    const { a } = stores();
    const record = await submitted(a, CHAIN, ALL_KEPT);
    const time = fakeTime(0);
    const { sent } = time;
    const dispatcher = time.dispatcherOn(a);
    await dispatcher.tick();
    await acknowledge(a, record.reference, minutes(30));
    for (const m of [120, 240, 7 * 24 * 60]) {
      time.set(m);
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
    const records = [await submitted(a, CHAIN, ALL_KEPT), await submitted(b, CHAIN, ALL_KEPT)];
    const time = fakeTime(0);
    const { sent } = time;
    const one = time.dispatcherOn(a);
    const two = time.dispatcherOn(b);
    for (const m of [0, 120, 240, 300]) {
      time.set(m);
      await tickTogether([one, two, one, two], 4);
    }
    const expected = records.flatMap(({ reference }) => ALL_KEPT.map((to) => `${reference} 29:${to}`)).sort();
    expect(sent.map((s) => `${s.reference} ${s.to}`).sort()).toEqual(expected);
    for (const record of records) {
      expect(await auditedEscalations(a, record.reference)).toHaveLength(2);
      expect((await a.recordEvents.listFor([record.reference])).map((e) => e.eventKey)).toEqual(['escalation-120', 'escalation-240']);
      expect(await routedTo(b, record.reference)).toEqual(expect.arrayContaining([record.lead, record.to(DEPUTY_STEP), record.to(MASH_STEP)]));
    }
  });

  it('a restart after the first step, and another between the second step’s decision and its send: each step once', async () => {
    const { a } = stores();
    // The MASH contact has not opened the app yet: their alert will wait at 240 minutes.
    const record = await submitted(a, CHAIN, [LEAD, DEPUTY]);
    const time = fakeTime(120);
    const { sent } = time;
    expect(await time.dispatcherOn(a).tick()).toMatchObject({ sent: 2 });
    await a.close();

    const second = await stores().reopen();
    time.set(240);
    expect(await time.dispatcherOn(second).tick()).toMatchObject({ sent: 0, waiting: 1 });
    expect(await routedTo(second, record.reference)).toEqual(expect.arrayContaining([record.to(DEPUTY_STEP), record.to(MASH_STEP)]));
    await second.close();

    // A third process, later; the deputy acknowledges meanwhile, which does not undo a step already made.
    const third = await stores().reopen();
    await acknowledge(third, record.reference, minutes(250));
    await third.references.put(MASH_CONTACT, kept(MASH_CONTACT), minutes(260));
    time.set(261);
    const dispatcher = time.dispatcherOn(third);
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, cancelled: 0 });
    time.set(400);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
    expect(sent.map((s) => s.to).sort()).toEqual(ALL_KEPT.map((d) => `29:${d}`).sort());
    expect(await auditedEscalations(third, record.reference)).toHaveLength(2);
    expect((await third.recordEvents.listFor([record.reference])).map((e) => [e.eventKey, e.kind])).toEqual([
      ['escalation-120', 'escalated'],
      ['escalation-240', 'escalated'],
      ['acknowledge', 'acknowledged'],
    ]);
  });
});
