import { isDangerUrgent } from './danger';
import { simplify } from './danger/normalise';

/**
 * Does a message say a child may be in danger right now? Safety first: a false alarm costs a
 * card, a miss could cost a child. The decision is the danger detector's (dialogs/danger/).
 */

export const normalise = simplify;

export function isUrgent(text: string): boolean {
  return isDangerUrgent(text);
}
