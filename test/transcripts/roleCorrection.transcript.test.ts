import { actionTitles, allText, assistantForEachTest, chatWithRoleChosen, type Chat, headings } from '../support/assistant';

/**
 * Issue 8 (an exploratory test, typed as new users): a user who chose the wrong role on the welcome card corrects it in
 * the chat ("sorry im actually a hotel manager not health, …"). The correction is their role from then on, as "I'm a
 * nurse" typed is: the offer, the answer and what follows are for it. A message that only mentions another role ("the
 * teacher told me", "I called the police") changes nothing. Everyone is fictional.
 */

const START = {
  school: 'Start: School or college: first steps',
  health: 'Start: Health: first steps',
  business: 'Start: Business (Operation Makesafe): first steps',
  police: 'Start: Police officer: first steps',
  socialCare: 'Start: Social care, MASH or MASE: first steps',
} as const;

type RoleKey = keyof typeof START;

describe('a role corrected in the chat', () => {
  const assistant = assistantForEachTest('embedded');
  const roleChosen = (role: RoleKey): Promise<Chat> => chatWithRoleChosen(assistant.url, role);

  it('health, then "sorry im actually a hotel manager not health…": the Makesafe answer and journey, and business from then on', async () => {
    const c = await roleChosen('health');
    const cards = await c.say(
      'sorry im actually a hotel manager not health, a guest checked in last night with a girl who looked about 14, theyve left now. what do i do',
    );
    expect(headings(cards)).not.toContain('Call 999 now');
    const text = allText(cards);
    expect(text).toContain('How to report a Makesafe concern');
    expect(text).toContain('Operation Makesafe');
    expect(actionTitles(cards)).toContain(START.business);
    expect(actionTitles(cards)).not.toContain(START.health);
    expect(text).not.toContain('What to do when you are worried about a child: the referral route');

    // What follows is for a business: the 999 card's afterwards line keeps the records for Operation Makesafe.
    const later = await c.say('theres a girl about 13 here right now with a man who keeps grabbing her arm, she looks terrified');
    expect(headings(later)[0]).toBe('Call 999 now');
    expect(allText(later)).toContain('(Operation Makesafe)');
    expect(allText(later)).not.toContain('named nurse');
  });

  const corrections: Array<[RoleKey, string, RoleKey]> = [
    ['health', 'im actually a teacher, a yr 9 girl told me an older lad gives her lifts and buys her vapes. what do i do', 'school'],
    ['school', 'not a teacher, im a nurse. a 15 yr old came to the clinic with a much older man who paid for everything, what do i do', 'health'],
    ['health', "wrong role, i'm a taxi driver. a girl about 14 got in my cab with two older men at 2am last night, what do i do", 'business'],
    ['socialCare', "i'm a police officer not social care, a 15 yr old girl was seen getting into cars with older men last week, what do i do", 'police'],
    ['police', 'sorry im actually a social worker, a 14 yo i work with has an older boyfriend who gives her money, what do i do', 'socialCare'],
  ];

  it.each(corrections)('%s chosen, "%s": offered the journey of the role given', async (chosen, message, given) => {
    const c = await roleChosen(chosen);
    const cards = await c.say(message);
    expect(actionTitles(cards)).toContain(START[given]);
    expect(actionTitles(cards)).not.toContain(START[chosen]);
  });

  const mentions: Array<[RoleKey, string]> = [
    ['health', 'the teacher told me a 14 yr old girl she knows has an older boyfriend who picks her up, what do i do'],
    ['health', 'I called the police last week about a 14 yr old girl with an older man, what do i do now'],
  ];

  it.each(mentions)('%s chosen, "%s": another role only mentioned, the role chosen stays', async (chosen, message) => {
    const c = await roleChosen(chosen);
    const cards = await c.say(message);
    const others = Object.entries(START).filter(([role]) => role !== chosen).map(([, start]) => start);
    for (const start of others) expect(actionTitles(cards)).not.toContain(start);
    // Still theirs: danger told next gets the 999 card worded for the role chosen.
    const later = await c.say('theres a girl about 13 here right now with a man who keeps grabbing her arm, she looks terrified');
    expect(headings(later)[0]).toBe('Call 999 now');
    expect(allText(later)).toContain('named nurse');
  });
});
