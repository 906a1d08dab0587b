import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the eighth round: "a man online" is not near the child. A school nurse's past disclosure and a question of route
 * brought the 999 card, the classifier alarming on the place the rules read in "a man". What he does or says online (a
 * threat, a meeting now) is still its own cue. Fictional.
 */


describe('a man online', () => {
  it.each([
    "i'm a school nurse, not a GP - a yr 8 boy told me a man online sent him money for pics. do i go to the DSL or straight to MASH",
    'a year 9 girl told me a man on snapchat keeps sending her messages, who do i report it to',
  ])('is no adult near the child: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });

  it.each([
    'a man online is telling her to meet him tonight',
    'a man online says he will share her pics unless she sends more by 6',
    'a yr 8 boy told me a man online sent him money for pics and is waiting outside school for him now',
  ])('still alarms on what he does: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});
