import { randomUUID } from 'node:crypto';
import type { Activity, CloudAdapter } from 'botbuilder';
import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AssistantBot } from '../assistantBot';
import type { LocalWebChatConfig } from '../config';
import { errorBody } from '../httpErrors';
import type { Logger } from '../logger';
import { EDGE_LIMITS, inboundActivitySchema, type InboundActivity } from '../edge/inboundActivity.schema';
import { idSchema, LocalTransport } from '../web/localTransport';
import { processInProcess } from '../web/processInProcess';
import { isFromOwnOrigin } from '../web/requestGuards';
import { loadOrCreateKey, webChatSecrets } from '../web/webChatSecrets';

/**
 * A local Direct Line (v3, polling) so the web chat page talks to the bot with no Azure, tunnel
 * or download. Registered only when no app id is configured, i.e. when the server listens on
 * loopback only. Each posted activity runs through the same CloudAdapter and bot as Teams, with
 * deliveryMode "expectReplies"; the replies are buffered for the page's next poll.
 *
 * Loopback is not private: every other local page and process can reach it. So only the page's
 * own origin is answered, each conversation has its own token, and the user is the one the
 * server bound to the conversation, never whoever the client claims to be.
 */

const BASE = '/v3/directline';
const BOT = { id: 'assistant', name: 'Assistant', role: 'bot' } as const;
/** How the page sees its own messages come back; the bot sees the user bound to the conversation. */
const PAGE_USER = { id: 'local-user', name: '', role: 'user' } as const;
/** Replies come back in the response (expectReplies): this address is never called, and never the client's. */
const SERVICE_URL = 'http://127.0.0.1/local-webchat';
/** How a conversation reference kept from the local web chat is told apart: alerts to it are delivered in process (LocalDelivery). */
export const LOCAL_WEBCHAT_SERVICE_URL = SERVICE_URL;

/** Puts a message from the bot into a live local conversation (an alert); false once that conversation has gone. */
export type LocalDelivery = (conversationId: string, activity: Partial<Activity>) => boolean;

// Anything else a client sends (from, serviceUrl, recipient, conversation...) is dropped here.
const postedActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  // Longer than a message may be (bot/edge/messageLength.ts), so the bot can answer it with the limit, not a failed send.
  text: z.string().max(EDGE_LIMITS.textLength).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(20).optional(),
  channelData: z.object({ clientActivityID: z.string().max(100).optional() }).optional(),
  attachments: z.array(z.object({ contentType: z.string().max(200).optional() })).max(10).optional(),
});
const startBody = z
  .object({
    locale: z.string().max(20).optional(),
    /** A conversation this browser had before a restart or an idle expiry, to take up again. */
    resume: z.object({ conversationId: idSchema, token: z.string().max(200) }).optional(),
  })
  .optional();

type Track = <T>(work: Promise<T>) => Promise<T>;

export function registerDirectLine(server: Server, adapter: CloudAdapter, bot: AssistantBot, logger: Logger, track: Track, settings: LocalWebChatConfig): LocalDelivery {
  const transport = new LocalTransport(settings);
  const secrets = webChatSecrets(
    loadOrCreateKey(settings.keyFile, (file) => logger.info({ file }, 'created the local web chat key: browsers keep their saved drafts and conversations only while it is kept')),
  );
  const expiresIn = Math.max(1, Math.floor(settings.idleMs / 1000));
  const conversationOf = (id: string) => ({ id, isGroup: false, conversationType: 'personal', name: 'local' });

  /** Where a turn comes from and goes to is the server's to say, never the client's. */
  const addressedToBot = (conversationId: string) =>
    ({ channelId: 'webchat', serviceUrl: SERVICE_URL, recipient: { ...BOT }, conversation: conversationOf(conversationId), deliveryMode: 'expectReplies' }) as const;

  async function runThroughBot(conversationId: string, incoming: Omit<InboundActivity, keyof ReturnType<typeof addressedToBot>>): Promise<void> {
    const activity: InboundActivity = { ...incoming, ...addressedToBot(conversationId) };
    const response = await track(processInProcess(adapter, activity, (context) => bot.run(context)));
    const replies = z.object({ activities: z.array(z.record(z.string(), z.unknown())) }).safeParse(response.body);
    for (const reply of replies.success ? replies.data.activities : []) {
      transport.append(conversationId, { ...reply, from: { ...BOT }, recipient: { ...PAGE_USER }, conversation: conversationOf(conversationId) });
    }
  }
  const inBackground = (work: Promise<void>) => work.catch((e: unknown) => logFailure(logger, e));

  /** The conversation and its bound user, or undefined once the refusal has been sent. */
  function authorise(req: Request, res: Response): { conversationId: string; userId: string } | undefined {
    const token = bearer(req);
    if (token === undefined) return void refuse(res, 401);
    const conversationId = idSchema.safeParse(req.params?.conversationId);
    if (!conversationId.success) return void refuse(res, 404);
    const access = transport.access(conversationId.data, token);
    if (!access.ok) return void refuse(res, access.refusal === 'not_found' ? 404 : 401);
    return { conversationId: conversationId.data, userId: access.userId };
  }

  server.pre((req: Request, res: Response, next: Next) => {
    if (!req.getPath().startsWith(`${BASE}/`)) return next();
    // nosniff and no-store are on every response already (bot/edge/guards.ts securityHeaders).
    if (isFromOwnOrigin(req.headers)) return next();
    refuse(res, 403);
    return next(false);
  });

  /** The user a start request speaks for: its browser credential's, or a new one's (issued here). */
  function userOf(req: Request): { userId: string; issued?: string } | undefined {
    const presented = bearer(req);
    if (presented === undefined) {
      const fresh = secrets.issueBrowserCredential();
      return { userId: fresh.userId, issued: fresh.credential };
    }
    const userId = secrets.userIdOf(presented);
    return userId === undefined ? undefined : { userId };
  }

  // Starts a conversation for the browser presenting its credential (issuing one to a browser that
  // has none), or takes up one it had: that needs the credential and the conversation's own token.
  server.post(`${BASE}/conversations`, async (req: Request, res: Response) => {
    const body = startBody.safeParse(req.body ?? undefined);
    if (!body.success) return refuse(res, 400);
    const user = userOf(req);
    const resume = body.data?.resume;
    if (user === undefined || (resume !== undefined && (user.issued !== undefined || !secrets.isConversationToken(resume.token, resume.conversationId, user.userId)))) {
      return refuse(res, 401);
    }
    const conversationId = resume?.conversationId ?? `local-${randomUUID()}`;
    const token = resume?.token ?? secrets.conversationToken(conversationId, user.userId);
    const opened = transport.open(conversationId, token, user.userId);
    if (opened !== 'opened') return refuse(res, opened === 'full' ? 429 : 401);
    res.send(201, { conversationId, token, expires_in: expiresIn, ...(user.issued === undefined ? {} : { browserCredential: user.issued }) });
    // The bot greets a new conversation, and welcomes a resumed one back to where it was.
    const member = { id: user.userId, name: '' };
    await inBackground(runThroughBot(conversationId, { type: 'conversationUpdate', id: `${conversationId}|start-${randomUUID()}`, from: member, membersAdded: [member], locale: body.data?.locale }));
  });

  // Reconnect (a reload): only with the conversation's own token.
  server.get(`${BASE}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const allowed = authorise(req, res);
    if (allowed === undefined) return;
    res.send(200, { conversationId: allowed.conversationId, token: bearer(req), expires_in: expiresIn });
  });

  server.post(`${BASE}/tokens/refresh`, async (req: Request, res: Response) => {
    const token = bearer(req);
    if (token === undefined || transport.conversationOf(token) === undefined) return refuse(res, 401);
    res.send(200, { token, expires_in: expiresIn });
  });

  server.post(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const allowed = authorise(req, res);
    if (allowed === undefined) return;
    if (Buffer.byteLength(JSON.stringify(req.body) ?? '') > settings.maxActivityBytes) return refuse(res, 413);
    const posted = postedActivity.safeParse(req.body);
    if (!posted.success) return refuse(res, 400);
    const { attachments, ...rest } = posted.data;
    // Only the kind of each attachment passes on, never its content or address: nothing uploaded is kept.
    const kinds = attachments?.map(() => ({ contentType: 'application/octet-stream' }));
    // What reaches the bot passes the one edge schema, as on /api/messages.
    const forBot = inboundActivitySchema.safeParse({ ...rest, ...(kinds === undefined ? {} : { attachments: kinds }), ...addressedToBot(allowed.conversationId), from: { id: allowed.userId } });
    if (!forBot.success) return refuse(res, 400);
    const id = transport.append(allowed.conversationId, { ...rest, from: { ...PAGE_USER }, ...(kinds === undefined ? {} : { attachments: kinds }) });
    if (id === undefined) return refuse(res, 404);
    res.send(200, { id });
    await inBackground(runThroughBot(allowed.conversationId, { ...forBot.data, id }));
  });

  // Web chat uploads files here. They are refused unread: the body is discarded, never parsed or stored.
  server.post(`${BASE}/conversations/:conversationId/upload`, async (req: Request, res: Response) => {
    req.resume();
    const allowed = authorise(req, res);
    if (allowed === undefined) return;
    const id = transport.append(allowed.conversationId, { type: 'message', from: { ...PAGE_USER }, text: '' });
    if (id === undefined) return refuse(res, 404);
    res.send(200, { id });
    const incoming = { type: 'message', id, from: { id: allowed.userId, name: '' }, attachments: [{ contentType: 'application/octet-stream' }] };
    await inBackground(runThroughBot(allowed.conversationId, incoming));
  });

  server.get(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const allowed = authorise(req, res);
    if (allowed === undefined) return;
    const watermark = Number.parseInt(String(req.query?.watermark ?? '0'), 10);
    res.send(200, transport.since(allowed.conversationId, Number.isFinite(watermark) && watermark >= 0 ? watermark : 0));
  });

  return (conversationId, activity) => transport.append(conversationId, { ...activity, from: { ...BOT }, recipient: { ...PAGE_USER }, conversation: conversationOf(conversationId) }) !== undefined;
}

function refuse(res: Response, status: number): void {
  res.send(status, errorBody(status));
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_.-]{1,200})$/.exec(header) : null;
  return match?.[1];
}

function logFailure(logger: Logger, error: unknown): void {
  logger.error({ kind: error instanceof Error ? error.name : typeof error }, 'local web chat turn failed');
}
