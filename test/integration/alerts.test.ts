import { setTimeout as sleep } from 'node:timers/promises';
import { alertIdOf } from '../../bot/alerts/alertsOfSubmission';
import type { Storage } from '../../bot/storage/types';
import { concernRecordForm } from '../../dialogs/forms/concernRecord.form';
import { cardProblems } from '../support/adaptiveCards';
import { allText, announceSkippedStores, findAction, headings, STORES, type Chat, type StoreKind, type TestAssistant } from '../support/assistant';
import { fillToCheck } from '../support/formConversation';
import { referenceIn } from '../support/formTranscript';
import type { LoopbackConnector } from '../support/loopbackConnector';
import { alertIn, deploymentWithPersonalChats, NO_ALERTS as nothing, postedTo } from '../support/personalChats';

/**
 * Alerts over HTTP, end to end: a teacher (one instance, DEV_IDENTITY=quirkfield-teacher) submits a
 * concern record; the school's lead (another instance on the same store, DEV_IDENTITY=quirkfield-dsl)
 * has opened the app in a personal chat whose service is a loopback connector; a dispatcher tick
 * posts the alert there, once, with the form's name and the reference only. A first failure is
 * retried; the submitter is never alerted about their own record.
 */

jest.setTimeout(120_000);
announceSkippedStores();

const LEAD_OBJECT_ID = '00000000-0000-4000-8000-0000000000a2';

async function submitConcernRecord(c: Chat): Promise<string> {
  const first = await c.send({ value: { event: 'flow.startRequested', flowId: concernRecordForm.id } });
  const filled = await fillToCheck(c, concernRecordForm, first);
  const done = await c.press(filled.cards, 'Submit');
  const reference = referenceIn(done);
  if (reference === undefined) throw new Error(`no reference after Submit: ${headings(done).join(' | ')}`);
  return reference;
}

describe.each(STORES)('alerts to the people a record is routed to (%s store)', (store: StoreKind) => {
  // The retry delay is a second, so the retry is seen without a long wait.
  const deployment = deploymentWithPersonalChats(store, 'alerts', { settings: { ALERT_RETRY_DELAYS_SECONDS: '1' } });
  const { personalChat, tickAll: bothTick } = deployment;
  let lead: TestAssistant;
  let teacher: TestAssistant;
  let side: Storage;
  let connector: LoopbackConnector;

  beforeAll(async () => {
    lead = await deployment.start('quirkfield-dsl');
    teacher = await deployment.start('quirkfield-teacher');
    side = deployment.side();
    connector = deployment.connector();
  });

  it('reaches the lead once, with the form and reference only, and Open goes through the one read path', async () => {
    const leadChat = personalChat(lead, 'lead');
    await leadChat.open();
    const teacherChat = personalChat(teacher, 'teacher');
    await teacherChat.open();
    // Both kept their personal chat: the lead's is where the alert goes.
    expect(await side.references.get(LEAD_OBJECT_ID)).toMatchObject({ conversation: { id: leadChat.conversationId, conversationType: 'personal' }, serviceUrl: connector.url });
    expect(connector.received).toEqual([]);

    const reference = await submitConcernRecord(teacherChat);
    expect(await bothTick()).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(await bothTick()).toEqual(nothing);

    expect(connector.received).toHaveLength(1);
    const [post] = connector.received;
    expect(post?.method).toBe('POST');
    // Posted into the lead's conversation.
    expect(postedTo(connector.received, leadChat.conversationId)).toEqual([post]);
    const { text, summary, card } = alertIn(post);
    const title = `A new concern record is waiting for you (reference ${reference})`;
    expect(text).toBe(title);
    expect(summary).toBe(title);
    expect(cardProblems(card)).toEqual([]);
    expect(headings([card])).toEqual([title]);
    expect(findAction([card], 'Open')?.data).toEqual({ event: 'submission.opened', reference });
    // Nothing of the record: not the fictional child's name, nor any answer typed into the form.
    expect(JSON.stringify(post?.body)).not.toMatch(/Quorn|Fictional|fictional account/);

    // Open, pressed by the lead: the read is decided by `decide` and audited, whichever way it goes.
    const opened = await leadChat.send({ value: findAction([card], 'Open')?.data ?? {} });
    expect(opened.length).toBeGreaterThan(0);
    const audited = (await side.audit.listBySubject(reference)).map((entry) => entry.action);
    expect(audited.some((action) => action === 'submission.viewed' || action === 'submission.refused.read')).toBe(true);
  });

  it('is tried again after the connector has failed, and then sent once', async () => {
    const leadChat = personalChat(lead, 'lead-again');
    await leadChat.open();
    const teacherChat = personalChat(teacher, 'teacher-again');
    const before = connector.received.length;
    const reference = await submitConcernRecord(teacherChat);
    // Failing until told otherwise: the connector client's own retries (botbuilder's) fail too.
    connector.failNext(Number.MAX_SAFE_INTEGER);
    expect(await bothTick()).toMatchObject({ sent: 0, retrying: 1 });
    const failed = connector.received.slice(before);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.status === 500)).toBe(true);
    connector.failNext(0);
    // Not due before its retry time (a second here); sent once it is.
    let report = await bothTick();
    for (let n = 0; n < 100 && report.sent === 0; n += 1) {
      await sleep(100);
      report = await bothTick();
    }
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    expect(await bothTick()).toEqual(nothing);
    const delivered = connector.received.slice(before + failed.length);
    expect(delivered.map((r) => r.status)).toEqual([200]);
    expect(postedTo(delivered, leadChat.conversationId)).toHaveLength(1);
    expect(allText([delivered[0]?.body ?? {}])).toContain(reference);
    // The lead's alert, not the deputy's escalation waiting beside it (listed by alert id, a hash).
    const stored = (await side.alerts.listByKey((await side.submissions.get(reference))?.idempotencyKey ?? '')).find((a) => a.recipientObjectId === LEAD_OBJECT_ID);
    expect(stored).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('never alerts a submitter about their own record: the lead submitting to their own setting gets nothing', async () => {
    const leadChat = personalChat(lead, 'lead-submits');
    await leadChat.open();
    const before = connector.received.length;
    const reference = await submitConcernRecord(leadChat);
    expect(await bothTick()).toEqual(nothing);
    expect(connector.received.length).toBe(before);
    // No alert was written for the lead under any form instance of theirs.
    const stored = await side.submissions.get(reference);
    expect(stored).toBeDefined();
    expect(await side.alerts.listByKey(stored?.idempotencyKey ?? '')).toEqual([]);
    expect(alertIdOf(stored?.idempotencyKey ?? '', LEAD_OBJECT_ID)).toMatch(/^[0-9a-f]{40}$/);
  });
});
