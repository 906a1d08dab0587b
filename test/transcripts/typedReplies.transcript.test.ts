import { actionTitles, allText, assistantForEachTest, chat, chatWithRoleChosen, type Chat, headings } from '../support/assistant';

/**
 * Replies to typed words from the sixth exploratory test (issue 8): a new user chose their role on the welcome card,
 * so its journey is open at its first question, then typed. After the 999 card, one short follow-up says who first
 * (999, not the parent, carer or placement) and nothing after it gives advice for a non-emergency; a worry described
 * gets the route and the journey, never a dead end; "start the return home interview" starts the form. Everyone is fictional.
 */

const CALL_999 = 'Call 999 now';
const CALL_FIRST = 'Call 999 first';
const NOT_FIRST = 'Do not ring the child’s parent or carer first';
const OFFER = 'I can take you through what to do';

describe('typed replies after choosing a role', () => {
  const assistant = assistantForEachTest('embedded');

  const roleChosen = (role: string): Promise<Chat> => chatWithRoleChosen(assistant.url, role);

  describe('an emergency with a question', () => {
    it('health: "shld i call her mum first or police" gets the 999 card, then who first: not her mum', async () => {
      const c = await roleChosen('health');
      const cards = await c.say("13yo just told me in clinic shes made to have sex wiv men for money, her 'uncle' is outside in the car waiting. shld i call her mum first or police");
      expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
      expect(allText(cards)).toContain(NOT_FIRST);
    });

    it('social care: "call police or her placement" gets police first, then the placement and manager, and no referral desk', async () => {
      const c = await roleChosen('socialCare');
      const cards = await c.say("LAC 15yo just rang me from a car, says shes with some men she doesnt know going to a party in luton and she's scared. what do i do, call police or her placement??");
      expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
      const text = allText(cards);
      expect(text).toContain('Police first: call 999 before you ring the placement');
      for (const slow of ['could not find', 'Referral desks', '87A', 'Or choose your role']) expect({ slow, found: text.includes(slow) }).toEqual({ slow, found: false });
    });

    it('taxi: the 999 card is followed by who first, not by advice to refuse the fare and call 101', async () => {
      const c = await roleChosen('business');
      const cards = await c.say('im a cabbie, got a girl in the back maybe 13 14 with 2 older blokes, she looks scared and out of it. what do i do');
      expect(headings(cards)).toEqual([CALL_999, CALL_FIRST]);
      expect(allText(cards)).not.toContain('refuse the fare');
      // The entries the search found stay one press away, headed for when the child is safe.
      expect(allText(cards)).toContain('When the child is safe');
    });

    it('taxi, no role chosen: the journey is offered after who first, and no answer card stands between', async () => {
      const c = chat(assistant.url);
      const cards = await c.say('im a cabbie, got a girl in the back maybe 13 14 with 2 older blokes, she looks scared and out of it. what do i do');
      expect(headings(cards)).toEqual([CALL_999, CALL_FIRST, OFFER]);
    });

    it('police: the follow-up is the radio and section 46, and not her mum first', async () => {
      const c = await roleChosen('police');
      const cards = await c.say('14yo girl in a car with 3 men outside the chicken shop now, do i call her mum or the control room first');
      expect(headings(cards)).toEqual([CALL_999, 'Get help to the child first']);
      expect(allText(cards)).toContain('Do not ring the child’s parent or carer first or wait for them');
    });
  });

  describe('a worry described', () => {
    it('school: warning signs get the route and the school journey, with the words kept, and no role picker', async () => {
      const c = await roleChosen('school');
      const said = 'year 10 student has had new trainers n an iphone lately, keeps missing period 5 and older lads in a car wait for him sometimes. not sure if im overreacting';
      const cards = await c.say(said);
      expect(headings(cards)).toEqual(['What to do when you are worried about a child: the referral route', OFFER]);
      expect(allText(cards)).not.toContain('Or choose your role');
      expect(allText(cards)).not.toContain('I will not guess');
      // The warning signs the words matched are one press away beneath the route.
      expect(allText(cards)).toContain('Unexplained mobile phones');
      const started = await c.press(cards, 'Start: School or college: first steps');
      expect(allText(started)).toContain('kept as your first note');
    });

    it.each([
      ['business', 'last week a lad checked in with a young girl, paid cash, she looked young maybe 15. they left next morning. should i report it?'],
      ['health', 'im a GP, had a 16 yr old in last month who i think was groomed online, pics shared. not urgent. who do i refer to?'],
    ])('%s: a good answer is not preceded by "could not find"', async (role, said) => {
      const c = await roleChosen(role);
      const cards = await c.say(said);
      expect(allText(cards)).not.toContain('could not find');
      expect(allText(cards)).not.toContain('Or choose your role');
      expect(headings(cards).at(-1)).toBe(OFFER);
    });

    it('with the journey under way, a worry described is answered with the way back to it, and no role picker', async () => {
      const c = await roleChosen('school');
      const welcome = await c.say('menu');
      await c.press(await c.press(welcome, /^Carry on/), 'No');
      const cards = await c.say('year 10 student has had new trainers n an iphone lately, keeps missing period 5 and older lads in a car wait for him sometimes. not sure if im overreacting');
      expect(allText(cards)).not.toContain('Or choose your role');
      expect(actionTitles(cards)).toContain('Carry on where I was');
    });
  });

  describe('a form started in words', () => {
    it('social care: "start the return home interview" offers the form on one button', async () => {
      const c = await roleChosen('socialCare');
      const cards = await c.say('start the return home interview');
      expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual(['Start: Independent return home interview record']);
    });

    it('health: "fill in the concern" and "start the return home interview" are form requests, answered with its forms', async () => {
      const c = await roleChosen('health');
      expect(actionTitles(await c.say('fill in the concern')).filter((title) => title.startsWith('Start: '))).toEqual(['Start: Concern record']);
      expect(actionTitles(await c.say('start the return home interview')).filter((title) => title.startsWith('Start: '))).toEqual(['Start: Concern record']);
    });

    it('a question about it stays a question', async () => {
      const c = await roleChosen('socialCare');
      const cards = await c.say('what is the return home interview');
      expect(actionTitles(cards).filter((title) => title.startsWith('Start: '))).toEqual([]);
    });

    it('with a draft of it saved, a typed start offers to carry on with the draft', async () => {
      const c = await roleChosen('socialCare');
      const offered = await c.say('i want to fill in a return home interview form');
      const started = await c.press(offered, 'Start: Independent return home interview record');
      await c.press(started, 'Save for later');
      const cards = await c.say('start the return home interview');
      expect(headings(cards)).toEqual(['You already have a draft of this form']);
      expect(actionTitles(cards)).toEqual(expect.arrayContaining(['Open the draft', 'Start a new one']));
      expect(headings(await c.press(cards, 'Open the draft')).length).toBeGreaterThan(0);
    });

    // Issue 8: with several drafts of it saved, only the newest was offered.
    it('with several drafts of it saved, a typed start offers each', async () => {
      const c = await roleChosen('socialCare');
      const started = await c.press(await c.say('i want to fill in a return home interview form'), 'Start: Independent return home interview record');
      await c.press(started, 'Save for later');
      const again = await c.press(await c.say('start the return home interview'), 'Start a new one');
      await c.press(again, 'Save for later');
      const cards = await c.say('start the return home interview');
      expect(headings(cards)).toEqual(['You already have drafts of this form']);
      expect(actionTitles(cards).filter((title) => title === 'Open this draft')).toHaveLength(2);
      expect(actionTitles(cards)).toContain('Start a new one');
      // Told apart as the saved drafts list tells them: how far each got, when saved (to the second, or numbered when
      // saved in the same second: this test saves both in one).
      expect(allText(cards).match(/Reached page 1 of (?:up to )?\d+/g)).toHaveLength(2);
      const texts = allText(cards).match(/"text":"[^"]*"/g) ?? [];
      const heading = '"text":"Independent return home interview record"';
      const drafts = texts.join('\n').split(heading).slice(1);
      expect(drafts).toHaveLength(2);
      expect(new Set(drafts).size).toBe(2);
      expect(headings(await c.press(cards, 'Open this draft')).length).toBeGreaterThan(0);
    });
  });
});
