import type { CueSet } from './cueSet.schema';
import type { RulesDecision } from './detector';
import type { RecordBoxWords } from './recordBoxWords.en-GB';

/**
 * Whether words tell a danger as happening now or about to, read for a box of a record of the past (a form whose
 * danger-now question was answered No: dialogs/forms/dangerTold.ts). There a description ("man, 40s, bald, held the
 * boy's arm") or a narrative in the past tense tells what happened, and its 999 card would be a false alarm that also
 * drops the user's answer; "he is holding her arm now", "she just left with him", "he is still in the lobby" are not
 * the past, and still bring the card. Danger named outright ("help me", "in danger") and "right now" always count, and
 * so does a child missing and not yet found. A box that opens with a graded risk ("Medium, still in contact with older
 * males online") is an assessment: its ongoing contact is not read as now, while any other word of now still is.
 */
export function createPresentReader(cues: CueSet, words: RecordBoxWords): (rules: RulesDecision) => boolean {
  const present = new RegExp(`(?:^|\\b)(?:${cues.present.join('|')})(?:\\b|$)`);
  const riskGrade = new RegExp(words.riskGrade);
  const ongoingContact = new RegExp(`\\b${words.ongoingContact}\\b`, 'g');
  const stillMissing = new RegExp(`\\b${words.stillMissing}`);
  return (rules) => {
    if (rules.reason === 'alarm' || rules.modifiers.includes('immediate')) return true;
    const text = rules.normalised.text;
    if (stillMissing.test(text)) return true;
    return present.test(riskGrade.test(text) ? text.replace(ongoingContact, ' ') : text);
  };
}
