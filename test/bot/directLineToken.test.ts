import { isFromPageOrigin } from '../../bot/routes/directLineToken';
import { directLineTokens, isAllowedEndpoint } from '../../bot/web/directLineTokens';

/** Who may ask for a Direct Line token, and where the server may ask for one. */

describe('a token request from the page itself', () => {
  it.each([
    ['the page over https', { origin: 'https://assistant.example.org', host: 'assistant.example.org' }, true],
    ['the page over https on a port', { origin: 'https://assistant.example.org:8443', host: 'assistant.example.org:8443', 'sec-fetch-site': 'same-origin' }, true],
    ['a local trial over http on loopback', { origin: 'http://localhost:3978', host: 'localhost:3978' }, true],
    ['a local trial on 127.0.0.1', { origin: 'http://127.0.0.1:3978', host: '127.0.0.1:3978' }, true],
    ['the page over plain http on a public name', { origin: 'http://assistant.example.org', host: 'assistant.example.org' }, false],
    ['another site', { origin: 'https://evil.example', host: 'assistant.example.org' }, false],
    ['a look-alike host', { origin: 'https://assistant.example.org.evil.example', host: 'assistant.example.org' }, false],
    ['no Origin', { host: 'assistant.example.org' }, false],
    ['no Host', { origin: 'https://assistant.example.org' }, false],
    ['a cross-site fetch', { origin: 'https://assistant.example.org', host: 'assistant.example.org', 'sec-fetch-site': 'cross-site' }, false],
    ['a same-site fetch', { origin: 'https://assistant.example.org', host: 'assistant.example.org', 'sec-fetch-site': 'same-site' }, false],
    ['a typed address (none)', { origin: 'https://assistant.example.org', host: 'assistant.example.org', 'sec-fetch-site': 'none' }, false],
  ])('%s: %s', (_name, headers, allowed) => {
    expect(isFromPageOrigin(headers)).toBe(allowed);
  });
});

describe('the token service address', () => {
  it.each([
    ['https anywhere', 'https://europe.directline.botframework.com/v3/directline', {}, true],
    ['http without the test wiring', 'http://127.0.0.1:9/v3/directline', {}, false],
    ['http on loopback with the test wiring', 'http://127.0.0.1:9/v3/directline', { allowLoopbackHttp: true }, true],
    ['http on [::1] with the test wiring', 'http://[::1]:9/v3/directline', { allowLoopbackHttp: true }, true],
    ['http off loopback even with the test wiring', 'http://directline.example/v3/directline', { allowLoopbackHttp: true }, false],
  ])('%s', (_name, endpoint, policy, allowed) => {
    expect(isAllowedEndpoint(new URL(endpoint), policy)).toBe(allowed);
  });

  it('refuses to start with an address it may not use, and lets the page connect only to the one it may', () => {
    expect(() => directLineTokens({ endpoint: 'http://directline.example/v3/directline', secret: 'fictional-secret-0123456789' })).toThrow('DIRECT_LINE_ENDPOINT must be an https URL');
    expect(directLineTokens({ endpoint: 'https://europe.directline.botframework.com/v3/directline', secret: 'fictional-secret-0123456789' }).connectSources).toEqual([
      'https://europe.directline.botframework.com',
      'wss://europe.directline.botframework.com',
    ]);
  });
});
