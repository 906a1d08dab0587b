import type { TextRef } from '../../cards/view';
import type { IssueCode } from './kinds';
import { maxLengthOf } from './kinds';
import type { FormDefinition, Question } from './vocabulary';

/**
 * GOV.UK-style messages for a refused answer: they say what to do, name the question in the
 * words its form gives (`what`: "the child's date of birth"; `label`: "Date of birth"), and live in
 * the shared `forms:errors` namespace, so every form says the same thing the same way.
 */

export type MessageCode = IssueCode | 'ageMismatch' | 'beforeOther' | 'afterOther' | 'alsoIn';

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

const otherQuestion = (definition: QuestionNamespace, id: string | undefined): ['other', TextRef] | undefined =>
  id === undefined ? undefined : ['other', { key: `${definition.ns}:questions.${id}.what` }];

/**
 * What a message names besides its question, by code: the question an answer cannot come before, come after or repeat,
 * by that question's own words ("when the child went missing"), or the option that must stand alone ("Nothing yet").
 */
const NAMED: Partial<Record<MessageCode, (definition: QuestionNamespace, question: Question, later?: Question) => [string, TextRef] | undefined>> = {
  beforeOther: (definition, question) => otherQuestion(definition, question.kind === 'date' || question.kind === 'dateTime' ? question.notBefore : undefined),
  afterOther: (definition, _question, later) => (later === undefined ? undefined : ['other', whatOf(definition, later)]),
  alsoIn: (definition, question) => otherQuestion(definition, question.kind === 'severalOf' ? question.notAlsoIn : undefined),
  alone: (_definition, question) =>
    (question.kind === 'severalOf' || question.kind === 'oneOf') && question.options.alone !== undefined ? ['alone', { key: `forms:options.${question.options.id}.${question.options.alone}` }] : undefined,
};

/** `other`: the question an `afterOther` answer now comes after. */
export function messageOf(definition: QuestionNamespace, question: Question, code: MessageCode, other?: Question): TextRef {
  const values: Record<string, number> = {};
  if (code === 'tooLong') values.max = maxLengthOf(question);
  if (code === 'range' && question.kind === 'number') Object.assign(values, { min: question.min, max: question.max });
  const refs: Record<string, TextRef> = { label: labelOf(definition, question), what: whatOf(definition, question) };
  const named = NAMED[code]?.(definition, question, other);
  if (named !== undefined) refs[named[0]] = named[1];
  const ref: TextRef = { key: keyOf(question, code), refs };
  if (Object.keys(values).length > 0) ref.values = values;
  return ref;
}

/** Every message a question can raise (`form`: the form's questions, some of which may name it as a date not to come after): the structural check proves each has its words. */
export function messagesOf(definition: QuestionNamespace, question: Question, form: readonly Question[] = []): TextRef[] {
  const codes: MessageCode[] = ['required', 'tooLong', 'unreadable'];
  const later = form.filter((q) => (q.kind === 'date' || q.kind === 'dateTime') && q.notBefore === question.id);
  switch (question.kind) {
    case 'date':
      codes.push('realDate', 'pastDate', 'childAge', ...(question.notBefore === undefined ? [] : ['beforeOther' as const]));
      break;
    case 'dateTime':
      codes.push('realDate', 'pastDate', 'realTime', 'timeMissing', ...(question.notBefore === undefined ? [] : ['beforeOther' as const]));
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
      codes.push('option', ...(question.options.alone === undefined ? [] : ['alone' as const]), ...(question.notAlsoIn === undefined ? [] : ['alsoIn' as const]));
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
  return [...codes.map((code) => messageOf(definition, question, code)), ...later.map((q) => messageOf(definition, question, 'afterOther', q))];
}
