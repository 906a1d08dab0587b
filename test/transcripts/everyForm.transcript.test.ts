import { randomBytes } from 'node:crypto';
import { say } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import type { CatalogueEntry } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import { questionsNamed, questionsOf } from '../../dialogs/forms/conditions';
import { defineForm } from '../../dialogs/forms/defineForm';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { messageOf } from '../../dialogs/forms/messages';
import { inputIdsOf } from '../../dialogs/forms/pageSchema';
import { openStored } from '../../dialogs/forms/storedSchema';
import type { FormDefinition, Page, Question } from '../../dialogs/forms/vocabulary';
import { allText, announceSkippedStores, assistantForEachTest, chat, headings, openStore, STORES, type Card, type Chat, type StoreKind } from '../support/assistant';
import { fillToCheck, keptOf, messageBeside, pageShown, pressAnswer, problemsOn, shownValues, storedBy, validPagePost } from '../support/formConversation';
import { CHECK, checkAsOne, referenceIn, REFERENCE } from '../support/formTranscript';
import { strictT } from '../support/i18n';

/**
 * Every form behaves the same, through the real handler and the real store (the embedded file, and
 * MongoDB when MONGODB_URI is set): each is filled in from its definition alone, so a form added to
 * FORM_DEFINITIONS is covered here without a line more. Complete and submit; change an answer from
 * check-your-answers; a problem and its fix; Back; a page posted twice, or for a form that has moved
 * on; Save for later with the open page's unsent values, a restart, and resuming from another
 * conversation of the same user; a submit pressed twice at once, again, and from a second conversation.
 */

jest.setTimeout(180_000);
announceSkippedStores();

const STALE = 'That card is out of date';
const SAVED = 'Saved for later';
const CHANGED = 'Changed fictional answer';

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const titleOf = (definition: FormDefinition, page: Page) => t(`${definition.ns}:pages.${page.id}.title`);
const submittedTitle = (definition: FormDefinition) => t('forms:confirmation.title', { form: t(`${definition.ns}:title`) });
const asked = (question: Question, page: Page) => question.condition === undefined && page.condition === undefined;

/** The first question a person can change from check-your-answers by typing: a text answer on a page always asked. */
function changeable(definition: FormDefinition): { page: Page; question: Question } {
  for (const page of definition.pages) {
    if ('group' in page) continue;
    // Free text: a reference takes only what reads as one.
    const question = page.questions.find((q) => (q.kind === 'shortText' || q.kind === 'longText') && q.reference !== true && asked(q, page));
    if (question !== undefined) return { page, question };
  }
  throw new Error(`${definition.id} has no text question always asked`);
}

/** The first page, in order, with a required question always asked on it: where a problem is tried. */
function pageWithRequired(definition: FormDefinition): { page: Page; question: Question } {
  for (const page of definition.pages) {
    const question = page.condition === undefined ? questionsOf(page).find((q) => q.required && q.condition === undefined) : undefined;
    if (question !== undefined) return { page, question };
  }
  throw new Error(`${definition.id} has no required question always asked`);
}

/** After the first, the page always asked with the most kinds of question: where unsent values are saved. */
function richestPage(definition: FormDefinition): Page {
  const kinds = (page: Page) => new Set(questionsOf(page).map((q) => q.kind)).size;
  const candidates = definition.pages.slice(1).filter((p) => p.condition === undefined);
  const richest = candidates.reduce<Page | undefined>((best, page) => (best === undefined || kinds(page) > kinds(best) ? page : best), undefined);
  if (richest === undefined) throw new Error(`${definition.id} has one page`);
  return richest;
}

/** A date as a person types it (27/3/2012): kept as the card's date picker shows it (2012-03-27). */
const typed = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${Number(d)}/${Number(m)}/${y}`);

/** The form as a later version of it: its version raised, and (where its first page has one to spare) a question of that page taken out. */
function laterVersion(definition: FormDefinition): { catalogue: CatalogueEntry[]; dropped?: Question } {
  const named = new Set(definition.pages.flatMap((p) => [...questionsNamed(p.condition), ...questionsOf(p).flatMap((q) => [...questionsNamed(q.condition), ...(q.kind === 'number' && q.ageOf !== undefined ? [q.ageOf] : [])])]));
  const [first, ...rest] = definition.pages;
  if (first === undefined || 'group' in first) throw new Error(`${definition.id} starts with a group`);
  const dropped = first.questions.length > 1 ? [...first.questions].reverse().find((q) => !named.has(q.id) && !(definition.describedBy ?? []).includes(q.id)) : undefined;
  const later: FormDefinition = { ...definition, version: definition.version + 1, pages: [{ ...first, questions: first.questions.filter((q) => q !== dropped) }, ...rest] };
  const catalogue = CATALOGUE_ENTRIES.map((entry) => (entry.flow.id === definition.id ? { ...entry, flow: defineForm(later) } : entry));
  return dropped === undefined ? { catalogue } : { catalogue, dropped };
}

/** Continue pressed as a host sends it: with every value the card shows. */
const continueAsShown = (c: Chat, cards: Card[]) => c.press(cards, 'Continue', shownValues(cards));

async function start(c: Chat, definition: FormDefinition): Promise<Card[]> {
  await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-forms' }] });
  const first = await c.send({ value: { event: 'flow.startRequested', flowId: definition.id } });
  const [page] = definition.pages;
  if (page === undefined) throw new Error(`${definition.id} has no pages`);
  expect(headings(first)).toEqual([titleOf(definition, page)]);
  return first;
}

/** Fills page after page until the given page shows. */
async function fillUntil(c: Chat, definition: FormDefinition, cards: Card[], target: Page): Promise<{ cards: Card[]; posted: Record<string, string> }> {
  let shown = cards;
  const posted: Record<string, string> = {};
  for (let n = 0; n < definition.pages.length && pageShown(definition, shown).id !== target.id; n += 1) {
    const post = validPagePost(pageShown(definition, shown), posted);
    shown = await c.press(shown, 'Continue', post);
    expect(problemsOn(shown)).toEqual([]);
    Object.assign(posted, post);
  }
  expect(headings(shown)).toEqual([titleOf(definition, target)]);
  return { cards: shown, posted };
}

describe.each(STORES)('every form (%s store)', (store: StoreKind) => {
  describe.each(FORM_DEFINITIONS.map((definition) => [definition.id, definition] as const))('%s', (_id, definition) => {
    // A database name is at most 38 characters: the form's place in the list names it.
    const database = `forms_${FORM_DEFINITIONS.indexOf(definition)}_${randomBytes(3).toString('hex')}`;
    const assistant = assistantForEachTest(store, database);
    let users = 0;
    const newUser = () => `user-fictional-${definition.id.replace(/\W/g, '-')}-${(users += 1)}`;

    it('is completed, an answer changed from check-your-answers, submitted once however Submit is pressed, and found by its reference', async () => {
      const user = newUser();
      const c = chat(assistant.url, undefined, user);
      const first = await start(c, definition);
      const filled = await fillToCheck(c, definition, first);
      expect(checkAsOne(headings(filled.cards))).toEqual([CHECK]);

      const { page, question } = changeable(definition);
      const opened = await pressAnswer(c, filled.cards, { type: 'form.change', value: question.id });
      expect(headings(opened)).toEqual([titleOf(definition, page)]);
      const pagePosted = filled.pages.find(([id]) => id === page.id)?.[1] ?? {};
      expect(shownValues(opened)).toMatchObject(keptOf(page, pagePosted, filled.posted));
      const check = await c.press(opened, t('forms:page.saveAndReturn'), { ...pagePosted, [question.id]: CHANGED });
      expect(checkAsOne(headings(check))).toEqual([CHECK]);
      expect(allText(check)).toContain(CHANGED);

      // Pressed twice at once (a double click, or a retry), then once more, then from another conversation of the same user.
      const together = await Promise.all([c.press(check, 'Submit'), c.press(check, 'Submit')]);
      const references = together.map(referenceIn);
      const reference = references[0] ?? '';
      expect(reference).toMatch(REFERENCE);
      expect(references).toEqual([reference, reference]);
      for (const reply of together) expect(headings(reply).at(-1)).toBe(submittedTitle(definition));
      const again = await c.press(check, 'Submit');
      expect(headings(again)).toEqual([STALE, submittedTitle(definition)]);
      expect(referenceIn(again)).toBe(reference);
      const elsewhere = await chat(assistant.url, undefined, user).press(check, 'Submit');
      expect(headings(elsewhere)[0]).toBe(STALE);
      expect(referenceIn(elsewhere)).toBeUndefined();

      // A page posted for a form that has moved on: refused, and where the user is shown.
      const late = await c.press(first, 'Continue', validPagePost(pageShown(definition, first), {}));
      expect(headings(late)).toEqual([STALE, submittedTitle(definition)]);

      const { record, audit } = await storedBy(store, assistant.dataFile, database, reference);
      expect(record?.kind).toBe(definition.id);
      expect(audit.filter((a) => a === 'form.submitted')).toEqual(['form.submitted']);
      const opened2 = openStored(definition, record?.payload);
      expect(opened2?.answers[question.id]).toBe(CHANGED);
      const storage = await openStore(store, assistant.dataFile, database);
      try {
        const mine = await storage.submissions.listByOwner(record?.ownerKey ?? '', 50);
        expect(mine.map((r) => r.reference)).toEqual([reference]);
      } finally {
        await storage.close();
      }
    });

    it('shows a problem beside its question in the exact words, keeps the other values, shows it again after a question and Carry on where I was, and takes the fix', async () => {
      const c = chat(assistant.url, undefined, newUser());
      const { page, question } = pageWithRequired(definition);
      const { cards, posted } = await fillUntil(c, definition, await start(c, definition), page);
      const post = validPagePost(page, posted);
      const wrong = await c.press(cards, 'Continue', { ...post, [question.id]: '' });
      expect(headings(wrong)).toEqual([titleOf(definition, page)]);
      const message = say(t, messageOf(definition, question, 'required'));
      expect(messageBeside(wrong, question.id)).toBe(message);
      expect(allText(wrong)).toContain(t('forms:errors.summaryTitle'));
      const { [question.id]: _left, ...others } = post;
      expect(shownValues(wrong)).toMatchObject(others);
      // The fourth exploratory test (defect 7): the page shown again by Carry on where I was still says what to fix.
      const resumed = await c.press(await c.say('what is a strategy discussion?'), 'Carry on where I was');
      expect(headings(resumed)).toEqual([titleOf(definition, page)]);
      expect(messageBeside(resumed, question.id)).toBe(message);
      expect(allText(resumed)).toContain(t('forms:errors.summaryTitle'));
      const fixed = await c.press(resumed, 'Continue', post);
      expect(problemsOn(fixed)).toEqual([]);
      expect(headings(fixed)).not.toEqual([titleOf(definition, page)]);
    });

    it('a page sent back with a problem keeps what was right on it through Back, Save for later and Resume, and shows it when reached again', async () => {
      const user = newUser();
      const c = chat(assistant.url, undefined, user);
      const page = richestPage(definition);
      const question = questionsOf(page).find((q) => q.required && q.condition === undefined) ?? questionsOf(page)[0];
      if (question === undefined) throw new Error(`${page.id} has no questions`);
      const { cards, posted } = await fillUntil(c, definition, await start(c, definition), page);
      // The refused question is left blank (required) or too long for its box: outside its input's limits, so not kept; the rest of the page is.
      const refusedIds = new Set(inputIdsOf(question));
      const good = Object.fromEntries(Object.entries(validPagePost(page, posted)).filter(([id]) => !refusedIds.has(id)));
      const wrong = await c.press(cards, 'Continue', question.required ? good : { ...good, [question.id]: 'x'.repeat(5000) });
      expect(problemsOn(wrong)).not.toEqual([]);
      const before = await c.press(wrong, 'Back');
      expect(headings(before)).not.toEqual([titleOf(definition, page)]);
      expect(headings(await c.press(before, 'Save for later', shownValues(before)))).toEqual([SAVED]);

      const again = chat(assistant.url, undefined, user);
      const resumed = await again.press(await again.send({ value: { event: 'drafts.requested' } }), 'Resume');
      let shown = resumed;
      for (let n = 0; n < definition.pages.length && pageShown(definition, shown).id !== page.id; n += 1) shown = await continueAsShown(again, shown);
      expect(headings(shown)).toEqual([titleOf(definition, page)]);
      expect(shownValues(shown)).toMatchObject(keptOf(page, good, posted));
    });

    it('a question typed over a page says that what was typed there and not sent is not kept, and Continue on the page above still takes it', async () => {
      const c = chat(assistant.url, undefined, newUser());
      const page = richestPage(definition);
      const { cards, posted } = await fillUntil(c, definition, await start(c, definition), page);
      const answered = await c.say('what is a strategy discussion?');
      const line = say(t, { key: 'forms:page.unsentNotKept', refs: { send: { key: 'forms:page.continue' }, save: { key: 'common:nav.saveForLater' } } });
      expect(allText(answered)).toContain(line);
      const next = await c.press(cards, 'Continue', validPagePost(page, posted));
      expect(problemsOn(next)).toEqual([]);
      expect(headings(next)).not.toEqual([titleOf(definition, page)]);
    });

    it('goes Back with the values kept, and refuses a page posted twice', async () => {
      const c = chat(assistant.url, undefined, newUser());
      const first = await start(c, definition);
      const post = validPagePost(pageShown(definition, first), {});
      const second = await c.press(first, 'Continue', post);
      expect(problemsOn(second)).toEqual([]);
      const secondTitle = headings(second);
      const twice = await c.press(first, 'Continue', post);
      expect(headings(twice)).toEqual([STALE, ...secondTitle]);
      const back = await c.press(twice, 'Back');
      expect(headings(back)).toEqual(headings(first));
      expect(shownValues(back)).toMatchObject(keptOf(pageShown(definition, first), post, {}));
    });

    it("is saved for later with the open page's unsent values, survives a restart, and is resumed and submitted from a new conversation of the same user", async () => {
      const user = newUser();
      const c = chat(assistant.url, undefined, user);
      const page = richestPage(definition);
      const { cards, posted } = await fillUntil(c, definition, await start(c, definition), page);
      const unsent = validPagePost(page, posted);
      const asTyped = Object.fromEntries(Object.entries(unsent).map(([id, value]) => [id, typed(value)]));
      const saved = await c.press(cards, 'Save for later', asTyped);
      expect(headings(saved)).toEqual([SAVED]);

      await assistant.restart();
      const again = chat(assistant.url, undefined, user);
      const drafts = await again.send({ value: { event: 'drafts.requested' } });
      const resumed = await again.press(drafts, 'Resume');
      expect(headings(resumed)).toEqual([titleOf(definition, page)]);
      expect(shownValues(resumed)).toMatchObject(keptOf(page, unsent, posted));
      // The draft is named by the page its card numbers, not by how many answers led there ("step 3" for "Page 1 of 9").
      const where = /Page (\d+) of (up to )?(\d+)/.exec(allText(resumed));
      expect(allText(drafts)).toContain(`Reached page ${where?.[1] ?? '?'} of ${where?.[2] ?? ''}${where?.[3] ?? '?'}:`);

      const filled = await fillToCheck(again, definition, resumed, 40, posted);
      expect(checkAsOne(headings(filled.cards))).toEqual([CHECK]);
      // Saved at check-your-answers, which has no page number: named alone, not "Reached step 10" for a form of 7 pages.
      expect(headings(await again.press(filled.cards, 'Save for later'))).toEqual([SAVED]);
      const atCheck = await again.send({ value: { event: 'drafts.requested' } });
      expect(allText(atCheck)).toContain('Reached:');
      expect(allText(atCheck)).not.toContain('Reached step');
      const checkAgain = await again.press(atCheck, 'Resume');
      expect(checkAsOne(headings(checkAgain))).toEqual([CHECK]);
      const done = await again.press(checkAgain, 'Submit');
      expect(headings(done)).toEqual([submittedTitle(definition)]);
      const { record } = await storedBy(store, assistant.dataFile, database, referenceIn(done) ?? '');
      expect(record?.kind).toBe(definition.id);
    });

    it("a draft saved before the form changed: said so, with the answers that still fit and the open page's unsent values kept", async () => {
      const user = newUser();
      const c = chat(assistant.url, undefined, user);
      const first = await start(c, definition);
      const firstPage = pageShown(definition, first);
      const page = richestPage(definition);
      const firstPost = validPagePost(firstPage, {});
      const { cards, posted } = await fillUntil(c, definition, first, page);
      const unsent = validPagePost(page, posted);
      expect(headings(await c.press(cards, 'Save for later', unsent))).toEqual([SAVED]);

      const later = laterVersion(definition);
      await assistant.restart({ catalogue: later.catalogue });
      const again = chat(assistant.url, undefined, user);
      let shown = await again.press(await again.send({ value: { event: 'drafts.requested' } }), 'Resume');
      expect(headings(shown)).toEqual([t('notices:formChanged.title'), titleOf(definition, firstPage)]);
      const { [later.dropped?.id ?? '']: _dropped, ...stillFit } = keptOf(firstPage, firstPost, {});
      expect(shownValues(shown)).toMatchObject(stillFit);
      if (later.dropped !== undefined) expect(shownValues(shown)[later.dropped.id]).toBeUndefined();

      for (let n = 0; n < definition.pages.length && pageShown(definition, shown).id !== page.id; n += 1) shown = await continueAsShown(again, shown);
      expect(headings(shown)).toEqual([titleOf(definition, page)]);
      // A group's unsent item is kept as an item added; a page's values are shown in its inputs.
      const firstOfGroup = 'group' in page ? page.group.questions[0] : undefined;
      if (firstOfGroup === undefined) expect(shownValues(shown)).toMatchObject(keptOf(page, unsent, posted));
      else expect(allText(shown)).toContain(unsent[firstOfGroup.id]);
    });
  });

  const withGroups = FORM_DEFINITIONS.filter((definition) => definition.pages.some((page) => 'group' in page));
  describe.each(withGroups.map((definition) => [definition.id, definition] as const))('%s, a repeated group', (_id, definition) => {
    const database = `groups_${FORM_DEFINITIONS.indexOf(definition)}_${randomBytes(3).toString('hex')}`;
    const assistant = assistantForEachTest(store, database);

    it('changes one item from check-your-answers and removes another, keeping the rest as they were', async () => {
      const page = definition.pages.find((p) => 'group' in p);
      if (page === undefined || !('group' in page)) throw new Error('no group');
      const named = page.group.questions.find((q) => q.kind === 'shortText');
      if (named === undefined) throw new Error(`group ${page.group.id} has no short text to tell its items apart`);
      const c = chat(assistant.url, undefined, `user-fictional-groups-${FORM_DEFINITIONS.indexOf(definition)}`);
      const { cards, posted } = await fillUntil(c, definition, await start(c, definition), page);
      const item = (name: string) => ({ ...validPagePost(page, posted), [named.id]: name });
      const second = await c.press(cards, t(`${definition.ns}:groups.${page.group.id}.add`), item('Fictional Person One'));
      expect(headings(second)).toEqual([titleOf(definition, page)]);
      const filled = await fillToCheck(c, definition, await c.press(second, 'Continue', item('Fictional Person Two')), 40, posted);
      expect(checkAsOne(headings(filled.cards))).toEqual([CHECK]);

      const opened = await pressAnswer(c, filled.cards, { type: 'form.changeItem', value: `${named.id}@0` });
      expect(headings(opened)).toEqual([titleOf(definition, page)]);
      expect(shownValues(opened)[named.id]).toBe('Fictional Person One');
      const changed = await c.press(opened, t('forms:page.saveAndReturn'), item('Fictional Person Changed'));
      expect(checkAsOne(headings(changed))).toEqual([CHECK]);
      expect(allText(changed)).toContain('Fictional Person Changed');
      expect(allText(changed)).toContain('Fictional Person Two');
      expect(allText(changed)).not.toContain('Fictional Person One');

      const asked = await pressAnswer(c, changed, { type: 'form.removeItem', value: `${page.group.id}@1` });
      expect(headings(asked)).toEqual([`Remove ${t(`${definition.ns}:groups.${page.group.id}.item`, { n: 2 })}?`]);
      expect(allText(asked)).not.toContain('Fictional Person');
      const removed = await c.press(asked, 'Remove');
      expect(checkAsOne(headings(removed))).toEqual([CHECK]);
      expect(allText(removed)).not.toContain('Fictional Person Two');
      const done = await c.press(removed, 'Submit');
      expect(headings(done)).toEqual([submittedTitle(definition)]);
      const { record } = await storedBy(store, assistant.dataFile, database, referenceIn(done) ?? '');
      const items = openStored(definition, record?.payload)?.answers[page.group.id];
      expect(Array.isArray(items) ? items.map((i) => (typeof i === 'object' && !Array.isArray(i) ? i[named.id] : i)) : items).toEqual(['Fictional Person Changed']);
    });
  });
});
