import { z } from 'zod';
import { INPUT_VALUES, inputValuesSchema } from './events.schema';
import { ROLE_IDS } from './router';

/** What is stored for one conversation between turns. JSON only; validated on every load. */

export const CONVERSATION_SCHEMA_VERSION = 1;

/** The most pages whose values a journey keeps: one per step of its path (the history's limit, and the page open now). */
export const MAX_KEPT_PAGES = 101;

const PAGE_DEPTH = /^\d{1,3}$/;
const STATE_MAX = 100;

/** What a page last held, by its depth in the journey's path: the state it showed and its input values. */
const keptPagesByZod = z
  .record(z.string().regex(PAGE_DEPTH), z.object({ state: z.string().max(STATE_MAX), values: inputValuesSchema }))
  .refine((pages) => Object.keys(pages).length <= MAX_KEPT_PAGES);
type KeptPages = z.infer<typeof keptPagesByZod>;

/** A plain object, as JSON gives. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A stored journey as the conversation keeps it: a plain object, read by its flow when it is used. */
export const isStoredJourney = isPlainObject;

const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** A page's values exactly as the zod schema would keep them (nothing to strip): ids and values within their limits. */
function isKeptPage(page: unknown): boolean {
  if (!isPlainObject(page) || !isShortString(page.state, STATE_MAX) || !isPlainObject(page.values)) return false;
  const keys = Object.keys(page);
  if (keys.length !== 2 || !keys.includes('state') || !keys.includes('values')) return false;
  const values = Object.entries(page.values);
  return values.length <= INPUT_VALUES.count && values.every(([id, value]) => id.length <= INPUT_VALUES.idMax && isShortString(value, INPUT_VALUES.valueMax));
}

const isKeptPages = (pages: unknown): pages is KeptPages =>
  isPlainObject(pages) && Object.keys(pages).length <= MAX_KEPT_PAGES && Object.entries(pages).every(([depth, page]) => PAGE_DEPTH.test(depth) && isKeptPage(page));

/**
 * The kept pages as stored are checked by a predicate first: zod's records made a copy and a result for
 * every page and every value on every load, about 250 KiB a turn once a form's path is long (BENCHMARKS.md,
 * eighth round). Anything the predicate does not take as it is (a key zod would strip, or a problem) is
 * given to the zod schema, which decides as before.
 */
const pageInputsSchema = z.union([z.custom<KeptPages>(isKeptPages), keptPagesByZod]);

/**
 * The same check as `z.array(z.record(z.string(), z.unknown()))`, by a predicate: zod's copied every
 * earlier snapshot and made a result for each of its keys on every load, about 100 KiB a turn once a
 * form's path is long (BENCHMARKS.md, eighth round). Each snapshot is read in full (its flow's restore)
 * when Back goes to it.
 */
const historySchema = z.custom<Array<Record<string, unknown>>>((value) => Array.isArray(value) && value.every(isStoredJourney));

export const activeFlowSchema = z.object({
  flowId: z.string(),
  machineVersion: z.number().int(),
  instanceId: z.string(),
  /** Counts the answers applied; a card carries the revision it was drawn at. */
  revision: z.number().int().min(0),
  snapshot: z.record(z.string(), z.unknown()),
  /** Earlier snapshots, newest last, for "back". */
  history: historySchema,
  /** What the user typed that led to this journey: their first note (personal data: stored encrypted, never logged). */
  openingNote: z.string().optional(),
  /** True once the note has been put into one of the journey's own note boxes, where the user may have changed it. */
  openingNotePlaced: z.boolean().optional(),
  /**
   * True once danger was told while this journey ran (a typed message, or words in a card's box, that brought
   * the 999 card): its summary keeps 999 at the top, and a form it offers does not fill in "no" to danger from
   * its answers. Only that it was told, never the words. Absent in states stored before it was kept.
   */
  dangerTold: z.literal(true).optional(),
  /**
   * What each page of the path last held (personal data: stored encrypted, never logged), so Back,
   * Save for later and Skip lose nothing: the values given with the answer that left a page, or the
   * open page's unsent values posted with Back, Save for later or Cancel.
   */
  pageInputs: pageInputsSchema.optional(),
});
export type ActiveFlow = z.infer<typeof activeFlowSchema>;

/** How many recent activity ids a conversation keeps, so a duplicate delivery is answered without being applied twice. */
export const SEEN_ACTIVITY_IDS = 50;

/**
 * The same check as `z.array(z.string()).max(50)`, by a predicate: zod's array schema made an object
 * and an issues list for every id on every load (about 5 KiB a turn once 50 ids are kept, BENCHMARKS.md).
 */
const seenActivityIdsSchema = z.custom<string[]>(
  (value) => Array.isArray(value) && value.length <= SEEN_ACTIVITY_IDS && value.every((id) => typeof id === 'string'),
);

export const conversationStateSchema = z.object({
  schemaVersion: z.literal(CONVERSATION_SCHEMA_VERSION),
  /** Recent activity ids, so a duplicate delivery is answered without being applied twice. */
  seenActivityIds: seenActivityIdsSchema,
  flow: activeFlowSchema.optional(),
  /** The journey offered for a situation the user described, with what they typed, until they start it or another. */
  offer: z.object({ flowId: z.string(), note: z.string() }).optional(),
  /** The role of the running or last role journey (chosen on the welcome card, or offered): the 999 card fits its reader, and questions are weighed for it. */
  role: z.enum(ROLE_IDS).optional(),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

export function newConversationState(): ConversationState {
  return { schemaVersion: CONVERSATION_SCHEMA_VERSION, seenActivityIds: [] };
}
