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
  ])('"%s": %s', (text, away) => {
    expect(readerOf('school', { text }).childAway).toBe(away);
  });

  it.each([
    'her mum just texted me, a man is outside the school gates waiting for her now',
    'a man is waiting for her at the gates now',
  ])('"%s": not away', (text) => {
    expect(readerOf('school', { text }).childAway).toBeUndefined();
  });

  it('the phone call wins over messages', () => {
    expect(readerOf('socialCare', { text: 'she just rang me and texted me, a man has her in his car' })).toEqual({ audience: 'socialCare', childOnPhone: true });
  });
});
