import { detectDanger, detectDangerByRules } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the tenth round: a tester typing as new users got no 999 card for three live messages. Short ones with no child
 * word are usually a follow-up about a child already under discussion, so a child going back tonight, missing now, or taken
 * by a man is live whoever she is. Written before the rules that mend them; every one must alarm. Fictional.
 */

const alarms = (text: string): void => expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });

describe('a child going back to the danger tonight', () => {
  it.each([
    'she is going back there tonight',
    'shes gone back to his flat tonight',
    'she says she is going back to them tonight',
    'shes going back to him later',
    'he is going back to their flat after school',
  ])('alarms: %s', alarms);

  it('alarms by the rules, not only by a classifier that may not judge a short message', () => {
    expect(detectDangerByRules('she is going back there tonight')).toMatchObject({ urgent: true, reason: 'withNow' });
  });
});

describe('a child missing again now', () => {
  it.each([
    'missing again since this morning',
    "she's missing again, not been seen since 8am",
    'missing since this morning and not answering her phone',
    'missing again since last night',
  ])('alarms: %s', alarms);

  it('"missing again since" names when it began, so the classifier may not take it away', () => {
    const decision = detectDanger('our yp has been missing again since friday, police took a report last month when she did this, what else can i do');
    expect({ urgent: decision.urgent, reason: decision.rules.reason }).toEqual({ urgent: true, reason: 'stillMissing' });
  });
});

describe('a child taken by a man, beside a pattern', () => {
  it.each([
    'he always picks her up from school, he took her',
    'he took her from outside school',
    'he usually collects her but today he took her and wont bring her back',
    'they took her',
    'the man took her and drove off',
  ])('alarms: %s', alarms);

  it('reads "he took her" as being taken, whatever the pattern beside it', () => {
    expect(detectDangerByRules('he always picks her up from school, he took her').cues.map((c) => c.cueClass)).toContain('captivity');
  });
});
