import { allText, announceSkippedStores, chat, headings, startTestAssistant, STORES, type TestAssistant } from '../support/assistant';
import { cardsAfter, post, startConversation } from '../support/directLine';

/**
 * A message longer than the 4,000 characters a conversation takes is answered with the limit, 999
 * first, over /api/messages and over the local web chat's Direct Line (not refused as a failed send),
 * and leaves the conversation as it was.
 */

announceSkippedStores();

// Fictional words, 32 characters a time: 5,119 once trimmed.
const LONG = 'A fictional note about a pupil. '.repeat(160);
const TOO_LONG = 'Your message is too long for me to take';
const SAFETY = 'If a child is in danger now, call 999.';
const URGENT = 'Call 999 now';

describe.each(STORES)('a message over 4,000 characters (%s store)', (store) => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant(store);
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('over /api/messages: says how long it was and what the limit is, 999 first, and the journey is where it was', async () => {
    const c = chat(assistant.url);
    const question = await c.say('school');
    expect(headings(question)).toContain('Is the child in immediate danger?');
    const reply = await c.say(LONG);
    expect(reply).toHaveLength(1);
    expect(headings(reply)).toEqual([TOO_LONG]);
    const text = allText(reply);
    expect(text.indexOf(SAFETY)).toBeGreaterThan(-1);
    expect(text.indexOf(SAFETY)).toBeLessThan(text.indexOf(TOO_LONG));
    expect(text).toContain('It is 5,119 characters long, and I can take up to 4,000 at a time, so I have not answered it or kept any of it.');
    expect(text).not.toContain('fictional note');
    // The question's card still answers at its revision: the long message changed nothing.
    const next = await c.press(question, 'No');
    expect(headings(next)).toContain('Warning signs 1 of 10: S, Sexual identity, wellbeing and choice');
  });

  it('puts the 999 card first when the long message says a child is in danger now', async () => {
    const reply = await chat(assistant.url).say(`${LONG} She is in his car with him right now and he will not let her out.`);
    expect(headings(reply)).toEqual([URGENT, TOO_LONG]);
  });

  it('takes a message of exactly 4,000 characters as any other', async () => {
    const c = chat(assistant.url);
    const reply = await c.say(`how long does a sexual risk order last? ${'x'.repeat(4000 - 40)}`);
    expect(headings(reply)).not.toContain(TOO_LONG);
  });

  it('over the local web chat: accepts the post and answers with the limit', async () => {
    const page = await startConversation(assistant.url);
    const welcome = await cardsAfter(assistant.url, page, 0);
    const answer = await post(assistant.url, page, { type: 'message', text: LONG });
    expect(answer.status).toBe(200);
    const { cards } = await cardsAfter(assistant.url, page, welcome.watermark);
    expect(headings(cards)).toEqual([TOO_LONG]);
    expect(allText(cards)).toContain('It is 5,119 characters long');
  });
});
