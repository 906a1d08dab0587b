import type { TextRef } from '../../cards/view';
import { addHours, formatDate } from './dates';
import type { FormAnswers, FormDefinition } from './vocabulary';

/** The deadlines a submission sets, computed from its answers: "by 14:30 on 5 December 2026". */

export interface ComputedDeadline {
  id: string;
  /** ISO `yyyy-mm-ddTHH:mm`, London time; absent when the answer it runs from was not given. */
  due?: string;
}

export function computeDeadlines(definition: FormDefinition, answers: FormAnswers): ComputedDeadline[] {
  return definition.deadlines.map((deadline) => {
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
