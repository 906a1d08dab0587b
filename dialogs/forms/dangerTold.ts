import { URGENT_CALL } from '../../cards/urgent.card';
import type { TextRef, UrgentAudience } from '../../cards/view';
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
/**
 * Danger told while the form itself ran (typed, written in one of its boxes, or pressed on an old card): kept in its
 * prefill too, and its "no" to danger given before then dropped (the fifth exploratory test: a "No" carried from the
 * journey stayed on the Makesafe report after the user typed that the girl was being dragged up the stairs).
 */
export const DANGER_TOLD_IN_FORM = 'dangerToldInForm';

const isDangerQuestion = (q: Question): q is ChoiceQuestion & { dangerWhen: readonly string[] } => (q.kind === 'oneOf' || q.kind === 'severalOf') && q.dangerWhen !== undefined;

/** Whether an answer to a danger question, or a page's value for it ("a,b" for several), says no danger. */
const saysNoDanger = (q: ChoiceQuestion & { dangerWhen: readonly string[] }, given: unknown[]): boolean => !given.some((v) => typeof v === 'string' && q.dangerWhen.includes(v));

/** Whether a value a page kept unsent (by input id) is an answer to a danger question that says no danger. */
export function isSafeDangerValue(definition: FormDefinition, inputId: string, value: string): boolean {
  const q = definition.pages.flatMap(questionsOf).find((question) => question.id === inputId);
  return q !== undefined && isDangerQuestion(q) && value !== '' && saysNoDanger(q, value.split(','));
}

/**
 * Whether the form's danger questions, each as this page sends it or else as stored, are answered and none says danger:
 * the user told us the child is not in danger now (a "No" on the Makesafe report's page 2, the concern record's C2).
 */
export function answeredNoDanger(definition: FormDefinition, answers: FormAnswers, inputs: Record<string, string>): boolean {
  const given = dangerAnswersGiven(definition, answers, inputs);
  return given.some(({ values }) => values.length > 0) && given.every(({ question, values }) => values.length === 0 || saysNoDanger(question, values));
}

/** Whether one of the form's danger questions, as this page sends it or else as stored, says danger (a Yes or Not sure). */
function answeredDanger(definition: FormDefinition, answers: FormAnswers, inputs: Record<string, string>): boolean {
  return dangerAnswersGiven(definition, answers, inputs).some(({ question, values }) => values.length > 0 && !saysNoDanger(question, values));
}

/** Each danger question of the form with its answer: as this page sends it, else as stored (none: an empty list). */
function dangerAnswersGiven(definition: FormDefinition, answers: FormAnswers, inputs: Record<string, string>) {
  return definition.pages
    .flatMap(questionsOf)
    .filter(isDangerQuestion)
    .map((question) => ({
      question,
      values: (inputs[question.id] !== undefined && inputs[question.id] !== '' ? (inputs[question.id] ?? '').split(',') : [answers[question.id]].flat()).filter((v) => v !== undefined && v !== ''),
    }));
}

/**
 * Whether the form's boxes are a record of the past, whose words bring the 999 card only when they tell of now or about
 * to (dialogs/danger/presentTense.ts): the user answered its danger-now question No (`answeredNoDanger`); or Yes or Not
 * sure, so that every later card carries the 999 alert at its top (a full card for a record of past days, "Saw her get
 * into a silver car with a man about 19 after school on 3 days", told them nothing new: issue 8, forms); or the form is a
 * record after the event by its nature (`recordOfPast`: the police closing report, the return home interview record);
 * or the 999 card has already been shown while it ran (`DANGER_TOLD_IN_FORM`). The eighth exploratory test: a past
 * account on the police closing report ("Victim (15) disclosed being given drugs and taken to parties…") and a returned
 * child's words ("they made me stay, i wasnt allowed to leave til sunday") brought the card; and once a card had dropped
 * a No, every later box ("After school, outside the school gates") brought it again, page after page, for one story.
 */
export function readsAsRecordOfPast(definition: FormDefinition, context: Pick<FormContext, 'answers' | 'prefill'>, inputs: Record<string, string>): boolean {
  return (
    definition.recordOfPast === true ||
    context.prefill?.[DANGER_TOLD_IN_FORM] === 'yes' ||
    answeredNoDanger(definition, context.answers, inputs) ||
    answeredDanger(definition, context.answers, inputs)
  );
}

/** The answers a form starts with after danger was told: none to a danger question that is not danger. */
export function withoutSafeDangerAnswers(definition: FormDefinition, answers: FormAnswers): FormAnswers {
  const kept: FormAnswers = { ...answers };
  for (const q of definition.pages.flatMap(questionsOf).filter(isDangerQuestion)) {
    if (kept[q.id] !== undefined && saysNoDanger(q, [kept[q.id]].flat())) delete kept[q.id];
  }
  return kept;
}

/**
 * The form's answers and prefill once danger is told while it runs: a "no" to danger given before then is dropped (an
 * answer given after it, on a later press, is the user's and stays; danger told again drops it again). Undefined when
 * nothing changes. One set aside (its question no longer asked) is dropped too, so it cannot come back.
 */
export function afterDangerTold(definition: FormDefinition, context: Pick<FormContext, 'answers' | 'prefill' | 'setAside'>): Pick<FormContext, 'answers' | 'prefill' | 'setAside'> | undefined {
  const answers = withoutSafeDangerAnswers(definition, context.answers);
  const setAside = context.setAside === undefined ? undefined : withoutSafeDangerAnswers(definition, context.setAside);
  const dropped = Object.keys(answers).length !== Object.keys(context.answers).length || Object.keys(setAside ?? {}).length !== Object.keys(context.setAside ?? {}).length;
  if (!dropped && context.prefill?.[DANGER_TOLD_IN_FORM] === 'yes') return undefined;
  return { answers, ...(setAside === undefined ? {} : { setAside }), prefill: { ...context.prefill, [DANGER_TOLD_IN_FORM]: 'yes' } };
}

/**
 * Whether the form was started from a journey: its prefill holds what the journey recorded (a blank form has none; one
 * told of danger while it runs holds only that).
 */
export function startedFromJourney(context: Pick<FormContext, 'prefill'>): boolean {
  return Object.keys(context.prefill ?? {}).some((key) => key !== DANGER_TOLD_IN_FORM);
}

/**
 * The confirmation's line when danger was told (issue 8), in place of a journey's "Earlier in this journey you told us…":
 * the form's own words. Where the form asks about danger and the answer submitted is No, that answer was given after danger
 * was told (a No given before is dropped then, afterDangerTold), with the 999 card already shown: the line says what it
 * means, plainly, rather than repeating an alarm the user's own record answers. Undefined when no danger was told.
 */
export function dangerToldAlert(definition: FormDefinition, context: Pick<FormContext, 'answers' | 'prefill'>, reader: UrgentAudience = 'anyone'): TextRef | undefined {
  // How to get help now, in the 999 card's words for this reader (issue 8: an officer was told to "ask for the police").
  const refs = { call: { key: URGENT_CALL[reader] } };
  if (answeredDanger(definition, context.answers, {})) return { key: 'forms:confirmation.dangerAnswered', refs };
  const inForm = context.prefill?.[DANGER_TOLD_IN_FORM] === 'yes';
  if (!inForm && context.prefill?.[DANGER_TOLD_IN_JOURNEY] !== 'yes') return undefined;
  if (answeredNoDanger(definition, context.answers, {})) return { key: 'forms:confirmation.dangerToldAnsweredNo', refs };
  return { key: inForm ? 'forms:confirmation.dangerToldInForm' : 'forms:confirmation.dangerToldInJourney', refs };
}

/**
 * Above a page that asks about danger, when danger was told in the form, or in the journey the form was started from,
 * while its danger question is empty: the line says why it is not filled in. A Yes or Not sure is kept when danger is told
 * (only a No is dropped), and a Change link shows the answer stored, so beside any answer the line would contradict it
 * (issue 8, forms: "not filled in from an answer given before then" above a "Yes" still selected).
 */
export function dangerToldLines(page: Page, context: Pick<FormContext, 'answers' | 'prefill'>): TextRef[] {
  const dangerQuestions = questionsOf(page).filter(isDangerQuestion);
  if (dangerQuestions.length === 0 || dangerQuestions.some((q) => [context.answers[q.id]].flat().some((v) => v !== undefined && v !== ''))) return [];
  if (context.prefill?.[DANGER_TOLD_IN_FORM] === 'yes') return [{ key: 'forms:page.dangerToldInForm' }];
  return context.prefill?.[DANGER_TOLD_IN_JOURNEY] === 'yes' ? [{ key: 'forms:page.dangerTold' }] : [];
}
