import type { TextRef } from '../../cards/view';
import { holds } from './conditions';
import { addHours, formatDate } from './dates';
import type { FormAnswers, FormDefinition } from './vocabulary';

/** The deadlines a submission sets, computed from its answers: "by 14:30 on 5 December 2026". */

export interface ComputedDeadline {
  id: string;
  /** ISO `yyyy-mm-ddTHH:mm`, London time; absent when the answer it runs from was not given. */
  due?: string;
}

/**
 * A deadline runs from one question; when that question is not asked on this form's path (a
 * notification within 24 hours of a placement, or of a strategy meeting, whichever applies), the
 * deadline does not apply and is left out rather than shown as impossible to work out.
 */
function applies(definition: FormDefinition, from: string, answers: FormAnswers): boolean {
  for (const page of definition.pages) {
    const question = 'group' in page ? undefined : page.questions.find((q) => q.id === from);
    if (question !== undefined) return holds(page.condition, answers) && holds(question.condition, answers);
  }
  return true;
}

export function computeDeadlines(definition: FormDefinition, answers: FormAnswers): ComputedDeadline[] {
  return definition.deadlines.filter((deadline) => applies(definition, deadline.from, answers)).map((deadline) => {
    const from = answers[deadline.from];
    return typeof from === 'string' && from !== '' ? { id: deadline.id, due: addHours(from, deadline.hours) } : { id: deadline.id };
  });
}

export function deadlineLines(definition: FormDefinition, answers: FormAnswers): TextRef[] {
  return computeDeadlines(definition, answers).map(({ id, due }) => {
    const deadline = { key: `${definition.ns}:deadlines.${id}` };
    if (due === undefined) return { key: 'forms:deadline.unknown', refs: { deadline } };
    const [date = '', time = ''] = due.split('T');
    return { key: 'forms:deadline.due', values: { date: formatDate(date), time }, refs: { deadline } };
  });
}
