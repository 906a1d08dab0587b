import { describe, expect, it } from '@jest/globals';
import questions from '../../knowledge/eval/questions.json';
import { DANGER_MODEL_EN_GB, detectDanger, detectDangerByRules, isDangerUrgent } from '../../dialogs/danger';
import { scoreOfNames, scoreWith } from '../../dialogs/danger/classifier';
import { createCombinedDetector, linearModelOf, rulesFacts } from '../../dialogs/danger/combined';
import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { createDangerDetector } from '../../dialogs/danger/detector';
import { featureNamesOf, featuresOf, featureWeight } from '../../dialogs/danger/features';
import { isUrgent } from '../../dialogs/urgency';
import { DEV_FILES, loadUrgentSet } from '../../tools/urgent-sets';

/**
 * A turn asks only whether a message is urgent (issue 14, ninth round): `isDangerUrgent` decides it
 * without the explanation `detectDanger` gives (the classifier's top features, sorted) and without
 * the features' Map. It is held here to the whole decision, over every development message and question.
 */

const texts = [...new Set([...DEV_FILES.flatMap((file) => loadUrgentSet(file)?.messages.map((m) => m.text) ?? []), ...questions.map((q) => q.q)])];
const linear = linearModelOf(DANGER_MODEL_EN_GB);

describe('the urgency a turn asks for', () => {
  it('is the whole decision’s, for every development message and question', () => {
    expect(texts.length).toBeGreaterThan(3_000);
    const differ = texts.filter((text) => isDangerUrgent(text) !== detectDanger(text).urgent);
    expect(differ).toEqual([]);
    expect(texts.filter((text) => isUrgent(text) !== detectDanger(text).urgent)).toEqual([]);
  });

  it('is combined from what the whole decision combines: the same rules, the same score to the bit', () => {
    const detector = createCombinedDetector(createDangerDetector(CUES_EN_GB), DANGER_MODEL_EN_GB);
    const differ = texts.filter((text) => {
      const whole = detector.detect(text);
      const expected = { rulesUrgent: whole.rules.urgent, ...rulesFacts(whole.rules), score: whole.model.score, threshold: whole.model.threshold };
      const input: Record<string, unknown> = { ...detector.urgencyInputOf(text) };
      return Object.keys(input).length !== Object.keys(expected).length || !Object.entries(expected).every(([key, value]) => Object.is(input[key], value));
    });
    expect(differ).toEqual([]);
  });

  it('alarms on the messages that alarm and on no others', () => {
    const urgent = texts.filter((text) => detectDanger(text).urgent);
    expect(urgent.length).toBeGreaterThan(1_000);
    expect(texts.filter(isDangerUrgent)).toEqual(urgent);
  });
});

describe("the classifier's score without its explanation", () => {
  it('is the same number, to the bit, as scoring the features’ Map', () => {
    const differ = texts.filter((text) => {
      const normalised = detectDangerByRules(text).normalised.text;
      const names = featureNamesOf({ text: normalised });
      return !Object.is(scoreOfNames(linear, names, featureWeight(names.size)), scoreWith(linear, featuresOf({ text: normalised })).score);
    });
    expect(differ).toEqual([]);
  });

  it('reads the features in the order featuresOf gives them, each weighing the same', () => {
    for (const text of texts.slice(0, 200)) {
      const normalised = detectDangerByRules(text).normalised.text;
      const names = featureNamesOf({ text: normalised });
      const features = featuresOf({ text: normalised });
      expect([...names]).toEqual([...features.keys()]);
      expect([...features.values()].every((value) => value === featureWeight(names.size))).toBe(true);
    }
  });
});
