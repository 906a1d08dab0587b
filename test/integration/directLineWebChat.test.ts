import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../bot/config';
import { z } from 'zod';
import { startTestAssistant, type TestAssistant } from '../support/assistant';
import { bearer, http, type HttpAnswer } from '../support/directLine';
import { fakeToken, startFakeDirectLineTokens, type FakeDirectLineTokens } from '../support/fakeDirectLineTokens';
import { captureFile } from '../support/logCapture';

/**
 * The web chat outside Teams, through Azure Bot Service's Direct Line: the server exchanges its
 * secret for a token bound to the browser's user and gives the page only the token and its expiry
 * (and, the first time, its browser credential). Over real HTTP, against a loopback stand-in for
 * the token service.
 */

const SECRET = 'fictional-direct-line-secret.0123456789abcdef';
const WITH_APP_ID = { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'fictional-app-password', HOST: '127.0.0.1' };
/** A production start never makes up the web chat key: the deployment provides it. */
function webChatKeyFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cse-dl-')), 'webchat.key');
  writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return file;
}
const PRODUCTION = { ...WITH_APP_ID, DIRECT_LINE_SECRET: SECRET, WEBCHAT_KEY_FILE: webChatKeyFile() };
const TOKEN_PATH = '/api/directline/token';
const BAD_GATEWAY = { error: 'bad_gateway', message: 'The chat service could not be reached. Try again in a minute; if a child is in immediate danger, call 999 now.' };
const FORBIDDEN = { error: 'forbidden', message: 'This request is not allowed here.' };

const given = z.object({ token: z.string(), expiresIn: z.number(), browserCredential: z.string().optional() }).strict();
const boundUser = z.object({ user: z.object({ id: z.string() }) }).strict();

const pageOrigin = (assistant: TestAssistant) => ({ origin: assistant.url });
const askToken = (assistant: TestAssistant, headers: Record<string, string> = pageOrigin(assistant)): Promise<HttpAnswer> =>
  http(assistant.url, TOKEN_PATH, { method: 'POST', headers });

describe('the web chat through Direct Line', () => {
  let fake: FakeDirectLineTokens;
  let assistant: TestAssistant;
  beforeAll(async () => {
    fake = await startFakeDirectLineTokens();
    assistant = await startTestAssistant('embedded', PRODUCTION, undefined, { loopbackDirectLineEndpoint: fake.endpoint });
  });
  afterAll(async () => {
    await assistant.stop();
    await fake.close();
  });
  beforeEach(() => {
    fake.answer = 'token';
    fake.requests.length = 0;
  });

  it('serves the page naming the Direct Line domain, and lets it connect there and nowhere else', async () => {
    const page = await http(assistant.url, '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta name="direct-line-domain" content="${fake.endpoint}" />`);
    const { origin, host } = new URL(fake.endpoint);
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${origin} ws://${host};`);
    expect((await http(assistant.url, '/static/webchat.js')).status).toBe(200);
  });

  it('gives the page a token bound to a new dl_ user and a browser credential, never the secret', async () => {
    const answer = await askToken(assistant);
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain(SECRET);
    const body = given.parse(answer.json());
    expect(body.expiresIn).toBe(1800);
    expect(body.browserCredential).toEqual(expect.any(String));

    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0];
    expect(request?.path).toBe('/v3/directline/tokens/generate');
    expect(request?.authorization).toBe(`Bearer ${SECRET}`);
    const userId = boundUser.parse(request?.body).user.id;
    expect(userId).toMatch(/^dl_web-[A-Za-z0-9_-]{32}$/);
    expect(body.token).toBe(fakeToken(userId));
  });

  it('binds the same user again for the browser that presents its credential, and a new one for another browser', async () => {
    const first = given.parse((await askToken(assistant)).json());
    const again = await askToken(assistant, { ...pageOrigin(assistant), ...bearer(first.browserCredential ?? '') });
    expect(again.status).toBe(200);
    expect(given.parse(again.json()).browserCredential).toBeUndefined();
    const other = await askToken(assistant, { ...pageOrigin(assistant), ...bearer('made-up-credential') });
    expect(given.parse(other.json()).browserCredential).toEqual(expect.any(String));

    const [mine, mineAgain, theirs] = fake.requests.map((request) => boundUser.parse(request.body).user.id);
    expect(mineAgain).toBe(mine);
    expect(theirs).not.toBe(mine);
  });

  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['another port on this machine', { origin: 'http://127.0.0.1:1' }],
    ['a sandboxed frame', { origin: 'null' }],
    ['no Origin at all', {}],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site fetch from another origin', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a token to %s (403) without asking the service', async (_name, headers: Record<string, string>) => {
    const answer = await askToken(assistant, { ...('origin' in headers || Object.keys(headers).length === 0 ? {} : pageOrigin(assistant)), ...headers });
    expect(answer.status).toBe(403);
    expect(answer.json()).toEqual(FORBIDDEN);
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['fails', 'error'],
    ['answers something that is not a token', 'garbage'],
  ] as const)('answers 502 with a kind message when the token service %s', async (_name, answer) => {
    fake.answer = answer;
    const refused = await askToken(assistant);
    expect(refused.status).toBe(502);
    expect(refused.json()).toEqual(BAD_GATEWAY);
    expect(refused.text).not.toContain(SECRET);
  });

  it('answers 502 when the token service cannot be reached', async () => {
    const gone = await startFakeDirectLineTokens();
    await gone.close();
    const unreachable = await startTestAssistant('embedded', PRODUCTION, undefined, { loopbackDirectLineEndpoint: gone.endpoint });
    try {
      const answer = await askToken(unreachable);
      expect(answer.status).toBe(502);
      expect(answer.json()).toEqual(BAD_GATEWAY);
    } finally {
      await unreachable.stop();
    }
  });

  it('never writes the secret or a token to the logs', async () => {
    const issued = given.parse((await askToken(assistant)).json());
    fake.answer = 'error';
    expect((await askToken(assistant)).status).toBe(502);
    const file = captureFile('in-process');
    expect(existsSync(file)).toBe(true);
    const logs = readFileSync(file, 'utf8');
    // The failure is logged, by its kind only.
    expect(logs).toContain('the Direct Line token service gave no token');
    expect(logs).not.toContain(SECRET);
    expect(logs).not.toContain(issued.token);
    expect(logs).not.toContain(issued.browserCredential ?? 'no credential was issued');
  });
});

describe('the Direct Line token route under load', () => {
  it('is rate limited for the whole process (429 with Retry-After)', async () => {
    const fake = await startFakeDirectLineTokens();
    const assistant = await startTestAssistant('embedded', { ...PRODUCTION, DIRECT_LINE_TOKENS_PER_MINUTE: '2' }, undefined, { loopbackDirectLineEndpoint: fake.endpoint });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await askToken(assistant)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await askToken(assistant);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(fake.requests).toHaveLength(2);
    } finally {
      await assistant.stop();
      await fake.close();
    }
  });

  it('limits one browser to ten tokens a minute while others still get theirs', async () => {
    const fake = await startFakeDirectLineTokens();
    const assistant = await startTestAssistant('embedded', PRODUCTION, undefined, { loopbackDirectLineEndpoint: fake.endpoint });
    try {
      const first = given.parse((await askToken(assistant)).json());
      const mine = { ...pageOrigin(assistant), ...bearer(first.browserCredential ?? '') };
      const statuses = [];
      for (let i = 0; i < 11; i += 1) statuses.push((await askToken(assistant, mine)).status);
      expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 200));
      expect(statuses[10]).toBe(429);
      expect((await askToken(assistant)).status).toBe(200);
    } finally {
      await assistant.stop();
      await fake.close();
    }
  });
});

describe('a production start with DIRECT_LINE_SECRET', () => {
  it('stops when the web chat key file is missing, naming the setting and never the secret', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'cse-dl-')), 'webchat.key');
    const start = startTestAssistant('embedded', { ...PRODUCTION, WEBCHAT_KEY_FILE: missing }, undefined, { loopbackDirectLineEndpoint: 'http://127.0.0.1:9/v3/directline' });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow('WEBCHAT_KEY_FILE: required with DIRECT_LINE_SECRET');
    await expect(start).rejects.not.toThrow(SECRET);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('without DIRECT_LINE_SECRET', () => {
  it('serves no web chat and no token route with an app id', async () => {
    const assistant = await startTestAssistant('embedded', WITH_APP_ID);
    try {
      expect((await http(assistant.url, '/')).status).toBe(404);
      expect((await askToken(assistant)).status).toBe(404);
    } finally {
      await assistant.stop();
    }
  });

  it('keeps the local web chat on its own transport without an app id', async () => {
    const assistant = await startTestAssistant('embedded');
    try {
      const page = await http(assistant.url, '/');
      expect(page.text).toContain('<meta name="direct-line-domain" content="" />');
      expect(page.headers['content-security-policy']).toContain("connect-src 'self';");
      expect((await askToken(assistant)).status).toBe(404);
    } finally {
      await assistant.stop();
    }
  });
});
