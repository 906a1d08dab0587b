import { addHours } from '../../dialogs/forms/dates';
import { say } from '../../cards/fragments';
import type { Translate } from '../../cards/view';
import { questionsOf } from '../../dialogs/forms/conditions';
import { maxLengthOf } from '../../dialogs/forms/kinds';
import { parsePage, type PageContext } from '../../dialogs/forms/pageSchema';
import type { Condition, FormDefinition, Question } from '../../dialogs/forms/vocabulary';

/** Posting one page of a real form through the engine, with the messages in words, for per-form schema tables. */

/** A fixed London "now" for every form table: 4 December 2026, noon. */
export const FORM_CLOCK = { today: '2026-12-04', nowLocal: '2026-12-04T12:00' } as const;

export function pageQuestions(definition: FormDefinition, pageId: string): readonly Question[] {
  const page = definition.pages.find((p) => p.id === pageId);
  if (page === undefined) throw new Error(`no page ${pageId} in ${definition.id}`);
  return questionsOf(page);
}

export type Posted = { answers: Record<string, string | string[]> } | { errors: Record<string, string> };

export function postPage(definition: FormDefinition, pageId: string, posted: unknown, t: Translate, earlier: PageContext['earlier'] = {}, lists?: PageContext['lists']): Posted {
  const result = parsePage(definition, pageQuestions(definition, pageId), posted, { clock: FORM_CLOCK, earlier, form: definition.pages.flatMap(questionsOf), ...(lists === undefined ? {} : { lists }) });
  return result.ok ? { answers: result.answers } : { errors: Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, say(t, ref)])) };
}

/** Every text question of a form with the page it is on and its limit: each is tried at its limit and one over. */
export function textQuestions(definition: FormDefinition): Array<[pageId: string, question: Question, max: number]> {
  return definition.pages.flatMap((page) =>
    questionsOf(page)
      .filter((q) => q.kind === 'shortText' || q.kind === 'longText')
      .map((q): [string, Question, number] => [page.id, q, maxLengthOf(q)]),
  );
}

/** Answers under which a condition holds: for trying a conditional question on its own. */
export function satisfying(condition: Condition | undefined): Record<string, string | string[]> {
  if (condition === undefined) return {};
  if ('all' in condition) return Object.assign({}, ...condition.all.map(satisfying));
  if ('any' in condition) return condition.any[0] === undefined ? {} : satisfying(condition.any[0]);
  // A condition not holding: most simply, with nothing answered.
  if ('not' in condition) return {};
  if ('equals' in condition) return { [condition.question]: condition.equals };
  if ('oneOf' in condition) return { [condition.question]: condition.oneOf[0] ?? '' };
  if ('includes' in condition) return { [condition.question]: [condition.includes] };
  if ('moreThan' in condition) {
    // A day more than the hours after: the later date and time as its card posts them, the earlier as stored.
    const from = '2026-11-01T10:00';
    const [date = '', time = ''] = addHours(from, condition.moreThan.hours + 24).split('T');
    return { [condition.moreThan.after]: from, [condition.question]: date, [`${condition.question}.time`]: time };
  }
  return { [condition.question]: 'answered' };
}

/** The same answers as a card would post them: several-of as "a,b". */
export function asPosted(answers: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? value.join(',') : value]));
}
