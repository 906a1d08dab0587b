import { readFileSync } from 'node:fs';
import { cardProblems } from '../support/adaptiveCards';
import { allText, announceSkippedStores, chat, headings, startTestAssistant, STORES, type TestAssistant } from '../support/assistant';

/** Over HTTP, as Teams and the Agents Playground reach the bot: POST /api/messages with expectReplies. */

announceSkippedStores();

describe.each(STORES)('the assistant over HTTP (%s store)', (store) => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant(store);
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('is alive and ready', async () => {
    expect(await (await fetch(`${assistant.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${assistant.url}/readyz`)).json()).toEqual({ status: 'ready', storage: store });
  });

  it('welcomes a new conversation with a menu by role', async () => {
    const c = chat(assistant.url);
    const cards = await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
    expect(headings(cards)).toEqual(["Worried about a child? Let's work out what to do next."]);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it('interrupts a journey with 999 guidance when something urgent is typed, then carries on where it was', async () => {
    const c = chat(assistant.url);
    const first = await c.say('school');
    expect(headings(first)).toEqual(['Is the child in immediate danger?']);
    const signs = await c.press(first, 'No');
    expect(headings(signs)).toEqual(['Warning signs 1 of 10: S, Sexual identity, wellbeing and choice']);
    const second = await c.press(await c.press(signs, 'Skip to the images question'), 'No');
    expect(headings(second)).toEqual(['Are you the designated safeguarding lead?']);
    const urgent = await c.say("she's with him right now");
    expect(headings(urgent)).toEqual(['Call 999 now']);
    const resumed = await c.press(urgent, 'Carry on where I was');
    expect(headings(resumed)).toEqual(['Are you the designated safeguarding lead?']);
  });

  it('refuses an attachment with guidance and keeps nothing of it', async () => {
    const c = chat(assistant.url);
    const marker = 'fictional-upload-address-3f9a';
    const cards = await c.send({ attachments: [{ contentType: 'image/png', contentUrl: `https://files.example.invalid/${marker}.png`, name: `${marker}.png` }] });
    expect(headings(cards)).toEqual(['Please do not send files or images here']);
    expect(allText(cards)).toContain('do not look at it again');
    if (store === 'embedded') expect(readFileSync(assistant.dataFile).toString('latin1')).not.toContain(marker);
  });

  it('answers malformed JSON with 400 and a short JSON error, and keeps running', async () => {
    const response = await fetch(`${assistant.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", oops' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad_request', message: 'The request could not be read.' });
    expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ['a body that is not an activity', { hello: 'world' }],
    ['an array', [1, 2, 3]],
    ['an activity without a conversation', { type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1:1', channelId: 'test', deliveryMode: 'expectReplies' }],
  ])('answers %s with a 4xx, never a crash', async (_name, body) => {
    const response = await fetch(`${assistant.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await fetch(`${assistant.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'too_large', message: 'The request body is too large.' });
  });

  it('answers an unknown card payload with a kind message', async () => {
    const c = chat(assistant.url);
    const cards = await c.send({ value: { event: 'something.unknown', secret: 'not echoed' } });
    expect(headings(cards)).toEqual(['I could not read that']);
    expect(allText(cards)).not.toContain('not echoed');
  });

  it('refuses a stale card kindly and shows where the user is now', async () => {
    const c = chat(assistant.url);
    const first = await c.say('health');
    await c.press(first, 'No');
    const again = await c.press(first, 'Yes');
    // A "yes" to danger always counts, stale or not: the 999 card comes before the stale notice.
    expect(headings(again)).toEqual(['Call 999 now', 'That card is out of date', 'Warning signs 1 of 11: What you see in health settings']);
  });

  it('serves the web chat page with its words from the locales', async () => {
    const response = await fetch(`${assistant.url}/`);
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<h1>CSE practitioners&#39; assistant</h1>');
    expect(page).toContain('If a child is in immediate danger, call 999 now.');
    expect(page).not.toContain('{{');
  });

  it('answers 404 with JSON for an unknown address', async () => {
    const response = await fetch(`${assistant.url}/no/such/place`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: 'There is nothing at this address.' });
  });
});
