import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { MESSAGE_TEXT_MAX, MESSAGE_TEXT_NEAR } from '../edge/messageLength';

/** The static web chat page: our page, its script and style, and Web Chat's own bundle from its npm package. */

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server');
    dir = parent;
  }
  return dir;
}

/** Where the page's Direct Line is: the server's own emulation, or Azure Bot Service's at `domain`. */
export type WebChatTransport = { kind: 'local' } | { kind: 'directLine'; domain: string; connectSources: readonly string[] };

function securityHeaders(transport: WebChatTransport): Record<string, string> {
  const connect = ["'self'", ...(transport.kind === 'directLine' ? transport.connectSources : [])].join(' ');
  return {
    'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src ${connect}; img-src 'self' data: blob:; font-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Numbers the page's script needs, as the server holds them: `{{messageTextMax}}` marks each. */
const PAGE_NUMBERS: Record<string, number> = { messageTextMax: MESSAGE_TEXT_MAX, messageTextNear: MESSAGE_TEXT_NEAR };
/** The message count's words take the limit here, and `{typed}`, which the script fills in as the person types. */
const PAGE_VALUES = { limit: MESSAGE_TEXT_MAX, typed: '{typed}' };

/**
 * The page's words come from the locales like every other string; `{{web:key}}` marks each.
 * `{{directLineDomain}}` tells the page's script which transport to start: empty for the local one.
 */
export function registerWebChat(server: Server, t: (key: string, values?: Record<string, string | number>) => string, transport: WebChatTransport = { kind: 'local' }): void {
  const root = projectRoot();
  const staticDir = resolve(root, 'bot/web/static');
  const pageHeaders = securityHeaders(transport);
  const domain = transport.kind === 'directLine' ? transport.domain : '';
  const page = Buffer.from(
    readFileSync(join(staticDir, 'index.html'), 'utf8')
      .replace(/\{\{(web:[A-Za-z]+)\}\}/g, (_m, key: string) => escapeHtml(t(key, PAGE_VALUES)))
      .replace('{{directLineDomain}}', escapeHtml(domain))
      .replace(/\{\{([A-Za-z]+)\}\}/g, (m, name: string) => String(PAGE_NUMBERS[name] ?? m)),
  );
  const small = {
    'chat.js': { body: readFileSync(join(staticDir, 'chat.js')), type: 'text/javascript; charset=utf-8' },
    'chat.css': { body: readFileSync(join(staticDir, 'chat.css')), type: 'text/css; charset=utf-8' },
  };
  // The package's exports list neither its browser bundle nor its package.json, so it is found by path.
  const bundle = join(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');
  if (!existsSync(bundle)) throw new Error('the Web Chat bundle is missing: run npm install');

  const send = (res: Response, type: string, body: Buffer) => {
    res.writeHead(200, { ...pageHeaders, 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(body);
  };

  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.writeHead(204, pageHeaders);
    res.end();
  });
  server.get('/', async (_req: Request, res: Response) => send(res, 'text/html; charset=utf-8', page));
  server.get('/static/chat.js', async (_req: Request, res: Response) => send(res, small['chat.js'].type, small['chat.js'].body));
  server.get('/static/chat.css', async (_req: Request, res: Response) => send(res, small['chat.css'].type, small['chat.css'].body));
  server.get('/static/webchat.js', async (_req: Request, res: Response) => {
    res.writeHead(200, { ...pageHeaders, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
    await new Promise<void>((done) => {
      const stream = createReadStream(bundle);
      stream.on('error', () => {
        res.end();
        done();
      });
      stream.on('end', done);
      stream.pipe(res);
    });
  });
}
