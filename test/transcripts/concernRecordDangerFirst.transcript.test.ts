import { allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';
import { pressAnswer } from '../support/formConversation';
import { CHECK, fillPages } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';

/**
 * The seventh exploratory test (issue 8): a concern record started blank asked about danger after the narrative, so a
 * past-tense account ("twice I saw older young men in a grey car waiting for him") brought the 999 card, the same text sent
 * again brought a second one, the danger page then said the user had told of danger and that the journey's answers were
 * filled in (no journey was used), and the confirmation after "No" said "Earlier in this journey you told us…". The danger
 * question now comes before the narrative, as on the Makesafe report: once answered No, the boxes are a record of the past.
 */

jest.setTimeout(120_000);

const CALL_999_NOW = 'Call 999 now';
const TOLD_EARLIER = 'Earlier in this journey you told us';
const TOLD_IN_FORM = 'Something you typed while filling in this form';
const JOURNEY_CLAIM = 'what you recorded in it is filled in below';
const NARRATIVE = `Over the last month ${FICTIONAL_CHILD.firstName} has had new trainers and an iPhone. He has missed period 5 on 6 occasions. Twice I saw older young men in a grey car waiting for him at the gate after school.`;

async function blankRecord(c: Chat): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
  return c.press(await c.say('i want to fill in a concern form'), 'Start: Concern record');
}

const BEFORE_DANGER: Array<[string, Record<string, string>]> = [
  ['About you', { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Head of year', organisation: 'Fictional Academy' }],
  ['The child', { childName: `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`, setting: 'school', knownToCsc: 'no' }],
];

describe('the concern record started blank: danger asked before the story (embedded store)', () => {
  const assistant = assistantForEachTest('embedded');

  it('asks about danger before the narrative, reads a past account after "No" without a 999 card, claims no journey, and confirms without "Earlier in this journey"', async () => {
    const c = chat(assistant.url);
    const dangerPage = await fillPages(c, await blankRecord(c), BEFORE_DANGER);
    expect(headings(dangerPage)).toEqual(['Warning signs and danger']);
    expect(allText(dangerPage)).not.toContain(JOURNEY_CLAIM);
    expect(allText(dangerPage)).not.toContain(TOLD_IN_FORM);
    const story = await c.press(dangerPage, 'Continue', { danger: 'no' });
    expect(headings(story)).toEqual(['What you saw or were told']);
    const whenWhere = await c.press(story, 'Continue', { whatHappened: NARRATIVE, disclosure: 'no' });
    expect(headings(whenWhere)).toEqual(['When and where']);
    const check = await fillPages(c, whenWhere, [
      ['When and where', { seenOn: '2/12/2026' }],
      ['What you have done so far', { actions: 'toldSafeguardingLead' }],
      ['The decision and why', { decision: 'referredToMash', reason: 'Gifts, missed lessons and older men at the gate: referred the same day.' }],
    ]);
    expect(headings(check)).toEqual([CHECK]);
    const done = await c.press(check, 'Submit');
    expect(headings(done)).toEqual(['Concern record submitted']);
    expect(allText(done)).not.toContain(TOLD_EARLIER);
  });

  // The tester's page was first refused (a question left unanswered), then sent again with the text unchanged: a second card.
  it('brings no 999 card for a past account after "No", sent again unchanged once the page was refused', async () => {
    const c = chat(assistant.url);
    const dangerPage = await fillPages(c, await blankRecord(c), BEFORE_DANGER);
    const story = await c.press(dangerPage, 'Continue', { danger: 'no' });
    const refused = await c.press(story, 'Continue', { whatHappened: NARRATIVE });
    expect(headings(refused)).toEqual(['What you saw or were told']);
    const again = await c.press(refused, 'Continue', { whatHappened: NARRATIVE, disclosure: 'no' });
    expect(headings(again)).toEqual(['When and where']);
  });

  // The eighth exploratory test: once a card had dropped the No, every later box was read as a chat message, and "After
  // school, outside the school gates" brought the card again on the next page, and the next. After a card the form's boxes
  // are a record of the past: only words told as now bring it again.
  it('after one 999 card, reads the later pages as a record of the past: a place brings no second card, a danger told as now does', async () => {
    const c = chat(assistant.url);
    const dangerPage = await fillPages(c, await blankRecord(c), BEFORE_DANGER);
    const story = await c.press(dangerPage, 'Continue', { danger: 'no' });
    const told = await c.press(story, 'Continue', { whatHappened: `${NARRATIVE} He is waiting for him at the gate now.`, disclosure: 'no' });
    expect(headings(told)[0]).toBe(CALL_999_NOW);
    const whenWhere = await c.press(told, 'Carry on where I was');
    expect(headings(whenWhere)).toEqual(['When and where']);
    const now = await c.press(whenWhere, 'Continue', { seenOn: '2/12/2026', place: 'Outside the school gates, he is still there with him' });
    expect(headings(now)[0]).toBe(CALL_999_NOW);
    const place = await c.press(await c.press(now, 'Carry on where I was'), 'Continue', { seenOn: '2/12/2026', place: 'After school, outside the school gates' });
    expect(headings(place)).toEqual(['What you have done so far']);
  });

  it('says in the confirmation what a danger told and then answered No means, not "Earlier in this journey"', async () => {
    const c = chat(assistant.url);
    const dangerPage = await fillPages(c, await blankRecord(c), BEFORE_DANGER);
    const story = await c.press(dangerPage, 'Continue', { danger: 'no' });
    const told = await c.press(story, 'Continue', { whatHappened: `${NARRATIVE} He is waiting for him at the gate now.`, disclosure: 'no' });
    expect(headings(told)[0]).toBe(CALL_999_NOW);
    const resumed = await c.press(told, 'Carry on where I was');
    const check = await fillPages(c, resumed, [
      ['When and where', { seenOn: '2/12/2026' }],
      ['What you have done so far', { actions: 'called999,toldSafeguardingLead' }],
      ['The decision and why', { decision: 'referredToMash', reason: 'Referred to the MASH the same day.' }],
    ]);
    // The No was dropped when danger was told: answered again, for what the user knows now.
    expect(headings(check)).toEqual([CHECK]);
    const signs = await pressAnswer(c, check, { type: 'form.change', value: 'danger' });
    expect(allText(signs)).toContain('Something you typed while filling in this form may mean the child is in immediate danger');
    const back = await c.press(signs, 'Save and go back', { danger: 'no' });
    const done = await c.press(back, 'Submit');
    expect(headings(done)).toEqual(['Concern record submitted']);
    expect(allText(done)).not.toContain(TOLD_EARLIER);
    expect(allText(done)).toContain('You answered that the child is not in immediate danger');
  });
});
