import { londonClock, ageOn } from '../../dialogs/forms/dates';
import { holds, offeredIn, questionsNamed, questionsOf } from '../../dialogs/forms/conditions';
import type { FlowDialog, PersistedJourney, StepEffects } from '../../dialogs/flow';
import { choiceValues } from '../../dialogs/forms/kinds';
import { answeredNotAsked } from '../../dialogs/forms/answeredNotAsked';
import { rulesOf } from '../../dialogs/forms/messages';
import { inputIdsOf } from '../../dialogs/forms/pageSchema';
import type { AnswerValue, Condition, DeploymentLists, FormDefinition, Page, Question } from '../../dialogs/forms/vocabulary';
import { daysAgo, validAnswer } from './validAnswer';

/**
 * Walks a form the way the generic path test walks a journey: every page with valid answers, and
 * every value of every choice question that a condition depends on, so each conditional page and
 * question is seen both asked and not asked. The submission is a stand-in store that gives a reference.
 */

export const WALK_NOW = new Date('2026-12-04T12:00:00Z');
/** A deployment's lists, as the settings file gives them: a choice that offers them is walked with each value too. */
const WALK_LISTS: DeploymentLists = { boroughs: ['Fizzlewick', 'Wobblebury'] };
export const walkEffects: StepEffects = { now: WALK_NOW, facts: { contacts: {}, lists: WALK_LISTS }, submit: () => Promise.resolve({ reference: 'CSE-7K2M-9QXD' }) };

const validInput = (question: Question): Record<string, string> => validAnswer(question, { now: WALK_NOW, lists: WALK_LISTS });

/**
 * A question's values as offered with the answers so far (`optionsWhen`: no placing authority for a child at home), but
 * for an option recording a Yes the answers so far said No to (MI after "no positive intervention"): that is refused.
 */
function choicesOf(question: Question, answers: Readonly<Record<string, unknown>>): readonly string[] {
  const q = offeredIn(question, answers as Readonly<Record<string, AnswerValue | undefined>>);
  if (q.kind === 'severalOf') return q.options.values.filter((v) => !rulesOf(q).some((rule) => rule.options.includes(v) && answers[rule.question] === rule.answer));
  return q.kind === 'yesNo' ? ['yes', 'no'] : q.kind === 'oneOf' ? choiceValues(q, WALK_LISTS) : [];
}

/** The questions some condition names: their answers decide the path. */
export function decidingQuestions(definition: FormDefinition): Set<string> {
  return new Set(definition.pages.flatMap((p) => [...questionsNamed(p.condition), ...questionsOf(p).flatMap((q) => questionsNamed(q.condition))]));
}

/** Each way to fill a page: valid answers, then one variant per value of each deciding choice question. */
export function pageVariants(definition: FormDefinition, page: Page, answers: Readonly<Record<string, unknown>> = {}): Array<Record<string, string>> {
  const questions = questionsOf(page);
  const base = Object.fromEntries(questions.flatMap((q) => Object.entries(validInput(q))));
  // An age agrees with the date of birth given beside it, whichever date that is (an adult's may be recent).
  for (const q of questions) {
    const dateOfBirth = q.kind === 'number' && q.ageOf !== undefined ? base[q.ageOf] : undefined;
    if (dateOfBirth !== undefined) base[q.id] = String(ageOn(dateOfBirth, londonClock(WALK_NOW).today));
  }
  // A date that cannot come before one given earlier (the findings shared, not before the interview) is at least that one.
  for (const q of questions) {
    const earlier = (q.kind === 'date' || q.kind === 'dateTime') && q.notBefore !== undefined ? answers[q.notBefore] : undefined;
    if (typeof earlier !== 'string' || earlier === '') continue;
    const [date = '', time = '10:00'] = earlier.split('T');
    const given = q.kind === 'dateTime' ? `${base[q.id] ?? ''}T${base[`${q.id}.time`] ?? ''}` : (base[q.id] ?? '');
    if (given >= (q.kind === 'dateTime' ? `${date}T${time}` : date)) continue;
    base[q.id] = date;
    if (q.kind === 'dateTime') base[`${q.id}.time`] = time;
  }
  const walked = walkedQuestions(definition);
  const variants = [base];
  // A date and time a condition asks about as "more than so many hours after" another: also walked as today, later than that.
  for (const q of questions) if (q.kind === 'dateTime' && laterAsked(definition).has(q.id)) variants.push({ ...base, [q.id]: daysAgo(0, WALK_NOW) });
  for (const q of questions) {
    if (!walked.has(q.id)) continue;
    for (const value of choicesOf(q, answers)) variants.push({ ...base, [q.id]: value });
    if (leftBlankOnPurpose(definition, q)) variants.push({ ...base, [q.id]: '' });
  }
  return variants.map((variant) => withoutNotAsked(questions, variant, answers));
}

/**
 * A variant as a person fills it: a box the page refuses because the answer above it on the card does not ask it (the
 * child's words after "No") left empty. The page's own rule decides which (`answeredNotAsked`), given the answers as the
 * page reads them; a choice not asked is left as posted, since the page sets it aside.
 */
export function withoutNotAsked(questions: readonly Question[], variant: Record<string, string>, answers: Readonly<Record<string, unknown>>): Record<string, string> {
  const scope: Record<string, AnswerValue | undefined> = { ...(answers as Record<string, AnswerValue | undefined>) };
  for (const q of questions) {
    const value = variant[q.id] ?? '';
    if (holds(q.condition, scope)) scope[q.id] = value === '' ? undefined : q.kind === 'severalOf' ? value.split(',') : q.kind === 'dateTime' ? `${value}T${variant[`${q.id}.time`] ?? ''}` : value;
  }
  const kept = { ...variant };
  for (const q of questions) if (answeredNotAsked(q, inputIdsOf(q), questions, variant, scope) !== undefined) for (const id of inputIdsOf(q)) if (id in kept) kept[id] = '';
  return kept;
}

/** Every simple condition in a condition (inside any `all` or `any`). */
const simpleConditions = (c: Condition | undefined): Condition[] => (c === undefined ? [] : 'all' in c ? c.all.flatMap(simpleConditions) : 'any' in c ? c.any.flatMap(simpleConditions) : 'not' in c ? simpleConditions(c.not) : [c]);

/** The date-and-time questions some `moreThan` condition of the form compares with the one before them. */
function laterAsked(definition: FormDefinition): Set<string> {
  const conditions = definition.pages.flatMap((p) => [p.condition, ...questionsOf(p).map((q) => q.condition)]).flatMap(simpleConditions);
  return new Set(conditions.flatMap((c) => ('moreThan' in c ? [c.question] : [])));
}

const meansDanger = (q: Question): boolean => (q.kind === 'oneOf' || q.kind === 'severalOf') && (q.dangerWhen?.length ?? 0) > 0;

/** The questions walked with each of their values: those that decide the path, and those whose answer can mean danger now (the cards in danger are a path of their own). */
function walkedQuestions(definition: FormDefinition): Set<string> {
  return new Set([...decidingQuestions(definition), ...definition.pages.flatMap(questionsOf).filter(meansDanger).map((q) => q.id)]);
}

/** An optional question a condition depends on: the walk also leaves it blank, since that is a path too. */
const leftBlankOnPurpose = (definition: FormDefinition, q: Question): boolean => !q.required && q.kind !== 'dateTime' && decidingQuestions(definition).has(q.id);

export interface FormWalk {
  /** Every distinct stored state reached, by a key of its state, page and deciding answers. */
  journeys: PersistedJourney[];
  pagesSeen: Set<string>;
  /** Question ids whose answer was kept on check-your-answers, and those dropped by their condition. */
  asked: Set<string>;
  skipped: Set<string>;
}

export async function walkForm(definition: FormDefinition, flow: FlowDialog): Promise<FormWalk> {
  const walked = walkedQuestions(definition);
  const keyOf = (j: PersistedJourney) => JSON.stringify([j.value, j.context.page, Object.entries((j.context.answers ?? {}) as Record<string, unknown>).filter(([k]) => walked.has(k))]);
  const start = flow.start();
  const queue = [start];
  const seen = new Map<string, PersistedJourney>([[keyOf(start), start]]);
  const walk: FormWalk = { journeys: [], pagesSeen: new Set(), asked: new Set(), skipped: new Set() };
  while (queue.length > 0) {
    const journey = queue.shift();
    if (journey === undefined) break;
    walk.journeys.push(journey);
    const next: PersistedJourney[] = [];
    if (journey.value === 'editingPage') {
      const page = definition.pages.find((p) => p.id === journey.context.page);
      if (page === undefined) throw new Error(`unknown page ${String(journey.context.page)}`);
      walk.pagesSeen.add(page.id);
      for (const variant of pageVariants(definition, page, (journey.context.answers ?? {}) as Record<string, unknown>)) {
        const result = await flow.step(journey, { type: 'form.page', value: 'continue', inputs: variant }, walkEffects);
        if (!result.ok) throw new Error(`page ${page.id} refused valid answers: ${JSON.stringify(result)}`);
        next.push(result.journey);
      }
    } else if (journey.value === 'checkingAnswers') {
      const result = await flow.step(journey, { type: 'form.submit' }, walkEffects);
      if (result.ok) next.push(result.journey);
    }
    for (const j of next) {
      const key = keyOf(j);
      if (!seen.has(key)) {
        seen.set(key, j);
        queue.push(j);
      }
    }
  }
  for (const journey of walk.journeys.filter((j) => j.value === 'checkingAnswers')) {
    const answers = (journey.context.answers ?? {}) as Record<string, unknown>;
    for (const page of definition.pages) {
      for (const q of questionsOf(page)) {
        if ('group' in page || answers[q.id] !== undefined) walk.asked.add(q.id);
        // A question always asked but left blank on purpose (the variant above) was not dropped.
        else if (!(leftBlankOnPurpose(definition, q) && q.condition === undefined && page.condition === undefined)) walk.skipped.add(q.id);
      }
    }
  }
  return walk;
}
