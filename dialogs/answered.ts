import type { TextRef, View } from '../cards/view';
import type { Answer, StepBody } from './flow';

/**
 * What the person pressed, in the words of the button, when the button was itself the answer: a card
 * that asks with choices and has no inputs ("Yes", "No", "Hotel, hostel or B&B"). A "Next" or "Continue"
 * under inputs carries no answer in its words (what was given is in the inputs), so it gives none.
 */
export function pressedAnswer(answered: StepBody, given: Answer): TextRef | undefined {
  if (given.value === undefined || (answered.inputs ?? []).length > 0) return undefined;
  return answered.choices.find((c) => c.answer.type === given.type && c.answer.value === given.value)?.label;
}

/** The answer opens the first card it led to, so whoever reads the conversation back sees which one was given. */
export function withAnswered(views: View[], answer: TextRef | undefined): View[] {
  const [first, ...rest] = views;
  if (answer === undefined || first?.kind !== 'step') return views;
  return [{ ...first, answered: answer }, ...rest];
}
