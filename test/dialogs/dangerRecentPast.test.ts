import { describe, expect, it } from '@jest/globals';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the twelfth round: false alarms for a worry that is over or a pattern with nobody in danger now. A taxi driver's "a girl
 * in my cab last night seemed scared of the man she was with" got the 999 card: "last night" was no past marker. It is one now where
 * the rest is past too; a child gone off with someone, taken, missing or told as with him now keeps the alarm. A teacher's "she meets
 * older men after school, hes at school today n fine" got the card: beside a child said fine or safe now, a broad time ("after
 * school", "every evening") is the habit's, unless something is told as going on or to come. Each role's voice; fictional.
 */

describe('a recent past that is over', () => {
  it.each([
    ['business', 'a girl in my cab last night seemed scared of the man she was with'],
    ['socialCare', 'yp said she was at a mans flat last night, she seemed frightened telling me about it'],
    ['health', 'she came to a and e last night drunk with an older man, she was discharged home this morning'],
  ])('stays calm (%s): %s', (_role, text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });

  it.each([
    ['business', 'last night he took her and she hasnt come back'],
    ['socialCare', 'she went off with him last nite and hasnt come home'],
    ['police', 'yesterday she got into a car with two older men and nobody has seen her since'],
    ['school', 'earlier today a man grabbed her outside school and shes still not home'],
    ['business', 'a girl in my cab last night seemed scared of the man she was with, he has just booked me to take her back to his flat now'],
    ['socialCare', 'yp said she was at a mans flat last night and shes going back there tonight'],
    ['business', 'last night a guest had a young looking girl in his room, she is still up there with him'],
    ['public', 'she is with him now'],
  ])('stays live (%s): %s', (_role, text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});

describe('a pattern, with the child said fine or safe now', () => {
  it.each([
    ['school', 'pupil told me she meets older men after school, hes at school today n fine. do i have to tell his parents?'],
    ['business', 'a girl who comes in most days gets collected by different men after school, shes in class rn and ok'],
    ['police', 'intel that a girl meets men at the park every evening, she is at school today and fine, what do i submit'],
  ])('stays calm (%s): %s', (_role, text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });

  it.each([
    ['school', 'pupil told me she meets older men after school, shes meeting one tonight'],
    ['school', 'pupil told me she meets older men after school, one is waiting at the gate for her now'],
    ['socialCare', 'yp keeps getting picked up by older lads in cars after school, she is in one of their cars now'],
    ['health', 'she is in clinic with me now n fine but says an older guy is picking her up after school today'],
    ['police', 'intel that a girl meets men at the park every evening, she is there with them right now'],
  ])('stays live (%s): %s', (_role, text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});
