import { detectDangerByRules } from '../../dialogs/danger';
import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { createNormaliser } from '../../dialogs/danger/normalise';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the seventh exploratory test: typed messages that tell a worry which is over, a child not here now, or a
 * pattern that repeats with no one at risk now brought the 999 card first. The rules written for them this round were
 * taken out (they silenced live danger: docs/architecture.md, "Over, absent now, or a repeated pattern"); the calm ones
 * wait in knowledge/eval/over-now-dev.json. Held here: their live twins, which say now, "left with", "gone off with",
 * "taken", "waiting", "tonight", or a harm beside a departure, and must alarm whatever a next attempt does; and the
 * text-speak times, which stay. Fictional.
 */

const calm = (text: string): void => expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
const alarms = (text: string): void => expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });

describe('a child said to be gone or not here now, with a live danger beside it', () => {
  it.each([
    'she left with him 10 mins ago',
    'she has gone off with them in a car',
    'theyre not in the car now, he took her into the flat',
    'they left an hour ago and shes not answering, he said hed take her to a party',
    'no kids here atm but he said hes bringing a girl back at 9',
    'she has gone home now but the older boyfriend is waiting outside the clinic for her',
    'no kids there atm but the men say theyre picking up 2 girls from the station in 10 mins',
    'the car has gone now but a girl was pulled into it by 3 older men',
    // The merge review's probes, which the taken-out rule silenced: "they left" is the child and the adult together.
    'they left an hour ago, shes 13 and was drunk, he was carrying her',
    'they left the clinic 2 hours ago, he had his hand round her neck',
    'they left an hour ago, he was taking her to a party at his flat',
  ])('still alarms: %s', alarms);
});

describe('a pattern that repeats, with a live danger beside it', () => {
  it.each([
    'every weekend older men pick her up and hes picking her up tonight',
    'every weekend some older men buy food for schoolgirls here and one is driving off with a girl right now',
    'the men in the grey car are waiting for Jayden at the gate now',
    'every weekend older men take girls into the flat next door, theyve just taken one in now',
    'he has picked her up from school several times, he is parked outside the school, who should i tell',
  ])('still alarms: %s', alarms);
});

describe('text-speak time words read as the words they stand for', () => {
  const { normalise } = createNormaliser(CUES_EN_GB);

  it.each([
    ['yday a man came in', 'yesterday a man came in'],
    ['she came in tdy', 'she came in today'],
    ['shld i report it', 'should i report it'],
    ['he is coming 2nite', 'he is coming tonight'],
    ['she is with him rn', 'she is with him right now'],
    ['no kids there atm', 'no kids there at the moment'],
  ])('%s -> %s', (typed, read) => {
    expect(normalise(typed).text).toBe(read);
  });

  // "wk" stays as typed (a rewrite would change messages the classifier learns from); the past marker reads it as "week".
  it.each(['last wk a guy booked a room', 'it was 2 wks ago'])('reads "wk" as a week past: %s', (text) => {
    expect(detectDangerByRules(text).modifiers).toContain('past');
  });

  it('reads the hotel message in text-speak as it reads it in full words', () => {
    calm('last week a guy booked a room cash, came in with a young girl maybe 15, no bags. they left next morning. should I report it or is it too late');
    calm('last wk a guy booked a room cash, came in with a young girl maybe 15, no bags. they left next mornin. shld i report it or is it too late');
  });

  it.each([
    'a guy just booked a room cash with a girl maybe 15, no bags, theyre in room 12 rn',
    'yday she came in with him, and tonite hes booked the room again and says shes coming at 10',
    'the yp is not at home rn, she went off with two older men after school and her phone is off',
  ])('still alarms: %s', alarms);
});

/**
 * Issue 8, the eighth round: the live twins of over-now-twins-dev.json that got no card. A child still missing is missing now,
 * whatever past the message tells beside it; a child of 15 staying the night at a man's tonight is at risk tonight.
 */
describe('a child still missing, or staying the night with an adult, told beside a past or a question', () => {
  it.each([
    "my niece is 15 and has a 'bf' whos 26. my sister says shes at his tonight staying over and theres nothing she can do. should i still report it and who to",
    'my granddaughter 14 has been missing since last night, her friend says shes at a mans house. police took a report last week when she did it before. what else can i do',
    'shes 14 and staying the night with him tonight, her mum cant stop her, who do i tell',
    'our yp has been missing since friday, she did this last month too, what should i do',
  ])('alarms: %s', alarms);

  it.each([
    "my niece is 15 and had a 'bf' whos 26. my sister says she stopped seeing him after we all had words and shes home tonight. should i still report it and who to",
    'my granddaughter 14 went missing for a night last week and came back saying she was at a mans house. police took a report. shes home with me now. what else can i do',
    'she was missing since friday but came home last night, what should i do',
    'she is staying over at her nans tonight',
  ])('brings no card: %s', calm);
});
