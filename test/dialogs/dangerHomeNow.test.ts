import { detectDanger } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the tenth round: a child said home, or back at the (children's) home, now. Live probes came first
 * (knowledge/eval/calm-guard-dev.json, held there by test/dialogs/danger.test.ts): the home may be where the harm is, and
 * anything present or imminent beside it is live. Fictional.
 */

const alarms = (text: string): void => expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });

describe('whoever hurt her, there with her now', () => {
  it.each([
    'shes home now but her mums boyfriend, who hurt her, is there with her',
    'her dad who hurt her is with her now',
    'the man who abused her is there again',
  ])('alarms: %s', alarms);

  it('is two kinds of danger the classifier cannot take away', () => {
    const decision = detectDanger('shes home now but her mums boyfriend, who hurt her, is there with her');
    expect({ urgent: decision.urgent, vetoed: decision.vetoed }).toEqual({ urgent: true, vetoed: false });
  });
});
