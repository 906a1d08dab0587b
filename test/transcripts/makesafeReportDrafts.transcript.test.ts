import { actionTitles, allText, assistantForEachTest, chat, headings, type Card, type Chat } from '../support/assistant';

/**
 * Issue 8: the hotel journey's summary offered only the newest of several saved drafts of the Makesafe report. Each is
 * offered, told apart by how far it got and when it was saved, as the saved drafts list tells them apart.
 */

jest.setTimeout(120_000);

const OFFER = 'Write what to tell the police';
const OPEN_THIS = 'Open this draft';

async function toWhoToCall(c: Chat): Promise<Card[]> {
  let cards = await c.say('business');
  cards = await c.press(cards, 'No');
  cards = await c.press(cards, 'Hotel, hostel or B&B');
  return c.press(cards, 'Next: who to call');
}

describe('the Makesafe report offered with several drafts of it saved', () => {
  const assistant = assistantForEachTest('embedded');

  it('offers each draft to open, then a new one filled in from the journey, or carrying on', async () => {
    const c = chat(assistant.url);
    const first = await c.press(await toWhoToCall(c), OFFER);
    expect(headings(first)).toEqual(['The business']);
    expect(headings(await c.press(first, 'Save for later'))).toEqual(['Saved for later']);

    const asked = await c.press(await toWhoToCall(c), OFFER);
    expect(headings(asked)).toEqual(['You already have a draft of this form']);
    expect(allText(asked)).toContain('Reached page 1 of');
    const second = await c.press(asked, 'Start a new one');
    expect(headings(second)).toEqual(['The business']);
    expect(headings(await c.press(second, 'Save for later'))).toEqual(['Saved for later']);

    const cards = await c.press(await toWhoToCall(c), OFFER);
    expect(headings(cards)).toEqual(['You already have drafts of this form']);
    expect(actionTitles(cards).filter((title) => title === OPEN_THIS)).toHaveLength(2);
    expect(actionTitles(cards)).toEqual(expect.arrayContaining(['Start a new one', 'Carry on where I was']));
    expect(allText(cards)).toContain('filled in from this journey');
    expect(headings(await c.press(cards, OPEN_THIS))).toEqual(['The business']);
  });
});
