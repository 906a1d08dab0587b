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

/**
 * Issue 8, the ninth round: a pattern with nobody at risk now. A calm rule for it (class B: the pattern read as the past is when
 * nothing is live) was written after these live probes and taken out at the merge: scored once on the blind sets, it lost an
 * urgent message on one of them. The tester's three calm messages ("a yr 9 girl has a new older bf (19ish) who picks her up from
 * school…", "every weekend some older men buy food for schoolgirls…", "taxi driver keeps picking up the same 2 schoolgirls…,
 * theyre not in a car now") still bring the card. The live probes stay, for the next attempt. Fictional.
 */
describe('a pattern with someone there now, a time or anything live', () => {
  it.each([
    'he has picked her up from school several times, he is parked outside the school, who should i tell',
    'her older bf keeps picking her up from school, hes waiting at the gates, what do i do',
    'he picks her up every day, shes in his car rn',
    'every weekend older men pick girls up here, hes outside in the car now',
    'a yr 9 girl has an older bf who picks her up from school in his car, he will pick her up at 3',
    'taxi driver keeps picking up the same 2 schoolgirls, theyre in his cab now',
    'bar manager - bloke keeps buying drinks for a girl who looks well underage',
    'he keeps picking her up, she has not come home',
    'every weekend he takes her to his flat, she is there again',
    'he keeps taking her to his flat, she left with him',
  ])('still alarms with anyone there now, a time or anything live: %s', (text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});

it('a departure told once beside a pattern is no pattern the rules temper: he keeps taking her to his flat, she left with him', () => {
  expect(detectDangerByRules('he keeps taking her to his flat, she left with him')).toMatchObject({ urgent: true, reason: 'withNow' });
});

// The first class B rule read these as a pattern with no one there, and only the classifier alarmed (file-CV, rules alone).
it.each([
  'the girl in room 6 hasnt come out for 2 days and the men keep coming and going',
  'theres a teenage girl asleep in a car parked on our road and a man keeps going back to it with other men',
])('the rules alone alarm on a child there now beside a pattern: %s', (text) => {
  expect(detectDangerByRules(text).urgent).toBe(true);
});
