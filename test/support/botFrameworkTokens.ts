import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a Bot Framework token issuer on loopback: an OpenID metadata document, its key
 * set, and tokens signed with a test RSA key, so the accepted path of a token check is tested too.
 */

export interface TestIssuer {
  metadataUrl: string;
  /** Signs a token with the issuer's key (or `key`, to forge one) and the given claims. */
  token(claims: Record<string, unknown>, options?: { kid?: string; alg?: string; key?: KeyObject }): string;
  otherKey: KeyObject;
  close(): Promise<void>;
}

export const TEST_KID = 'test-key-1';

export async function startTestIssuer(): Promise<TestIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = publicKey.export({ format: 'jwk' });
  let base = '';
  const server: Server = createServer((req, res) => {
    const body =
      req.url === '/openid'
        ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }
        : req.url === '/keys'
          ? { keys: [{ kty: 'RSA', use: 'sig', kid: TEST_KID, n: jwk.n, e: jwk.e, endorsements: ['msteams', 'test'] }] }
          : undefined;
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  base = `http://127.0.0.1:${address.port}`;
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    metadataUrl: `${base}/openid`,
    otherKey,
    token(claims, options = {}) {
      const head = encode({ alg: options.alg ?? 'RS256', typ: 'JWT', kid: options.kid ?? TEST_KID });
      const now = Math.floor(Date.now() / 1000);
      const data = `${head}.${encode({ nbf: now - 60, exp: now + 3600, ...claims })}`;
      return `${data}.${sign('RSA-SHA256', Buffer.from(data), options.key ?? privateKey).toString('base64url')}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
