import { allText, chat, headings, startTestAssistant, type Chat, type TestAssistant } from '../support/assistant';

/**
 * Issue 8, the seventh exploratory test: a tester typing as a new user had the 999 card first for a pattern asked about with
 * no one at risk now, and for a child said not to be there now. Neither brings the card now, and neither is left unanswered;
 * the live twin of each still does. Fictional.
 */

const CALL_999 = 'Call 999 now';

describe('a worry over, absent now, or a repeated pattern, typed by a new user', () => {
  let assistant: TestAssistant;
  let c: Chat;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded');
  });
  afterAll(async () => {
    await assistant.stop();
  });
  beforeEach(() => {
    c = chat(assistant.url);
  });

  it.each([
    'every weekend some older men buy food for schoolgirls here and then drive off with them. who should i tell?',
    'got intel that a takeaway on the high st has older men giving free food to schoolgirls most evenings. no kids there atm. what options do i have',
  ])('gets no 999 card, and a reply: %s', async (message) => {
    const cards = await c.say(message);
    expect(headings(cards)).not.toContain(CALL_999);
    expect(cards.length).toBeGreaterThan(0);
    expect(allText(cards).trim()).not.toBe('');
  });

  it.each([
    'every weekend some older men buy food for schoolgirls here and one is driving off with a girl right now',
    'no kids there atm but the men say theyre picking up 2 girls from the station in 10 mins',
  ])('its live twin gets the 999 card first: %s', async (message) => {
    const cards = await c.say(message);
    expect(headings(cards)[0]).toBe(CALL_999);
  });
});
