import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chat } from '../support/assistant';
import { FICTIONAL_CHILD, FICTIONAL_NOTES, findLeaks } from '../support/personalTestValues';
import { startProcess, type AssistantProcess } from '../support/process';

/**
 * The requests a probe of the running server used to turn into leaks, against the real process
 * logging at trace: no personal value, no token, no long line, no stack trace per request.
 */

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJmaWN0aW9uYWwtYXBwIn0.c2lnbmF0dXJlLW5vdC1yZWFs';

function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}{"id":"${FICTIONAL_CHILD.firstName}"}${'}'.repeat(depth)}`;
}

function activity(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    text: FICTIONAL_NOTES.concern,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:1/unused',
    from: { id: 'user-fictional-9', name: `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}` },
    conversation: { id: `conv-logging-${Date.now()}` },
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

describe('what the running assistant logs, at trace', () => {
  let assistant: AssistantProcess;
  beforeAll(async () => {
    assistant = await startProcess({ DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-logging-')), 'assistant.db') });
  });
  afterAll(async () => {
    assistant.child.kill('SIGTERM');
    await assistant.exited;
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${assistant.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${JWT}`, ...headers }, body });

  it('logs none of a deeply nested from or conversation, nor the Authorization header', async () => {
    const marker = '"from":"@nested@"';
    const body = JSON.stringify(activity({ from: '@nested@' })).replace(marker, `"from":${nestedJson(12_000)}`);
    const response = await post(body);
    expect(response.status).toBeLessThan(600);
    const conversation = JSON.stringify(activity({ conversation: '@nested@' })).replace('"conversation":"@nested@"', `"conversation":${nestedJson(12_000)}`);
    await post(conversation);
    expect(findLeaks(assistant.output())).toEqual([]);
  });

  it('refuses a 200 KB channel id at the edge, and logs an unrecognised one it accepts as its length', async () => {
    expect((await post(JSON.stringify(activity({ channelId: 'C'.repeat(200_000) })))).status).toBe(400);
    expect(assistant.output()).not.toContain('C'.repeat(600));
    const response = await post(JSON.stringify(activity({ channelId: 'C'.repeat(500) })));
    expect(response.status).toBeLessThan(500);
    expect(assistant.output()).toContain('"channel":"[unrecognised, 500 chars]"');
  });

  it('logs a refused turn as its kind and a correlation id, without a stack trace', async () => {
    // Without deliveryMode the reply goes to the client-supplied serviceUrl, which is not there.
    await post(JSON.stringify(activity({ deliveryMode: undefined, text: FICTIONAL_NOTES.police })));
    const c = chat(assistant.url);
    await c.say(FICTIONAL_NOTES.makesafe);
    await c.say(`${FICTIONAL_CHILD.firstName} was born on ${FICTIONAL_CHILD.dateOfBirth}`);
    // The edge acknowledges such a turn (202) before its reply has failed: wait for the failure to be logged.
    const failed = /"correlationId":"[0-9a-f]{8}","kind":"RestError","msg":"turn failed"/;
    for (let waited = 0; !failed.test(assistant.output()) && waited < 30_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
    const output = assistant.output();
    expect(output).toMatch(failed);
    expect(output).not.toMatch(/^\s+at /m);
    expect(findLeaks(output)).toEqual([]);
  });

  it('writes no line longer than a few hundred characters', () => {
    const longest = Math.max(...assistant.output().split('\n').map((line) => line.length));
    expect(longest).toBeLessThan(1000);
  });
});

describe('what the running assistant logs at trace with an app id, when requests are refused', () => {
  let assistant: AssistantProcess;
  beforeAll(async () => {
    assistant = await startProcess({
      DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-logging-auth-')), 'assistant.db'),
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
      MICROSOFT_APP_PASSWORD: 'fictional-secret',
      HOST: '127.0.0.1',
    });
  });
  afterAll(async () => {
    assistant.child.kill('SIGTERM');
    await assistant.exited;
  });

  it.each([
    ['no Authorization header', {}],
    ['a forged bearer JWT', { authorization: `Bearer ${JWT}` }],
    ['a bearer token that is not a JWT', { authorization: 'Bearer not-a-real-token-but-long-enough' }],
  ])('refuses %s with 401 and logs it without a stack trace, the token or the message', async (_name, headers: Record<string, string>) => {
    const response = await fetch(`${assistant.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity({})) });
    expect(response.status).toBe(401);
    const output = assistant.output();
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('not-a-real-token');
    expect(findLeaks(output)).toEqual([]);
  });
});
