import type { TextRef } from '../../cards/view';
import { signsOfSector, makesafeSectorSchema } from '../../knowledge/makesafeSigns';
import { groupItems, questionsOf } from './conditions';
import { displayRefs } from './display';
import { signOptionValue } from './options/makesafeReport.options';
import type { FormAnswers, FormDefinition, Question } from './vocabulary';

/**
 * What to read out to the 101 or 999 call handler, drawn from the Makesafe report's answers so each
 * detail is written once: Operation Makesafe and whether the child is there, then where, when, what
 * was seen, who, vehicles, booking and payment (the guidance's call checklist, Section 11 and
 * Appendix I), then the caller's own details. Only what was answered is read out. What the worker
 * typed reaches the card as an interpolated value, which the card escapes.
 */

const r = (key: string, values?: TextRef['values']): TextRef => (values === undefined ? { key: `makesafeReport:readOut.${key}` } : { key: `makesafeReport:readOut.${key}`, values });

/** In the order a call handler asks: where first, so officers can be sent. */
const WHERE = ['premisesName', 'premisesType', 'premisesTypeOther', 'area', 'address', 'postcode', 'whereOnPremises', 'destination'];
const WHEN = ['seenAt', 'otherTimes'];
const GROUPS = ['children', 'adults', 'vehicles'];
const BOOKING = ['bookingName', 'bookingDetails', 'paymentMethods', 'paymentDetails'];

function questionsById(definition: FormDefinition): Map<string, Question> {
  return new Map(definition.pages.flatMap((page) => questionsOf(page).map((q): [string, Question] => [q.id, q])));
}

/** A single question's answer (a group's items are read by groupLines). */
function plainAnswer(answer: FormAnswers[string] | undefined): string | string[] | undefined {
  if (answer === undefined || typeof answer === 'string') return answer;
  const strings: string[] = [];
  for (const v of answer) if (typeof v === 'string') strings.push(v);
  return strings.length === answer.length ? strings : undefined;
}

/** "Label: value", one line per value of a several-of, nothing for an unanswered question. */
function answerLines(definition: FormDefinition, question: Question | undefined, answer: FormAnswers[string] | undefined): TextRef[] {
  const given = plainAnswer(answer);
  if (question === undefined || given === undefined || given === '' || given.length === 0) return [];
  const label: TextRef = { key: `${definition.ns}:questions.${question.id}.label` };
  return displayRefs(question, given).map((value) => ({ key: 'makesafeReport:readOut.answer', refs: { label, value } }));
}

function groupLines(definition: FormDefinition, groupId: string, answers: FormAnswers): TextRef[] {
  const page = definition.pages.find((p) => 'group' in p && p.group.id === groupId);
  if (page === undefined || !('group' in page)) return [];
  return groupItems(answers[groupId]).flatMap((item, i) => [
    { key: 'makesafeReport:readOut.item', refs: { item: { key: `${definition.ns}:groups.${groupId}.item`, values: { n: i + 1 } } } },
    ...page.group.questions.flatMap((q) => (q.id === 'childAge' ? ageLines(definition, q, item[q.id]) : answerLines(definition, q, item[q.id]))),
  ]);
}

/** A child's age is the worker's guess, and is read out as one: "Age: looks about 18", not "18" told as a fact (issue 8). */
function ageLines(definition: FormDefinition, question: Question, answer: FormAnswers[string] | undefined): TextRef[] {
  if (typeof answer !== 'string' || answer === '') return [];
  const label: TextRef = { key: `${definition.ns}:questions.${question.id}.label` };
  return [{ key: 'makesafeReport:readOut.answer', refs: { label, value: r('ageGuess', { age: answer }) } }];
}

/** The signs ticked, in the guidance's own words (knowledge/makesafeSigns.ts). */
function signLines(answers: FormAnswers): TextRef[] {
  const sector = makesafeSectorSchema.safeParse(answers.premisesType);
  if (!sector.success) return [];
  const suffix = `${sector.data.charAt(0).toUpperCase()}${sector.data.slice(1)}`;
  return (['Seen', 'NotSure'] as const).flatMap((answer) => {
    const ticked = [answers[`signs${answer}${suffix}`] ?? []].flat();
    const texts = signsOfSector(sector.data)
      .filter((sign) => ticked.includes(signOptionValue(sign.id)))
      .map((sign) => sign.text);
    return texts.length === 0 ? [] : [r(`signs.${answer === 'Seen' ? 'seen' : 'notSure'}`, { signs: texts.join('; ') })];
  });
}

export function makesafeReadOut(answers: FormAnswers, definition: FormDefinition): TextRef[] {
  const byId = questionsById(definition);
  const lines = (ids: readonly string[]) => ids.flatMap((id) => answerLines(definition, byId.get(id), answers[id]));
  const childPresent = answers.childPresent;
  return [
    r('intro'),
    r('makesafe'),
    ...(typeof childPresent === 'string' ? [r(`childPresent.${childPresent}`)] : []),
    ...lines(WHERE),
    ...lines(WHEN),
    ...lines(['seenOrHeard']),
    ...signLines(answers),
    ...GROUPS.flatMap((id) => groupLines(definition, id, answers)),
    ...lines(BOOKING),
    r('yourDetails'),
  ];
}
