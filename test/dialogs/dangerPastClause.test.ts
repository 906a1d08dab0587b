import { describe, expect, it } from '@jest/globals';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the twelfth round: "last month she was missing for a week, today he turned up at school gates asking for her" got no
 * 999 card. The past marker ("last month") tempered the whole message and the classifier (0.01) took the rules' alarm away, though
 * the clause told as today is a man at the school seeking the child now. A past marker tempers its own clause: a later clause
 * opened by a time of now (today, tonight, now, right now) is judged as a message of its own. The same clause told as past, with
 * no time of now after the marker, stays calm. Each role's voice, typos and text-speak; fictional.
 */

describe('a clause told as now, after a past that is over', () => {
  it.each([
    ['school', 'last month she was missing for a week, today he turned up at school gates asking for her'],
    ['health', 'her ex was arrested last year, today hes turned up at the ward asking to see her'],
    ['school', 'last term her uncle was bailed, today he turned up at the school office asking to take her home'],
    ['socialCare', 'she went missing from the unit in march, 2day the same bloke turned up at reception askin for her'],
    ['police', 'she was reported missing in january, now her abuser is at the front desk looking for her'],
    ['taxi', 'picked her up from a party last month with older men, tonite one of them is at the rank asking for her'],
    ['business', 'last week he booked room 9 with a girl, today hes back at reception asking for her'],
  ])('alarms (%s): %s', (_role, text) => {
    expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
  });

  it.each([
    ['school', 'last month he turned up at the gates asking for her'],
    ['health', 'last year her ex turned up at the ward asking to see her'],
    ['school', 'last month she was missing for a week, today she is back in class and settled'],
    ['socialCare', 'she went missing from the unit in march, a bloke turned up at reception askin for her last month'],
    ['police', 'last year she was groomed by a man, today she told me about it in interview'],
    ['taxi', 'few months ago she was at a party with older men, today i had a meeting about it'],
    ['business', 'years ago he used to wait by the hotel doors for her'],
  ])('stays calm when all of it is past (%s): %s', (_role, text) => {
    expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
  });
});
