import { scoreOfNames, scoreWith, type Contribution, type LinearModel } from './classifier';
import { TEMPERING_MODIFIERS } from './cueSet.schema';
import { OUTRIGHT_REASONS, type DangerDetector, type RulesDecision } from './detector';
import { featureNamesOf, featuresOf, featureWeight } from './features';
import type { DangerModel } from './model.schema';

/**
 * The rules and the trained classifier together, recall first. The classifier alarms when its score
 * reaches its threshold on a message of at least four words in which the rules found a kind of danger
 * (a place, a harm, force, fear...; a time is none), or on any message of nine words or more. The
 * rules' alarm stands beside it when two kinds of danger corroborate each other (force and a risky
 * place, harm and a threat...) or the writer names danger outright ("pupil in danger", "help me",
 * "999"); an alarm on one kind alone (only a harm, only "missing", only a place) stands unless, on a
 * message of nine words or more, the classifier is at least four to one sure it is calm. On text the
 * rules were not tuned on (each development file as it arrived, and urgent-dev-7.json scored blind),
 * the rules' one-kind alarms were right about 3 times in 4 and their corroborated ones about 19 in 20,
 * and the classifier alone caught more urgent messages than the rules with fewer false alarms
 * (docs/architecture.md, "How the rules and the classifier combine"). In shorter messages a few
 * features decide its score ("a child has been kidnapped" scored 0.01, a form's "Man in his forties,
 * grey beard" about 0.9), so there it neither alarms with no cue nor takes an alarm away.
 *
 * Alone, where the rules found no time (now, tonight, just...) and no danger they could name (no cue of
 * a kind of danger, or only cues in a frame they read as past, denied, asked about, imagined or
 * framed), the classifier must be more sure than not (SURE_ALONE): by file-CV its alarms there between
 * its threshold and even odds were nearly all false (questions, reports of what is over), and no urgent
 * development message needed them. A time keeps the lower threshold: "the notice was served last month
 * and he has just been seen with her now" tells of a past and of a now.
 *
 * Corroborated kinds of danger told in a frame the rules read as tempering (the past, a denial, a
 * question, a case imagined) are mostly what is over or asked about ("the man who held her is in
 * custody, she is safe with us"): there a classifier nine to one sure it is calm (VETO_FRAMED_BELOW)
 * takes the rules' alarm away. By file-CV no urgent development message of that kind scored under
 * 0.33; danger named outright is never taken away, nor a child seen with the adult now in a pattern that
 * repeats ("he keeps bringing girls to room 12, theres one in there now": detector.ts), nor a particular child "missing since"
 * a time ("our yp has been missing since friday, she did this last month too"), nor a live danger beside a child said safe now
 * ("she is safe at home with her dad now but her dad is the one who hits her").
 */

export interface ModelVerdict {
  /** Whether the classifier alarmed: its score reached its threshold on a message it may alarm on. */
  urgent: boolean;
  score: number;
  threshold: number;
  top: Contribution[];
}

export interface DangerDecision {
  urgent: boolean;
  /** Who alarmed: the rules (their alarm standing, whatever the model said), only the model, or neither. */
  by: 'rules' | 'model' | 'neither';
  /** The rules alarmed on one kind of danger alone, or on more in a tempering frame, and the classifier was sure enough it is calm to take it away. */
  vetoed: boolean;
  rules: RulesDecision;
  model: ModelVerdict;
  /** The clause told as now after a past marker alarmed, judged as a message of its own: `rules` and `model` are the clause's. */
  clauseAfterPast?: true;
}

/** Below this many words the rules decide alone. */
export const MIN_WORDS = 4;
/** From this many words the classifier alarms with no cue of the rules' and may take a one-kind rule alarm away. */
export const LONG_WORDS = 9;
/** A rule alarm on one kind of danger alone is taken away when the classifier's score is under this (four to one that it is calm). */
export const VETO_BELOW = 0.2;
/** The classifier alone, where the rules found no time and named no danger or read a tempering frame, alarms only from this score (more sure than not). */
export const SURE_ALONE = 0.5;
/** A rule alarm on two kinds of danger or more, in a frame the rules read as tempering, is taken away under this score (nine to one that it is calm). */
export const VETO_FRAMED_BELOW = 0.1;
/** At least this many kinds of danger (cue classes other than a time) make the rules' alarm stand whatever the classifier says. */
export const CORROBORATED_KINDS = 2;

/** What the combination reads of the rules and the classifier for one message. */
export interface CombinationInput {
  rulesUrgent: boolean;
  /** The kinds of danger the rules found: cue classes other than a time. */
  kinds: number;
  /**
   * The rules alarmed on words that name danger or ask for help outright ("in danger", "help me", "999"), on a child seen now in a
   * pattern that repeats, on a particular child "missing since" a time, or on a live danger beside a child said safe now.
   */
  outright: boolean;
  /** The rules read a frame that tempers: past, denied, found, a question about a procedure, a case imagined or framed. */
  tempered: boolean;
  /** The rules found a time: now or soon, or told as going on. */
  timed: boolean;
  words: number;
  score: number;
  threshold: number;
}

export interface Combination {
  urgent: boolean;
  by: DangerDecision['by'];
  vetoed: boolean;
  modelAlarms: boolean;
}

export function combine({ rulesUrgent, kinds, outright, tempered, timed, words, score, threshold }: CombinationInput): Combination {
  const long = words >= LONG_WORDS;
  const bar = !timed && (kinds === 0 || tempered) ? Math.max(threshold, SURE_ALONE) : threshold;
  const modelAlarms = words >= MIN_WORDS && (kinds > 0 || long) && score >= bar;
  // A classifier that alarms itself takes nothing away: with a threshold under VETO_BELOW a score between them would
  // otherwise both veto the rules and alarm alone.
  const vetoed = rulesUrgent && long && !outright && !modelAlarms && ((kinds < CORROBORATED_KINDS && score < VETO_BELOW) || (tempered && score < VETO_FRAMED_BELOW));
  const rulesStand = rulesUrgent && !vetoed;
  const by = rulesStand ? 'rules' : modelAlarms ? 'model' : 'neither';
  return { urgent: by !== 'neither', by, vetoed, modelAlarms };
}

const tempering: ReadonlySet<string> = new Set(TEMPERING_MODIFIERS);

/** The kinds of danger the rules found (a time is none), whether they alarmed on danger named outright, read a tempering frame or found a time, and the message's length in words. */
export function rulesFacts(rules: {
  reason: string;
  saidSafeNow?: boolean;
  cues: ReadonlyArray<{ cueClass: string }>;
  modifiers?: ReadonlyArray<string>;
  normalised: { text: string };
}): { kinds: number; outright: boolean; tempered: boolean; timed: boolean; words: number } {
  return {
    kinds: new Set(rules.cues.map((c) => c.cueClass).filter((c) => c !== 'now')).size,
    outright: (OUTRIGHT_REASONS as readonly string[]).includes(rules.reason),
    tempered: (rules.modifiers ?? []).some((m) => tempering.has(m)),
    // Beside a child said safe or home now with nothing live, every time left is the telling's ("did her RHI today"): none is the danger's.
    timed: !rules.saidSafeNow && rules.cues.some((c) => c.cueClass === 'now'),
    words: rules.normalised.text.split(' ').filter((w) => w !== '').length,
  };
}

export function linearModelOf(model: DangerModel): LinearModel {
  return { bias: model.bias, weights: new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0])) };
}

export interface CombinedDetector {
  detect(text: string): DangerDecision;
  /**
   * `detect(text).urgent`, for a turn, which asks nothing else: the classifier's score without the
   * explanation of it (its top features, sorted), the one part of the decision the urgency does not read.
   */
  isUrgent(text: string): boolean;
  /** What `isUrgent` gives `combine`: the same as `detect` gives it (test/dialogs/dangerUrgency.test.ts). */
  urgencyInputOf(text: string): CombinationInput;
}

export function createCombinedDetector(rules: DangerDetector, model: DangerModel): CombinedDetector {
  const linear = linearModelOf(model);
  // Issue 8, the twelfth round: a past marker tempers its own clause only. Where the whole does not alarm, the clause told as now
  // after the past (detector.ts, pastClause.ts) is judged as a message of its own, by the rules and the classifier over its words.
  const inputOf = (byRules: RulesDecision): CombinationInput => {
    const names = featureNamesOf({ text: byRules.normalised.text });
    const score = scoreOfNames(linear, names, featureWeight(names.size));
    const input = { rulesUrgent: byRules.urgent, ...rulesFacts(byRules), score, threshold: model.threshold };
    if (combine(input).urgent || byRules.clauseNow === undefined) return input;
    const clause = inputOf(byRules.clauseNow);
    return combine(clause).urgent ? clause : input;
  };
  const decisionOf = (byRules: RulesDecision): DangerDecision => {
    const { score, top } = scoreWith(linear, featuresOf({ text: byRules.normalised.text }));
    const combined = combine({ rulesUrgent: byRules.urgent, ...rulesFacts(byRules), score, threshold: model.threshold });
    const whole: DangerDecision = {
      urgent: combined.urgent,
      by: combined.by,
      vetoed: combined.vetoed,
      rules: byRules,
      model: { urgent: combined.modelAlarms, score, threshold: model.threshold, top },
    };
    if (whole.urgent || byRules.clauseNow === undefined) return whole;
    const clause = decisionOf(byRules.clauseNow);
    return clause.urgent ? { ...clause, clauseAfterPast: true } : whole;
  };
  const urgencyInputOf = (text: string): CombinationInput => inputOf(rules.detect(text));
  return {
    urgencyInputOf,
    isUrgent: (text) => combine(urgencyInputOf(text)).urgent,
    detect: (text) => decisionOf(rules.detect(text)),
  };
}
