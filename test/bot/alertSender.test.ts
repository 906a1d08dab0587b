import type { Activity, CloudAdapter } from 'botbuilder';
import { AlertNotDeliveredError, alertActivity, alertSender } from '../../bot/alerts/alertSender';
import { createI18n } from '../../bot/i18n';
import { LOCAL_WEBCHAT_SERVICE_URL } from '../../bot/routes/directline';

/**
 * The alert as a message, and the local web chat's delivery: a developer sees an alert arrive in the
 * chat kept for the development identity (no adapter involved); a closed chat is a failure to retry.
 */

const local = { channelId: 'webchat', serviceUrl: LOCAL_WEBCHAT_SERVICE_URL, conversation: { id: 'local-fictional', conversationType: 'personal', isGroup: false }, bot: { id: 'assistant', name: '' }, user: { id: 'u-fictional', name: '' } };
// Never called for the local web chat: any use of it fails the test.
const noAdapter = new Proxy({}, { get: () => { throw new Error('the adapter was used'); } }) as CloudAdapter;

it('puts the form and reference in the text and summary (the notification preview) and the card, nothing else', async () => {
  const i18n = await createI18n();
  const activity = alertActivity(i18n, { formKind: 'form.makesafeReport', reference: 'CSE-AAAA-BBBB' }, undefined);
  expect(activity.text).toBe('A new Operation Makesafe report is waiting for you (reference CSE-AAAA-BBBB)');
  expect(activity.summary).toBe(activity.text);
  expect(activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
});

it('delivers into a live local web chat, and fails for one that has closed', async () => {
  const i18n = await createI18n();
  const delivered: Array<[string, Partial<Activity>]> = [];
  let live = true;
  const send = alertSender({ adapter: noAdapter, appId: undefined, i18n, localDelivery: (id, activity) => live && delivered.push([id, activity]) > 0 });
  await send(local, { formKind: 'form.concernRecord', reference: 'CSE-AAAA-BBBB' });
  expect(delivered.map(([id, a]) => [id, a.text])).toEqual([['local-fictional', 'A new concern record is waiting for you (reference CSE-AAAA-BBBB)']]);
  live = false;
  await expect(send(local, { formKind: 'form.concernRecord', reference: 'CSE-AAAA-BBBB' })).rejects.toThrow(AlertNotDeliveredError);
  await expect(send({ ...local, conversation: { id: 'group', conversationType: 'groupChat', isGroup: true } }, { formKind: 'form.concernRecord', reference: 'CSE-AAAA-BBBB' })).rejects.toThrow(AlertNotDeliveredError);
});
