import { z } from 'zod';
import { holds, questionsOf } from '../../dialogs/forms/conditions';
import { inputIdsOf } from '../../dialogs/forms/pageSchema';
import type { FormDefinition, Page } from '../../dialogs/forms/vocabulary';
import { headings, openStore, type Card, type Chat, type StoreKind } from './assistant';
import { CHECK, inputIds } from './formTranscript';
import { validAnswer } from './validAnswer';
import { withoutNotAsked } from './formWalk';


/**
 * Any form, filled in through the real handler from its definition alone: a valid value for every
 * question by its kind (as a card posts it), page after page, whatever the form; and what the store
 * then holds, on the embedded file or MongoDB. Dates are relative to today, so they stay valid.
 */

/** A whole page posted validly (a group page: one item). */
export function validPagePost(page: Page, known: Record<string, string>, now = new Date()): Record<string, string> {
  const posted: Record<string, string> = {};
  for (const question of questionsOf(page)) Object.assign(posted, validAnswer(question, { now, known: { ...known, ...posted } }));
  // A box the answer above it on the card does not ask is left empty, as a person would: the page refuses one answered.
  return withoutNotAsked(questionsOf(page), posted, known);
}

/** The page of the form a card shows, known by its inputs. */
export function pageShown(definition: FormDefinition, cards: Card[]): Page {
  const ids = new Set(inputIds(cards));
  const page = definition.pages.find((p) => questionsOf(p).some((q) => ids.has(q.id)));
  if (page === undefined) throw new Error(`no page of ${definition.id} on the card: ${headings(cards).join(' | ')}`);
  return page;
}

export interface Filled {
  cards: Card[];
  /** Everything posted, by input id, and each page's post by page id. */
  posted: Record<string, string>;
  pages: Array<[pageId: string, posted: Record<string, string>]>;
}

/** Continues page after page with valid answers until check-your-answers (at most `limit` pages). */
export async function fillToCheck(c: Chat, definition: FormDefinition, first: Card[], limit = 40, known: Record<string, string> = {}): Promise<Filled> {
  let cards = first;
  const posted: Record<string, string> = { ...known };
  const pages: Filled['pages'] = [];
  for (let n = 0; n < limit && !headings(cards).includes(CHECK); n += 1) {
    const page = pageShown(definition, cards);
    const post = validPagePost(page, posted);
    const next = await c.press(cards, 'Continue', post);
    if (problemsOn(next).length > 0) throw new Error(`page ${page.id} of ${definition.id} refused valid answers: ${JSON.stringify(problemsOn(next))}`);
    Object.assign(posted, post);
    pages.push([page.id, post]);
    cards = next;
  }
  return { cards, posted, pages };
}

function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (typeof node === 'object' && node !== null) {
    const record = z.record(z.string(), z.unknown()).parse(node);
    yield record;
    for (const value of Object.values(record)) yield* walk(value);
  }
}

/** What each input shows, by input id without `in.` (a number picker's value as text). */
export function shownValues(cards: Card[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const e of walk(cards)) {
    if (typeof e.type === 'string' && e.type.startsWith('Input.') && typeof e.id === 'string' && (typeof e.value === 'string' || typeof e.value === 'number')) found[e.id.replace(/^in\./, '')] = String(e.value);
  }
  return found;
}

/** The problem written under an input (after its hint, if it has one), as a person reads it beside the question. */
export function messageBeside(cards: Card[], id: string): string | undefined {
  for (const e of walk(cards)) {
    for (const list of Object.values(e)) {
      if (!Array.isArray(list)) continue;
      const items = z.array(z.unknown()).parse(list).map((item) => z.record(z.string(), z.unknown()).safeParse(item));
      const at = items.findIndex((item) => item.success && item.data.id === `in.${id}`);
      if (at < 0) continue;
      // The problem is an attention box holding one line of bold text (cards/fragments.ts problemLine).
      const box = items.slice(at + 1, at + 3).find((item) => item.success && item.data.type === 'Container' && item.data.style === 'attention');
      const line = box?.success === true ? z.array(z.object({ type: z.literal('TextBlock'), text: z.string() }).passthrough()).length(1).safeParse(box.data.items) : undefined;
      return line?.success === true ? line.data[0]?.text : undefined;
    }
  }
  return undefined;
}

/** Every problem written under an input on the cards. */
export function problemsOn(cards: Card[]): string[] {
  return inputIds(cards).flatMap((id) => messageBeside(cards, id) ?? []);
}

/**
 * What a page keeps of a valid post: the values of its questions that are asked (a question on the
 * same card whose condition does not hold keeps no answer), by input id, as the card shows them.
 */
export function keptOf(page: Page, post: Record<string, string>, known: Record<string, string>): Record<string, string> {
  const scope: Record<string, string | string[]> = { ...known, ...post };
  for (const q of questionsOf(page)) if (q.kind === 'severalOf' && post[q.id] !== undefined) scope[q.id] = (post[q.id] ?? '').split(',');
  const kept: Record<string, string> = {};
  for (const q of questionsOf(page)) {
    if (!holds(q.condition, scope)) continue;
    for (const id of inputIdsOf(q)) if (post[id] !== undefined) kept[id] = post[id] ?? '';
  }
  return kept;
}

const actionSchema = z.object({ type: z.literal('Action.Submit'), data: z.record(z.string(), z.unknown()) }).passthrough();

/** Presses the action whose data's answer is the one given (a Change beside one answer, say), with inputs as a host merges them. */
export async function pressAnswer(c: Chat, cards: Card[], answer: Record<string, string>, inputs: Record<string, string> = {}): Promise<Card[]> {
  const found = [...walk(cards)].map((e) => actionSchema.safeParse(e)).find((a) => a.success && JSON.stringify(a.data.data.answer) === JSON.stringify(answer));
  if (found?.success !== true) throw new Error(`no action answering ${JSON.stringify(answer)}`);
  return c.send({ value: { ...found.data.data, ...Object.fromEntries(Object.entries(inputs).map(([id, v]) => [`in.${id}`, v])) } });
}

/** The submission stored under a reference, and the audit entries about it. */
export async function storedBy(store: StoreKind, dataFile: string, database: string, reference: string) {
  const storage = await openStore(store, dataFile, database);
  try {
    return { record: await storage.submissions.get(reference), audit: (await storage.audit.listBySubject(reference)).map((e) => e.action) };
  } finally {
    await storage.close();
  }
}

