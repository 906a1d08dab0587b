import { performance } from 'node:perf_hooks';

/**
 * The one HTTP client both bots are measured with: fetch on loopback, an unauthenticated
 * activity with deliveryMode expectReplies (as the project's integration tests post), the reply
 * read and parsed as JSON in full.
 */

type Json = unknown;
export type Card = Record<string, Json>;

export interface Action {
  title: string;
  data: Json;
}

let sequence = 0;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function post(url: string, conversationId: string, userId: string, activity: Record<string, Json>): Promise<Card[]> {
  sequence += 1;
  const body = {
    type: 'message',
    id: `bench-${sequence}`,
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:1/unused',
    from: { id: userId, name: '' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversationId },
    deliveryMode: 'expectReplies',
    locale: 'en-GB',
    ...activity,
  };
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const replies: unknown = await response.json();
  if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}`);
  const activities = isRecord(replies) && Array.isArray(replies.activities) ? replies.activities : [];
  if (activities.length === 0) throw new Error('no reply');
  return activities.flatMap((a: unknown) => (isRecord(a) && Array.isArray(a.attachments) ? a.attachments.flatMap((c: unknown) => (isRecord(c) && isRecord(c.content) ? [c.content] : [])) : []));
}

function* actionsIn(node: unknown): Generator<Action> {
  if (Array.isArray(node)) {
    for (const item of node) yield* actionsIn(item);
  } else if (isRecord(node)) {
    if (node.type === 'Action.Submit' && typeof node.title === 'string') yield { title: node.title, data: node.data };
    for (const value of Object.values(node)) yield* actionsIn(value);
  }
}

export const hasAction = (cards: Card[], title: string): boolean => [...actionsIn(cards)].some((a) => a.title === title);

export function actionOn(cards: Card[], title: string): Action {
  const found = [...actionsIn(cards)].find((a) => a.title === title);
  if (found === undefined) throw new Error(`no action titled ${title}: ${[...actionsIn(cards)].map((a) => a.title).join(' | ')}`);
  return found;
}

export function press(url: string, conversationId: string, userId: string, cards: Card[], title: string): Promise<Card[]> {
  const data = actionOn(cards, title).data;
  return post(url, conversationId, userId, { value: isRecord(data) ? data : {} });
}

/** Runs `work` and returns its result with how long it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}
