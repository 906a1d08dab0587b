import { holds, questionsNamed } from './conditions';
import type { AnswerValue, Question } from './vocabulary';

/**
 * A question asked only for one answer to another question on the same card (a conditional reveal the card cannot draw),
 * answered although that answer was not given: "No" to the child telling you something, with their words typed below.
 * Dropping the words without a word lost them (issue 8): the page is refused beside the box instead, naming the answer
 * above. So are words stored before and left in the box when the answer above is changed from Yes to No: they were
 * dropped from check-your-answers without a word (issue 8, the last review); now the person clears the box or keeps the Yes.
 */

/**
 * The kinds whose box a person can clear. A choice cannot be: a radio button once pressed cannot be unpressed on a card, so
 * refusing one would leave the page stuck; a choice not asked is set aside, as before.
 */
const CAN_BE_CLEARED: ReadonlySet<Question['kind']> = new Set(['shortText', 'longText', 'postcode', 'phone', 'email', 'number', 'date', 'time', 'dateTime']);

/** Returns the question on the card whose answer does not ask this one. */
export function answeredNotAsked(
  question: Question,
  inputIds: readonly string[],
  onCard: readonly Question[],
  posted: Readonly<Record<string, unknown>>,
  scope: Readonly<Record<string, AnswerValue | undefined>>,
): Question | undefined {
  if (!CAN_BE_CLEARED.has(question.kind) || holds(question.condition, scope)) return undefined;
  const given = inputIds.some((id) => {
    const value = posted[id];
    return typeof value === 'string' && value.trim() !== '';
  });
  if (!given) return undefined;
  // The question above that rules it out: answered (its answer named in the message), or else the first not answered.
  // One not asked itself (its own condition, on earlier pages, does not hold) cannot be answered to put this right.
  const named = onCard.filter((q) => questionsNamed(question.condition).includes(q.id) && holds(q.condition, scope));
  return named.find((q) => scope[q.id] !== undefined && scope[q.id] !== '' && scope[q.id]?.length !== 0) ?? named[0];
}
