import { combine, LONG_WORDS, MIN_WORDS, VETO_BELOW } from '../dialogs/danger/combined';
import { featuresOf, type Features } from '../dialogs/danger/features';

/**
 * The ways of combining the danger rules and the classifier that were weighed against each other
 * (docs/architecture.md, "How the rules and the classifier combine"), as pure functions of what each
 * said about one message, so `npm run simulate:urgent` can score them all on the same scores.
 */

export interface Case {
  urgent: boolean;
  rulesUrgent: boolean;
  /** Cue classes other than a time that the rules found. */
  kinds: number;
  outright: boolean;
  tempered: boolean;
  timed: boolean;
  words: number;
  /** The classifier's score; the cue classes' variant's score in `scoreWithCues`. */
  score: number;
  scoreWithCues: number;
  /** Whether some cue other than a time fired (the gate of the first combination). */
  anyKind: boolean;
}

export interface Candidate {
  name: string;
  alarms(c: Case, threshold: number): boolean;
}

const vetoAt = (v: number) => (c: Case, t: number): boolean =>
  c.words < MIN_WORDS ? c.rulesUrgent : c.score >= t || (c.rulesUrgent && (c.kinds >= 2 || c.outright || c.score >= v));

export const CANDIDATES: readonly Candidate[] = [
  { name: 'rules alone', alarms: (c) => c.rulesUrgent },
  { name: 'model alone', alarms: (c, t) => c.score >= t },
  { name: '(a) rules, or model where a cue other than a time fired (until now)', alarms: (c, t) => c.rulesUrgent || (c.anyKind && c.words >= MIN_WORDS && c.score >= t) },
  { name: '(b) rules or model', alarms: vetoAt(0) },
  { name: '(c) model; rules alone on two kinds or danger named outright', alarms: (c, t) => vetoAt(t)(c, t) },
  ...[0.05, 0.1, 0.2, 0.3].map((v) => ({ name: `(d) rules or model; a one-kind rule alarm vetoed under ${v}`, alarms: vetoAt(v) })),
  { name: `(f) (d) at ${VETO_BELOW}; with no cue, and for a veto, the model only from ${LONG_WORDS} words (chosen)`, alarms: (c: Case, t: number) => combine({ ...c, threshold: t }).urgent },
  { name: '(e) model with the cue classes as features', alarms: (c, t) => c.scoreWithCues >= t },
  { name: "(e') rules or (e)", alarms: (c, t) => c.rulesUrgent || c.scoreWithCues >= t },
];

/** Candidate (e)'s features: the text's, and the classes the rules found, their verdict and the rule that decided. */
export function featuresWithCues(text: string, classes: readonly string[], urgent: boolean, reason: string): Features {
  const keys = [...featuresOf({ text }).keys(), ...new Set(classes.map((c) => `k:${c}`)), ...(urgent ? ['k:urgent', `k:reason:${reason}`] : [])];
  const weight = 1 / Math.sqrt(keys.length);
  return new Map(keys.map((k) => [k, weight]));
}
