import { readFileSync } from 'node:fs';
import { DANGER_MODEL_EN_GB, detectDanger, detectDangerByRules } from '../../dialogs/danger';
import { route } from '../../dialogs/router';
import { isUrgent } from '../../dialogs/urgency';
import { combine, createCombinedDetector, LONG_WORDS, MIN_WORDS, SURE_ALONE, VETO_BELOW, VETO_FRAMED_BELOW } from '../../dialogs/danger/combined';
import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { createDangerDetector } from '../../dialogs/danger/detector';
import { featuresOf } from '../../dialogs/danger/features';
import { dangerModelSchema, type DangerModel } from '../../dialogs/danger/model.schema';
import { explain } from '../../tools/eval-urgent';
import { MODEL_FILE, serialise } from '../../tools/train-urgent';
import { chooseThreshold, combinedRates, crossValidate, FALSE_ALARM_LIMIT, loadDevFile, modelRates, thresholdFolds, trainModelFile } from '../../tools/urgent-model';
import { DEV_FILES } from '../../tools/urgent-sets';
import { CONCERN_RECORD_PAGES } from '../support/formTranscript';

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

  it(`has the lowest threshold at which, by file, the model alone and the combination each raise at most ${FALSE_ALARM_LIMIT * 100} % false alarms (the everyday questions aside)`, () => {
    const folds = thresholdFolds(files, crossValidate(files));
    const threshold = chooseThreshold(folds);
    const falseAlarms = (t: number) => [modelRates(folds.flat(), t).falseAlarms, combinedRates(folds.flat(), t).falseAlarms];
    expect(threshold).toBe(DANGER_MODEL_EN_GB.threshold);
    expect(Math.max(...falseAlarms(threshold))).toBeLessThanOrEqual(FALSE_ALARM_LIMIT);
    expect(Math.max(...falseAlarms(threshold - 0.01))).toBeGreaterThan(FALSE_ALARM_LIMIT);
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

describe('how the rules and the model combine', () => {
  const combined = (word: string, weight: number) => createCombinedDetector(rules, oneWord(word, weight));

  it('alarms on the model when the rules noticed a cue but not enough to alarm', () => {
    const text = 'the lilac van was outside the school last week';
    expect(rules.detect(text)).toMatchObject({ urgent: false });
    expect(rules.detect(text).cues.length).toBeGreaterThan(0);
    expect(combined('lilac', 5).detect(text)).toMatchObject({ urgent: true, by: 'model', vetoed: false, model: { urgent: true, top: [{ feature: 'w:lilac' }] } });
  });

  it(`alarms on the model on a message of ${LONG_WORDS} words or more in which the rules found no cue at all, not on a shorter one`, () => {
    const long = 'what does the word lilac mean in this message';
    expect(rules.detect(long)).toMatchObject({ urgent: false, cues: [] });
    expect(combined('lilac', 5).detect(long)).toMatchObject({ urgent: true, by: 'model' });
    const short = 'what does lilac mean';
    expect(combined('lilac', 5).detect(short)).toMatchObject({ urgent: false, by: 'neither', model: { urgent: false } });
    expect(combined('lilac', 5).detect(short).model.score).toBeGreaterThan(0.5);
  });

  it(`leaves a message of under ${MIN_WORDS} words to the rules, whatever the model scores`, () => {
    const decision = combined('room', 5).detect('lilac room 12');
    expect(decision.rules.cues.length).toBeGreaterThan(0);
    expect(decision).toMatchObject({ urgent: false, by: 'neither', model: { urgent: false } });
    expect(decision.model.score).toBeGreaterThan(0.5);
  });

  const missing = 'she is missing right now and nobody knows where she is';
  it(`takes away a rule alarm on one kind of danger when the model scores it under ${VETO_BELOW}, on a message of ${LONG_WORDS} words or more`, () => {
    expect(rules.detect(missing)).toMatchObject({ urgent: true, reason: 'onItsOwn' });
    expect(combined('missing', -50).detect(missing)).toMatchObject({ urgent: false, by: 'neither', vetoed: true });
    expect(combined('missing', -1.2).detect(missing)).toMatchObject({ urgent: true, by: 'rules', vetoed: false });
    expect(combined('missing', -50).detect('she is missing right now')).toMatchObject({ urgent: true, by: 'rules', vetoed: false });
  });

  it(`takes nothing away when the model alarms itself, as it does between a threshold under ${VETO_BELOW} and ${VETO_BELOW}`, () => {
    const oneKind = { rulesUrgent: true, kinds: 1, outright: false, tempered: false, timed: true, words: 12, threshold: 0.18 };
    expect(combine({ ...oneKind, score: 0.19 })).toMatchObject({ urgent: true, by: 'rules', vetoed: false, modelAlarms: true });
    expect(combine({ ...oneKind, score: 0.17 })).toMatchObject({ urgent: false, by: 'neither', vetoed: true });
  });

  it('never takes away a rule alarm on two kinds of danger told with no tempering frame, however calm the model is sure it is', () => {
    const decision = combined('locked', -50).detect('a man has locked her in a flat');
    expect(decision.rules.cues.map((c) => c.cueClass)).toEqual(expect.arrayContaining(['captivity', 'presence']));
    expect(decision).toMatchObject({ urgent: true, by: 'rules', vetoed: false, model: { urgent: false } });
  });

  describe(`takes away a rule alarm on two kinds or more told in a tempering frame only under ${VETO_FRAMED_BELOW}, on a message of ${LONG_WORDS} words or more`, () => {
    const framed = { rulesUrgent: true, kinds: 2, outright: false, tempered: true, timed: true, words: 14, threshold: 0.3 };
    it.each([
      ['in a tempering frame, the model nine to one sure it is calm', framed, 0.05, false],
      ['in a tempering frame, the model less sure', framed, VETO_FRAMED_BELOW, true],
      ['with no tempering frame', { ...framed, tempered: false }, 0.05, true],
      ['named outright', { ...framed, outright: true }, 0.05, true],
      ['in a short message', { ...framed, words: LONG_WORDS - 1 }, 0.05, true],
    ] as const)('%s', (_case, facts, score, urgent) => {
      expect(combine({ ...facts, score }).urgent).toBe(urgent);
    });

    // In the developer's own words: a past harm with the man outside now still alarms; a past harm told as over does not.
    it('still alarms on the man from the past outside now, and not on a disclosure of what is over', () => {
      expect(detectDanger('she told me this morning that a man who hurt her in 2021 is outside her placement right now and she is scared')).toMatchObject({ urgent: true, by: 'rules' });
      // From urgent-dev-8.json: the developer's own 'moved out of the area, she is fine, what form' scored 0.12 once the questions were learnt, just over the veto.
      const over = detectDanger("Foster carer: my placement told me today about a man who abused her in a previous placement in 2022. She's safe with me. Who do I tell and does she need to go to hospital?");
      // Issue 8, the twelfth round: "today" beside "she's safe with me", with nothing told as going on, is the telling's time, so the
      // rules no longer alarm and there is nothing to veto; the veto itself is held by the cases above.
      expect(over).toMatchObject({ urgent: false, rules: { urgent: false } });
    });
  });

  it('never takes away danger named outright', () => {
    const decision = combined('danger', -50).detect('pupil in danger, what do i do');
    expect(decision).toMatchObject({ urgent: true, by: 'rules', vetoed: false, rules: { reason: 'alarm' } });
  });

  describe(`alone, where the rules found no time and no danger they did not temper, needs a score of ${SURE_ALONE}`, () => {
    const alone = { rulesUrgent: false, outright: false, words: 12, threshold: 0.3 };
    it.each([
      ['no cue, no time', { kinds: 0, tempered: false, timed: false }, 0.4, false],
      ['no cue, no time, more sure than not', { kinds: 0, tempered: false, timed: false }, SURE_ALONE, true],
      ['a kind of danger in a tempering frame, no time', { kinds: 1, tempered: true, timed: false }, 0.4, false],
      ['a kind of danger, no frame', { kinds: 1, tempered: false, timed: false }, 0.4, true],
      ['no cue but a time', { kinds: 0, tempered: false, timed: true }, 0.4, true],
      ['a tempering frame but a time', { kinds: 1, tempered: true, timed: true }, 0.4, true],
    ] as const)('%s', (_case, facts, score, urgent) => {
      expect(combine({ ...alone, ...facts, score }).urgent).toBe(urgent);
    });

    // In the developer's own words: a past told beside a now still alarms; a worry with no time and no danger named does not.
    it('still alarms on a past told beside a now, and not on a vague worry with neither', () => {
      const now = detectDanger('the warning notice was served on him last month and he has just been seen with her by the canal now');
      expect(now).toMatchObject({ urgent: true, by: 'model' });
      const worry = detectDanger('i think the boy next door might be involved with a gang, he wears a balaclava');
      expect(worry.model.score).toBeGreaterThanOrEqual(worry.model.threshold);
      expect(worry).toMatchObject({ urgent: false, by: 'neither' });
    });
  });

  it('explains itself: the rules, then the model score and its top features, and a veto when there is one', () => {
    expect(explain(detectDanger('he has locked her in the car'))).toMatch(/^onItsOwn: .*; model score \d\.\d\d >= [\d.]+ \(/);
    expect(explain(combined('missing', -50).detect(missing))).toMatch(/model score 0\.0\d < 0\.5, under 0\.2 on a rule alarm of one kind of danger, so vetoed$/);
  });
});

describe('every path that asks "is this urgent?"', () => {
  const texts = files.flatMap((f) => f.examples.map((e) => e.message.text));
  const byModel = texts.filter((text) => detectDanger(text).by === 'model');

  it('asks the combination (isUrgent: the router, text boxes mid-form and mid-journey, stale cards)', () => {
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

describe('a warning sign written into a form is not a 999 call', () => {
  // The concern record's "what you saw" holds warning signs; a 999 card there sits above the next page.
  const giftFromAnOlderFriend = CONCERN_RECORD_PAGES.flatMap(([, values]) => Object.values(values)).find((value) => value.includes('older friend')) ?? '';

  it('is the concern record the transcripts submit', () => {
    expect(giftFromAnOlderFriend).toMatch(/has a new phone she says an older friend bought her$/);
  });

  it('reads "bought" as typed, not as "brought" misspelt (a child brought somewhere is a cue of force)', () => {
    expect(detectDangerByRules(giftFromAnOlderFriend).normalised.text).toContain('friend bought her');
    expect(detectDangerByRules(giftFromAnOlderFriend).cues).toEqual([]);
    expect(detectDangerByRules('he brought her to the hotel an hour ago and she is still up there with him').urgent).toBe(true);
  });

  it('gives a gift from an older friend no 999 card, rules and classifier together', () => {
    expect(detectDanger(giftFromAnOlderFriend).urgent).toBe(false);
  });
});
