import { detectDanger } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the eleventh round: "she is at her dads now, he is the one who hits her" got no 999 card: "at her dads" was read as a
 * denial and the harm, told with no time, was answered by it. A harm told in the present simple with the child as its object ("he
 * hits her", "her stepdad beats her") is a habit going on, as "he is hurting her" is happening: it alarms wherever she is said to
 * be. A lasting condition ("abuses her", "exploits her") stays a worry to refer, as before. Fictional.
 */

describe('a harm told as a habit going on', () => {
  it.each([
    'she is at her dads now, he is the one who hits her',
    'shes at home with her stepdad now, he beats her',
    'she is at her nans, her uncle lives there and he touches her',
  ])('alarms wherever she is said to be: %s', (text) => {
    const decision = detectDanger(text);
    expect({ text, urgent: decision.urgent, vetoed: decision.vetoed }).toEqual({ text, urgent: true, vetoed: false });
  });

  it.each([
    'she is at her dads now, it hurts her to talk about what happened last year',
    'if he hits her again what should a school do, in general',
    'he never hits her, she is at her dads now and fine',
    'she said her dad hit her when she was 6, she is with her foster carers now',
  ])('not a habit going on, as before: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });
});

/**
 * Issue 8, the eleventh round: "shes asleep at home now but i think she was spiked, she cant wake up properly" got no card: home
 * answered being drunk or drugged. A child who cannot be woken, is not breathing or is unresponsive is a medical emergency now, and
 * no word of home or safety answers it (reason lifeAtRiskNow, never vetoed); with a past marker and no close time it is as before.
 */
describe('a child who cannot be woken now', () => {
  it.each([
    'shes asleep at home now but i think she was spiked, she cant wake up properly',
    'she is safe at home now but she is unresponsive',
    'shes home now and not breathing properly',
  ])('alarms whatever home or safety is said: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});
