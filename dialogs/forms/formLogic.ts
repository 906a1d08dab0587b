import type { FormLogic, FormMachineAnswers } from '../../machines/form.machine';
import { groupItems, holds, keepAsked, pagesAsked, questionsOf, requiredNow } from './conditions';
import type { FormDefinition, Page } from './vocabulary';

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
 */
function settingAside(definition: FormDefinition, withPage: FormMachineAnswers, page: Page, setAside: FormMachineAnswers) {
  const answeredNow = 'group' in page ? [page.group.id] : page.questions.filter((q) => holds(q.condition, withPage)).map((q) => q.id);
  const comingBack = Object.fromEntries(Object.entries(setAside).filter(([id]) => !answeredNow.includes(id)));
  const given = { ...comingBack, ...withPage };
  const answers = keepAsked(definition, given, true);
  return { answers, setAside: Object.fromEntries(Object.entries(given).filter(([id]) => !(id in answers))) };
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
