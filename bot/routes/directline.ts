import type { Activity, CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AssistantBot } from '../assistantBot';
import { errorBody } from '../httpErrors';
import type { Logger } from '../logger';
import { idSchema, LocalTransport } from '../web/localTransport';
import { processInProcess } from '../web/processInProcess';

/**
 * A local Direct Line (v3, polling) so the web chat page talks to the bot with no Azure, tunnel
 * or download. Registered only when no app id is configured, i.e. when the server listens on
 * loopback only. Each posted activity runs through the same CloudAdapter and bot as Teams, with
 * deliveryMode "expectReplies"; the replies are buffered for the page's next poll.
 */

const BASE = '/v3/directline';
const BOT = { id: 'assistant', name: 'Assistant', role: 'bot' } as const;

const postedActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(4000).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(20).optional(),
  from: z.object({ id: idSchema }),
  channelData: z.object({ clientActivityID: z.string().max(100).optional() }).passthrough().optional(),
  attachments: z.array(z.object({ contentType: z.string().max(200).optional() }).passthrough()).max(10).optional(),
});
const startBody = z.object({ user: z.object({ id: idSchema }).optional(), locale: z.string().max(20).optional() }).optional();

type Track = <T>(work: Promise<T>) => Promise<T>;

export function registerDirectLine(server: Server, adapter: CloudAdapter, bot: AssistantBot, logger: Logger, track: Track): void {
  const transport = new LocalTransport();

  async function runThroughBot(conversationId: string, incoming: Partial<Activity>): Promise<void> {
    const activity: Partial<Activity> = {
      ...incoming,
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1/local-webchat',
      recipient: { ...BOT },
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'local' },
      deliveryMode: 'expectReplies',
    };
    const response = await track(processInProcess(adapter, activity, (context) => bot.run(context)));
    const replies = z.object({ activities: z.array(z.record(z.string(), z.unknown())) }).safeParse(response.body);
    for (const reply of replies.success ? replies.data.activities : []) {
      transport.append(conversationId, { ...reply, from: { ...BOT }, conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'local' } });
    }
  }

  const welcome = (conversationId: string, userId: string, locale: string | undefined) =>
    runThroughBot(conversationId, { type: 'conversationUpdate', id: `${conversationId}|start`, from: { id: userId, name: '' }, membersAdded: [{ id: userId, name: '' }], locale });

  server.post(`${BASE}/conversations`, async (req: Request, res: Response) => {
    const body = startBody.safeParse(req.body ?? undefined);
    const created = transport.create();
    res.send(201, { conversationId: created.conversationId, token: created.token, expires_in: 3600 });
    if (body.success) await welcome(created.conversationId, body.data?.user?.id ?? 'local-user', body.data?.locale).catch((e: unknown) => logFailure(logger, e));
  });

  server.get(`${BASE}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const conversationId = idSchema.safeParse(req.params.conversationId);
    const token = bearer(req);
    if (!conversationId.success || token === undefined) return void res.send(400, errorBody(400));
    const known = transport.has(conversationId.data);
    transport.adopt(conversationId.data, token);
    res.send(200, { conversationId: conversationId.data, token, expires_in: 3600 });
    if (!known) await welcome(conversationId.data, 'local-user', undefined).catch((e: unknown) => logFailure(logger, e));
  });

  server.post(`${BASE}/tokens/refresh`, async (req: Request, res: Response) => {
    const token = bearer(req);
    if (token === undefined) return void res.send(400, errorBody(400));
    res.send(200, { token, expires_in: 3600 });
  });

  server.post(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversationId = idSchema.safeParse(req.params.conversationId);
    const posted = postedActivity.safeParse(req.body);
    if (!conversationId.success || !posted.success) return void res.send(400, errorBody(400));
    if (!transport.has(conversationId.data)) return void res.send(404, errorBody(404));
    const { attachments, ...rest } = posted.data;
    // Only the kind of each attachment passes on, never its content or address: nothing uploaded is kept.
    const incoming: Partial<Activity> = { ...rest, from: { id: posted.data.from.id, name: '' } };
    if (attachments !== undefined) incoming.attachments = attachments.map(() => ({ contentType: 'application/octet-stream' }));
    const id = transport.append(conversationId.data, incoming);
    res.send(200, { id });
    await runThroughBot(conversationId.data, { ...incoming, id }).catch((e: unknown) => logFailure(logger, e));
  });

  // Web chat uploads files here. They are refused unread: the body is discarded, never parsed or stored.
  server.post(`${BASE}/conversations/:conversationId/upload`, async (req: Request, res: Response) => {
    req.resume();
    const conversationId = idSchema.safeParse(req.params.conversationId);
    if (!conversationId.success || !transport.has(conversationId.data)) return void res.send(404, errorBody(404));
    const incoming: Partial<Activity> = { type: 'message', from: { id: 'local-user', name: '' }, attachments: [{ contentType: 'application/octet-stream' }] };
    const id = transport.append(conversationId.data, { type: 'message', from: { id: 'local-user', name: '' }, text: '' });
    res.send(200, { id });
    await runThroughBot(conversationId.data, { ...incoming, id }).catch((e: unknown) => logFailure(logger, e));
  });

  server.get(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversationId = idSchema.safeParse(req.params.conversationId);
    if (!conversationId.success) return void res.send(400, errorBody(400));
    if (!transport.has(conversationId.data)) return void res.send(404, errorBody(404));
    const watermark = Number.parseInt(String(req.query?.watermark ?? '0'), 10);
    res.send(200, transport.since(conversationId.data, Number.isFinite(watermark) && watermark >= 0 ? watermark : 0));
  });
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_.-]{1,200})$/.exec(header) : null;
  return match?.[1];
}

function logFailure(logger: Logger, error: unknown): void {
  logger.error({ kind: error instanceof Error ? error.name : typeof error }, 'local web chat turn failed');
}

