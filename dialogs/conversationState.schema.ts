import { z } from 'zod';
import type { TextRef } from '../cards/view';
import { INPUT_VALUES, inputValuesSchema } from './events.schema';
import { ROLE_IDS } from './router';

/** What is stored for one conversation between turns. JSON only; validated on every load. */

export const CONVERSATION_SCHEMA_VERSION = 1;

/** The most pages whose values a journey keeps: one per step of its path (the history's limit, and the page open now). */
export const MAX_KEPT_PAGES = 101;

const PAGE_DEPTH = /^\d{1,3}$/;
const STATE_MAX = 100;

/** A message as the page showed it (an i18n key, its values and the translations it names): a few levels deep at most. */
const TEXT_REF = { keyMax: 200, entries: 10, valueMax: 1000, depth: 4 } as const;
const textRefAt = (depth: number): z.ZodType<TextRef> =>
  z.object({
    key: z.string().max(TEXT_REF.keyMax),
    values: z
      .record(z.string().max(TEXT_REF.keyMax), z.union([z.string().max(TEXT_REF.valueMax), z.number()]))
      .refine((r) => Object.keys(r).length <= TEXT_REF.entries)
      .optional(),
    refs: depth <= 0 ? z.undefined().optional() : z.record(z.string().max(TEXT_REF.keyMax), textRefAt(depth - 1)).refine((r) => Object.keys(r).length <= TEXT_REF.entries).optional(),
  });
const textRefSchema = textRefAt(TEXT_REF.depth);

/** A page's problems, by input id: kept with a page sent back with them, shown again with it until it is sent. */
const problemsSchema = z.record(z.string().max(INPUT_VALUES.idMax), textRefSchema).refine((r) => Object.keys(r).length <= INPUT_VALUES.count);

/** The problems a stored page can keep: each that reads back as stored (a message beyond the limits is left to the card sent back). */
export function storableProblems(problems: Record<string, TextRef>): Record<string, TextRef> {
  const kept = Object.entries(problems)
    .slice(0, INPUT_VALUES.count)
    .filter(([id, ref]) => id.length <= INPUT_VALUES.idMax && textRefSchema.safeParse(ref).success);
  return Object.fromEntries(kept);
}

/** What a page last held, by its depth in the journey's path: the state it showed, its input values, and the problems it was sent back with. */
const keptPagesByZod = z
  .record(z.string().regex(PAGE_DEPTH), z.object({ state: z.string().max(STATE_MAX), values: inputValuesSchema, problems: problemsSchema.optional() }))
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

/** A message exactly as the zod schema would keep it: only its own keys, each within its limits. */
function isTextRef(ref: unknown, depth: number): boolean {
  if (!isPlainObject(ref) || !isShortString(ref.key, TEXT_REF.keyMax) || !Object.keys(ref).every((k) => k === 'key' || k === 'values' || k === 'refs')) return false;
  const entriesOf = (r: unknown) => (isPlainObject(r) ? Object.entries(r) : undefined);
  const values = ref.values === undefined ? [] : entriesOf(ref.values);
  const refs = ref.refs === undefined ? [] : entriesOf(ref.refs);
  if (values === undefined || refs === undefined || values.length > TEXT_REF.entries || refs.length > TEXT_REF.entries || (depth <= 0 && ref.refs !== undefined)) return false;
  return (
    values.every(([k, v]) => k.length <= TEXT_REF.keyMax && (typeof v === 'number' || isShortString(v, TEXT_REF.valueMax))) &&
    refs.every(([k, r]) => k.length <= TEXT_REF.keyMax && isTextRef(r, depth - 1))
  );
}

/** A page's values (and problems) exactly as the zod schema would keep them (nothing to strip): ids and values within their limits. */
function isKeptPage(page: unknown): boolean {
  if (!isPlainObject(page) || !isShortString(page.state, STATE_MAX) || !isPlainObject(page.values)) return false;
  const keys = Object.keys(page);
  if (!keys.every((k) => k === 'state' || k === 'values' || k === 'problems')) return false;
  const values = Object.entries(page.values);
  if (values.length > INPUT_VALUES.count || !values.every(([id, value]) => id.length <= INPUT_VALUES.idMax && isShortString(value, INPUT_VALUES.valueMax))) return false;
  if (page.problems === undefined) return !keys.includes('problems');
  if (!isPlainObject(page.problems)) return false;
  const problems = Object.entries(page.problems);
  return problems.length <= INPUT_VALUES.count && problems.every(([id, ref]) => id.length <= INPUT_VALUES.idMax && isTextRef(ref, TEXT_REF.depth));
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
