import type { CueSet } from './cueSet.schema';
import type { RulesDecision } from './detector';

/**
 * Whether words tell a danger as happening now or about to, read for a box of a record of the past (a form whose
 * danger-now question was answered No: dialogs/forms/dangerTold.ts). There a description ("man, 40s, bald, held the
 * boy's arm") or a narrative in the past tense tells what happened, and its 999 card would be a false alarm that also
 * drops the user's answer; "he is holding her arm now", "she just left with him", "he is still in the lobby" are not
 * the past, and still bring the card. Danger named outright ("help me", "in danger") and "right now" always count.
 */
export function createPresentReader(cues: CueSet): (rules: RulesDecision) => boolean {
  const present = new RegExp(`(?:^|\\b)(?:${cues.present.join('|')})(?:\\b|$)`);
  return (rules) => rules.reason === 'alarm' || rules.modifiers.includes('immediate') || present.test(rules.normalised.text);
}
