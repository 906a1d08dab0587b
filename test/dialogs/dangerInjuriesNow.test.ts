import { detectDanger } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the eleventh round: injuries or self-harm now. "she is safe at home with mum now, she has cuts on her arms" got no 999
 * card: the claim was read as live (injuries she has now are a present state), but "cuts" was no kind of danger, so nothing alarmed.
 * The protocol lists self-harm among the signs of CSE; fresh injuries or self-harm now alarm even beside "safe at home", and a
 * child's own words that she wants to die, said now, are never taken away by the classifier. Self-harm told only as past or history
 * stays calm. Fictional.
 */

const alarmsUnvetoed = (text: string): void => {
  const decision = detectDanger(text);
  expect({ text, urgent: decision.urgent, vetoed: decision.vetoed }).toEqual({ text, urgent: true, vetoed: false });
};

describe('injuries or self-harm now, beside a child said safe at home', () => {
  it.each([
    'she is safe at home with mum now, she has cuts on her arms',
    'shes safe at home w mum now but she has burns on her arms from a lighter, did it this mornin',
    'she is safe at home with mum now, she has marks on her wrists',
    'she is safe at home with mum now, she cut herself',
    'she is safe at home with mum now, she is cutting',
    'she is safe at home with mum now, she is bleeding',
    'she is home now, her arms are all cut',
    'shes safe with her nan now but she has fresh cuts on her legs',
  ])('alarms: %s', alarmsUnvetoed);
});

describe('injuries now, with no claim of safety', () => {
  it.each(['she has cuts on her arms', 'pupil came in with burns on her hands and wont say how'])('alarms: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});

describe('a child who says now that she wants to die', () => {
  it.each([
    'was seen last year for self harm, today she came in with fresh cuts on her wrists and says she wants to die',
    'she self harmed last year, she is safe at home with mum now but says she wants to kill herself',
  ])('alarms, and the classifier may not take it away: %s', alarmsUnvetoed);
});

describe('self-harm told only as past or history', () => {
  it.each([
    'she self-harmed last year',
    'history of self-harm',
    'she self harmed last year, she is safe at home with mum now',
    'history of self harm, she is safe at home with mum now',
    'she has old scars on her arms from self harming when she was younger',
    'she said she wanted to die when she was 12, she is doing well now',
  ])('stays calm: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });
});
