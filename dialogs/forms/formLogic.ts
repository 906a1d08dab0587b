import type { FormLogic, FormMachineAnswers } from '../../machines/form.machine';
import { groupItems, holds, keepAsked, offeredIn, pagesAsked, questionsOf, requiredNow } from './conditions';
import type { FormDefinition, Page, Question } from './vocabulary';

/** The form machine's logic from a definition: which page follows which, what is recorded, what is complete. */

function isBlank(value: string | string[] | undefined): boolean {
  return value === undefined || value.length === 0;
}

/** A page still lacks an answer it requires (a group: fewer items than its minimum). */
function isIncomplete(page: Page, answers: FormMachineAnswers): boolean {
  if ('group' in page) return groupItems(answers[page.group.id]).length < page.group.min;
  return page.questions.some((q) => {
    const value = answers[q.id];
    return requiredNow(q, answers) && holds(q.condition, answers) && (Array.isArray(value) ? value.length === 0 : isBlank(value));
  });
}

/**
 * A page's answers recorded, with what is no longer asked set aside rather than lost: the hotel's signs, once the business
 * is changed to a taxi, come back if it is changed back. What the page asked now is what it was sent with, so nothing set
 * aside for those questions comes back; the rest of what was set aside comes back where its question is asked again.
 * Options no longer offered (`optionsWhen`) are set aside the same way, from an answer that keeps its others (issue 8:
 * the hotel's "Kept the room as it was" was lost after taxi and back); they stay set aside while the page that asks
 * them is sent without offering them, and come back beside the answer given then, unless it is a stand-alone one.
 */
function settingAside(definition: FormDefinition, withPage: FormMachineAnswers, page: Page, setAside: FormMachineAnswers) {
  const questions = definition.pages.flatMap(questionsOf);
  const answeredNow = 'group' in page ? [page.group.id] : page.questions.filter((q) => holds(q.condition, withPage)).map((q) => q.id);
  const given: FormMachineAnswers = { ...withPage };
  for (const [id, value] of Object.entries(setAside)) {
    const question = questions.find((q) => q.id === id);
    const back = answeredNow.includes(id) ? notOffered(question, value, withPage) : value;
    if (back !== undefined) given[id] = given[id] === undefined ? back : besideAnswer(question, given[id], back);
  }
  const answers = keepAsked(definition, given, true);
  const left = Object.entries(given).flatMap(([id, value]): Array<[string, FormMachineAnswers[string]]> => {
    if (!(id in answers)) return [[id, value]];
    const dropped = choices(value)?.filter((v) => !(choices(answers[id]) ?? []).includes(v)) ?? [];
    return dropped.length === 0 ? [] : [[id, dropped]];
  });
  return { answers, setAside: Object.fromEntries(left) };
}

/** A several-of answer's values (undefined for any other answer, a repeated group's items among them). */
function choices(value: FormMachineAnswers[string] | undefined): string[] | undefined {
  return Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? value : undefined;
}

/** Of choices set aside, those the question does not offer with these answers: the page sent could not have ticked them. */
function notOffered(question: Question | undefined, value: FormMachineAnswers[string], answers: FormMachineAnswers): string[] | undefined {
  const values = choices(value);
  if (question === undefined || question.kind !== 'severalOf' || values === undefined) return undefined;
  const offered = offeredIn(question, answers);
  const kept = values.filter((v) => offered.kind === 'severalOf' && !offered.options.values.includes(v));
  return kept.length === 0 ? undefined : kept;
}

/**
 * Choices set aside brought back beside the answer given since, in the list's order; none beside a stand-alone choice
 * ("Nothing yet" given since is the later answer). Any other answer given since stands.
 */
function besideAnswer(question: Question | undefined, current: FormMachineAnswers[string], back: FormMachineAnswers[string]): FormMachineAnswers[string] {
  const now = choices(current);
  const returning = choices(back);
  if (question?.kind !== 'severalOf' || now === undefined || returning === undefined) return current;
  if (now.some((v) => question.options.alone?.includes(v) === true)) return current;
  return question.options.values.filter((v) => now.includes(v) || returning.includes(v));
}

export function formLogic(definition: FormDefinition): FormLogic {
  const first = definition.pages[0];
  if (first === undefined) throw new Error(`form ${definition.id} has no pages`);
  const asked = (answers: FormMachineAnswers) => pagesAsked(definition, answers);
  const pageById = (id: string) => definition.pages.find((p) => p.id === id);
  const recordSettingAside: FormLogic['recordSettingAside'] = (answers, pageId, pageAnswers, item, setAside) => {
    const page = pageById(pageId);
    if (page === undefined) return { answers, setAside };
    if ('group' in page) {
      const items = groupItems(answers[page.group.id]);
      const filled = Object.values(pageAnswers).some((v) => !isBlank(v));
      // An item changed from check-your-answers is replaced where it is; the others are kept as they were.
      const changed = item !== undefined && item < items.length;
      const added = filled && items.length < page.group.max ? [...items, pageAnswers] : items;
      const next = changed ? items.map((kept, i) => (i === item && filled ? pageAnswers : kept)) : added;
      return settingAside(definition, { ...answers, [page.group.id]: next }, page, setAside);
    }
    // Every question of the page is replaced: one left blank now has no answer.
    const cleared: FormMachineAnswers = { ...answers };
    for (const q of questionsOf(page)) delete cleared[q.id];
    return settingAside(definition, { ...cleared, ...pageAnswers }, page, setAside);
  };
  return {
    id: definition.id,
    firstPage: first.id,
    recordSettingAside,
    removeItem(answers, pageId, index) {
      const page = pageById(pageId);
      if (page === undefined || !('group' in page)) return answers;
      return { ...answers, [page.group.id]: groupItems(answers[page.group.id]).filter((_, i) => i !== index) };
    },
    hasItem(answers, pageId, index) {
      const page = pageById(pageId);
      return page !== undefined && 'group' in page && index < groupItems(answers[page.group.id]).length;
    },
    nextPage(answers, pageId) {
      const pages = asked(answers);
      const at = pages.findIndex((p) => p.id === pageId);
      return at < 0 ? undefined : pages[at + 1]?.id;
    },
    previousPage(answers, pageId) {
      const pages = asked(answers);
      const at = pages.findIndex((p) => p.id === pageId);
      return at <= 0 ? undefined : pages[at - 1]?.id;
    },
    lastPage(answers) {
      return asked(answers).at(-1)?.id ?? first.id;
    },
    firstIncompletePage(answers) {
      return asked(answers).find((p) => isIncomplete(p, answers))?.id;
    },
    isAsked(answers, pageId) {
      return asked(answers).some((p) => p.id === pageId);
    },
  };
}
