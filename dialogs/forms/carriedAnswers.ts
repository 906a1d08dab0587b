import { formAnswerValueSchema as answerValueSchema } from '../../machines/form.machine';
import { keepAsked, questionsOf } from './conditions';
import { inputIdsOf } from './pageSchema';
import { storedAnswersSchema } from './storedSchema';
import type { FormAnswers, FormDefinition } from './vocabulary';

/**
 * The answers a form starts with from outside it (a journey's summary, a draft saved by an older version of the
 * form, the page it had open with values not yet sent): only those that fit the form as it is now are kept.
 */

/** Only answers that fit the form as it is now: from a journey's summary, or a draft saved by an older version. */
export function fitting(definition: FormDefinition, given: Record<string, unknown>): FormAnswers {
  const shape = storedAnswersSchema(definition).shape;
  const kept: FormAnswers = {};
  for (const [id, raw] of Object.entries(given)) {
    const schema = shape[id];
    const parsed = schema === undefined ? undefined : schema.safeParse(raw);
    const value = parsed?.success === true ? answerValueSchema.safeParse(parsed.data) : undefined;
    if (value?.success === true) kept[id] = value.data;
  }
  return keepAsked(definition, kept, true);
}

/**
 * The open page's unsent values (as its inputs held them: dates ISO, several-of as "a,b", a date and
 * time as two inputs) in the shape answers are stored in, a group's as one more item; whether each
 * fits the form as it is now is then the stored schema's to say.
 */
export function withUnsent(definition: FormDefinition, pageId: string | undefined, answers: Record<string, unknown>, unsent: Record<string, string>): Record<string, unknown> {
  const page = definition.pages.find((p) => p.id === pageId);
  if (page === undefined) return answers;
  const given: Record<string, string | string[]> = {};
  for (const question of questionsOf(page)) {
    const [id = question.id, timeId] = inputIdsOf(question);
    const value = unsent[id]?.trim();
    if (value === undefined || value === '') continue;
    if (question.kind === 'severalOf') given[question.id] = value.split(',').filter((v) => v !== '');
    else if (question.kind === 'dateTime') given[question.id] = `${value}T${unsent[timeId ?? ''] ?? ''}`;
    else given[question.id] = value;
  }
  if (Object.keys(given).length === 0) return answers;
  if (!('group' in page)) return { ...answers, ...given };
  // An unsent item that does not fit is left out, rather than losing the items already added with it.
  const items = answers[page.group.id];
  const withItem = [...(Array.isArray(items) ? items : []), given];
  const fits = storedAnswersSchema(definition).shape[page.group.id]?.safeParse(withItem).success === true;
  return fits ? { ...answers, [page.group.id]: withItem } : answers;
}
