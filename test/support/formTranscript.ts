import { FICTIONAL_CHILD } from './personalTestValues';
import { z } from 'zod';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { encryptedStorage } from '../../bot/storage/encrypted.storage';
import { parseKeyring } from '../../bot/storage/keyring';
import { allText, headings, type Card, type Chat } from './assistant';
import { TEST_DATA_KEYS_JSON } from './testKeys';

/** Filling a form through the real handler, page by page, and finding its submission in the embedded store by its reference. */

export const REFERENCE = /CSE-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;
export const CHECK = 'Check your answers before submitting';
/** Check-your-answers goes on as many cards as Teams needs (issue 8): every card after its first has this title. */
export const CHECK_CONTINUED = 'Check your answers (continued)';
/** Headings with check-your-answers read as one: its continued cards dropped where they follow its first card. */
export function checkAsOne(shown: string[]): string[] {
  return shown.filter((heading, i) => !(heading === CHECK_CONTINUED && (shown[i - 1] === CHECK || shown[i - 1] === CHECK_CONTINUED)));
}

export type FormPages = Array<[title: string, inputs: Record<string, string>]>;

/** Every object in the cards, depth first: the elements, inputs and actions a test looks for. */
export function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (typeof node === 'object' && node !== null) {
    const record = z.record(z.string(), z.unknown()).parse(node);
    yield record;
    for (const value of Object.values(record)) yield* walk(value);
  }
}

/** What an input shows (as a host would post it if left alone). */
export function inputValue(cards: Card[], id: string): unknown {
  return [...walk(cards)].find((e) => e.id === `in.${id}`)?.value;
}

/** The ids of the inputs on the cards, without the `in.` prefix. */
export function inputIds(cards: Card[]): string[] {
  return [...walk(cards)].flatMap((e) => (typeof e.id === 'string' && e.id.startsWith('in.') ? [e.id.slice(3)] : []));
}

export const referenceIn = (cards: Card[]) => REFERENCE.exec(allText(cards))?.[0];

/** Each page in turn: its heading checked, its inputs given, Continue pressed. */
export async function fillPages(c: Chat, first: Card[], pages: FormPages, button = 'Continue'): Promise<Card[]> {
  let cards = first;
  for (const [title, inputs] of pages) {
    expect({ page: title, see: headings(cards) }).toEqual({ page: title, see: [title] });
    cards = await c.press(cards, button, inputs);
  }
  return cards;
}

/** The submission stored under a reference, and the audit entries about it, read from the embedded file. */
export async function storedInFile(dataFile: string, reference: string) {
  const storage = encryptedStorage(openEmbeddedStorage(dataFile), parseKeyring(TEST_DATA_KEYS_JSON, 'DATA_KEYS_JSON'));
  try {
    return { record: await storage.submissions.get(reference), audit: (await storage.audit.listBySubject(reference)).map((e) => e.action) };
  } finally {
    await storage.close();
  }
}

/** A teacher's concern record about the fictional child, page by page, as the access and lead transcripts submit it. */
export const CONCERN_RECORD_PAGES: FormPages = [
  ['About you', { reporterName: 'Fictional Teacher Ollerby', reporterRole: 'Class teacher', organisation: 'Quirkfield Academy (fictional)', reporterEmail: 'teacher@example.com' }],
  ['The child', { childName: `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`, dateOfBirth: '27/3/2012', setting: 'school', knownToCsc: 'no' }],
  ['Warning signs and danger', { danger: 'no' }],
  ['What you saw or were told', { whatHappened: `${FICTIONAL_CHILD.firstName} has a new phone she says an older friend bought her`, disclosure: 'no' }],
  ['When and where', { seenOn: '2/2/2024', seenAt: '2.30pm' }],
  ['What you have done so far', { actions: 'toldSafeguardingLead', routeShown: 'mash' }],
  ['The decision and why', { decision: 'referredToMash', reason: 'Gifts from an older adult: told the safeguarding lead the same day.' }],
];

/**
 * A teacher's concern record, reached as a teacher reaches it: the school journey's quickest path to
 * its summary, "Complete a concern record", the pages filled in, then Submit. Returns its reference.
 */
export async function submitSchoolConcernRecord(c: Chat, pages: FormPages = CONCERN_RECORD_PAGES): Promise<string> {
  let cards = await c.say('school');
  for (const press of ['No', 'Skip to the images question', 'No', 'Yes, I am the DSL or a deputy', "I don't know"]) cards = await c.press(cards, press);
  const check = await fillPages(c, await c.press(cards, 'Complete a concern record'), pages);
  const done = await c.press(check, 'Submit');
  const titles = headings(done);
  if (titles.length !== 1 || titles[0] !== 'Concern record submitted') throw new Error(`after Submit: ${titles.join(' | ')}`);
  const reference = referenceIn(done);
  if (reference === undefined) throw new Error('no reference after Submit');
  return reference;
}
