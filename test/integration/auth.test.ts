import { startTestAssistant, type TestAssistant } from '../support/assistant';

/** With an app id configured, every request to /api/messages must be authenticated, and the local web chat is off. */

describe('with a Bot Framework app id', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant('embedded', { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'fictional-secret', HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await assistant.stop();
  });

  it('refuses an unauthenticated activity with 401', async () => {
    const response = await fetch(`${assistant.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hello', channelId: 'msteams', serviceUrl: 'https://smba.example.invalid', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    expect(response.status).toBe(401);
  });

  it('does not serve the local web chat or its unauthenticated transport', async () => {
    expect((await fetch(`${assistant.url}/`)).status).toBe(404);
    expect((await fetch(`${assistant.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
