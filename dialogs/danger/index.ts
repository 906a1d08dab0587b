import { createCombinedDetector, type DangerDecision } from './combined';
import { CUES_EN_GB } from './cues.en-GB';
import { createDangerDetector, type RulesDecision } from './detector';
import { dangerModelSchema } from './model.schema';
import { createPresentReader } from './presentTense';
import { RECORD_BOX_WORDS_EN_GB } from './recordBoxWords.en-GB';
import modelFile from './model.en-GB.json';

export type { DangerDecision } from './combined';
export type { RulesDecision } from './detector';

/** The rules for the assistant's authoritative locale; another locale adds its cue file beside it. */
const rules = createDangerDetector(CUES_EN_GB);
/** The classifier trained on the development files (`npm run train:urgent`), read and checked once at start. */
export const DANGER_MODEL_EN_GB = dangerModelSchema.parse(modelFile);
const detector = createCombinedDetector(rules, DANGER_MODEL_EN_GB);

/** The rules or the classifier: what every "is this urgent?" asks. */
export function detectDanger(text: string): DangerDecision {
  return detector.detect(text);
}

/** Whether the rules or the classifier alarm: `detectDanger(text).urgent`, without the decision's explanation. */
export function isDangerUrgent(text: string): boolean {
  return detector.isUrgent(text);
}

const toldAsNow = createPresentReader(CUES_EN_GB, RECORD_BOX_WORDS_EN_GB);

/**
 * Whether words in a box of a record of the past bring the 999 card: urgent as any message is, and told as happening
 * now or about to (presentTense.ts). A record's description or narrative in the past tense brings no card of its own.
 */
export function isDangerUrgentInRecordOfPast(text: string): boolean {
  return detector.isUrgent(text) && toldAsNow(rules.detect(text));
}

/** `detectDanger`, read as a box of a record of the past: its alarm stands only where the words tell of now. */
export function detectDangerInRecordOfPast(text: string): DangerDecision {
  const decision = detector.detect(text);
  return decision.urgent && !toldAsNow(decision.rules) ? { ...decision, urgent: false, by: 'neither' } : decision;
}

/** The rules alone, for their own tests and the evaluation's side-by-side figures. */
export function detectDangerByRules(text: string): RulesDecision {
  return rules.detect(text);
}
