import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { Card } from './assistant';

/**
 * A Teams chat over HTTP, as the file card tests need it: activities on the msteams channel in a
 * one-to-one or group chat, with every reply (cards, Teams' file cards, the invoke's answer), and a
 * loopback server standing in for OneDrive's upload session.
 */

export interface Upload {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface UploadServer {
  server: Server;
  url: string;
  uploads: Upload[];
  /** The next `count` uploads are refused with a 500. */
  failing: { count: number };
}

/** OneDrive's upload session, standing in: records every request and accepts it, but for the next `failing` ones, refused with a 500. */
export async function startUploadServer(): Promise<UploadServer> {
  const uploads: Upload[] = [];
  const failing = { count: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      uploads.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      const fails = failing.count > 0;
      if (fails) failing.count -= 1;
      res.writeHead(fails ? 500 : 201, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, uploads, failing };
}

const activitySchema = z.object({ type: z.string(), value: z.unknown().optional(), attachments: z.array(z.object({ contentType: z.string(), name: z.string().optional(), contentUrl: z.string().optional(), content: z.unknown() })).optional() }).passthrough();
export type Reply = z.infer<typeof activitySchema>;

let sequence = 0;
export function teamsChat(url: string, userId: string, conversationType: 'personal' | 'groupChat') {
  const conversationId = `teams-conv-${Date.now()}-${(sequence += 1)}`;
  const send = async (activity: Record<string, unknown>): Promise<Reply[]> => {
    const body = {
      type: 'message',
      id: `teams-act-${Date.now()}-${(sequence += 1)}`,
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1/unused',
      from: { id: userId, name: '' },
      recipient: { id: 'assistant', name: 'Assistant' },
      conversation: { id: conversationId, conversationType },
      deliveryMode: 'expectReplies',
      locale: 'en-GB',
      ...activity,
    };
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}`);
    return z.object({ activities: z.array(activitySchema) }).parse(await response.json()).activities;
  };
  return { send };
}
export type TeamsChat = ReturnType<typeof teamsChat>;

export const cardsOf = (replies: Reply[]): Card[] =>
  replies.flatMap((r) => (r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.adaptive.card' || a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => z.record(z.string(), z.unknown()).parse(a.content)));
export const attachmentsOf = (replies: Reply[], contentType: string) => replies.flatMap((r) => (r.attachments ?? []).filter((a) => a.contentType === contentType));
export const invokeStatus = (replies: Reply[]): unknown => z.object({ status: z.number() }).parse(replies.find((r) => r.type === 'invokeResponse')?.value).status;

export const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/** The answer to a file card, as Teams posts it: the context the card was sent with, and on "Allow" where to upload. */
export const consentInvoke = (action: 'accept' | 'decline', context: unknown, uploadInfo?: Record<string, string>) => ({ type: 'invoke', name: 'fileConsent/invoke', value: { action, context, ...(uploadInfo === undefined ? {} : { uploadInfo }) } });
