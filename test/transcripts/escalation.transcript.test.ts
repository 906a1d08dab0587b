import { z } from 'zod';
import type { Storage } from '../../bot/storage/types';
import { cardProblems } from '../support/adaptiveCards';
import { actionTitles, allText, announceSkippedStores, chat, headings, STORES, type StoreKind, type TestAssistant } from '../support/assistant';
import { CONCERN_RECORD_PAGES, submitSchoolConcernRecord } from '../support/formTranscript';
import type { LoopbackConnector } from '../support/loopbackConnector';
import { alertIn, deploymentWithPersonalChats, postedTo } from '../support/personalChats';
import { FICTIONAL_CHILD } from '../support/personalTestValues';

/**
 * Issue 11, escalation, over HTTP with one assistant per development identity on one store and a
 * fake clock for the alert dispatchers (no test waits for time to pass). A teacher at Quirkfield
 * Academy submits a concern record; the school's lead and deputy lead have opened the app in personal
 * chats whose service is a loopback connector. The lead does nothing: two hours on, the deputy gets
 * their own alert (the form, the wait and the reference only), opens the record (refused before the
 * escalation, allowed after, both audited; its history says it was escalated to the deputy lead, which
 * the reporter does not see) and acknowledges it. When the lead acknowledges in time,
 * the deputy gets nothing and still cannot open it. All names are fictional.
 */

announceSkippedStores();
jest.setTimeout(180_000);

const LEAD_OBJECT_ID = '00000000-0000-4000-8000-0000000000a2';
const DEPUTY_OBJECT_ID = '00000000-0000-4000-8000-0000000000a4';
const NOT_FOUND = 'That submission cannot be found';
const REVIEW = 'Your work on this record';
const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;

describe.each(STORES)('a record nobody acknowledges goes to the deputy lead (%s store)', (store: StoreKind) => {
  // The dispatchers' clock: the real time moved on by this much.
  let ahead = 0;
  const alertClock = () => new Date(Date.now() + ahead);
  const deployment = deploymentWithPersonalChats(store, 'escalation', { wiring: { alertClock } });
  const { personalChat, tickAll } = deployment;
  let connector: LoopbackConnector;
  let teacher: TestAssistant;
  let lead: TestAssistant;
  let deputy: TestAssistant;
  let side: Storage;

  beforeAll(async () => {
    teacher = await deployment.start('quirkfield-teacher');
    lead = await deployment.start('quirkfield-dsl');
    deputy = await deployment.start('quirkfield-deputy-dsl');
    side = deployment.side();
    connector = deployment.connector();
  });
  beforeEach(() => {
    ahead = 0;
  });

  it('the lead does nothing; two hours on the deputy is alerted, opens the record and acknowledges it', async () => {
    const leadChat = personalChat(lead, 'lead');
    await leadChat.open();
    const deputyChat = personalChat(deputy, 'deputy');
    await deputyChat.open();
    const teacherChat = chat(teacher.url, undefined, 'user-fictional-teacher');
    const reference = await submitSchoolConcernRecord(teacherChat);

    // At once: the lead's alert only.
    expect((await tickAll()).sent).toBe(1);
    expect(postedTo(connector.received, leadChat.conversationId)).toHaveLength(1);
    expect(postedTo(connector.received, deputyChat.conversationId)).toEqual([]);

    // Before the escalation the deputy cannot open it, nor find it in Records for me.
    expect(headings(await deputyChat.send({ value: { event: 'submission.opened', reference } }))).toContain(NOT_FOUND);
    expect(allText(await deputyChat.say('records for me'))).not.toContain(reference);
    ahead = 119 * 60_000;
    expect((await tickAll()).sent).toBe(0);

    ahead = 121 * 60_000;
    const reports = await tickAll();
    expect({ sent: reports.sent, cancelled: reports.cancelled }).toEqual({ sent: 1, cancelled: 0 });
    expect((await tickAll()).sent).toBe(0);
    const posts = postedTo(connector.received, deputyChat.conversationId);
    expect(posts).toHaveLength(1);
    const { text, summary, card } = alertIn(posts[0]);
    const title = `The concern record with reference ${reference} has not been acknowledged in 2 hours and is waiting for you as the next contact`;
    expect(text).toBe(title);
    expect(summary).toBe(title);
    expect(cardProblems(card)).toEqual([]);
    expect(headings([card])).toEqual([title]);
    const texts = z.array(z.object({ type: z.literal('TextBlock'), text: z.string() }).passthrough()).parse(card.body).map((block) => block.text);
    expect(texts).toEqual([title, 'Nobody it was sent to has acknowledged it yet, so it comes to you. Open it here to read it and act on it. Every opening of a record is recorded in the audit trail.']);
    // Nothing of the record: no name, date of birth or answer typed into the form.
    const whole = JSON.stringify(posts[0]?.body);
    for (const [, inputs] of CONCERN_RECORD_PAGES) for (const value of Object.values(inputs)) if (value.length > 3) expect(whole).not.toContain(value);
    expect(whole).not.toContain(FICTIONAL_CHILD.firstName);

    // Open, from the alert: the record, with the lead's work on it, to act on as a lead does.
    const opened = await deputyChat.press([card], 'Open');
    expect(headings(opened)).toContain(REVIEW);
    expect(allText(opened)).toContain(CHILD_NAME);
    expect(allText(opened)).toContain('New: not yet acknowledged');
    // The history says when, after what wait and to which role: never a person.
    expect(allText(opened)).toContain('Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.');
    const acknowledged = await deputyChat.press(opened, 'Acknowledge');
    expect(headings(acknowledged)).toEqual([REVIEW]);
    expect(allText(acknowledged)).toContain('"Acknowledged"');
    expect(actionTitles(acknowledged)).not.toContain('Acknowledge');
    expect(allText(await deputyChat.say('records for me'))).toContain(reference);
    expect(allText(await teacherChat.say('my submissions'))).toContain('Acknowledged by your safeguarding lead');
    // The reporter sees where it stands, not the escalation (nothing of the work but the notes shared with them).
    const reporterView = allText(await teacherChat.send({ value: { event: 'submission.opened', reference } }));
    expect(reporterView).toContain('Acknowledged by your safeguarding lead');
    expect(reporterView).not.toContain('Escalated');
    // The lead sees it in the history too.
    expect(allText(await leadChat.send({ value: { event: 'submission.opened', reference } }))).toContain('Escalated to the deputy safeguarding lead after 2 hours without acknowledgement.');

    const audited = (await side.audit.listBySubject(reference)).map((entry) => entry.action);
    expect(audited.filter((a) => a === 'record.escalated')).toHaveLength(1);
    expect(audited).toEqual(expect.arrayContaining(['submission.refused.read', 'submission.viewed', 'record.acknowledged']));
    expect(audited.indexOf('submission.refused.read')).toBeLessThan(audited.indexOf('record.escalated'));
    const stored = await side.submissions.get(reference);
    expect(stored?.routedTo).toEqual(expect.arrayContaining([{ settingId: 'quirkfield-academy', role: 'lead' }, { settingId: 'quirkfield-academy', role: 'deputyLead' }]));
    const outbox = (await side.alerts.listByKey(stored?.idempotencyKey ?? '')).map((a) => [a.recipientObjectId, a.status, a.attempts, a.escalation?.afterMinutes]);
    expect(outbox).toEqual(expect.arrayContaining([[LEAD_OBJECT_ID, 'sent', 1, undefined], [DEPUTY_OBJECT_ID, 'sent', 1, 120]]));
    expect(outbox).toHaveLength(2);
  });

  it('the lead acknowledges in time: the deputy is never alerted and still cannot open it', async () => {
    const leadChat = personalChat(lead, 'lead-on-time');
    await leadChat.open();
    const deputyChat = personalChat(deputy, 'deputy-on-time');
    await deputyChat.open();
    const reference = await submitSchoolConcernRecord(chat(teacher.url, undefined, 'user-fictional-teacher-2'));
    expect((await tickAll()).sent).toBe(1);
    const [leadAlert] = postedTo(connector.received, leadChat.conversationId);
    const opened = await leadChat.press([alertIn(leadAlert).card], 'Open');
    expect(headings(await leadChat.press(opened, 'Acknowledge'))).toEqual([REVIEW]);

    ahead = 121 * 60_000;
    const reports = await tickAll();
    expect({ sent: reports.sent, cancelled: reports.cancelled }).toEqual({ sent: 0, cancelled: 1 });
    ahead = 3 * 24 * 60 * 60_000;
    expect((await tickAll()).sent).toBe(0);
    expect(postedTo(connector.received, deputyChat.conversationId)).toEqual([]);
    expect(headings(await deputyChat.send({ value: { event: 'submission.opened', reference } }))).toContain(NOT_FOUND);
    const audited = (await side.audit.listBySubject(reference)).map((entry) => entry.action);
    expect(audited).not.toContain('record.escalated');
    const stored = await side.submissions.get(reference);
    expect(stored?.routedTo).toEqual([{ settingId: 'quirkfield-academy', role: 'lead' }]);
    const outbox = (await side.alerts.listByKey(stored?.idempotencyKey ?? '')).map((a) => [a.recipientObjectId, a.status]);
    expect(outbox).toEqual(expect.arrayContaining([[LEAD_OBJECT_ID, 'sent'], [DEPUTY_OBJECT_ID, 'cancelled']]));
  });
});
