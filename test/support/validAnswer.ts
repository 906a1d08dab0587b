import { ageOn, londonClock } from '../../dialogs/forms/dates';
import { choiceValues } from '../../dialogs/forms/kinds';
import { rulesOf } from '../../dialogs/forms/messages';
import { inputIdsOf } from '../../dialogs/forms/pageSchema';
import type { DeploymentLists, Question } from '../../dialogs/forms/vocabulary';

/**
 * What a card posts for one question answered validly, by its kind: the one place the tests say what a
 * valid answer is, for the walks through a form's statechart (test/support/formWalk.ts) and through the
 * real handler (test/support/formConversation.ts) alike. Dates are relative to `now`, so they stay valid.
 */

const DAY_MS = 86_400_000;

/** London's date some days ago, as Input.Date posts it. */
export function daysAgo(days: number, now = new Date()): string {
  return londonClock(new Date(now.getTime() - days * DAY_MS)).today;
}

/** A child's date of birth: 27 March, fourteen years ago (the child is 13 or 14). */
export function childDateOfBirth(now = new Date()): string {
  return `${Number(londonClock(now).today.slice(0, 4)) - 14}-03-27`;
}

export interface AnswerContext {
  now: Date;
  /** What was posted before: an age agrees with the date of birth it is of. */
  known?: Record<string, string>;
  /** The deployment's lists, when a choice offers them first. */
  lists?: DeploymentLists;
}

export function validAnswer(question: Question, { now, known = {}, lists }: AnswerContext): Record<string, string> {
  const [dateId = question.id, timeId = `${question.id}.time`] = inputIdsOf(question);
  switch (question.kind) {
    case 'shortText':
      if (question.reference === true) return { [question.id]: 'FICT 0001/26' };
      return { [question.id]: question.isName === true ? 'Fictional Person Quorn' : `Fictional ${question.id}`.slice(0, question.maxLength ?? 200) };
    case 'longText':
      return { [question.id]: `A fictional account for ${question.id}.` };
    case 'date':
      return { [question.id]: question.childDateOfBirth === true ? childDateOfBirth(now) : daysAgo(4, now) };
    case 'dateTime':
      return { [dateId]: daysAgo(4, now), [timeId]: '10:00' };
    case 'time':
      return { [question.id]: '10:00' };
    case 'number': {
      if (question.ageOf === undefined) return { [question.id]: String(question.min) };
      const given = known[question.ageOf];
      return { [question.id]: String(ageOn(given === undefined || given === '' ? childDateOfBirth(now) : given, londonClock(now).today)) };
    }
    case 'yesNo':
      return { [question.id]: 'yes' };
    case 'oneOf':
    case 'severalOf': {
      // Not a danger answer: a form in danger is tested on its own (the 999 alert on every card).
      // A question that must not repeat another's ticks takes the last value where the other takes the first.
      // Not an option another answer may refuse (MI, which "no positive intervention" refuses).
      const values = question.kind === 'oneOf' ? choiceValues(question, lists) : question.options.values.filter((v) => !rulesOf(question).some((rule) => rule.options.includes(v)));
      return { [question.id]: (question.notAlsoIn === undefined ? values : [...values].reverse()).find((v) => !(question.dangerWhen ?? []).includes(v)) ?? '' };
    }
    case 'postcode':
      return { [question.id]: 'ZZ1A 1ZZ' };
    case 'phone':
      return { [question.id]: '01632960001' };
    case 'email':
      return { [question.id]: 'name@example.com' };
  }
}
