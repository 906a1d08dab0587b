import type { TextRef } from '../../cards/view';
import { holds } from './conditions';
import { addHours, formatDate } from './dates';
import type { FormAnswers, FormDefinition } from './vocabulary';

/** The deadlines a submission sets, computed from its answers: "by 14:30 on 5 December 2026". */

export interface ComputedDeadline {
  id: string;
  /** ISO `yyyy-mm-ddTHH:mm`, London time; absent when the answer it runs from was not given. */
  due?: string;
  /** When it was met (its `metBy` answer), if it was. */
  met?: string;
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
    if (typeof from !== 'string' || from === '') return { id: deadline.id };
    const met = deadline.metBy === undefined ? undefined : answers[deadline.metBy];
    return { id: deadline.id, due: addHours(from, deadline.hours), ...(typeof met === 'string' && met !== '' ? { met } : {}) };
  });
}

const dateAndTime = (iso: string) => {
  const [date = '', time = ''] = iso.split('T');
  return { date: formatDate(date), time };
};

/** Each deadline in words: when it is due, and, once met, whether in time or late ("met late, at 10:00 on 6 December 2026"). */
export function deadlineLines(definition: FormDefinition, answers: FormAnswers): TextRef[] {
  return computeDeadlines(definition, answers).map(({ id, due, met }) => {
    const deadline = { key: `${definition.ns}:deadlines.${id}` };
    if (due === undefined) return { key: 'forms:deadline.unknown', refs: { deadline } };
    if (met === undefined) return { key: 'forms:deadline.due', values: dateAndTime(due), refs: { deadline } };
    const { date: metDate, time: metTime } = dateAndTime(met);
    return { key: met > due ? 'forms:deadline.late' : 'forms:deadline.met', values: { ...dateAndTime(due), metDate, metTime }, refs: { deadline } };
  });
}
