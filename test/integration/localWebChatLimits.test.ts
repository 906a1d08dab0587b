import { createServer, type Server } from 'node:http';
import { startTestAssistant, type TestAssistant } from '../support/assistant';
import { bearer, cardsAfter, http, post, read, startConversation, type LocalConversation } from '../support/directLine';

/** What the local web chat holds is bounded, expires when idle, and nothing a client sends makes a 5xx. */

const bytesOf = (activities: unknown[]): number => activities.reduce<number>((sum, a) => sum + Buffer.byteLength(JSON.stringify(a)), 0);
const indexOf = (id: string): number => Number(id.split('|')[1]);
const typing = (padding: number) => ({ type: 'typing', value: { padding: 'x'.repeat(padding) } });

async function postAll(base: string, conversation: LocalConversation, count: number, padding: number): Promise<void> {
  for (let i = 0; i < count; i += 1) expect((await post(base, conversation, typing(padding))).status).toBe(200);
}

describe('the local web chat: limits', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded', {
      WEBCHAT_MAX_CONVERSATIONS: '3',
      WEBCHAT_BUFFER_ACTIVITIES: '10',
      WEBCHAT_BUFFER_KB: '16',
      WEBCHAT_MAX_ACTIVITY_KB: '4',
    });
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('keeps only the newest activities of a conversation, by count', async () => {
    const c = await startConversation(assistant.url);
    await cardsAfter(assistant.url, c, 0);
    await postAll(assistant.url, c, 15, 10);
    const set = await read(assistant.url, c);
    expect(set.activities).toHaveLength(10);
    // The watermark still counts everything: the page's position stays right.
    expect(indexOf(set.activities[9]?.id ?? '')).toBe(Number(set.watermark) - 1);
    expect(indexOf(set.activities[0]?.id ?? '')).toBe(Number(set.watermark) - 10);
  });

  it('keeps a conversation within its byte limit, dropping its oldest first', async () => {
    const c = await startConversation(assistant.url);
    await cardsAfter(assistant.url, c, 0);
    await postAll(assistant.url, c, 8, 3000);
    const set = await read(assistant.url, c);
    expect(bytesOf(set.activities)).toBeLessThanOrEqual(16 * 1024);
    expect(set.activities.length).toBeLessThan(9);
    expect(indexOf(set.activities.at(-1)?.id ?? '')).toBe(Number(set.watermark) - 1);
  });

  it('refuses a new conversation once the live ones are at their limit (429), never evicting one', async () => {
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await http(assistant.url, '/v3/directline/conversations', { method: 'POST', body: {} }));
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.json()).toEqual({ error: 'too_many_requests', message: 'Too many requests: try again shortly.' });
  });
});

describe('the local web chat: the total across conversations', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded', { WEBCHAT_BUFFER_KB: '16', WEBCHAT_TOTAL_BUFFER_KB: '24', WEBCHAT_MAX_ACTIVITY_KB: '4' });
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('stays within the total, taking scroll-back from the least recently used, never a whole conversation', async () => {
    const older = await startConversation(assistant.url);
    await cardsAfter(assistant.url, older, 0);
    await postAll(assistant.url, older, 5, 2000);
    // Within its own limits: nothing dropped yet.
    expect(indexOf((await read(assistant.url, older)).activities[0]?.id ?? '')).toBe(0);
    const newer = await startConversation(assistant.url);
    await cardsAfter(assistant.url, newer, 0);
    await postAll(assistant.url, newer, 5, 2000);
    const b = await read(assistant.url, newer);
    const a = await read(assistant.url, older);
    expect(bytesOf(a.activities) + bytesOf(b.activities)).toBeLessThanOrEqual(24 * 1024);
    expect(indexOf(a.activities[0]?.id ?? '')).toBeGreaterThan(0);
    expect(a.activities.length).toBeGreaterThanOrEqual(1);
    expect(indexOf(b.activities.at(-1)?.id ?? '')).toBe(Number(b.watermark) - 1);
    expect(b.activities.length).toBeGreaterThan(a.activities.length);
    expect((await http(assistant.url, `/v3/directline/conversations/${older.conversationId}`, { headers: bearer(older.token) })).status).toBe(200);
  });
});

describe('the local web chat: bad input', () => {
  let assistant: TestAssistant;
  let c: LocalConversation;
  let bot: Server;
  let botCalls = 0;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded', { WEBCHAT_MAX_ACTIVITY_KB: '4' });
    c = await startConversation(assistant.url);
    bot = createServer((_req, res) => {
      botCalls += 1;
      res.end('{}');
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await assistant.stop();
    await new Promise((resolve) => bot.close(resolve));
  });

  it.each([
    ['an oversized activity', { type: 'message', text: 'hi', value: { note: 'x'.repeat(5000) } }, 413],
    ['a body over the server’s size limit', { type: 'message', value: 'x'.repeat(400 * 1024) }, 413],
    ['malformed JSON', '{"type": "message", oops', 400],
    ['an unknown activity type', { type: 'invoke', name: 'x' }, 400],
    ['an array', [1, 2, 3], 400],
    ['a card value nested deeper than the edge schema allows', { type: 'message', value: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }, 400],
    ['nothing at all', undefined, 400],
  ])('answers %s with a 4xx and a short JSON body, and keeps running', async (_name, body, status) => {
    const answer = await http(assistant.url, `/v3/directline/conversations/${c.conversationId}/activities`, { method: 'POST', headers: bearer(c.token), body });
    expect(answer.status).toBe(status);
    expect(Object.keys(answer.json() as object).sort()).toEqual(['error', 'message']);
    expect((await http(assistant.url, '/healthz')).status).toBe(200);
  });

  it('never takes serviceUrl from the client: a reply still comes by polling and nothing calls the given address', async () => {
    const welcome = await cardsAfter(assistant.url, c, 0);
    const address = bot.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const answer = await post(assistant.url, c, { type: 'message', text: 'menu', serviceUrl: `http://127.0.0.1:${port}/`, channelId: 'msteams' });
    expect(answer.status).toBe(200);
    await cardsAfter(assistant.url, c, welcome.watermark);
    expect(botCalls).toBe(0);
  });
});

describe('the local web chat: idle expiry', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded', { WEBCHAT_IDLE_MINUTES: '0.05' });
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('forgets a conversation left idle, answering 404 (or 401 for a token refresh) with a short JSON body', async () => {
    const c = await startConversation(assistant.url);
    expect((await http(assistant.url, `/v3/directline/conversations/${c.conversationId}`, { headers: bearer(c.token) })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    for (const [method, path] of [
      ['GET', `/v3/directline/conversations/${c.conversationId}/activities`],
      ['GET', `/v3/directline/conversations/${c.conversationId}`],
      ['POST', `/v3/directline/conversations/${c.conversationId}/activities`],
    ] as const) {
      const answer = await http(assistant.url, path, { method, headers: bearer(c.token), body: method === 'POST' ? { type: 'message', text: 'hi' } : undefined });
      expect(answer.status).toBe(404);
      expect(answer.json()).toEqual({ error: 'not_found', message: 'There is nothing at this address.' });
    }
    expect((await http(assistant.url, '/v3/directline/tokens/refresh', { method: 'POST', headers: bearer(c.token) })).status).toBe(401);
    // The same browser (its credential and the token together) takes it up again.
    const resumed = await http(assistant.url, '/v3/directline/conversations', { method: 'POST', headers: bearer(c.browserCredential), body: { resume: { conversationId: c.conversationId, token: c.token } } });
    expect(resumed.status).toBe(201);
    expect((await http(assistant.url, `/v3/directline/conversations/${c.conversationId}`, { headers: bearer(c.token) })).status).toBe(200);
  });
});
