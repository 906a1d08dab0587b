import type { TextRef } from '../../cards/view';
import { answersAsking } from './conditions';
import { formatDate, formatDateTime } from './dates';
import type { IssueCode } from './kinds';
import { maxLengthOf } from './kinds';
import type { FormDefinition, Question, RefusedBeside } from './vocabulary';

/**
 * GOV.UK-style messages for a refused answer: they say what to do, name the question in the
 * words its form gives (`what`: "the child's date of birth"; `label`: "Date of birth"), and live in
 * the shared `forms:errors` namespace, so every form says the same thing the same way.
 */

export type MessageCode = IssueCode | 'ageMismatch' | 'beforeOther' | 'afterOther' | 'alsoIn' | 'refusedBeside' | 'refusedBy' | 'refusedWhen' | 'notAsked';

/** What messages and labels need of a form: its namespace (a journey's question set has one too). */
export type QuestionNamespace = Pick<FormDefinition, 'ns'>;

/** A question's label, and the noun phrase messages use: its given words, or its namespace's `questions.<id>`. */
export const labelOf = (definition: QuestionNamespace, question: Question): TextRef => question.label ?? { key: `${definition.ns}:questions.${question.id}.label` };
export const whatOf = (definition: QuestionNamespace, question: Question): TextRef => question.what ?? { key: `${definition.ns}:questions.${question.id}.what` };
export const hintKey = (definition: QuestionNamespace, question: Question) => `${definition.ns}:questions.${question.id}.hint`;

function requiredKey(question: Question): string {
  if (question.kind === 'yesNo') return 'forms:errors.required.yesNo';
  return question.kind === 'oneOf' || question.kind === 'severalOf' ? 'forms:errors.required.select' : 'forms:errors.required.enter';
}

function keyOf(question: Question, code: MessageCode): string {
  if (code === 'required' || (code === 'option' && question.kind === 'yesNo')) return requiredKey(question);
  if (code === 'pastDate') return question.kind === 'date' && question.childDateOfBirth === true ? 'forms:errors.pastDate' : 'forms:errors.notFuture';
  return `forms:errors.${code}`;
}

const optionOf = (question: Question, value: string): TextRef => ({ key: `forms:options.${question.kind === 'severalOf' || question.kind === 'oneOf' ? question.options.id : question.id}.${value}` });

/** The other question by its own words ("when the child went missing"), or by its id's words when only its id is known. */
function otherNamed(definition: QuestionNamespace, other: Question | undefined, id?: string): Record<string, TextRef> | undefined {
  if (other !== undefined) return { other: whatOf(definition, other) };
  return id === undefined ? undefined : { other: { key: `${definition.ns}:questions.${id}.what` } };
}

/**
 * What a message names besides its question, by code: the other question an answer cannot come before, come after,
 * or repeat, by that question's own words (a stand-alone option ticked beside another is named by `option`).
 */
const NAMED: Partial<Record<MessageCode, (definition: QuestionNamespace, question: Question, other?: Question) => Record<string, TextRef> | undefined>> = {
  beforeOther: (definition, question, other) => otherNamed(definition, other, question.kind === 'date' || question.kind === 'dateTime' ? question.notBefore : undefined),
  afterOther: (definition, _question, other) => otherNamed(definition, other),
  alsoIn: (definition, question, other) => otherNamed(definition, other, question.kind === 'severalOf' ? question.notAlsoIn : undefined),
};

/** The other question a message names: the date a date must not come before or after, the question a tick repeats or contradicts. */
export function otherOf(question: Question, code: MessageCode, form: readonly Question[]): Question | undefined {
  const id = code === 'beforeOther' && (question.kind === 'date' || question.kind === 'dateTime') ? question.notBefore : code === 'alsoIn' && question.kind === 'severalOf' ? question.notAlsoIn : undefined;
  return id === undefined ? undefined : form.find((q) => q.id === id);
}

/**
 * A choice refused beside another answer (`refusedBeside`), in the form's own words: on the question whose `option` is
 * chosen, or (`refusedBy`) on the other question, the answer to which refuses the option chosen there.
 */
function refusedMessage(definition: QuestionNamespace, question: Question, code: 'refusedBeside' | 'refusedBy', other: Question | undefined, option: string): TextRef {
  const chosenIn = code === 'refusedBeside' ? question : (other ?? question);
  const answeredIn = code === 'refusedBeside' ? other : question;
  const words = rulesOf(chosenIn).find((rule) => rule.question === answeredIn?.id && rule.options.includes(option))?.words;
  const key = words === undefined ? `${definition.ns}:questions.${question.id}.${code}` : `${definition.ns}:refusals.${words}.${code}`;
  return { key, refs: { option: optionOf(chosenIn, option), what: whatOf(definition, question), ...otherNamed(definition, other) } };
}

/** An answer as the message names it: a choice by its label, anything else as typed. */
function answerNamed(question: Question, value: string): TextRef {
  if (question.kind === 'yesNo') return { key: `forms:answers.${value}` };
  if (question.kind === 'date' || question.kind === 'dateTime') return { key: 'forms:answers.asTyped', values: { value: question.kind === 'date' ? formatDate(value) : formatDateTime(value) } };
  if ((question.kind === 'oneOf' || question.kind === 'severalOf') && question.options.values.includes(value)) return optionOf(question, value);
  return { key: 'forms:answers.asTyped', values: { value } };
}

/** Answers joined as a list reads: "“A”", "“A” or “B”", "“A”, “B” or “C”" (`last`: the key that joins the last two). */
function listed(answers: readonly TextRef[], last: string): TextRef | undefined {
  const [first, ...rest] = answers;
  if (first === undefined) return undefined;
  const final = rest.pop();
  const head = rest.reduce<TextRef>((joined, next) => ({ key: 'forms:answers.joined', refs: { first: joined, next } }), first);
  return final === undefined ? head : { key: last, refs: { first: head, next: final } };
}

/**
 * A question answered though the answer above it on the card does not ask it (`answered`: that answer, stored values
 * joined by commas; empty when it was not given). The box is named by its label, not its `what` (issue 8: "…but also gave
 * the interviewer's role" after a role was chosen read as self-contradictory), with the answers it is for where its
 * condition names them: "You answered “Teacher” to “Interviewer's role” but also filled in “Name of their role”, which is
 * only for “Someone else”"; else "which does not go with that answer" ("Not shared yet" and a date it was shared).
 */
function notAskedMessage(definition: QuestionNamespace, question: Question, other: Question, answered: string): TextRef {
  const refs: Record<string, TextRef> = { label: labelOf(definition, question), other: labelOf(definition, other) };
  if (answered === '') return { key: 'forms:errors.notAskedBlank', refs };
  const answer = listed(answered.split(',').map((v) => answerNamed(other, v)), 'forms:answers.joined');
  if (answer !== undefined) refs.answer = answer;
  const forAnswers = listed((answersAsking(question.condition, other.id) ?? []).map((v) => ({ key: 'forms:answers.quoted', refs: { answer: answerNamed(other, v) } })), 'forms:answers.or');
  if (forAnswers === undefined) return { key: 'forms:errors.notAskedOther', refs };
  return { key: 'forms:errors.notAsked', refs: { ...refs, for: forAnswers } };
}

/** The rules refusing this question's options beside another's answer (`refusedBeside`). */
export const rulesOf = (question: Question): readonly RefusedBeside[] => (question.kind === 'oneOf' || question.kind === 'severalOf' ? (question.refusedBeside ?? []) : []);

/** `other`: the question the message names besides this one (see NAMED); `option`: the option a refused choice names. */
export function messageOf(definition: QuestionNamespace, question: Question, code: MessageCode, other?: Question, option?: string): TextRef {
  if ((code === 'refusedBeside' || code === 'refusedBy') && option !== undefined) return refusedMessage(definition, question, code, other, option);
  if (code === 'notAsked' && other !== undefined) return notAskedMessage(definition, question, other, option ?? '');
  if (code === 'refusedWhen' && option !== undefined) return { key: `${definition.ns}:questions.${question.id}.refusedWhen`, refs: { option: optionOf(question, option) } };
  const values: Record<string, number> = {};
  if (code === 'tooLong') values.max = maxLengthOf(question);
  if (code === 'range' && question.kind === 'number') Object.assign(values, { min: question.min, max: question.max });
  const refs: Record<string, TextRef> = { label: labelOf(definition, question), what: whatOf(definition, question) };
  Object.assign(refs, NAMED[code]?.(definition, question, other));
  // The stand-alone option ticked beside another, of those its list has.
  if (code === 'alone' && option !== undefined) refs.alone = optionOf(question, option);
  const ref: TextRef = { key: keyOf(question, code), refs };
  if (Object.keys(values).length > 0) ref.values = values;
  return ref;
}

/** Every message a question can raise (`form`: the form's questions, some of which may name it as a date not to come after): the structural check proves each has its words. */
export function messagesOf(definition: QuestionNamespace, question: Question, form: readonly Question[] = []): TextRef[] {
  const codes: MessageCode[] = ['required', 'tooLong', 'unreadable'];
  const named: TextRef[] = [];
  const later = form.filter((q) => (q.kind === 'date' || q.kind === 'dateTime') && q.notBefore === question.id);
  switch (question.kind) {
    case 'date':
      codes.push('realDate', 'pastDate', 'childAge', ...(question.notBefore === undefined ? [] : ['beforeOther' as const]));
      break;
    case 'dateTime':
      codes.push('realDate', 'pastDate', 'futureTime', 'realTime', 'timeMissing', ...(question.notBefore === undefined ? [] : ['beforeOther' as const]));
      break;
    case 'time':
      codes.push('realTime');
      break;
    case 'number':
      codes.push('range', 'ageMismatch');
      break;
    case 'yesNo':
    case 'oneOf':
      codes.push('option');
      break;
    case 'severalOf':
      codes.push('option', ...(question.notAlsoIn === undefined ? [] : ['alsoIn' as const]));
      named.push(...(question.options.alone ?? []).map((option) => messageOf(definition, question, 'alone', undefined, option)));
      break;
    case 'postcode':
    case 'phone':
    case 'email':
      codes.push(question.kind);
      break;
    case 'shortText':
    case 'longText':
      if (question.reference === true) codes.push('reference');
      break;
    default:
      break;
  }
  for (const rule of rulesOf(question)) {
    const other = form.find((q) => q.id === rule.question);
    named.push(...rule.options.map((option) => messageOf(definition, question, 'refusedBeside', other, option)));
  }
  for (const later of form) {
    for (const rule of rulesOf(later)) if (rule.question === question.id) named.push(...rule.options.map((option) => messageOf(definition, question, 'refusedBy', later, option)));
  }
  return [
    ...codes.map((code) => messageOf(definition, question, code, otherOf(question, code, form))),
    ...later.map((q) => messageOf(definition, question, 'afterOther', q)),
    ...named,
  ];
}
