import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { webChatSecrets } from '../../bot/web/webChatSecrets';
import { actionTitles, announceSkippedStores, findAction, headings, startTestAssistant, STORES, type TestAssistant } from '../support/assistant';
import { bearer, cardsAfter, http, post, read, startConversation, type LocalConversation } from '../support/directLine';

/** The local web chat is private to the browser that started it: regression tests over real HTTP. */

announceSkippedStores();

const NOT_AUTHENTICATED = { error: 'unauthorised', message: 'The request was not authenticated.' };
const FORBIDDEN = { error: 'forbidden', message: 'This request is not allowed here.' };
const NOT_FOUND = { error: 'not_found', message: 'There is nothing at this address.' };

describe.each(STORES)('the local web chat: tokens and the bound user (%s store)', (store) => {
  let assistant: TestAssistant;
  let mine: LocalConversation;
  let theirs: LocalConversation;
  beforeAll(async () => {
    assistant = await startTestAssistant(store);
    mine = await startConversation(assistant.url);
    theirs = await startConversation(assistant.url);
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('issues each conversation its own token of at least 32 random bytes (and a MAC binding them to it)', () => {
    const [random, mac] = mine.token.split('.');
    expect(Buffer.from(random ?? '', 'base64url')).toHaveLength(32);
    expect(Buffer.from(mac ?? '', 'base64url')).toHaveLength(32);
    expect(mine.token).not.toBe(theirs.token);
    expect(mine.conversationId).not.toBe(theirs.conversationId);
  });

  const requests: Array<[string, (c: LocalConversation) => { method: string; path: string; body?: unknown }]> = [
    ['read', (c) => ({ method: 'GET', path: `/v3/directline/conversations/${c.conversationId}/activities?watermark=0` })],
    ['post', (c) => ({ method: 'POST', path: `/v3/directline/conversations/${c.conversationId}/activities`, body: { type: 'message', text: 'menu', from: { id: 'someone' } } })],
    ['reconnect', (c) => ({ method: 'GET', path: `/v3/directline/conversations/${c.conversationId}` })],
    ['upload', (c) => ({ method: 'POST', path: `/v3/directline/conversations/${c.conversationId}/upload`, body: {} })],
  ];

  it.each(requests)('refuses to %s without a token, with a wrong one or with another conversation’s (401)', async (_name, make) => {
    const { method, path, body } = make(mine);
    for (const headers of [{}, bearer('not-the-token'), { authorization: 'Basic abc' }, bearer(theirs.token), bearer(mine.browserCredential)]) {
      const answer = await http(assistant.url, path, { method, headers, body });
      expect(answer.status).toBe(401);
      expect(answer.json()).toEqual(NOT_AUTHENTICATED);
    }
  });

  it.each(requests.filter(([name]) => name !== 'upload'))('lets the conversation’s own token %s', async (_name, make) => {
    const { method, path, body } = make(mine);
    expect((await http(assistant.url, path, { method, headers: bearer(mine.token), body })).status).toBe(200);
  });

  it('refreshes only a live conversation’s token', async () => {
    const refresh = (token: string) => http(assistant.url, '/v3/directline/tokens/refresh', { method: 'POST', headers: bearer(token) });
    const own = await refresh(mine.token);
    expect(own.status).toBe(200);
    expect(own.json()).toMatchObject({ token: mine.token });
    expect((await refresh('made-up-token')).status).toBe(401);
    expect((await http(assistant.url, '/v3/directline/tokens/refresh', { method: 'POST' })).status).toBe(401);
  });

  it('answers an unknown conversation with 404 and a short JSON body', async () => {
    const answer = await http(assistant.url, '/v3/directline/conversations/local-unknown/activities', { headers: bearer(mine.token) });
    expect(answer.status).toBe(404);
    expect(answer.json()).toEqual(NOT_FOUND);
  });

  it('refuses a browser credential it did not issue', async () => {
    const forged = `${'A'.repeat(43)}.${'B'.repeat(43)}`;
    const answer = await http(assistant.url, '/v3/directline/conversations', { method: 'POST', headers: bearer(forged), body: {} });
    expect(answer.status).toBe(401);
  });

  it('keeps a browser’s saved drafts its own: a claimed from.id reaches no one else’s', async () => {
    const a = await startConversation(assistant.url);
    let { watermark } = await cardsAfter(assistant.url, a, 0);
    await post(assistant.url, a, { type: 'message', text: 'school' });
    let cards;
    ({ cards, watermark } = await cardsAfter(assistant.url, a, watermark));
    await post(assistant.url, a, { type: 'message', value: findAction(cards, 'No')?.data });
    ({ cards, watermark } = await cardsAfter(assistant.url, a, watermark));
    await post(assistant.url, a, { type: 'message', value: findAction(cards, 'Save for later')?.data });
    ({ cards } = await cardsAfter(assistant.url, a, watermark));
    expect(JSON.stringify(cards)).toContain('Saved for later');

    // The same browser, in a new conversation, is offered its drafts.
    const again = await startConversation(assistant.url, a.browserCredential);
    expect(actionTitles((await cardsAfter(assistant.url, again, 0)).cards)).toContain('Your saved drafts (1)');

    // Another browser claims the first one's user id (worked out here from the key file) and the page's.
    const key = Buffer.from(readFileSync(join(dirname(assistant.dataFile), 'webchat.key'), 'utf8').trim(), 'base64');
    const victim = webChatSecrets(key).userIdOf(a.browserCredential);
    expect(victim).toMatch(/^web-/);
    const b = await startConversation(assistant.url);
    const welcomeB = await cardsAfter(assistant.url, b, 0);
    expect(actionTitles(welcomeB.cards).some((t) => t.startsWith('Your saved drafts'))).toBe(false);
    const claimed = await post(assistant.url, b, { type: 'message', text: 'menu', from: { id: victim, aadObjectId: victim }, serviceUrl: 'http://127.0.0.1:9/' });
    expect(claimed.status).toBe(200);
    const menuB = await cardsAfter(assistant.url, b, welcomeB.watermark);
    expect(actionTitles(menuB.cards)).toContain('School or college');
    expect(actionTitles(menuB.cards).some((t) => t.startsWith('Your saved drafts'))).toBe(false);
    // What the page sees of its own message names no user.
    const seen = await read(assistant.url, b);
    expect(seen.activities.find((x) => x.from.role === 'user')?.from.id).toBe('local-user');
    expect(JSON.stringify(seen)).not.toMatch(/web-[A-Za-z0-9_-]{32}/);
  });

  it('sends nosniff and no-store with every Direct Line answer, and no CORS headers', async () => {
    for (const answer of [
      await http(assistant.url, `/v3/directline/conversations/${mine.conversationId}/activities`, { headers: bearer(mine.token) }),
      await http(assistant.url, `/v3/directline/conversations/${mine.conversationId}/activities`),
    ]) {
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});

describe('the local web chat: who may call it', () => {
  let assistant: TestAssistant;
  let own: string;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded');
    own = new URL(assistant.url).host;
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it.each([
    ['another site', { origin: 'http://evil.example' }],
    ['another port on this machine', { origin: 'http://127.0.0.1:1' }],
    ['a sandboxed frame', { origin: 'null' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site fetch from another origin', { 'sec-fetch-site': 'same-site' }],
  ])('refuses to start a conversation for %s (403, no CORS headers)', async (_name, headers) => {
    const answer = await http(assistant.url, '/v3/directline/conversations', { method: 'POST', headers, body: {} });
    expect(answer.status).toBe(403);
    expect(answer.json()).toEqual(FORBIDDEN);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a CORS preflight from another origin with no permission', async () => {
    const answer = await http(assistant.url, '/v3/directline/conversations', { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('starts a conversation for the page’s own origin', async () => {
    const answer = await http(assistant.url, '/v3/directline/conversations', { method: 'POST', headers: { origin: `http://${own}`, 'sec-fetch-site': 'same-origin' }, body: {} });
    expect(answer.status).toBe(201);
  });

  it.each([
    ['the page', 'GET', '/'],
    ['the Direct Line', 'POST', '/v3/directline/conversations'],
    ['the messaging endpoint', 'POST', '/api/messages'],
    ['health', 'GET', '/healthz'],
  ])('refuses %s under a foreign Host header (DNS rebinding)', async (_name, method, path) => {
    const port = new URL(assistant.url).port;
    for (const host of [`attacker.example:${port}`, `localhost.attacker.example:${port}`, 'localhost:1', `127.0.0.2:${port}`]) {
      const answer = await http(assistant.url, path, { method, headers: { host }, body: method === 'POST' ? {} : undefined });
      expect(answer.status).toBe(403);
      expect(answer.json()).toEqual(FORBIDDEN);
    }
  });

  it.each(['localhost', '127.0.0.1', '[::1]'])('serves the page under the loopback name %s with its port', async (name) => {
    const answer = await http(assistant.url, '/', { headers: { host: `${name}:${new URL(assistant.url).port}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('takes the allowed host names from ALLOWED_HOSTS', async () => {
    // The readiness probe asks 127.0.0.1, a host this start refuses (403); the embedded store is open before it listens.
    const custom = await startTestAssistant('embedded', { ALLOWED_HOSTS: 'chat.internal' }, undefined, {}, { untilReady: false });
    try {
      const port = new URL(custom.url).port;
      expect((await http(custom.url, '/', { headers: { host: `chat.internal:${port}` } })).status).toBe(200);
      expect((await http(custom.url, '/', { headers: { host: `localhost:${port}` } })).status).toBe(403);
    } finally {
      await custom.stop();
    }
  });
});

describe.each(STORES)('the local web chat: taking a conversation up again after a restart (%s store)', (store) => {
  it('needs both the browser’s credential and the conversation’s token, and carries on where it was', async () => {
    const database = `it_resume_${Date.now()}`;
    const first = await startTestAssistant(store, {}, database);
    const c = await startConversation(first.url);
    const other = await startConversation(first.url);
    const welcome = await cardsAfter(first.url, c, 0);
    await post(first.url, c, { type: 'message', text: 'school' });
    expect(headings((await cardsAfter(first.url, c, welcome.watermark)).cards)).toEqual(['Is the child in immediate danger?']);
    await first.stop();

    const second = await startTestAssistant(store, { DATA_FILE: first.dataFile }, database);
    try {
      expect((await http(second.url, `/v3/directline/conversations/${c.conversationId}`, { headers: bearer(c.token) })).status).toBe(404);
      const resume = (credential: string | undefined, conversationId: string, token: string) =>
        http(second.url, '/v3/directline/conversations', { method: 'POST', headers: credential === undefined ? {} : bearer(credential), body: { resume: { conversationId, token } } });
      for (const [credential, conversationId, token] of [
        [undefined, c.conversationId, c.token],
        [other.browserCredential, c.conversationId, c.token],
        [c.browserCredential, c.conversationId, other.token],
        [c.browserCredential, other.conversationId, c.token],
        [c.browserCredential, c.conversationId, `${c.token.split('.')[0] ?? ''}.${'A'.repeat(43)}`],
      ] as const) {
        const refused = await resume(credential, conversationId, token);
        expect(refused.status).toBe(401);
        expect(refused.json()).toEqual(NOT_AUTHENTICATED);
      }
      const resumed = await resume(c.browserCredential, c.conversationId, c.token);
      expect(resumed.status).toBe(201);
      expect(resumed.json()).toMatchObject({ conversationId: c.conversationId, token: c.token });
      const back = await cardsAfter(second.url, c, 0);
      await post(second.url, c, { type: 'message', value: findAction(back.cards, 'Carry on: School or college: first steps')?.data });
      expect(headings((await cardsAfter(second.url, c, back.watermark)).cards)).toEqual(['Is the child in immediate danger?']);
    } finally {
      await second.stop();
    }
  });
});
