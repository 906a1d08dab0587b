import { request as httpRequest } from 'node:http';
import { z } from 'zod';
import type { Card } from './assistant';

/** The local web chat's Direct Line over real HTTP, as the page (or anything else on the machine) reaches it. */

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

export interface HttpCall {
  method?: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
}

/** node:http rather than fetch: a test must be able to send any Host, Origin or Sec-Fetch-Site. */
export function http(base: string, path: string, call: HttpCall = {}): Promise<HttpAnswer> {
  const url = new URL(path, base);
  const payload = call.body === undefined ? undefined : typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
  const headers: Record<string, string> = { ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }), ...call.headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: call.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const started = z.object({ conversationId: z.string(), token: z.string(), expires_in: z.number(), browserCredential: z.string().optional() });
const activitySet = z.object({
  activities: z.array(z.object({ id: z.string(), type: z.string(), from: z.object({ id: z.string(), role: z.string().optional() }), attachments: z.array(z.object({ content: z.record(z.string(), z.unknown()) })).optional() }).passthrough()),
  watermark: z.string(),
});
export type ActivitySet = z.infer<typeof activitySet>;

export interface LocalConversation {
  conversationId: string;
  token: string;
  browserCredential: string;
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** Starts a conversation as the page does: with the browser's credential, or without one to be issued one. */
export async function startConversation(base: string, browserCredential?: string): Promise<LocalConversation> {
  const answer = await http(base, '/v3/directline/conversations', { method: 'POST', headers: browserCredential === undefined ? {} : bearer(browserCredential), body: { locale: 'en-GB' } });
  if (answer.status !== 201) throw new Error(`starting a conversation answered ${answer.status}`);
  const body = started.parse(answer.json());
  const credential = body.browserCredential ?? browserCredential;
  if (credential === undefined) throw new Error('no browser credential was issued');
  return { conversationId: body.conversationId, token: body.token, browserCredential: credential };
}

export async function read(base: string, conversation: LocalConversation, watermark = 0): Promise<ActivitySet> {
  const answer = await http(base, `/v3/directline/conversations/${conversation.conversationId}/activities?watermark=${watermark}`, { headers: bearer(conversation.token) });
  if (answer.status !== 200) throw new Error(`reading answered ${answer.status}`);
  return activitySet.parse(answer.json());
}

export async function post(base: string, conversation: LocalConversation, activity: Record<string, unknown>): Promise<HttpAnswer> {
  return http(base, `/v3/directline/conversations/${conversation.conversationId}/activities`, { method: 'POST', headers: bearer(conversation.token), body: activity });
}

/** Polls, as the page does, until the bot has answered with cards after the given watermark. */
export async function cardsAfter(base: string, conversation: LocalConversation, watermark: number): Promise<{ cards: Card[]; watermark: number }> {
  for (;;) {
    const set = await read(base, conversation, watermark);
    const cards = set.activities.filter((a) => a.from.role === 'bot').flatMap((a) => (a.attachments ?? []).map((c) => c.content));
    if (cards.length > 0) return { cards, watermark: Number(set.watermark) };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
