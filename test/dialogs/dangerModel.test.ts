import { readFileSync } from 'node:fs';
import { DANGER_MODEL_EN_GB, detectDanger, detectDangerByRules } from '../../dialogs/danger';
import { route } from '../../dialogs/router';
import { isUrgent } from '../../dialogs/urgency';
import { createCombinedDetector } from '../../dialogs/danger/combined';
import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { createDangerDetector } from '../../dialogs/danger/detector';
import { featuresOf } from '../../dialogs/danger/features';
import { dangerModelSchema, type DangerModel } from '../../dialogs/danger/model.schema';
import { explain } from '../../tools/eval-urgent';
import { MODEL_FILE, serialise } from '../../tools/train-urgent';
import { chooseThreshold, combinedRates, crossValidate, FALSE_ALARM_LIMIT, loadDevFile, modelRates, trainModelFile } from '../../tools/urgent-model';
import { DEV_FILES } from '../../tools/urgent-sets';

/** The trained danger classifier: the shipped weights are what the data gives; the features; how it joins the rules. */

const files = DEV_FILES.map(loadDevFile);

describe('the shipped model', () => {
  // Training is deterministic (seeded order, weights to four decimals): anyone can retrain and get these bytes.
  it('is exactly what `npm run train:urgent` gives from the development files', () => {
    expect(serialise(trainModelFile(files)) === readFileSync(MODEL_FILE, 'utf8')).toBe(true);
  });

  it('names each development file it was trained on, by hash', () => {
    expect(DANGER_MODEL_EN_GB.trainedOn.map((f) => [f.file, f.sha256])).toEqual(files.map((f) => [f.file, f.sha256]));
  });

  it(`has the lowest threshold at which, by file, the model alone raises at most ${FALSE_ALARM_LIMIT * 100} % false alarms`, () => {
    const folds = crossValidate(files);
    const threshold = chooseThreshold(folds);
    expect(threshold).toBe(DANGER_MODEL_EN_GB.threshold);
    expect(modelRates(folds.flat(), threshold).falseAlarms).toBeLessThanOrEqual(FALSE_ALARM_LIMIT);
    expect(modelRates(folds.flat(), threshold - 0.01).falseAlarms).toBeGreaterThan(FALSE_ALARM_LIMIT);
    expect(combinedRates(folds.flat(), threshold).falseAlarms).toBeLessThanOrEqual(FALSE_ALARM_LIMIT);
  });

  it('refuses a file whose features and weights do not line up', () => {
    expect(dangerModelSchema.safeParse({ ...DANGER_MODEL_EN_GB, weights: DANGER_MODEL_EN_GB.weights.slice(1) }).success).toBe(false);
    expect(dangerModelSchema.safeParse({ ...DANGER_MODEL_EN_GB, version: 2 }).success).toBe(false);
  });
});

describe('the features', () => {
  it('are words, bigrams and character n-grams of the normalised text, with numbers, children and relatives read by kind', () => {
    const features = featuresOf({ text: 'my daughter is 14 and in his car' });
    expect([...features.keys()]).toEqual(expect.arrayContaining(['w:my', 'w:<child>', 'w:#', 'w:car', 'b:in_his', 'b:his_car', 'b:car_$', 'c:<car>', 'c:<ca', 'c:car>']));
    expect([...features.keys()].some((f) => f.includes('daughter') || f.includes('14'))).toBe(false);
    expect(new Set(features.values()).size).toBe(1);
  });

  it("leave the writer's job out and keep the alarm numbers", () => {
    const keys = [...featuresOf({ text: 'i am a taxi driver call 999' }).keys()];
    expect(keys.some((f) => f.includes('driver'))).toBe(false);
    expect(keys).toContain('w:999');
  });
});

/** A model of one word, to show how the combination treats each case. */
const oneWord = (word: string, weight: number): DangerModel => ({ ...DANGER_MODEL_EN_GB, bias: 0, features: [`w:${word}`], weights: [weight], threshold: 0.5 });
const rules = createDangerDetector(CUES_EN_GB);

describe('rules or model', () => {
  it('alarms on the model when the rules noticed a cue but not enough to alarm', () => {
    const text = 'the lilac van was outside the school last week';
    expect(rules.detect(text)).toMatchObject({ urgent: false });
    expect(rules.detect(text).cues.length).toBeGreaterThan(0);
    const decision = createCombinedDetector(rules, oneWord('lilac', 5)).detect(text);
    expect(decision).toMatchObject({ urgent: true, by: 'model', model: { urgent: true, top: [{ feature: 'w:lilac' }] } });
  });

  it.each([
    ['a message with no cue at all', 'what does lilac mean'],
    ['a message of under four words, with a cue', 'lilac room 12'],
  ])('leaves %s to the rules, whatever the model scores', (_what, text) => {
    const decision = createCombinedDetector(rules, oneWord('lilac', 5)).detect(text);
    expect(decision).toMatchObject({ urgent: false, by: 'neither', model: { urgent: false } });
    expect(decision.model.score).toBeGreaterThan(0.5);
  });

  it('never takes a rule alarm away, however calm the model is sure it is', () => {
    const decision = createCombinedDetector(rules, oneWord('locked', -50)).detect('a man has locked her in a flat');
    expect(decision).toMatchObject({ urgent: true, by: 'rules', model: { urgent: false } });
  });

  it('explains itself: the rules, then the model score and its top features', () => {
    expect(explain(detectDanger('he has locked her in the car'))).toMatch(/^captivity|^onItsOwn: .*; model score \d\.\d\d >= [\d.]+ \(/);
  });
});

describe('every path that asks "is this urgent?"', () => {
  const texts = files.flatMap((f) => f.examples.map((e) => e.message.text));
  const byModel = texts.filter((text) => detectDanger(text).by === 'model');

  it('asks the rules or the model (isUrgent: the router, text boxes mid-form and mid-journey, stale cards)', () => {
    expect(texts.filter((text) => isUrgent(text) !== detectDanger(text).urgent)).toEqual([]);
    expect(byModel.length).toBeGreaterThan(0);
    expect(byModel.filter((text) => detectDangerByRules(text).urgent)).toEqual([]);
    expect(byModel.filter((text) => route(text).kind !== 'urgent')).toEqual([]);
  });

  it('routes a scene the rules found a cue in but no alarm to the 999 card first', () => {
    const text = "there's a van outside with a girl in school uniform in the back";
    expect(detectDangerByRules(text).urgent).toBe(false);
    expect(route(text)).toEqual({ kind: 'urgent' });
  });
});
