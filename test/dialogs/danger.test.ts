import { CUE_CLASSES, type CueClass } from '../../dialogs/danger/cueSet.schema';
import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { detectDanger } from '../../dialogs/danger';
import { createNormaliser } from '../../dialogs/danger/normalise';
import { editDistance } from '../../dialogs/danger/spelling';
import { DEV_FILE, evaluateUrgent, explain, loadUrgentSet, TARGETS, URGENT_ROLES } from '../../tools/eval-urgent';

/** The danger detector: its development set, case by case and as targets; the normaliser; each cue class. */

const dev = loadUrgentSet(DEV_FILE);
if (dev === undefined) throw new Error('knowledge/eval/urgent-dev.json is missing');
const urgent = dev.messages.filter((m) => m.urgent);
const calm = dev.messages.filter((m) => !m.urgent);

describe('the development set', () => {
  it('has at least 300 urgent and 300 non-urgent messages, from every role', () => {
    expect(urgent.length).toBeGreaterThanOrEqual(300);
    expect(calm.length).toBeGreaterThanOrEqual(300);
    for (const role of URGENT_ROLES) {
      expect({ role, urgent: urgent.some((m) => m.role === role), calm: calm.some((m) => m.role === role) }).toEqual({ role, urgent: true, calm: true });
    }
  });

  it('has no message twice', () => {
    expect(new Set(dev.messages.map((m) => m.text)).size).toBe(dev.messages.length);
  });

  it.each([
    'a man has locked her in a flat',
    'he is forcing her to have sex with his friends tonight',
    'a man is coming to pick her up from school in 10 mins',
    'im a cab driver, young girl in the back, im driving now',
    "she's being sexually assaulted at a party",
    'a child in our care is missing right now',
  ])('holds the example from the report: %s', (text) => {
    expect(urgent.map((m) => m.text)).toContain(text);
  });

  it('meets the targets: recall 100 %, false alarms at most 10 %', () => {
    const report = evaluateUrgent(dev.messages);
    expect(report.misses.map((m) => `${m.message.text} -> ${explain(m.decision)}`)).toEqual([]);
    expect(report.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(TARGETS.falseAlarms);
  });
});

describe('urgent messages alarm', () => {
  it.each(urgent.map((m) => [m.role, m.text] as const))('[%s] %s', (_role, text) => {
    const decision = detectDanger(text);
    expect({ text, urgent: decision.urgent, why: explain(decision) }).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});

// A false alarm costs one card, so a few are allowed (the target above); each is listed here to be seen.
const falseAlarms = new Set(evaluateUrgent(calm).falseAlarms.map((m) => m.message.text));

describe('non-urgent messages do not alarm', () => {
  it.each(calm.filter((m) => !falseAlarms.has(m.text)).map((m) => [m.role, m.text] as const))('[%s] %s', (_role, text) => {
    const decision = detectDanger(text);
    expect({ text, urgent: decision.urgent, why: explain(decision) }).toEqual({ text, urgent: false, why: expect.any(String) });
  });

  it('the accepted false alarms are few and known', () => {
    expect([...falseAlarms].sort()).toEqual(
      [
        'she keeps talking about a man she met on snapchat',
        'she told me she had sex with her 16 year old boyfriend',
        "pupil's older sister was exploited, should i worry about her",
        'the child has bruises that she says came from sports',
        'delivery driver, i keep delivering to a flat where lots of young girls come and go',
        'a man keeps asking my staff about the young girls who work here',
        'my 15 year old is going to a party at the weekend',
        "my daughter has been self harming, she's getting help from camhs",
        "my son's friend told him about a man who offers lifts, should i worry",
      ].sort(),
    );
  });
});

describe('the normaliser', () => {
  const { normalise } = createNormaliser(CUES_EN_GB);
  it.each([
    ["She's with him RN!!!", 'she is with him right now'],
    ['hes takin her 2nite', 'he is taking her tonight'],
    ['pls come now, u need 2 help', 'please come now you need to help'],
    ['in 10mins', 'in 10 minutes'],
    ['refusing 2 leave', 'refusing to leave'],
    ['2 men outside', '2 men outside'],
    ['she can’t get out', 'she cannot get out'],
    ['A&E', 'a and e'],
    ['14yo wiv sum m8s', '14 year old with some mates'],
    ['i can hear her screamin', 'i can hear her screaming'],
    ['her cousin is here', 'her cousin is here'],
    ['yp sayin she gona kms', 'young person saying she going to kill myself'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalise(raw).text).toBe(expected);
  });

  it.each([
    ['atacked', 'attacked'],
    ['unconcious', 'unconscious'],
    ['kindapped', 'kidnapped'],
    ['stranggled', 'strangled'],
    ['trafficced', 'trafficked'],
    ['ovredosed', 'overdosed'],
  ])('corrects a misspelt cue word: %s -> %s', (typed, corrected) => {
    const result = normalise(`she was ${typed}`);
    expect(result.text).toBe(`she was ${corrected}`);
    expect(result.corrections).toEqual([{ from: typed, to: corrected }]);
  });

  it.each(['looked', 'trying', 'talking', 'shared', 'policy', 'stable', 'drank', 'might'])('leaves an ordinary word one letter from a cue word alone: %s', (word) => {
    expect(normalise(word).text).toBe(word);
  });

  it('measures edits, transpositions included, and stops at the cap', () => {
    expect(editDistance('assualt', 'assault', 1)).toBe(1);
    expect(editDistance('rape', 'rape', 1)).toBe(0);
    expect(editDistance('safe', 'danger', 1)).toBe(2);
  });
});

/** One message per class that fires it, and the class that must fire. */
const CLASS_EXAMPLES: Record<CueClass, string> = {
  alarm: 'I think she is in danger',
  now: 'he is coming for her in 20 mins',
  harm: 'she is being assaulted',
  force: 'he is forcing her to go with them tonight',
  captivity: 'they have locked her in the bathroom',
  intoxication: 'the girl is unconscious',
  presence: 'young girl in the back of my cab now',
  threat: 'he says he will post her nudes by midnight',
  missing: 'our resident is missing right now',
  selfHarm: 'she says she is going to kill herself',
  weapon: 'the man has a machete',
};

describe('each cue class', () => {
  it.each(CUE_CLASSES.map((c) => [c, CLASS_EXAMPLES[c]] as const))('%s fires, and the message alarms: %s', (cueClass, text) => {
    const decision = detectDanger(text);
    expect(decision.cues.map((c) => c.cueClass)).toContain(cueClass);
    expect(decision.urgent).toBe(true);
  });

  it.each([
    ['she is not in danger, she is at home with her mum', 'a denial'],
    ['last year she was assaulted at a party', 'a past event'],
    ['how long does an SRO last', 'a question about a power'],
    ['what is an emergency protection order', 'the name of an order'],
    ['she was seen at A&E last month', 'the name of a service'],
    ['she has a new older boyfriend', 'an everyday worry'],
    ['what should staff do if a child is missing from care', 'a general question'],
  ])('%s does not alarm (%s)', (text) => {
    expect(detectDanger(text).urgent).toBe(false);
  });

  it('a denial tempers only what it denies', () => {
    const decision = detectDanger('she is not in danger now but he has a knife');
    expect(decision.urgent).toBe(true);
    expect(decision.cues).toContainEqual({ cueClass: 'weapon', matched: 'knife' });
  });

  it('a bare "now" beside a past event does not make it current', () => {
    expect(detectDanger('she ran away from home when she was 14 but she is 17 now').urgent).toBe(false);
    expect(detectDanger('she ran away from home and is still missing right now').urgent).toBe(true);
  });

  it('says why: the rule, the cues by class and the spelling it corrected', () => {
    expect(explain(detectDanger('shes bein atacked rn'))).toBe('withNow: now("right now") now("now") harm("attacked") [specific, ongoing] {atacked->attacked}');
  });
});
