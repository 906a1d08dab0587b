import { ConfigError, DEFAULT_DIRECT_LINE_ENDPOINT, loadConfig } from '../../bot/config';
import { TEST_PRODUCTION_ACCESS } from '../support/testKeys';

/** The web chat through Azure Bot Service's Direct Line is configured once, at start, and only with an app id. */

const APP = { MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 'fictional-password', ...TEST_PRODUCTION_ACCESS };
const SECRET = 'fictional-direct-line-secret.0123456789';

describe('Direct Line settings', () => {
  it('is off unless DIRECT_LINE_SECRET is set', () => {
    expect(loadConfig(APP).directLine).toBeUndefined();
    expect(loadConfig({}).directLine).toBeUndefined();
  });

  it('uses the public endpoint by default, with the web chat key beside the data keys', () => {
    expect(loadConfig({ ...APP, DIRECT_LINE_SECRET: SECRET, DATA_KEYS_FILE: '/etc/fictional-assistant/keys.json' }).directLine).toEqual({
      secret: SECRET,
      endpoint: DEFAULT_DIRECT_LINE_ENDPOINT,
      tokensPerMinute: 120,
      keyFile: '/etc/fictional-assistant/webchat.key',
    });
    expect(DEFAULT_DIRECT_LINE_ENDPOINT).toBe('https://directline.botframework.com/v3/directline');
  });

  it('takes a regional endpoint, without its trailing slash', () => {
    const config = loadConfig({ ...APP, DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline/' });
    expect(config.directLine?.endpoint).toBe('https://europe.directline.botframework.com/v3/directline');
  });

  it.each([
    [{ DIRECT_LINE_SECRET: SECRET }, 'DIRECT_LINE_SECRET: needs MICROSOFT_APP_ID'],
    [{ ...APP, DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: 'http://directline.botframework.com/v3/directline' }, 'DIRECT_LINE_ENDPOINT'],
    [{ ...APP, DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:9/v3/directline' }, 'DIRECT_LINE_ENDPOINT'],
    [{ ...APP, DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: 'directline.botframework.com' }, 'DIRECT_LINE_ENDPOINT'],
    [{ ...APP, DIRECT_LINE_SECRET: 'short' }, 'DIRECT_LINE_SECRET'],
    [{ ...APP, DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_TOKENS_PER_MINUTE: '0' }, 'DIRECT_LINE_TOKENS_PER_MINUTE'],
  ])('stops the start naming the setting that is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('never echoes the secret in its error', () => {
    const almost = 'fictional secret with spaces 0123456789';
    expect(() => loadConfig({ ...APP, DIRECT_LINE_SECRET: almost })).toThrow('DIRECT_LINE_SECRET');
    expect(() => loadConfig({ ...APP, DIRECT_LINE_SECRET: almost })).not.toThrow(almost);
  });
});
