import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot Framework connector on loopback, standing in for the service a proactive message is posted
 * to (a kept conversation reference's serviceUrl): it records every request and answers as the
 * connector does, or with a 500 for the next `failNext` requests.
 */

export interface ReceivedActivity {
  method: string;
  path: string;
  body: Record<string, unknown>;
  /** What the connector answered. */
  status: number;
}

export interface LoopbackConnector {
  url: string;
  received: ReceivedActivity[];
  /** The next n requests are answered 500. */
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startLoopbackConnector(): Promise<LoopbackConnector> {
  const received: ReceivedActivity[] = [];
  let failing = 0;
  let sequence = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const parsed: unknown = text === '' ? {} : JSON.parse(text);
      const body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed)) : {};
      const status = failing > 0 ? 500 : 200;
      if (failing > 0) failing -= 1;
      received.push({ method: req.method ?? '', path: req.url ?? '', body, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { id: `loopback-${(sequence += 1)}` } : { error: { code: 'ServiceError', message: 'loopback failure' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    received,
    failNext(n) {
      failing = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
