import type { CloudAdapter } from 'botbuilder';
import type { i18n } from 'i18next';
import restify, { type Server } from 'restify';
import type { AssistantBot } from './assistantBot';
import type { Config } from './config';
import { errorBody } from './httpErrors';
import { DEFAULT_LOCALE, fixedT } from './i18n';
import type { Logger } from './logger';
import { registerDirectLine } from './routes/directline';
import { registerHealth } from './routes/health';
import { registerHostCheck } from './routes/hostCheck';
import { registerMessages } from './routes/messages';
import { registerWebChat } from './routes/webChat';
import type { Storage } from './storage/types';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  adapter: CloudAdapter;
  bot: AssistantBot;
  storage: Storage;
  i18n: i18n;
}

export interface RunningServer {
  server: Server;
  listen(): Promise<{ port: number; host: string }>;
  /** Stops accepting, waits for turns in flight, then resolves. Storage is closed by the caller. */
  close(): Promise<void>;
}

export function createServer(deps: ServerDeps): RunningServer {
  const { config, logger } = deps;
  const server = restify.createServer({ name: 'cse-assistant', handleUncaughtExceptions: false, log: logger as unknown as restify.ServerOptions['log'] }); // restify 11 logs through pino; its types (restify 8) still say bunyan
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const track = async <T>(work: Promise<T>): Promise<T> => {
    inFlight += 1;
    try {
      return await work;
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  };

  // Only JSON is parsed, and only up to the size limit: nothing is ever written to disk.
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // restify 11 passes these on to its body reader; its published types (for restify 8) do not list maxBodySize.
  const jsonOptions = { maxBodySize: config.maxBodyBytes, mapParams: false };
  server.use(restify.plugins.jsonBodyParser(jsonOptions));

  // Every error the framework raises becomes a short JSON body from the catalogue, never a stack trace.
  server.on('restifyError', (_req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const body = errorBody(err.statusCode ?? 500);
    err.toJSON = () => body;
    callback();
  });

  registerHealth(server, deps.storage);
  registerMessages(server, deps.adapter, deps.bot, logger, track);
  if (config.auth === undefined) {
    registerHostCheck(server, config.localWebChat.allowedHosts);
    registerWebChat(server, fixedT(deps.i18n, DEFAULT_LOCALE));
    registerDirectLine(server, deps.adapter, deps.bot, logger, track, config.localWebChat);
  }

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve({ port: address.port, host: config.host });
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        const finish = () => resolve();
        server.close(() => (inFlight === 0 ? finish() : (idle = finish)));
        server.server.closeIdleConnections();
        if (inFlight === 0) setImmediate(() => server.server.listening || finish());
      }),
  };
}
