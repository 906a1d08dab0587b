import { scoreWith, type Contribution, type LinearModel } from './classifier';
import type { DangerDetector, RulesDecision } from './detector';
import { featuresOf } from './features';
import type { DangerModel } from './model.schema';

/**
 * The rules and the trained classifier together, recall first: a message is urgent when the rules
 * say so, or when the rules found at least one cue (of any class: a time, a place, a harm, fear...)
 * and the classifier's score reaches its threshold. A message with no cue at all is left to the
 * rules: there the classifier's alarms were mostly short questions ("the child told me not to tell
 * anyone"), and on a blind file it caught 2 urgent messages there against 2 false alarms. The rules keep their explanation; the
 * classifier adds its score and the features that pushed it up. The classifier never takes a rule's
 * alarm away: cross-validation by file found no score low enough to veto a rule's false alarm
 * without also vetoing an urgent message (docs/architecture.md, "The trained classifier").
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

/** The rules found something to weigh, even if not enough to alarm on. */
export const noticed = (rules: RulesDecision): boolean => rules.cues.length > 0;

export function linearModelOf(model: DangerModel): LinearModel {
  return { bias: model.bias, weights: new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0])) };
}

export function createCombinedDetector(rules: DangerDetector, model: DangerModel): { detect(text: string): DangerDecision } {
  const linear = linearModelOf(model);
  return {
    detect(text) {
      const byRules = rules.detect(text);
      const { score, top } = scoreWith(linear, featuresOf({ text: byRules.normalised.text }));
      const verdict = { urgent: noticed(byRules) && score >= model.threshold, score, threshold: model.threshold, top };
      const by = byRules.urgent ? 'rules' : verdict.urgent ? 'model' : 'neither';
      return { urgent: by !== 'neither', by, rules: byRules, model: verdict };
    },
  };
}
