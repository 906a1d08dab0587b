import { readerOf } from '../../dialogs/danger/audience';

/**
 * Issue 8: the 999 card for school, health and social care staff fits where the child is: on the phone to them, messaging
 * them, somewhere else, or (nothing said) perhaps with them. Someone else's messages are not the child's.
 */

describe('where the child is, for the 999 card', () => {
  it.each([
    ['student just messaged me shes at a house party with older men', 'messaging'],
    ['she texted me saying a man wont let her leave', 'messaging'],
    ['my pupil sent me a snap, shes in a car with two men', 'messaging'],
    ['shes at an older mans flat right now and he wont let her leave', 'elsewhere'],
    ['the girl is at a house party with older men now', 'elsewhere'],
    // Issue 8: a child who has just left the premises is away too.
    ['yr 8 girl jst ran out of class sayin her bf is waitin outside in his car n shes goin with him, hes like 25, shes gone out the gate now', 'left'],
    ['she just left with him, hes about 30', 'left'],
    ['a man pulled up outside, she got in his car and they drove off', 'left'],
    ['my patient walked out of the clinic with an older man a minute ago', 'left'],
    // The eleventh exploratory test: a child taken is gone too, not to be kept inside.
    ['he always picks her up from school, he took her', 'left'],
    ['a man has just taken her from outside school', 'left'],
    ['they took him away in a van', 'left'],
  ])('"%s": %s', (text, away) => {
    expect(readerOf('school', { text }).childAway).toBe(away);
  });

  it.each([
    'her mum just texted me, a man is outside the school gates waiting for her now',
    'a man is waiting for her at the gates now',
    'a man in his 20s is outside, shes at the gate now',
    'hes waiting outside for her in his car, she wants to go with him',
    'yr 9 girl just told me theres a man waitin for her at the gates now, she wants to go to him',
    'he took her phone and wont give it back, shes in my office now',
    'he is going to take her tonight, shes in class now',
  ])('"%s": not away', (text) => {
    expect(readerOf('school', { text }).childAway).toBeUndefined();
  });

  it('the phone call wins over messages', () => {
    expect(readerOf('socialCare', { text: 'she just rang me and texted me, a man has her in his car' })).toEqual({ audience: 'socialCare', childOnPhone: true });
  });
});
