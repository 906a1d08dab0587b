import { detectDanger, detectDangerByRules } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the eighth round: a pattern that repeats ("keeps", "always", "every weekend") followed by a child with the
 * adult or in the place now is the pattern happening this minute. Two business messages got no 999 card: the classifier
 * took the rules' alarm on room 12 away, and "what should i do" read the takeaway as a case imagined. The pattern makes
 * the sighting more serious, never less. Their calm twins keep the pattern with nobody there now. Fictional.
 */


describe('a repeated pattern with a child there now', () => {
  it.each([
    'he keeps bringing girls to room 12, theres one in there now, who should i tell',
    'older men keep coming in with schoolgirls, two are at a table with a girl now, what should i do',
    'he keeps bringing girls up, one is up there with him rn',
    'older men always pick girls up from here, shes in his car outside now, who do i tell',
    'same guy every weekend with young girls, a girl just went up with him',
  ])('alarms: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });

  it('is an alarm of the rules the classifier cannot take away', () => {
    const decision = detectDanger('he keeps bringing girls to room 12, theres one in there now, who should i tell');
    expect({ reason: decision.rules.reason, vetoed: decision.vetoed }).toEqual({ reason: 'seenNow', vetoed: false });
  });
});

describe('the same pattern with nobody there now', () => {
  it.each([
    'he keeps bringing girls to room 12, nobody in there now, who should i tell',
    'he keeps bringing girls to room 12, they left last night, what do i do next time',
    'older men keep coming in with schoolgirls, none in today, what should i do next time',
  ])('brings no card: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });

  it.each([
    'he keeps bringing girls to room 12, nobody in there now, who should i tell',
    'older men keep coming in with schoolgirls, she is not with them now, what should i do',
    'he always has girls round, she is at school now',
  ])('is no sighting now for the rules: %s', (text) => {
    expect(detectDangerByRules(text).reason).not.toBe('seenNow');
  });
});
