import { z } from 'zod';

/**
 * The one schema every inbound activity passes before anything uses it (POST /api/messages;
 * exported for the local Direct Line too). Ids are bounded strings, known fields keep their
 * types, unknown fields are dropped, sizes are bounded. A wrong-typed or operator-shaped id
 * (`{"$in": [...]}`) fails here, so nothing from a request reaches a store as anything but a string.
 */

export const EDGE_LIMITS = {
  idLength: 512,
  textLength: 32_000,
  urlLength: 2_048,
  nameLength: 256,
  listLength: 50,
  /** A card's `value` and `channelData`: nesting and node count, checked without recursion. */
  jsonDepth: 12,
  jsonNodes: 2_000,
} as const;

const isPrintable = (text: string): boolean => ![...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** An id as channels send them (Teams ids run to about 200 characters): a bounded, printable string. */
export const edgeIdSchema = z.string().min(1).max(EDGE_LIMITS.idLength).refine(isPrintable, 'no control characters');

const shortText = (max: number) => z.string().max(max);

/** True when `value` is JSON no deeper and no larger than the limits; iterative, so deep nesting cannot overflow the stack. */
export function isBoundedJson(value: unknown, limits: { depth: number; nodes: number } = { depth: EDGE_LIMITS.jsonDepth, nodes: EDGE_LIMITS.jsonNodes }): boolean {
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let seen = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined) break;
    seen += 1;
    if (seen > limits.nodes || next.depth > limits.depth) return false;
    const { node } = next;
    if (node === null || typeof node === 'string' || typeof node === 'boolean') continue;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return false;
      continue;
    }
    if (typeof node !== 'object') return false;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) pending.push({ node: child, depth: next.depth + 1 });
  }
  return true;
}

const boundedJson = z.custom<unknown>((value) => isBoundedJson(value), { message: 'too deep or too large' });
const boundedJsonObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isBoundedJson(value),
  { message: 'an object, not too deep or too large' },
);

export const channelAccountSchema = z.object({
  id: edgeIdSchema,
  name: shortText(EDGE_LIMITS.nameLength).optional(),
  aadObjectId: shortText(128).optional(),
  role: shortText(32).optional(),
});

export const conversationAccountSchema = z.object({
  id: edgeIdSchema,
  name: shortText(EDGE_LIMITS.nameLength).optional(),
  isGroup: z.boolean().optional(),
  conversationType: shortText(64).optional(),
  tenantId: shortText(128).optional(),
});

const attachmentSchema = z.object({
  contentType: shortText(255).optional(),
  contentUrl: shortText(EDGE_LIMITS.urlLength).optional(),
  name: shortText(EDGE_LIMITS.nameLength).optional(),
});

export const inboundActivitySchema = z.object({
  type: z.string().min(1).max(64).refine(isPrintable, 'no control characters'),
  id: edgeIdSchema.optional(),
  timestamp: shortText(64).optional(),
  localTimestamp: shortText(64).optional(),
  localTimezone: shortText(64).optional(),
  channelId: edgeIdSchema,
  serviceUrl: z.string().min(1).max(EDGE_LIMITS.urlLength),
  from: channelAccountSchema,
  recipient: channelAccountSchema.optional(),
  conversation: conversationAccountSchema,
  replyToId: edgeIdSchema.optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  locale: shortText(35).optional(),
  text: shortText(EDGE_LIMITS.textLength).optional(),
  textFormat: shortText(32).optional(),
  name: shortText(EDGE_LIMITS.nameLength).optional(),
  action: shortText(64).optional(),
  value: boundedJson.optional(),
  attachments: z.array(attachmentSchema).max(EDGE_LIMITS.listLength).optional(),
  membersAdded: z.array(channelAccountSchema).max(EDGE_LIMITS.listLength).optional(),
  membersRemoved: z.array(channelAccountSchema).max(EDGE_LIMITS.listLength).optional(),
  entities: z.array(boundedJsonObject).max(EDGE_LIMITS.listLength).optional(),
  channelData: boundedJsonObject.optional(),
});

export type InboundActivity = z.infer<typeof inboundActivitySchema>;
