import { addHours } from './dates';
import type { AnswerValue, Condition, FormDefinition, Page, Question } from './vocabulary';

/** Whether a question or page is asked, from the answers given before it (the journey is derived from the answers). */

type Answers = Readonly<Record<string, AnswerValue | undefined>>;

function isAnswered(value: AnswerValue | undefined): boolean {
  return value !== undefined && (typeof value === 'string' ? value !== '' : value.length > 0);
}

/** Whether one date and time is more than `hours` after another (both London's ISO `yyyy-mm-ddTHH:mm`). */
function isLater(value: AnswerValue | undefined, from: AnswerValue | undefined, hours: number): boolean {
  return typeof value === 'string' && typeof from === 'string' && value !== '' && from !== '' && value > addHours(from, hours);
}

export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.question];
  if ('equals' in condition) return value === condition.equals;
  if ('oneOf' in condition) return typeof value === 'string' && condition.oneOf.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.some((v) => v === condition.includes);
  if ('moreThan' in condition) return isLater(value, answers[condition.moreThan.after], condition.moreThan.hours);
  if ('mentions' in condition) return typeof value === 'string' && mentionsAny(value, condition.mentions);
  return isAnswered(value);
}

/** The question as offered with these answers: a choice's options whose `optionsWhen` does not hold left out. */
export function offeredIn<Q extends Question>(question: Q, answers: Answers): Q {
  if ((question.kind !== 'oneOf' && question.kind !== 'severalOf') || question.optionsWhen === undefined) return question;
  const when = question.optionsWhen;
  const values = question.options.values.filter((v) => holds(when[v], answers));
  return values.length === question.options.values.length ? question : { ...question, options: { ...question.options, values } };
}

/** A stored answer with the options no longer offered dropped: undefined when none is left. */
function onlyOffered(question: Question, value: AnswerValue, answers: Answers): AnswerValue | undefined {
  const offered = offeredIn(question, answers);
  if (offered === question || (offered.kind !== 'oneOf' && offered.kind !== 'severalOf') || question.kind !== offered.kind) return value;
  const notOffered = (v: unknown): boolean => typeof v === 'string' && offered.options.values.includes(v) === false && question.options.values.includes(v);
  if (typeof value === 'string') return notOffered(value) ? undefined : value;
  if (!value.some(notOffered)) return value;
  const kept = value.filter((v): v is string => typeof v === 'string' && !notOffered(v));
  return kept.length === 0 ? undefined : kept;
}

/** Whether a question must be answered now: it is required, and where it has `requiredWhen`, that holds. */
export function requiredNow(question: Pick<Question, 'required' | 'requiredWhen'>, answers: Answers): boolean {
  return question.required && holds(question.requiredWhen, answers);
}

/** Whether text mentions one of the patterns as whole words, not denied just before ("she denies any sexual assault", "nobody gave me a drink"). */
function mentionsAny(text: string, patterns: readonly string[]): boolean {
  return new RegExp(`(?<!\\b(?:no|not|never|nobody|denies|denied|deny)(?:\\s+\\w+){0,2}\\s+)\\b(?:${patterns.join('|')})\\b`, 'i').test(text);
}

/** The questions a condition names, for the structural check. */
export function questionsNamed(condition: Condition | undefined): string[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap(questionsNamed);
  if ('any' in condition) return condition.any.flatMap(questionsNamed);
  if ('not' in condition) return questionsNamed(condition.not);
  return 'moreThan' in condition ? [condition.question, condition.moreThan.after] : [condition.question];
}

/**
 * The answers to `question` for which a condition holds, where the condition says them plainly (`equals`, `oneOf`,
 * `includes`, or one of those inside `all`); otherwise undefined ("not", "moreThan", "answered" name no such answers).
 */
export function answersAsking(condition: Condition | undefined, question: string): readonly string[] | undefined {
  if (condition === undefined) return undefined;
  if ('all' in condition) return condition.all.map((c) => answersAsking(c, question)).find((found) => found !== undefined);
  if (!('question' in condition) || condition.question !== question) return undefined;
  if ('equals' in condition) return [condition.equals];
  if ('oneOf' in condition) return condition.oneOf;
  return 'includes' in condition ? [condition.includes] : undefined;
}

export function questionsOf(page: Page): readonly Question[] {
  return 'group' in page ? page.group.questions : page.questions;
}

/** The pages asked, in order, given the answers so far. */
export function pagesAsked(definition: FormDefinition, answers: Answers): Page[] {
  return definition.pages.filter((p) => holds(p.condition, answers));
}

/**
 * The pages that may yet be asked on the way from `fromPage`: those asked given the answers so far, and those whose
 * condition turns on a question not answered yet on that page or after it. A form's "Page 3 of 9" then counts the
 * interview's pages before the interview is said to have been held, and shrinks if it was not, rather than jumping up.
 */
export function pagesMayBeAsked(definition: FormDefinition, answers: Answers, fromPage: string): Page[] {
  const from = Math.max(0, definition.pages.findIndex((p) => p.id === fromPage));
  const open = new Set(definition.pages.slice(from).flatMap(questionsOf).filter((q) => answers[q.id] === undefined).map((q) => q.id));
  return definition.pages.filter((p) => mayHold(p.condition, answers, open));
}

/** Whether a condition holds, or may once the `open` questions are answered. */
export function mayHold(condition: Condition | undefined, answers: Answers, open: ReadonlySet<string>): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => mayHold(c, answers, open));
  if ('any' in condition) return condition.any.some((c) => mayHold(c, answers, open));
  return questionsNamed(condition).some((id) => open.has(id)) || holds(condition, answers);
}

/**
 * The answers with everything no longer asked dropped: a changed answer never leaves stale ones behind. Recording a
 * page (`offeredOnly`) drops an option no longer offered too (`optionsWhen`); a stored submission's document shows
 * what was submitted, as it was.
 */
export function keepAsked(definition: FormDefinition, answers: Answers, offeredOnly = false): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const page of definition.pages) {
    if (!holds(page.condition, kept)) continue;
    if ('group' in page) {
      const items = groupItems(answers[page.group.id]);
      if (items.length > 0) kept[page.group.id] = items.map((item) => keepAskedIn(page.group.questions, item, kept));
      continue;
    }
    // A condition sees what is kept so far and this page's own answers, never those of a page no longer asked.
    const onPage = Object.fromEntries(page.questions.flatMap((q) => (answers[q.id] === undefined ? [] : [[q.id, answers[q.id]]])));
    for (const question of page.questions) {
      const value = answers[question.id];
      const asked = value === undefined || !holds(question.condition, { ...kept, ...onPage }) ? undefined : value;
      const offered = asked === undefined || !offeredOnly ? asked : onlyOffered(question, asked, kept);
      if (offered !== undefined) kept[question.id] = offered;
    }
  }
  return kept;
}

export type GroupItem = Record<string, string | string[]>;

/** A repeated group's stored items (an empty list when there are none). */
export function groupItems(value: AnswerValue | undefined): GroupItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is GroupItem => typeof v === 'object' && v !== null && !Array.isArray(v));
}

function keepAskedIn(questions: readonly Question[], item: Record<string, string | string[]>, outer: Answers): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const question of questions) {
    const value = item[question.id];
    if (value !== undefined && holds(question.condition, { ...outer, ...item })) kept[question.id] = value;
  }
  return kept;
}
