import { CUES_EN_GB } from './cues.en-GB';
import { createDangerDetector, type DangerDecision } from './detector';

export type { DangerDecision } from './detector';

/** The detector for the assistant's authoritative locale; another locale adds its cue file beside it. */
const detector = createDangerDetector(CUES_EN_GB);

export function detectDanger(text: string): DangerDecision {
  return detector.detect(text);
}
