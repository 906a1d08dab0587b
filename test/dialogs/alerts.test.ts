import { alertCard } from '../../cards/alert.card';
import { BUTTON_TITLE_MAX } from '../../cards/fragments';
import { alertFormKey, alertView, durationRef, escalationAlertView } from '../../dialogs/alerts/alertView';
import { escalationNow, recordedEscalation } from '../../dialogs/alerts/escalation';
import { say } from '../../cards/fragments';
import { afterFailure } from '../../dialogs/alerts/retrySchedule';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import alerts from '../../bot/i18n/locales/en-GB/alerts.json';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';

/** The pure parts of alerts: the retry schedule, and what an alert says (the form and the reference only). */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const seconds = (s: number) => new Date(T0.getTime() + s * 1000);

describe('afterFailure', () => {
  const policy = { delaysMs: [30_000, 120_000, 600_000], maxAttempts: 5 };
  it.each([
    [1, { kind: 'retry', at: seconds(30) }],
    [2, { kind: 'retry', at: seconds(120) }],
    [3, { kind: 'retry', at: seconds(600) }],
    [4, { kind: 'retry', at: seconds(600) }],
    [5, { kind: 'giveUp' }],
    [9, { kind: 'giveUp' }],
  ])('after attempt %i', (attempt, expected) => {
    expect(afterFailure(attempt, T0, policy)).toEqual(expected);
  });
  it('gives up at once when one attempt is all there is', () => {
    expect(afterFailure(1, T0, { delaysMs: [1000], maxAttempts: 1 })).toEqual({ kind: 'giveUp' });
  });
});

describe('the alert', () => {
  const known = (key: string) => key.startsWith('alerts:forms.') && key.slice('alerts:forms.'.length) in alerts.forms;

  it('has a word for every form', () => {
    for (const definition of FORM_DEFINITIONS) expect(alertFormKey(definition.id, known)).not.toBe('alerts:forms.unknown');
    expect(alertFormKey('form.notYetKnown', known)).toBe('alerts:forms.unknown');
  });

  it('says which form and its reference, nothing else, with an Open button for the one read path', async () => {
    const t = await strictT();
    const card = alertCard(alertView(alertFormKey('form.concernRecord', known), 'CSE-K7M4-QX2A'), t);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain('A new concern record is waiting for you (reference CSE-K7M4-QX2A)');
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Open', data: { event: 'submission.opened', reference: 'CSE-K7M4-QX2A' } }]);
    expect([...(card.actions?.[0]?.title ?? '')].length).toBeLessThanOrEqual(BUTTON_TITLE_MAX);
    expect(alertView('alerts:forms.makesafeReport', 'CSE-AAAA-BBBB').title).toEqual({ key: 'alerts:new.title', values: { reference: 'CSE-AAAA-BBBB' }, refs: { form: { key: 'alerts:forms.makesafeReport' } } });
  });
});

describe('the escalation alert', () => {
  const known = (key: string) => key.startsWith('alerts:forms.') && key.slice('alerts:forms.'.length) in alerts.forms;

  it('says which form, how long it waited and its reference, nothing else, with the same Open', async () => {
    const t = await strictT();
    const card = alertCard(escalationAlertView(alertFormKey('form.concernRecord', known), 'CSE-K7M4-QX2A', 120), t);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain('The concern record with reference CSE-K7M4-QX2A has not been acknowledged in 2 hours and is waiting for you as the next contact');
    expect(JSON.stringify(card.body)).toContain('Nobody it was sent to has acknowledged it yet, so it comes to you. Open it here to read it and act on it. Every opening of a record is recorded in the audit trail.');
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Open', data: { event: 'submission.opened', reference: 'CSE-K7M4-QX2A' } }]);
  });

  it.each([
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [90, '90 minutes'],
    [120, '2 hours'],
    [1440, '24 hours'],
  ])('puts a wait of %i minutes as "%s"', async (minutes, words) => {
    expect(say(await strictT(), durationRef(minutes))).toBe(words);
  });
});

describe('whether a due escalation goes out', () => {
  const event = (eventKey: string, kind: string, details: Record<string, string> = {}) => ({ eventKey, kind, at: T0, details });

  it.each([
    ['nobody has done anything', [], 'escalated'],
    ['acknowledged', [event('acknowledge', 'acknowledged')], 'escalationNotNeeded'],
    ['an action added without acknowledging', [event('action-1', 'actionAdded', { what: 'Fictional action', who: 'Head of year', byWhen: '2031-03-05' })], 'escalationNotNeeded'],
    ['closed', [event('close', 'closed')], 'escalationNotNeeded'],
    ['only an escalation at another wait', [event('escalation-60', 'escalated')], 'escalated'],
  ] as const)('%s: %s', (_case, events, expected) => {
    expect(escalationNow(events)).toBe(expected);
  });

  it('follows the decision already recorded for the same wait, whatever has happened since', () => {
    expect(recordedEscalation([event('escalation-120', 'escalated'), event('acknowledge', 'acknowledged')], 120)).toBe('escalated');
    expect(recordedEscalation([event('escalation-120', 'escalationNotNeeded')], 120)).toBe('escalationNotNeeded');
    expect(recordedEscalation([event('escalation-60', 'escalated')], 120)).toBeUndefined();
  });
});
