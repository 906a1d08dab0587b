import type { Request, Response, Server } from 'restify';
import type { Storage } from '../storage/types';

export const READY_TIMEOUT_MS = 2_000;

/** GET /healthz: the process is alive. GET /readyz: the store answers. */
export function registerHealth(server: Server, storage: Storage): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      await withTimeout(storage.ping(), READY_TIMEOUT_MS);
      res.send(200, { status: 'ready', storage: storage.kind });
    } catch {
      res.send(503, { status: 'not_ready', storage: storage.kind });
    }
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
