import { scoreWith, type Contribution, type LinearModel } from './classifier';
import type { DangerDetector, RulesDecision } from './detector';
import { featuresOf } from './features';
import type { DangerModel } from './model.schema';

/**
 * The rules and the trained classifier together, recall first: a message is urgent when the rules
 * say so, or when the classifier's score reaches its threshold on a message where it may alarm: one
 * of at least four words in which the rules found at least one cue other than a time (a place, a
 * harm, force, fear...). Elsewhere its alarms were mostly ordinary words, commands and form answers
 * ("help", "main menu", "Room 12", "in the car", "a blue hatchback waiting outside"), where a couple
 * of features decide the score, and short questions ("the child told me not to tell anyone"); the
 * rules answer those alone. The rules keep
 * their explanation; the classifier adds its score and the features that pushed it up. It never
 * takes a rule's alarm away: cross-validation by file found no score low enough to veto a rule's
 * false alarm without also vetoing an urgent message (docs/architecture.md, "The trained classifier").
 */

export interface ModelVerdict {
  urgent: boolean;
  score: number;
  threshold: number;
  top: Contribution[];
}

export interface DangerDecision {
  urgent: boolean;
  /** Who alarmed: the rules (whatever the model said), only the model, or neither. */
  by: 'rules' | 'model' | 'neither';
  rules: RulesDecision;
  model: ModelVerdict;
}

const MIN_WORDS = 4;

/** Where the classifier may alarm: a message of a few words in which the rules found a sign of danger to weigh (a time alone is none). */
export const modelMayAlarm = (rules: RulesDecision): boolean => rules.cues.some((c) => c.cueClass !== 'now') && rules.normalised.text.split(' ').filter((w) => w !== '').length >= MIN_WORDS;

export function linearModelOf(model: DangerModel): LinearModel {
  return { bias: model.bias, weights: new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0])) };
}

export function createCombinedDetector(rules: DangerDetector, model: DangerModel): { detect(text: string): DangerDecision } {
  const linear = linearModelOf(model);
  return {
    detect(text) {
      const byRules = rules.detect(text);
      const { score, top } = scoreWith(linear, featuresOf({ text: byRules.normalised.text }));
      const verdict = { urgent: modelMayAlarm(byRules) && score >= model.threshold, score, threshold: model.threshold, top };
      const by = byRules.urgent ? 'rules' : verdict.urgent ? 'model' : 'neither';
      return { urgent: by !== 'neither', by, rules: byRules, model: verdict };
    },
  };
}
