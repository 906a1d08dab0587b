import { createBearerCheck, CHANNEL_SOURCE, EMULATOR_SOURCE, type BearerCheck } from '../../bot/edge/bearerCheck';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestIssuer, type TestIssuer } from '../support/botFrameworkTokens';

/** The token check that runs before a body is read: locally signed tokens, metadata on loopback. */

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const CHANNEL_ISSUER = 'https://api.botframework.com';
const EMULATOR_ISSUER = 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0';

describe('the Bot Framework token check before the body', () => {
  let issuer: TestIssuer;
  let check: BearerCheck;
  beforeAll(async () => {
    // botframework-connector's extractor prints each refused signature and the public keys to stderr.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    issuer = await startTestIssuer();
    check = createBearerCheck(APP_ID, [
      { ...CHANNEL_SOURCE, metadataUrl: issuer.metadataUrl },
      { ...EMULATOR_SOURCE, metadataUrl: issuer.metadataUrl },
    ]);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await issuer.close();
  });

  it('accepts a channel token signed by the issuer for this app', async () => {
    expect(await check(`Bearer ${issuer.token({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: 'https://smba.example.invalid' })}`)).toBe(true);
  });

  it('accepts an emulator token (v2.0) whose authorised party is this app', async () => {
    expect(await check(`Bearer ${issuer.token({ iss: EMULATOR_ISSUER, aud: APP_ID, ver: '2.0', azp: APP_ID })}`)).toBe(true);
  });

  it.each<[string, (i: TestIssuer) => string | undefined]>([
    ['no header', () => undefined],
    ['an empty header', () => ''],
    ['another scheme', (i) => `Basic ${i.token({ iss: CHANNEL_ISSUER, aud: APP_ID })}`],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['a JWT-shaped string of nonsense', () => 'Bearer aaaa.bbbb.cccc'],
    ['a token for another app', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER, aud: 'another-app' })}`],
    ['a token with no audience', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER })}`],
    ['a token from an issuer not trusted', (i) => `Bearer ${i.token({ iss: 'https://issuer.example.invalid', aud: APP_ID })}`],
    ['an expired token', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER, aud: APP_ID, nbf: 1_000, exp: 2_000 })}`],
    ['a token not valid yet', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER, aud: APP_ID, nbf: Math.floor(Date.now() / 1000) + 3_600 })}`],
    ['a token signed with another key under the same key id', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER, aud: APP_ID }, { key: i.otherKey })}`],
    ['a token naming an unknown key', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER, aud: APP_ID }, { kid: 'unknown-key' })}`],
    ['a token claiming an algorithm not allowed', (i) => `Bearer ${i.token({ iss: CHANNEL_ISSUER, aud: APP_ID }, { alg: 'HS256' })}`],
    ['an emulator token for another app', (i) => `Bearer ${i.token({ iss: EMULATOR_ISSUER, aud: APP_ID, ver: '2.0', azp: 'another-app' })}`],
    ['a skill call from another bot', (i) => `Bearer ${i.token({ iss: EMULATOR_ISSUER, aud: APP_ID, ver: '1.0', appid: 'another-bot' })}`],
    ['an over-long header', () => `Bearer ${'a'.repeat(9_000)}.b.c`],
  ])('refuses %s', async (_name, header) => {
    expect(await check(header(issuer))).toBe(false);
  });

  it('refuses a well-signed token when the OpenID metadata cannot be fetched, without throwing', async () => {
    const unreachable = createBearerCheck(APP_ID, [{ ...CHANNEL_SOURCE, metadataUrl: 'http://127.0.0.1:1/openid' }]);
    await expect(unreachable(`Bearer ${issuer.token({ iss: CHANNEL_ISSUER, aud: APP_ID })}`)).resolves.toBe(false);
  });

  it('after the metadata fails, refuses tokens from that issuer at once instead of fetching again for each', async () => {
    let hits = 0;
    const failing = createServer((_req, res) => {
      hits += 1;
      // restify, loaded by other suites in the same worker, replaces writeHead with one that returns nothing.
      res.statusCode = 503;
      res.end();
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const { port } = failing.address() as AddressInfo;
    try {
      const backingOff = createBearerCheck(APP_ID, [{ ...CHANNEL_SOURCE, metadataUrl: `http://127.0.0.1:${port}/openid` }]);
      const token = `Bearer ${issuer.token({ iss: CHANNEL_ISSUER, aud: APP_ID })}`;
      expect(await backingOff(token)).toBe(false);
      expect(await backingOff(token)).toBe(false);
      expect(await backingOff(token)).toBe(false);
      expect(hits).toBe(1);
    } finally {
      failing.close();
    }
  });

  it('refuses (rather than waits) when the metadata endpoint never answers', async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { port } = hanging.address() as AddressInfo;
    try {
      const check = createBearerCheck(APP_ID, [{ ...CHANNEL_SOURCE, metadataUrl: `http://127.0.0.1:${port}/openid` }]);
      expect(await check(`Bearer ${issuer.token({ iss: CHANNEL_ISSUER, aud: APP_ID })}`)).toBe(false);
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});
