import { isDangerUrgent, isDangerUrgentInRecordOfPast } from './danger';
import { simplify } from './danger/normalise';

/**
 * Does a message say a child may be in danger right now? Safety first: a false alarm costs a
 * card, a miss could cost a child. The decision is the danger detector's (dialogs/danger/).
 */

export const normalise = simplify;

export function isUrgent(text: string): boolean {
  return isDangerUrgent(text);
}

/** Words in a box of a form whose danger-now question was answered No: urgent, and told as now or about to (dialogs/danger/presentTense.ts). */
export function isUrgentInRecordOfPast(text: string): boolean {
  return isDangerUrgentInRecordOfPast(text);
}
