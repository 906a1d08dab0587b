import { z } from 'zod';
import { toDomainEvent } from '../../bot/activityToEvent';
import { createAlertDispatcher } from '../../bot/alerts/alertDispatcher';
import type { AlertMessage } from '../../bot/alerts/alertSender';
import { alertsOfSubmission } from '../../bot/alerts/alertsOfSubmission';
import { createLogger } from '../../bot/logger';
import { loadSettings } from '../../bot/settings/loadSettings';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import type { Storage } from '../../bot/storage/types';
import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import { concernRecordForm } from '../../dialogs/forms/concernRecord.form';
import { allText, findAction, headings, type Card, type Chat } from '../support/assistant';
import { fillToCheck } from '../support/formConversation';
import { CHECK, referenceIn } from '../support/formTranscript';
import { strictT } from '../support/i18n';
import { testTurnRunner } from '../support/turnRunner';

/**
 * The window between the outbox and the submission: the submission's write dies (as it would if the
 * process were killed there) after the alerts are written. No alert is sent for a submission that does not exist; when
 * the user presses Submit again (the same form instance), the submission is written and the alert
 * goes, exactly once.
 */

const directory = loadSettings('docs/settings.example.json');
const TEACHER = directory.personNamed('quirkfield-teacher') ?? '';
const LEAD = directory.personNamed('quirkfield-dsl') ?? '';
const T0 = new Date('2031-03-04T09:00:00.000Z');
const KEPT = { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/unused', conversation: { id: 'a:lead-fictional', conversationType: 'personal', isGroup: false }, bot: { id: 'assistant', name: '' }, user: { id: '29:lead-fictional', name: '' } };

class KilledError extends Error {}
/** Activity ids are unique across processes, as Teams' are: a repeated id is a duplicate delivery. */
let activity = 0;

/** The store as a process sees it; `killSubmit` makes the next submission write die, as a killed process would. */
function dying(inner: Storage): { storage: Storage; killSubmit(): void } {
  let kill = false;
  const submissions = { ...inner.submissions, submit: (...args: Parameters<Storage['submissions']['submit']>) => {
    if (kill) {
      kill = false;
      return Promise.reject(new KilledError('the process was killed here'));
    }
    return inner.submissions.submit(...args);
  } };
  return { storage: { ...inner, submissions }, killSubmit: () => (kill = true) };
}

/** A teacher's chat through a turn runner on this store (what one process would run). */
function teacherChat(storage: Storage, t: Translate): Chat {
  const runTurn = testTurnRunner(storage, { alertsOf: alertsOfSubmission(directory, { escalateAfterMinutes: 120 }) });
  const send = async (sent: Record<string, unknown>): Promise<Card[]> => {
    const event = toDomainEvent({ type: 'message', ...sent });
    if (event === undefined) throw new Error('no event');
    activity += 1;
    const views = await runTurn({ conversationId: 'conv-teacher', ownerKey: 'owner-teacher', actor: { kind: 'person', ownerKey: 'owner-teacher', holds: directory.holdsOf(TEACHER) }, objectId: TEACHER, activityId: `act-${activity}`, event, locale: 'en-GB' });
    return views.map((view) => z.record(z.string(), z.unknown()).parse(JSON.parse(JSON.stringify(renderView(view, t)))));
  };
  return {
    conversationId: 'conv-teacher',
    send,
    say: (text) => send({ text }),
    press: async (cards, title, inputs = {}) => {
      const action = findAction(cards, title);
      if (action === undefined) throw new Error(`no action titled ${String(title)}`);
      const merged = Object.fromEntries(Object.entries(inputs).map(([id, v]) => [`in.${id}`, v]));
      return send({ value: { ...z.record(z.string(), z.unknown()).parse(action.data ?? {}), ...merged } });
    },
  };
}

it('a kill between the outbox and the submission loses no alert, sends none early, and sends it once after the retry', async () => {
  const t = await strictT();
  const file = openEmbeddedStorage(':memory:');
  const first = dying(file);
  await file.references.put(LEAD, KEPT, T0);
  const sent: AlertMessage[] = [];
  let now = T0;
  const dispatcher = createAlertDispatcher({ storage: file, send: async (_kept, alert) => void sent.push(alert), logger: createLogger('silent'), retry: { delaysMs: [30_000], maxAttempts: 3 }, batchSize: 10, clock: () => now, recheckMs: 30_000 });

  const before = teacherChat(first.storage, t);
  const opened = await before.send({ value: { event: 'flow.startRequested', flowId: concernRecordForm.id } });
  const check = (await fillToCheck(before, concernRecordForm, opened)).cards;
  first.killSubmit();
  // The form answers a failed write kindly and keeps the answers; the alert is already in the outbox.
  const failed = await before.press(check, 'Submit');
  expect(headings(failed)).toEqual([CHECK]);
  expect(allText(failed)).toContain('We could not submit the form just now');

  // The alert was written first; its submission does not exist, so nothing is sent.
  const waiting = await file.alerts.due(new Date(Date.now() + 60_000), 10);
  expect(waiting.map((a) => [a.recipientObjectId, a.formKind, a.status])).toEqual([[LEAD, concernRecordForm.id, 'pending']]);
  now = new Date(Date.now() + 60_000);
  expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 1 });
  expect(sent).toEqual([]);

  // After the restart, the user presses Submit again on the same card: the same form instance.
  const after = teacherChat(file, t);
  const done = await after.press(failed, 'Submit');
  const reference = referenceIn(done);
  expect(reference).toBeDefined();
  expect(headings(done).at(-1)).toBe(t('forms:confirmation.title', { form: t('concernRecord:title') }));
  // The lead's alert, and the deputy's escalation (not due for two hours), each written once.
  expect((await file.alerts.listByKey(waiting[0]?.idempotencyKey ?? '')).map((a) => a.escalation?.afterMinutes)).toEqual(expect.arrayContaining([undefined, 120]));
  expect(await file.alerts.listByKey(waiting[0]?.idempotencyKey ?? '')).toHaveLength(2);

  now = new Date(now.getTime() + 31_000);
  expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
  expect(await dispatcher.tick()).toMatchObject({ sent: 0, waiting: 0 });
  expect(sent).toEqual([{ formKind: concernRecordForm.id, reference }]);
  await file.close();
});
