import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route, WebSocketRoute } from 'playwright-core';
import { z } from 'zod';
import { startTestAssistant, type TestAssistant } from '../support/assistant';
import { hasChromium, launchChromium, CHROMIUM, REPLY_WAIT } from '../support/browser';
import { fakeToken, startFakeDirectLineTokens, type FakeDirectLineTokens } from '../support/fakeDirectLineTokens';

/**
 * The page in Direct Line mode, in a real browser: it asks the server for a token, hands that
 * token (never the secret) to Web Chat, and Web Chat talks to the Direct Line service, here
 * answered inside the browser by Playwright's request and WebSocket routing.
 */

jest.setTimeout(240_000);

const SECRET = 'fictional-direct-line-secret.e2e-0123456789';
const GREETING = 'Hello from the fictional Direct Line service';
const REPLY = 'A fictional reply to what was typed';

const run = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;
if (!hasChromium() && process.env.CI !== 'true') console.log(`End-to-end browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const posted = z.object({ type: z.string(), text: z.string().optional(), from: z.object({ id: z.string() }) }).passthrough();
type Posted = z.infer<typeof posted>;

function botMessage(id: number, text: string) {
  return { type: 'message', id: `fictional-conversation|${String(id).padStart(7, '0')}`, timestamp: new Date().toISOString(), from: { id: 'assistant', name: 'Assistant', role: 'bot' }, text };
}

/** Direct Line's conversation API as Web Chat uses it, answered in the page's network layer. */
async function fakeDirectLineService(page: Page, endpoint: string) {
  const service = { authorizations: [] as string[], posted: [] as Posted[], socket: undefined as WebSocketRoute | undefined };
  const streamUrl = `${endpoint.replace(/^http/, 'ws')}/conversations/fictional-conversation/stream?t=fictional-stream`;
  await page.route(
    (url) => url.href.startsWith(`${endpoint}/`),
    async (route: Route) => {
      const request = route.request();
      service.authorizations.push(request.headers().authorization ?? '');
      const path = new URL(request.url()).pathname;
      if (request.method() === 'POST' && path.endsWith('/conversations')) {
        return route.fulfill({ status: 201, json: { conversationId: 'fictional-conversation', token: request.headers().authorization?.slice('Bearer '.length), expires_in: 1800, streamUrl } });
      }
      if (request.method() === 'POST' && path.endsWith('/conversations/fictional-conversation/activities')) {
        service.posted.push(posted.parse(request.postDataJSON()));
        await route.fulfill({ status: 200, json: { id: `fictional-conversation|${String(service.posted.length + 100).padStart(7, '0')}` } });
        service.socket?.send(JSON.stringify({ activities: [botMessage(2, REPLY)], watermark: '2' }));
        return;
      }
      return route.fulfill({ status: 404, json: {} });
    },
  );
  await page.routeWebSocket(
    (url) => url.href.startsWith(streamUrl.split('/conversations/')[0] ?? streamUrl),
    (socket) => {
      service.socket = socket;
      socket.send(JSON.stringify({ activities: [botMessage(1, GREETING)], watermark: '1' }));
    },
  );
  return service;
}

run('the web chat through Direct Line, in a real browser', () => {
  let fake: FakeDirectLineTokens;
  let assistant: TestAssistant;
  let browser: Browser;
  beforeAll(async () => {
    fake = await startFakeDirectLineTokens();
    const keyFile = join(mkdtempSync(join(tmpdir(), 'cse-dl-e2e-')), 'webchat.key');
    writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    assistant = await startTestAssistant(
      'embedded',
      { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'fictional-app-password', HOST: '127.0.0.1', DIRECT_LINE_SECRET: SECRET, WEBCHAT_KEY_FILE: keyFile },
      undefined,
      { loopbackDirectLineEndpoint: fake.endpoint },
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await assistant?.stop();
    await fake?.close();
  });

  it('starts Web Chat with the token the server exchanged, as the user bound in it, and never sees the secret', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const service = await fakeDirectLineService(page, fake.endpoint);

    await page.goto(assistant.url);
    await page.getByText(GREETING).filter({ visible: true }).first().waitFor(REPLY_WAIT);
    await page.getByRole('textbox', { name: 'Message input box' }).fill('hello');
    await page.keyboard.press('Enter');
    await page.getByText(REPLY).filter({ visible: true }).first().waitFor(REPLY_WAIT);

    // The server asked the token service once, with the secret, for one dl_ user.
    expect(fake.requests.map((r) => r.authorization)).toEqual([`Bearer ${SECRET}`]);
    const userId = z.object({ user: z.object({ id: z.string() }) }).parse(fake.requests[0]?.body).user.id;
    expect(userId).toMatch(/^dl_/);
    // Web Chat used that token, and only that token, and spoke as that user.
    expect(service.authorizations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(service.authorizations)).toEqual(new Set([`Bearer ${fakeToken(userId)}`]));
    expect(service.posted.filter((a) => a.type === 'message').map((a) => [a.from.id, a.text])).toEqual([[userId, 'hello']]);
    // The secret is nowhere the page can read.
    expect(await page.content()).not.toContain(SECRET);
    expect(String(await page.evaluate('JSON.stringify(window.localStorage)'))).not.toContain(SECRET);
    expect(errors).toEqual([]);
  });
});
