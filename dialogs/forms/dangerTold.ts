import type { TextRef } from '../../cards/view';
import type { FormContext } from '../../machines/form.machine';
import { questionsOf } from './conditions';
import type { ChoiceQuestion, FormAnswers, FormDefinition, Page, Question } from './vocabulary';

/**
 * A form started from a journey in which danger was told (a message that brought the 999 card mid-journey,
 * dialogs/dangerTold.ts): the journey's answer to a danger question is not filled in where it says there is
 * no danger. The question is left for the user, with a line saying why: the assistant does
 * not answer "not sure" or "yes" for them, since what they typed may have been a false alarm, and the record
 * is theirs (Appendix C, C1 and C2). That danger was told is kept with the submission, among what the journey
 * recorded; the words are not.
 */

/** Kept in the form's prefill (what the journey recorded, stored with the submission). */
export const DANGER_TOLD_IN_JOURNEY = 'dangerToldInJourney';

const isDangerQuestion = (q: Question): q is ChoiceQuestion & { dangerWhen: readonly string[] } => (q.kind === 'oneOf' || q.kind === 'severalOf') && q.dangerWhen !== undefined;

/** The answers a form starts with after danger was told: none to a danger question that is not danger. */
export function withoutSafeDangerAnswers(definition: FormDefinition, answers: FormAnswers): FormAnswers {
  const kept: FormAnswers = { ...answers };
  for (const q of definition.pages.flatMap(questionsOf).filter(isDangerQuestion)) {
    const given = [kept[q.id]].flat();
    if (kept[q.id] !== undefined && !given.some((v) => typeof v === 'string' && q.dangerWhen.includes(v))) delete kept[q.id];
  }
  return kept;
}

/** Above a page that asks about danger, when danger was told in the journey the form was started from. */
export function dangerToldLines(page: Page, context: FormContext): TextRef[] {
  return context.prefill?.[DANGER_TOLD_IN_JOURNEY] === 'yes' && questionsOf(page).some(isDangerQuestion) ? [{ key: 'forms:page.dangerTold' }] : [];
}
