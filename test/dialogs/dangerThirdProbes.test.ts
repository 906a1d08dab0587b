import { detectDanger } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the eleventh round, a third batch of live probes (knowledge/eval/calm-guard-dev.json): a claim of safety in words the
 * claim patterns did not know ("in the school office now, safe"), a harm told as a habit ("the one who films her") and a child
 * passing out now beside "she's fine now she's with us". Fictional.
 */

const alarmsUnvetoed = (text: string): void => {
  const decision = detectDanger(text);
  expect({ text, urgent: decision.urgent, vetoed: decision.vetoed }).toEqual({ text, urgent: true, vetoed: false });
};

describe('a child said safe somewhere, with a danger going on beside it', () => {
  it.each([
    "shes in the school office now, safe, but her 'uncle' who isnt her uncle is at reception demanding to take her",
    'she is in the medical room and safe but the man who brought her is waiting outside',
  ])('alarms: %s', alarmsUnvetoed);
});

describe('a harm told as a habit: filming, selling', () => {
  it.each(['she was in care, now 15 and back with mum, mums new fella is the one who films her', 'she is with her aunt now, her aunt sells her to men'])('alarms: %s', alarmsUnvetoed);
});

describe('a child passing out now', () => {
  it.each(["she's fine now she's with us, but she took something at the party and keeps passing out"])('alarms beside "she is with us": %s', alarmsUnvetoed);

  it.each(['she passed out at a party last year, she is fine now'])('told as past, as before: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });
});
