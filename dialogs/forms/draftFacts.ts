import type { DraftFact } from '../flow';
import { questionsOf } from './conditions';
import { ageOn, londonClock } from './dates';
import { displayRefs } from './display';
import { labelOf } from './messages';
import type { DraftDescriber } from './draftDescriber.schema';
import type { FormAnswers, FormDefinition, Question } from './vocabulary';

/**
 * A form draft's describing answers (`describedBy`), in the form's order, for dialogs/draftDescription.ts: each question's
 * answer by its first words, and a child's age in years worked out today from the date of birth. Never a personal answer,
 * and never the date of birth itself: the age names no one (issue 8, RHI drafts of two children missing at the same time).
 */

/** A draft is told apart by the first words of its describing answer, never more. */
const DESCRIBE_MAX_CHARS = 40;
function firstWords(text: string): string {
  return text.length <= DESCRIBE_MAX_CHARS ? text : `${text.slice(0, DESCRIBE_MAX_CHARS).replace(/\s+\S*$/, '')}…`;
}

function answerFact(definition: FormDefinition, question: Question, answers: FormAnswers): DraftFact {
  const answer = answers[question.id];
  const shown = typeof answer === 'string' ? (answer === '' ? undefined : firstWords(answer)) : answer?.every((v) => typeof v === 'string') === true && answer.length > 0 ? answer : undefined;
  const [value] = shown === undefined ? [] : displayRefs(question, shown);
  return { id: question.id, label: labelOf(definition, question), ...(value === undefined ? {} : { value }) };
}

function ageFact(dateOfBirthId: string, answers: FormAnswers, now: Date): DraftFact {
  const dateOfBirth = answers[dateOfBirthId];
  const years = typeof dateOfBirth === 'string' && dateOfBirth !== '' ? ageOn(dateOfBirth, londonClock(now).today) : Number.NaN;
  return { id: `ageFrom.${dateOfBirthId}`, label: { key: 'notices:drafts.childAge' }, ...(Number.isInteger(years) && years >= 0 ? { value: { key: 'notices:drafts.ageInYears', values: { years } } } : {}) };
}

/** How a form's drafts are described: the describers it declares, each a question it asks that is not personal, or an age. */
export function draftDescription(definition: FormDefinition): (answers: FormAnswers, now: Date) => DraftFact[] {
  const allQuestions = definition.pages.flatMap(questionsOf);
  const describers = (definition.describedBy ?? []).flatMap((describer: DraftDescriber): Array<Question | { ageFrom: string }> => {
    if (typeof describer !== 'string') return allQuestions.some((q) => q.id === describer.ageFrom && q.kind === 'date' && q.childDateOfBirth === true) ? [describer] : [];
    return allQuestions.filter((q) => q.id === describer && q.personal !== true);
  });
  return (answers, now) => describers.map((d) => ('ageFrom' in d ? ageFact(d.ageFrom, answers, now) : answerFact(definition, d, answers)));
}
