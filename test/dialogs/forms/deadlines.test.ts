import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { keepAsked } from '../../../dialogs/forms/conditions';
import { addHours, londonInstant } from '../../../dialogs/forms/dates';
import { deadlineLines } from '../../../dialogs/forms/deadlines';
import { outOfBoroughNotificationForm } from '../../../dialogs/forms/outOfBoroughNotification.form';
import { returnHomeInterviewForm } from '../../../dialogs/forms/returnHomeInterview.form';
import { strictT } from '../../support/i18n';

/**
 * Deadlines are hours of real time from a London wall-clock time: across a clock change the time on
 * the clock moves by an hour. In 2026 the clocks go forward at 01:00 GMT on 29 March and back at
 * 02:00 BST on 25 October.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

describe('a London time as an instant', () => {
  it.each([
    ['winter', '2026-01-15T10:00', '2026-01-15T10:00:00.000Z'],
    ['summer', '2026-07-15T10:00', '2026-07-15T09:00:00.000Z'],
    ['the hour skipped in March, read as winter time', '2026-03-29T01:30', '2026-03-29T01:30:00.000Z'],
    ['the hour repeated in October, taken the first time (summer time)', '2026-10-25T01:30', '2026-10-25T00:30:00.000Z'],
    ['a date without a time is its midnight', '2026-07-15', '2026-07-14T23:00:00.000Z'],
  ])('%s', (_case, wall, instant) => {
    expect(londonInstant(wall).toISOString()).toBe(instant);
  });
});

describe('hours added on real time', () => {
  it.each([
    ['24 hours with no change', '2026-12-03T16:00', 24, '2026-12-04T16:00'],
    ['24 hours across the spring change: an hour later on the clock', '2026-03-28T10:00', 24, '2026-03-29T11:00'],
    ['24 hours across the autumn change: an hour earlier on the clock', '2026-10-24T10:00', 24, '2026-10-25T09:00'],
    ['72 hours across the spring change', '2026-03-27T07:00', 72, '2026-03-30T08:00'],
    ['72 hours across the autumn change', '2026-10-23T07:00', 72, '2026-10-26T06:00'],
    ['24 hours from the skipped hour', '2026-03-29T01:30', 24, '2026-03-30T02:30'],
    ['24 hours from the repeated hour', '2026-10-25T01:30', 24, '2026-10-26T00:30'],
  ])('%s', (_case, from, hours, due) => {
    expect(addHours(from, hours)).toBe(due);
  });
});

describe('the deadlines shown', () => {
  const lines = (definition: typeof returnHomeInterviewForm, answers: Record<string, string>) => deadlineLines(definition, keepAsked(definition, answers)).map((line) => say(t, line));

  it('the 24-hour notification across the spring change', () => {
    expect(lines(outOfBoroughNotificationForm, { trigger: 'atRiskWhenPlaced', placedAt: '2026-03-28T16:00' })).toEqual(['Notification due (24 hours from the placement): by 17:00 on 29 March 2026']);
  });

  it('the 24-hour notification across the autumn change', () => {
    expect(lines(outOfBoroughNotificationForm, { trigger: 'atRiskWhenPlaced', placedAt: '2026-10-24T16:00' })).toEqual(['Notification due (24 hours from the placement): by 15:00 on 25 October 2026']);
  });

  it('the 72-hour return home interview across the spring change', () => {
    expect(lines(returnHomeInterviewForm, { locatedAt: '2026-03-27T07:00' })).toEqual(['Independent return home interview due (72 hours from when the child was found or came back): by 08:00 on 30 March 2026']);
  });

  it('the 72-hour return home interview across the autumn change', () => {
    expect(lines(returnHomeInterviewForm, { locatedAt: '2026-10-23T07:00' })).toEqual(['Independent return home interview due (72 hours from when the child was found or came back): by 06:00 on 26 October 2026']);
  });
});
