import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/**
 * A stand-in for Azure Bot Service's Direct Line token endpoint on loopback: it answers
 * `POST /v3/directline/tokens/generate` as the service does (a JWT-shaped token naming the bound
 * user, and its expiry) and keeps what each request carried, so a test can see the secret went
 * only there. `answer` switches it to failing the way the real service can.
 */

export interface TokenRequest {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export type FakeAnswer = 'token' | 'error' | 'garbage';

export interface FakeDirectLineTokens {
  /** The Direct Line base to configure, e.g. http://127.0.0.1:<port>/v3/directline. */
  endpoint: string;
  requests: TokenRequest[];
  answer: FakeAnswer;
  close(): Promise<void>;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Shaped as the service's tokens are (header.payload.signature); signed by no one. */
export function fakeToken(userId: string): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ user: userId, conv: 'fictional-conversation' })}.fictional-signature`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFakeDirectLineTokens(): Promise<FakeDirectLineTokens> {
  const fake: { requests: TokenRequest[]; answer: FakeAnswer } = { requests: [], answer: 'token' };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      fake.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
        res.writeHead(404);
        res.end();
      } else if (fake.answer === 'error') {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"ServiceError"}}');
      } else if (fake.answer === 'garbage') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>maintenance</html>');
      } else {
        const bound = z.object({ user: z.object({ id: z.string() }) }).safeParse(body);
        const token = fakeToken(bound.success ? bound.data.user.id : 'none');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'fictional-conversation', token, expires_in: 1800 }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    endpoint: `http://127.0.0.1:${port}/v3/directline`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
