import { actionTitles, allText, assistantForEachTest, chat, chatAfterRole, headings } from '../support/assistant';

/**
 * A form asked for in the user's own words is offered on one button (the fifth exploratory test: "start the
 * rhi form" got the entry about return home interviews, and no way to start the form). A form not named, or not one the
 * user's role fills in, gets the list of the forms their role does. A question about a form stays a question.
 */

const FORMS_LIST = 'Which form do you want to fill in?';

describe('a form asked for in words', () => {
  const assistant = assistantForEachTest('embedded');
  const afterRole = (role: string) => chatAfterRole(assistant.url, role);

  it.each([
    ['school', 'i want to fill in a concern form', 'Start: Concern record', 'About you'],
    ['social care', 'start the rhi form', 'Start: Independent return home interview record', undefined],
    ['business', 'can i do the makesafe report', 'Start: Operation Makesafe report', undefined],
    ['social care', 'return home interview form please', 'Start: Independent return home interview record', undefined],
  ])('%s: "%s" offers that form on one button, which starts it', async (role, said, start, firstPage) => {
    const c = await afterRole(role);
    const cards = await c.say(said);
    expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual([start]);
    const started = await c.press(cards, start);
    expect(headings(started).length).toBeGreaterThan(0);
    if (firstPage !== undefined) expect(headings(started)).toContain(firstPage);
  });

  // Issue 8: "i want to report a makesafe concern" got how to report, and no way to the form short of naming it.
  it.each(['i want to report a makesafe concern', 'i need to record a concern'])('business: "%s" gets how to report, and the Makesafe report on one button', async (said) => {
    const c = await afterRole('business');
    const cards = await c.say(said);
    expect(allText(cards)).toContain('Operation Makesafe');
    expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual(['Start: Operation Makesafe report']);
  });

  it('a form not named gets the list of the forms the role fills in', async () => {
    const c = await afterRole('social care');
    const cards = await c.say('i want to fill in a form');
    expect(headings(cards)).toEqual([FORMS_LIST]);
    expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual([
      'Start: Notification of a looked-after child at risk of CSE placed out of borough',
      'Start: Independent return home interview record',
      'Start: MASE information form',
    ]);
  });

  it("a form another role fills in gets the list of the user's own", async () => {
    const c = await afterRole('business');
    const cards = await c.say('start the police closing report');
    expect(headings(cards)).toEqual([FORMS_LIST]);
    expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual(['Start: Operation Makesafe report']);
  });

  it('with no role known, a form named is offered', async () => {
    const cards = await chat(assistant.url).say('i want to fill in a concern form');
    expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual(['Start: Concern record']);
  });

  it('while a journey runs, the offer carries the way back to it', async () => {
    const c = chat(assistant.url);
    await c.say('police');
    const cards = await c.say('start the police closing report');
    expect(actionTitles(cards)).toContain('Start: Police closing report');
    expect(actionTitles(cards)).toContain('Carry on where I was');
  });

  it.each(['what is a return home interview', 'what is the mase form', 'how long does a sexual risk order last'])('leaves a question about a form a question: %s', async (said) => {
    const cards = await chat(assistant.url).say(said);
    expect(allText(cards)).not.toContain(FORMS_LIST);
    expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual([]);
  });
});
