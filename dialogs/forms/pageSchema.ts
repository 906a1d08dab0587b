import { z } from 'zod';
import type { TextRef } from '../../cards/view';
import { holds } from './conditions';
import { ageOn, type LondonClock } from './dates';
import { parseAnswer, parseDateTimeAnswer, type Parsed } from './kinds';
import { messageOf, type MessageCode, type QuestionNamespace } from './messages';
import type { AnswerValue, DeploymentLists, Question } from './vocabulary';

/**
 * What a page's card posts, as a zod schema derived from its questions: every `in.` input arrives
 * as a string (Input.Date posts yyyy-mm-dd, Input.Time HH:mm, a multi-select "a,b"), and the
 * transform turns them into the answers stored, with one issue per refused question.
 */

export interface PageContext {
  clock: LondonClock;
  /** Answers from the rest of the form (or, in a group item, the form's answers): conditions and cross-checks read them. */
  earlier: Readonly<Record<string, AnswerValue | undefined>>;
  /** The deployment's lists a choice may offer (the boroughs of the settings file); without them, none. */
  lists?: DeploymentLists;
}

type PageAnswers = Record<string, string | string[]>;

/** A dateTime question posts two inputs: its date under its id and its time under `<id>.time`. */
export const timeInputId = (question: Question) => `${question.id}.time`;

export function inputIdsOf(question: Question): string[] {
  return question.kind === 'dateTime' ? [question.id, timeInputId(question)] : [question.id];
}

const messageCodeSchema = z.enum([
  'required', 'tooLong', 'realDate', 'pastDate', 'childAge', 'realTime', 'timeMissing', 'range', 'option', 'postcode', 'phone', 'email', 'reference', 'alone', 'unreadable', 'ageMismatch', 'beforeOther', 'alsoIn',
]);

function parseQuestion(question: Question, posted: Record<string, unknown>, clock: LondonClock, lists?: DeploymentLists): Parsed {
  const raws = inputIdsOf(question).map((id) => posted[id] ?? '');
  if (!raws.every((r): r is string => typeof r === 'string')) return { ok: false, issue: 'unreadable' };
  const [first = '', second = ''] = raws;
  return question.kind === 'dateTime' ? parseDateTimeAnswer(question, first, second, clock) : parseAnswer(question, first, clock, lists);
}

/** An age and the date of birth it belongs to must agree, on the day the form is filled. */
function ageDisagrees(question: Question, answers: PageAnswers, context: PageContext): boolean {
  if (question.kind !== 'number' || question.ageOf === undefined) return false;
  const age = answers[question.id];
  const dateOfBirth = answers[question.ageOf] ?? context.earlier[question.ageOf];
  if (typeof age !== 'string' || typeof dateOfBirth !== 'string') return false;
  return ageOn(dateOfBirth, context.clock.today) !== Number(age);
}

/** A date that cannot come before another (found after going missing) and does; a date alone is compared by its day. */
function comesBefore(question: Question, answers: PageAnswers, context: PageContext): boolean {
  if ((question.kind !== 'date' && question.kind !== 'dateTime') || question.notBefore === undefined) return false;
  const value = answers[question.id];
  const other = answers[question.notBefore] ?? context.earlier[question.notBefore];
  if (typeof value !== 'string' || typeof other !== 'string') return false;
  return value.length === other.length ? value < other : value.slice(0, 10) < other.slice(0, 10);
}

/** A value ticked both here and in the question it must not repeat ("not sure" and "seen" at once). */
function tickedInBoth(question: Question, answers: PageAnswers): boolean {
  if (question.kind !== 'severalOf' || question.notAlsoIn === undefined) return false;
  const here = answers[question.id];
  const there = answers[question.notAlsoIn];
  return Array.isArray(here) && Array.isArray(there) && here.some((v) => there.includes(v));
}

export function postedPageSchema(questions: readonly Question[], context: PageContext) {
  return z.record(z.string(), z.unknown()).transform((posted, ctx) => {
    const answers: PageAnswers = {};
    for (const question of questions) {
      if (!holds(question.condition, { ...context.earlier, ...answers })) continue;
      const parsed = parseQuestion(question, posted, context.clock, context.lists);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [question.id], message: parsed.issue });
      else if (parsed.value !== undefined) answers[question.id] = parsed.value;
    }
    for (const question of questions) {
      if (ageDisagrees(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'ageMismatch' });
      if (comesBefore(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'beforeOther' });
      if (tickedInBoth(question, answers)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'alsoIn' });
    }
    return answers;
  });
}

export type PageResult = { ok: true; answers: PageAnswers } | { ok: false; errors: Record<string, TextRef> };

/** A page's answers, or each refused question's message (by question id, in the page's order). */
export function parsePage(definition: QuestionNamespace, questions: readonly Question[], posted: unknown, context: PageContext): PageResult {
  const result = postedPageSchema(questions, context).safeParse(posted);
  if (result.success) return { ok: true, answers: result.data };
  const codes = new Map<string, MessageCode>();
  for (const issue of result.error.issues) {
    const [id] = issue.path;
    const code = messageCodeSchema.safeParse(issue.message);
    if (typeof id === 'string' && !codes.has(id)) codes.set(id, code.success ? code.data : 'unreadable');
  }
  const errors: Record<string, TextRef> = {};
  for (const question of questions) {
    const code = codes.get(question.id);
    if (code !== undefined) errors[question.id] = messageOf(definition, question, code);
  }
  // The posted object itself was not a record of inputs: the first question carries the message.
  const first = questions[0];
  if (Object.keys(errors).length === 0 && first !== undefined) errors[first.id] = messageOf(definition, first, 'unreadable');
  return { ok: false, errors };
}
