import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startProcess, type AssistantProcess } from '../support/process';
import { closedBy, openSocket, rssMb } from '../support/rawHttp';

/**
 * The probe's process-level findings, against the server as a real child process: a broken or
 * bombing gzip body, restify's own logging, and the timeouts on slow and idle connections.
 */

const APP_ID = '00000000-0000-0000-0000-0000000000e1';

const settings = (extra: Record<string, string>): Record<string, string> => ({
  DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-edge-')), 'assistant.db'),
  LOG_LEVEL: 'trace',
  HTTP_HEADERS_TIMEOUT_MS: '1000',
  HTTP_REQUEST_TIMEOUT_MS: '2000',
  HTTP_IDLE_TIMEOUT_MS: '1500',
  HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
  ...extra,
});

const postGzip = (url: string, body: Uint8Array | string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers }, body });

/** About 200 MB of JSON-looking zeros, compressed to about 200 KB. */
const gzipBomb = (): Buffer => gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(200 * 1024 * 1024, 0x30), Buffer.from('"}')]), { level: 9 });

// A compressed body is refused (415) before routing, so before the token check too: neither reads it.
const gzipStatus = 415;

describe.each([
  ['with an app id', { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'fictional-secret', HOST: '127.0.0.1' }],
  ['in local mode', {}],
])('the server process %s', (_mode, extra: Record<string, string>) => {
  let server: AssistantProcess;
  beforeAll(async () => {
    server = await startProcess(settings(extra));
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
  });

  const alive = async () => {
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  };

  it(`answers a body that claims gzip but is not with ${gzipStatus}, and stays up`, async () => {
    const response = await postGzip(server.url, 'not gzip');
    expect(response.status).toBe(gzipStatus);
    await alive();
  });

  it(`answers a gzip bomb with ${gzipStatus}, its memory flat`, async () => {
    const bomb = gzipBomb();
    expect(bomb.length).toBeLessThan(256 * 1024);
    const pid = server.child.pid ?? 0;
    const before = rssMb(pid);
    for (let i = 0; i < 5; i += 1) expect((await postGzip(server.url, bomb)).status).toBe(gzipStatus);
    const after = rssMb(pid);
    // The probe saw 143 MB grow to 944 MB from one request; a few MB of buffers is noise.
    expect(after - before).toBeLessThan(40);
    await alive();
  });

  it('never logs a request body, an id or a token, even at trace level', async () => {
    const marker = 'fictional-marker-7d1e';
    const token = `eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.${marker}-token`;
    let nested: Record<string, unknown> = { id: `${marker}-deep` };
    for (let i = 0; i < 200; i += 1) nested = { id: `${marker}-${i}`, inner: nested };
    const body = JSON.stringify({ type: 'message', text: `${marker}-text`, channelId: 'test', serviceUrl: 'http://127.0.0.1:1/', from: nested, conversation: nested, deliveryMode: 'expectReplies' });
    const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    // With an app id the forged token is refused; in local mode the turn runs (unknown nesting is dropped).
    expect(response.status).toBe(extra.MICROSOFT_APP_ID === undefined ? 200 : 401);
    await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"oops' + marker });
    await alive();
    expect(server.output()).toContain('"msg":"assistant listening"');
    expect(server.output()).not.toContain(marker);
  });

  it('closes a connection whose headers never finish', async () => {
    const socket = await openSocket(server.url);
    socket.write(`POST /api/messages HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nContent-Type: application/json\r\n`);
    const keepTrickling = setInterval(() => socket.write('X-Slow: y\r\n'), 300);
    try {
      await closedBy(socket);
    } finally {
      clearInterval(keepTrickling);
    }
    await alive();
  });

  it('closes a connection whose body trickles in past the request timeout', async () => {
    const socket = await openSocket(server.url);
    socket.write(`POST /api/messages HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`);
    const keepTrickling = setInterval(() => socket.write('{'), 300);
    try {
      const received = await closedBy(socket);
      // Without a token the body is never read (401, then closed); in local mode the request times out (408).
      expect(received.slice(0, 12)).toBe(extra.MICROSOFT_APP_ID === undefined ? 'HTTP/1.1 408' : 'HTTP/1.1 401');
    } finally {
      clearInterval(keepTrickling);
    }
  });

  it('closes a connection that sends nothing, and an idle keep-alive one', async () => {
    await closedBy(await openSocket(server.url));
    const socket = await openSocket(server.url);
    socket.write(`GET /healthz HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nConnection: keep-alive\r\n\r\n`);
    const received = await closedBy(socket);
    expect(received).toContain('HTTP/1.1 200');
  });
});
