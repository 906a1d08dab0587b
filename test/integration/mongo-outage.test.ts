import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { allText, announceSkippedStores, chat, headings, startTestAssistant, type Card, type TestAssistant } from '../support/assistant';
import { mongoHostPort, startTcpProxy, withHostPort, type TcpProxy } from '../support/tcpProxy';

/**
 * MongoDB goes away and comes back, with a real assistant and a real server (FerretDB in CI):
 * a TCP proxy between them is cut (connection refused) or turned into a black hole (accepts,
 * never answers). The process keeps running, /readyz says not_ready, a turn tells the user
 * nothing is lost, and once the server is back the same card carries on.
 */

jest.setTimeout(90_000);
announceSkippedStores();

const uri = process.env.MONGODB_URI;
const DSL_QUESTION = 'Are you the designated safeguarding lead?';
const STAFF = 'No, another member of staff';
const TELL_DSL = 'Tell your designated safeguarding lead now';
const CANNOT_SAVE = 'I cannot save right now';

const uniqueDatabase = (): string => `outage_${Date.now()}_${randomBytes(3).toString('hex')}`;

async function status(url: string, path: string): Promise<{ code: number; body: unknown }> {
  const response = await fetch(`${url}${path}`);
  return { code: response.status, body: await response.json() };
}

/** Polls /readyz until it answers 200, for at most `ms`; returns the last status code. */
async function readyWithin(url: string, ms: number): Promise<number> {
  const until = Date.now() + ms;
  let code = 0;
  while (Date.now() < until) {
    code = (await fetch(`${url}/readyz`)).status;
    if (code === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return code;
}

function expectCannotSave(cards: Card[]): void {
  expect(headings(cards)).toEqual([CANNOT_SAVE]);
  const text = allText(cards);
  expect(text).toContain('Nothing you entered before this message is lost');
  expect(text).toContain('call 999');
}

(uri === undefined ? describe.skip : describe)('MongoDB outage (a TCP proxy between the assistant and the server)', () => {
  const target = mongoHostPort(uri ?? 'mongodb://127.0.0.1:1/');
  const databases: string[] = [];
  const running: { assistant?: TestAssistant; proxy?: TcpProxy }[] = [];

  async function start(options: { startCut?: boolean } = {}): Promise<{ assistant: TestAssistant; proxy: TcpProxy }> {
    const slot: { assistant?: TestAssistant; proxy?: TcpProxy } = {};
    running.push(slot);
    const proxy = await startTcpProxy(target, options);
    slot.proxy = proxy;
    const database = uniqueDatabase();
    databases.push(database);
    const proxyUri = withHostPort(uri ?? '', { host: '127.0.0.1', port: proxy.port });
    // Started cut, it cannot be ready: the test is of what it says until then.
    const assistant = await startTestAssistant('mongodb', { MONGODB_URI: proxyUri, MONGODB_DB: database }, database, {}, { untilReady: options.startCut !== true });
    slot.assistant = assistant;
    return { assistant, proxy };
  }

  afterEach(async () => {
    for (const { assistant, proxy } of running.splice(0)) {
      await proxy?.restore();
      await assistant?.stop();
      await proxy?.close();
    }
  });

  afterAll(async () => {
    const client = new MongoClient(uri ?? '', { serverSelectionTimeoutMS: 3000 });
    try {
      for (const database of databases) await client.db(database).dropDatabase();
    } finally {
      await client.close();
    }
  });

  it('the assistant goes through the proxy to the server', async () => {
    const { assistant, proxy } = await start();
    expect(proxy.state()).toBe('forward');
    expect(await status(assistant.url, '/readyz')).toEqual({ code: 200, body: { status: 'ready', storage: 'mongodb' } });
  });

  it('server cut mid-journey: alive, not ready, "I cannot save right now"; back again: the same card carries on', async () => {
    const { assistant, proxy } = await start();
    const c = chat(assistant.url);
    const danger = await c.say('school');
    const role = await c.press(await c.press(await c.press(danger, 'No'), 'Skip to the images question'), 'No');
    expect(headings(role)).toEqual([DSL_QUESTION]);

    await proxy.cut();
    expect(await status(assistant.url, '/healthz')).toEqual({ code: 200, body: { status: 'ok' } });
    expect(await status(assistant.url, '/readyz')).toEqual({ code: 503, body: { status: 'not_ready', storage: 'mongodb' } });
    expectCannotSave(await c.press(role, STAFF));
    expect(await status(assistant.url, '/healthz')).toEqual({ code: 200, body: { status: 'ok' } });

    await proxy.restore();
    expect(await readyWithin(assistant.url, 30_000)).toBe(200);
    // Nothing was lost: the card answered during the outage is still the current one.
    expect(headings(await c.press(role, STAFF))).toEqual([TELL_DSL]);
  });

  it('server black-holed mid-journey: the turn still answers, inside its deadline; back again: the card carries on', async () => {
    const { assistant, proxy } = await start();
    const c = chat(assistant.url);
    const danger = await c.say('school');
    const role = await c.press(await c.press(await c.press(danger, 'No'), 'Skip to the images question'), 'No');
    expect(headings(role)).toEqual([DSL_QUESTION]);

    proxy.blackHole();
    const startedAt = Date.now();
    const answer = await c.press(role, STAFF);
    const tookMs = Date.now() - startedAt;
    expectCannotSave(answer);
    // The limit that matters is Teams' 15 s; by default one failing call is cut off at 5 s.
    expect(tookMs).toBeLessThan(12_000);
    expect(await status(assistant.url, '/readyz')).toEqual({ code: 503, body: { status: 'not_ready', storage: 'mongodb' } });
    expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);

    await proxy.restore();
    expect(await readyWithin(assistant.url, 30_000)).toBe(200);
    expect(headings(await c.press(role, STAFF))).toEqual([TELL_DSL]);
  });

  it('starts while the server is out of reach: listens, not ready; once it is reachable, ready and conversing', async () => {
    const { assistant, proxy } = await start({ startCut: true });
    expect(proxy.state()).toBe('cut');
    expect(await status(assistant.url, '/healthz')).toEqual({ code: 200, body: { status: 'ok' } });
    expect(await status(assistant.url, '/readyz')).toEqual({ code: 503, body: { status: 'not_ready', storage: 'mongodb' } });
    const c = chat(assistant.url);
    expectCannotSave(await c.say('school'));

    await proxy.restore();
    expect(await readyWithin(assistant.url, 45_000)).toBe(200);
    const danger = await c.say('school');
    expect(headings(danger)).toEqual(['Is the child in immediate danger?']);
    expect(headings(await c.press(await c.press(await c.press(danger, 'No'), 'Skip to the images question'), 'No'))).toEqual([DSL_QUESTION]);
  });
});
