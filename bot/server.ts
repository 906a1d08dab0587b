import type { CloudAdapter } from 'botbuilder';
import type { i18n } from 'i18next';
import pino from 'pino';
import restify, { type Server } from 'restify';
import type { AssistantBot } from './assistantBot';
import type { Config, EdgeLimits } from './config';
import { createBearerCheck } from './edge/bearerCheck';
import { refuseEncodedBodies, requireBearerForMessages, requireJsonForMessages, securityHeaders } from './edge/guards';
import { createTurnAdmission } from './edge/turnAdmission';
import { errorBody } from './httpErrors';
import { DEFAULT_LOCALE, fixedT } from './i18n';
import type { Logger } from './logger';
import { registerDirectLine, type LocalDelivery } from './routes/directline';
import { registerDirectLineToken } from './routes/directLineToken';
import { registerExports, type ExportRouteDeps } from './routes/exports';
import { registerProfileExport, type ProfileExportDeps } from './routes/profileExport';
import { registerHealth } from './routes/health';
import { registerHostCheck } from './routes/hostCheck';
import { registerMessages } from './routes/messages';
import { registerWebChat } from './routes/webChat';
import type { Storage } from './storage/types';
import type { DirectLineTokens } from './web/directLineTokens';
import type { WebChatSecrets } from './web/webChatSecrets';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  adapter: CloudAdapter;
  bot: AssistantBot;
  storage: Storage;
  i18n: i18n;
  /** The export download route (the local web chat only). */
  exports?: ExportRouteDeps;
  /** The problem profile's CSV download (the local web chat only, as exports). */
  profileExport?: ProfileExportDeps;
  /** The web chat through Azure Bot Service's Direct Line (with an app id and DIRECT_LINE_SECRET only). */
  directLine?: DirectLineWebChat;
}

export interface DirectLineWebChat {
  tokens: DirectLineTokens;
  secrets: WebChatSecrets;
  /** The Direct Line API base the page's Web Chat talks to. */
  domain: string;
  tokensPerMinute: number;
}

export interface RunningServer {
  server: Server;
  listen(): Promise<{ port: number; host: string }>;
  /** Stops accepting, waits for turns in flight, then resolves. Storage is closed by the caller. */
  close(): Promise<void>;
  /** The local web chat's in-process delivery (no app id only): where a developer's alerts arrive. */
  localDelivery: LocalDelivery | undefined;
}

export function createServer(deps: ServerDeps): RunningServer {
  const { config, logger } = deps;
  // A download link's token carries its reader sealed (bot/exports/exportToken.ts): longer than restify's default 100 for a path parameter.
  const server = restify.createServer({ name: 'cse-assistant', handleUncaughtExceptions: false, log: silentRestifyLogger(), maxParamLength: 256 });
  applyTimeouts(server, config.edge);
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

  // Before routing: the headers every response carries, and no compressed body is ever inflated.
  server.pre(securityHeaders);
  server.pre(refuseEncodedBodies);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Before any body is read: /api/messages takes JSON only and, with an app id, a valid token only.
  server.use(requireJsonForMessages);
  if (config.auth !== undefined) server.use(requireBearerForMessages(createBearerCheck(config.auth.appId)));
  // Only JSON is parsed, and only up to the size limit: nothing is ever written to disk.
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
  const admission = createTurnAdmission(config.edge);
  registerMessages(server, { adapter: deps.adapter, bot: deps.bot, logger, i18n: deps.i18n, admission, localMode: config.auth === undefined, track });
  let localDelivery: LocalDelivery | undefined;
  if (config.auth === undefined) {
    registerHostCheck(server, config.localWebChat.allowedHosts);
    registerWebChat(server, fixedT(deps.i18n, DEFAULT_LOCALE));
    localDelivery = registerDirectLine(server, deps.adapter, deps.bot, logger, track, config.localWebChat);
    if (deps.exports !== undefined) registerExports(server, deps.exports);
    if (deps.profileExport !== undefined) registerProfileExport(server, deps.profileExport);
  } else if (deps.directLine !== undefined) {
    const { tokens, secrets, domain, tokensPerMinute } = deps.directLine;
    registerWebChat(server, fixedT(deps.i18n, DEFAULT_LOCALE), { kind: 'directLine', domain, connectSources: tokens.connectSources });
    registerDirectLineToken(server, { tokens, secrets, logger, tokensPerMinute });
  }

  return {
    server,
    localDelivery,
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

/**
 * Every connection is bounded in time: headers, the whole request (a slow body included), a socket
 * with nothing moving, and an idle keep-alive. Node checks the first two on an interval (30 s by
 * default), shortened here so a slow sender is cut off close to its limit.
 */
function applyTimeouts(server: Server, edge: EdgeLimits): void {
  const http = server.server;
  http.headersTimeout = edge.headersTimeoutMs;
  http.requestTimeout = edge.requestTimeoutMs;
  http.keepAliveTimeout = edge.keepAliveTimeoutMs;
  http.setTimeout(edge.idleTimeoutMs);
  Object.assign(http, { connectionsCheckingInterval: Math.min(1_000, edge.headersTimeoutMs) });
}

/**
 * restify gets a silent logger of its own, so it never logs a request, a body or a header. restify 11
 * takes a pino logger; its published types (for restify 8) still describe bunyan's.
 */
function silentRestifyLogger(): NonNullable<restify.ServerOptions['log']> {
  const silent: unknown = pino({ level: 'silent' });
  return silent as NonNullable<restify.ServerOptions['log']>;
}
