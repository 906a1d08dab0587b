import { z } from 'zod';
import type { TextRef } from '../../cards/view';
import { answeredNotAsked } from './answeredNotAsked';
import { holds, offeredIn, requiredNow } from './conditions';
import { ageOn, type LondonClock } from './dates';
import { parseAnswer, parseDateTimeAnswer, type Parsed } from './kinds';
import { messageOf, otherOf, rulesOf, type QuestionNamespace } from './messages';
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
  /** Every question of the form: a date that another page's date must not come before is checked against that answer too. */
  form?: readonly Question[];
}

type PageAnswers = Record<string, string | string[]>;

/** A dateTime question posts two inputs: its date under its id and its time under `<id>.time`. */
export const timeInputId = (question: Question) => `${question.id}.time`;

export function inputIdsOf(question: Question): string[] {
  return question.kind === 'dateTime' ? [question.id, timeInputId(question)] : [question.id];
}

const messageCodeSchema = z.enum([
  'required', 'tooLong', 'realDate', 'pastDate', 'futureTime', 'childAge', 'realTime', 'timeMissing', 'range', 'option', 'postcode', 'phone', 'email', 'reference', 'alone', 'unreadable', 'ageMismatch', 'beforeOther', 'afterOther', 'alsoIn', 'refusedBeside', 'refusedBy', 'refusedWhen', 'notAsked',
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

/** Whether one date (or date and time) comes before another; a date alone is compared by its day. */
const isBefore = (value: string, other: string): boolean => (value.length === other.length ? value < other : value.slice(0, 10) < other.slice(0, 10));

/** A date that cannot come before another (found after going missing) and does. */
function comesBefore(question: Question, answers: PageAnswers, context: PageContext): boolean {
  if ((question.kind !== 'date' && question.kind !== 'dateTime') || question.notBefore === undefined) return false;
  const value = answers[question.id];
  const other = answers[question.notBefore] ?? context.earlier[question.notBefore];
  return typeof value === 'string' && typeof other === 'string' && isBefore(value, other);
}

/**
 * The later question, on another page, that a date now comes after: the return changed from check-your-answers to a
 * day after the interview. Its own page checked it when it was sent; this page is where the conflict is made now.
 */
function comesAfter(question: Question, answers: PageAnswers, context: PageContext): Question | undefined {
  const value = answers[question.id];
  if (typeof value !== 'string') return undefined;
  return context.form?.find((later) => {
    if ((later.kind !== 'date' && later.kind !== 'dateTime') || later.notBefore !== question.id || later.id in answers) return false;
    const other = context.earlier[later.id];
    return typeof other === 'string' && isBefore(other, value);
  });
}

const chosen = (value: AnswerValue | undefined): string[] => [value ?? []].flat().filter((v): v is string => typeof v === 'string');

/**
 * Every option chosen here that an answer given before refuses (a decision not to refer after a Yes to immediate danger),
 * with the question that gave it: all of them, not the first (issue 8: MI and FO ticked, FO was refused only once MI was mended).
 */
function refusedHere(question: Question, answers: PageAnswers, context: PageContext): Array<{ other: string; option: string }> {
  return rulesOf(question).flatMap((rule) =>
    (answers[rule.question] ?? context.earlier[rule.question]) !== rule.answer ? [] : chosen(answers[question.id]).filter((v) => rule.options.includes(v)).map((option) => ({ other: rule.question, option })),
  );
}

/** Every option chosen here that earlier answers rule out (`refusedWhen`: "A child travelling alone" beside an adult listed). */
function refusedWhenHere(question: Question, answers: PageAnswers, context: PageContext): string[] {
  if (question.kind !== 'oneOf' && question.kind !== 'severalOf') return [];
  const ruledOut = (question.refusedWhen ?? []).filter((rule) => holds(rule.when, context.earlier)).flatMap((rule) => rule.options);
  return chosen(answers[question.id]).filter((v) => ruledOut.includes(v));
}

/** Each question, on another page, whose chosen options an answer given here now refuses (a Yes given from check-your-answers), with each option. */
function refusesThere(question: Question, answers: PageAnswers, context: PageContext): Array<{ other: Question; option: string }> {
  return (context.form ?? [])
    .filter((other) => !(other.id in answers))
    .flatMap((other) =>
      rulesOf(other)
        .filter((rule) => rule.question === question.id && answers[question.id] === rule.answer)
        .flatMap((rule) => chosen(context.earlier[other.id]).filter((v) => rule.options.includes(v)).map((option) => ({ other, option }))),
    );
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
    // The answers, and ticks refused only for how they go together ("Nothing yet" beside another), which the checks
    // below still read: every error on the page at once (issue 8). The page is refused anyway when the two differ.
    const read: PageAnswers = {};
    for (const question of questions) {
      const scope = { ...context.earlier, ...answers };
      if (!holds(question.condition, scope)) continue;
      // Required only where its requiredWhen holds too (the harm after "Yes", not after "Not sure").
      // Its options as offered (`optionsWhen`): one not offered is refused as not among the choices given.
      const offered = offeredIn(question, scope);
      const asked = offered.required && !requiredNow(offered, scope) ? { ...offered, required: false } : offered;
      const parsed = parseQuestion(asked, posted, context.clock, context.lists);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [question.id], message: parsed.issue, ...(parsed.option === undefined ? {} : { params: { option: parsed.option } }) });
      else if (parsed.value !== undefined) answers[question.id] = parsed.value;
      const value = parsed.ok ? parsed.value : parsed.read;
      if (value !== undefined) read[question.id] = value;
    }
    checkTogether(questions, posted, read, context, ctx);
    return answers;
  });
}

/** The checks of answers against each other, on this page and the rest of the form, each adding its issue. */
function checkTogether(questions: readonly Question[], posted: Record<string, unknown>, answers: PageAnswers, context: PageContext, ctx: z.RefinementCtx): void {
  for (const question of questions) {
    const ruledOutBy = answeredNotAsked(question, inputIdsOf(question), questions, posted, { ...context.earlier, ...answers });
    if (ruledOutBy !== undefined) ctx.addIssue({ code: 'custom', path: [question.id], message: 'notAsked', params: { other: ruledOutBy.id, option: [answers[ruledOutBy.id] ?? []].flat().join(',') } });
    if (ageDisagrees(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'ageMismatch' });
    if (comesBefore(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'beforeOther' });
    const later = comesAfter(question, answers, context);
    if (later !== undefined) ctx.addIssue({ code: 'custom', path: [question.id], message: 'afterOther', params: { other: later.id } });
    if (tickedInBoth(question, answers)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'alsoIn' });
    for (const refused of refusedHere(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'refusedBeside', params: refused });
    for (const option of refusedWhenHere(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'refusedWhen', params: { option } });
    for (const refuses of refusesThere(question, answers, context)) ctx.addIssue({ code: 'custom', path: [question.id], message: 'refusedBy', params: { other: refuses.other.id, option: refuses.option } });
  }
}

export type PageResult = { ok: true; answers: PageAnswers } | { ok: false; errors: Record<string, TextRef> };

/**
 * A page's answers, or each refused question's message (by question id, in the page's order). A question refused for
 * several reasons (MI and FO ticked against two "No" answers) carries every one of them at once, each in its own words
 * (issue 8: the second was shown only once the first was mended).
 */
export function parsePage(definition: QuestionNamespace, questions: readonly Question[], posted: unknown, context: PageContext): PageResult {
  const result = postedPageSchema(questions, context).safeParse(posted);
  if (result.success) return { ok: true, answers: result.data };
  const all = [...questions, ...(context.form ?? [])];
  const messages = new Map<string, TextRef[]>();
  for (const issue of result.error.issues) {
    const [id] = issue.path;
    const question = questions.find((q) => q.id === id);
    if (question === undefined) continue;
    const parsedCode = messageCodeSchema.safeParse(issue.message);
    const code = parsedCode.success ? parsedCode.data : 'unreadable';
    const otherId: unknown = issue.code === 'custom' ? issue.params?.other : undefined;
    const option: unknown = issue.code === 'custom' ? issue.params?.option : undefined;
    const other = all.find((q) => q.id === otherId) ?? otherOf(question, code, all);
    const message = messageOf(definition, question, code, other, typeof option === 'string' ? option : undefined);
    const own = messages.get(question.id) ?? [];
    if (!own.some((m) => JSON.stringify(m) === JSON.stringify(message))) messages.set(question.id, [...own, message]);
  }
  const errors: Record<string, TextRef> = {};
  for (const question of questions) {
    const [first, ...rest] = messages.get(question.id) ?? [];
    if (first !== undefined) errors[question.id] = rest.reduce<TextRef>((joined, next) => ({ key: 'forms:errors.andAlso', refs: { first: joined, next } }), first);
  }
  // The posted object itself was not a record of inputs: the first question carries the message.
  const first = questions[0];
  if (Object.keys(errors).length === 0 && first !== undefined) errors[first.id] = messageOf(definition, first, 'unreadable');
  return { ok: false, errors };
}
