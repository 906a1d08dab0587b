import { basename, join } from 'node:path';
import { CUE_CLASSES, type CueClass } from '../../dialogs/danger/cueSet.schema';
import { CUES_EN_GB } from '../../dialogs/danger/cues.en-GB';
import { detectDanger, detectDangerByRules, detectDangerInRecordOfPast, isDangerUrgentInRecordOfPast } from '../../dialogs/danger';
import { createPresentReader } from '../../dialogs/danger/presentTense';
import { RECORD_BOX_WORDS_EN_GB } from '../../dialogs/danger/recordBoxWords.en-GB';
import { createNormaliser, vocabularyOf } from '../../dialogs/danger/normalise';
import { editDistance } from '../../dialogs/danger/spelling';
import { DEV_FILES, evaluateUrgent, explain, explainRules, HELDOUT_TARGETS, loadUrgentSet, TARGETS, URGENT_ROLES, type UrgentSet } from '../../tools/eval-urgent';
import { EVAL_DIR, QUESTION_FILES } from '../../tools/urgent-sets';
import { verdict } from '../support/dangerVerdict';

/** The danger detector: its development files, case by case and as targets; the normaliser; each cue class and frame. */

const toldAsNow = createPresentReader(CUES_EN_GB, RECORD_BOX_WORDS_EN_GB);
const devSets = DEV_FILES.map((file) => ({ file: basename(file), set: loadUrgentSet(file) }));
const loaded = devSets.flatMap(({ file, set }) => (set === undefined ? [] : [{ file, set }]));
const byName = (name: string): UrgentSet => {
  const found = loaded.find((s) => s.file === name);
  if (found === undefined) throw new Error(`knowledge/eval/${name} is missing`);
  return found.set;
};
const first = byName('urgent-dev.json');
const second = byName('urgent-dev-2.json');
// The written sets are held case by case; the everyday questions (QUESTION_FILES), over a thousand, to their own figures below.
const written = loaded.filter(({ file }) => !QUESTION_FILES.includes(file));
const questions = loaded.filter(({ file }) => QUESTION_FILES.includes(file)).flatMap(({ set }) => set.messages);
const messages = written.flatMap(({ set }) => set.messages);
const urgent = messages.filter((m) => m.urgent);
const calm = messages.filter((m) => !m.urgent);

const fromEveryRole = (set: UrgentSet) =>
  URGENT_ROLES.map((role) => ({ role, urgent: set.messages.some((m) => m.urgent && m.role === role), calm: set.messages.some((m) => !m.urgent && m.role === role) }));
const everyRole = URGENT_ROLES.map((role) => ({ role, urgent: true, calm: true }));

describe('the development files', () => {
  it('are every knowledge/eval/urgent-dev*.json, the first batch first', () => {
    expect(loaded.map((s) => s.file).slice(0, 2)).toEqual(['urgent-dev.json', 'urgent-dev-2.json']);
  });

  it('the first has at least 300 urgent and 300 non-urgent messages, from every role', () => {
    expect(first.messages.filter((m) => m.urgent).length).toBeGreaterThanOrEqual(300);
    expect(first.messages.filter((m) => !m.urgent).length).toBeGreaterThanOrEqual(300);
    expect(fromEveryRole(first)).toEqual(everyRole);
  });

  it('the second has at least 400 messages, about 220 urgent and 180 calm, from every role', () => {
    expect(second.messages.length).toBeGreaterThanOrEqual(400);
    expect(second.messages.filter((m) => m.urgent).length).toBeGreaterThanOrEqual(220);
    expect(second.messages.filter((m) => !m.urgent).length).toBeGreaterThanOrEqual(180);
    expect(fromEveryRole(second)).toEqual(everyRole);
  });

  it('have no message twice, within or across files', () => {
    const all = [...messages, ...questions];
    expect(new Set(all.map((m) => m.text.toLowerCase())).size).toBe(all.length);
  });

  it.each([
    'a man has locked her in a flat',
    'he is forcing her to have sex with his friends tonight',
    'a man is coming to pick her up from school in 10 mins',
    'im a cab driver, young girl in the back, im driving now',
    "she's being sexually assaulted at a party",
    'a child in our care is missing right now',
  ])('hold the example from the report: %s', (text) => {
    expect(urgent.map((m) => m.text)).toContain(text);
  });

  it(`meet the targets combined: recall ${TARGETS.recall * 100} %, false alarms at most ${TARGETS.falseAlarms * 100} %`, () => {
    const report = evaluateUrgent(messages);
    expect(report.misses.map((m) => `${m.message.text} -> ${explain(m.decision)}`)).toEqual([]);
    expect(report.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(TARGETS.falseAlarms);
  });

  it.each(written.map(({ file, set }) => [file, set] as const))(`%s on its own: recall 100 %, false alarms at most ${HELDOUT_TARGETS.falseAlarms * 100} %`, (_file, set) => {
    const report = evaluateUrgent(set.messages);
    expect(report.recall).toBe(1);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(HELDOUT_TARGETS.falseAlarms);
  });
});


// The everyday questions labelled urgent (in doubt, urgent) that neither the rules nor the classifier alarm on, kept in sight.
const QUESTION_MISSES = ['should i hang on to the cctv from last night, girl in room 204 looked about 14', 'oyster card data for a missing girl how do i request'];

/** How many calm everyday questions the rules alone alarm on today: a ceiling, to come down. */
const QUESTION_RULE_ALARMS = 138;

describe('the everyday questions (urgent-dev-9.json)', () => {
  it('are there, every one labelled, a few urgent', () => {
    expect(questions.length).toBeGreaterThan(1000);
    expect(questions.filter((m) => m.urgent).length).toBeGreaterThan(40);
  });

  it(`alarm on every one labelled urgent but the known misses, with at most ${HELDOUT_TARGETS.falseAlarms * 100} % false alarms`, () => {
    const report = evaluateUrgent(questions);
    expect(report.misses.map((m) => m.message.text).sort()).toEqual([...QUESTION_MISSES].sort());
    expect(report.falseAlarmRate).toBeLessThanOrEqual(HELDOUT_TARGETS.falseAlarms);
  });

  // The rules alone alarm on many ordinary questions (a place, a harm named in a question); the classifier takes most away.
  it(`the rules alone alarm on at most ${QUESTION_RULE_ALARMS} of the calm ones`, () => {
    expect(questions.filter((m) => !m.urgent && detectDangerByRules(m.text).urgent).length).toBeLessThanOrEqual(QUESTION_RULE_ALARMS);
  });
});

describe('urgent messages alarm', () => {
  it.each([...urgent, ...questions.filter((m) => m.urgent && !QUESTION_MISSES.includes(m.text))].map((m) => [m.role, m.text] as const))('[%s] %s', (_role, text) => {
    const decision = detectDanger(text);
    expect({ text, urgent: decision.urgent, why: explain(decision) }).toEqual({ text, urgent: true, why: expect.any(String) });
  });
});

// A false alarm costs one card, so a few are allowed (the target above). The rules' own are each listed here to be
// seen; those the classifier adds are counted by the targets (test/dialogs/dangerModel.test.ts explains the trade).
// Calm messages written in a record of the past are calm only there: they are held below, as the form reads them.
const calmTyped = calm.filter((m) => m.writtenIn !== 'recordOfPast');
const falseAlarms = new Set(calmTyped.filter((m) => detectDangerByRules(m.text).urgent).map((m) => m.text));

describe('non-urgent messages do not alarm the rules', () => {
  it.each(calmTyped.filter((m) => !falseAlarms.has(m.text)).map((m) => [m.role, m.text] as const))('[%s] %s', (_role, text) => {
    const decision = detectDangerByRules(text);
    expect({ text, urgent: decision.urgent, why: explainRules(decision) }).toEqual({ text, urgent: false, why: expect.any(String) });
  });

  it('the accepted false alarms are few and known', () => {
    expect([...falseAlarms].sort()).toEqual(
      [
        'the child has bruises that she says came from sports',
        "my son's friend told him about a man who offers lifts, should i worry",
        'she told me about the abuse but begged me not to tell anyone, what now',
        'yr 11 boy says older lads keep offering him money to hold stuff, he says no, what do i do',
        'my daughter ran away two years ago and was found in a flat with men; it still haunts me',
        'the kids were screaming on the bouncy castle at sports day',
        'we had a bomb scare drill at the hotel today',
        'pupil says she\'s being "forced" to do PE and hates it',
        'can I refuse to let an adult book a room if I suspect they are with a child',
        // urgent-dev-7.json's that its lessons did not reach (one kind of danger alone: the classifier takes most away).
        'kid in A&E with broken wrist from a trampoline, mum with him, story consistent, just checking i dont need to do anything',
        'historic disclosure, now 19, abused at 13 by a neighbour, wants to report, who takes it',
        'my daughter went missing last night but police found her and shes asleep upstairs now, what happens next',
        'watched a doc on grooming gangs now im scared for my 11yo, which apps are risky',
        // urgent-dev-8.json's, written blind and weighted to hard calm near-misses: the rules' own that stand after the classes learnt from it.
        // (Issue 8, the twelfth round: three left this list, "yesterday" read as past where the rest is past, and a broad time beside
        // a child said safe with nothing going on read as the telling's.)
        'Is a \'trafficking risk order\' the same as a slavery and trafficking risk order? I saw the phrase \'child trafficking emergency\' in a slide and got confused.',
        'A teacher joked in the staffroom that a pupil \'looks like she\'s being trafficked\' because of her new trainers. Is that a concern I should act on, or just a conduct issue?',
        'Teenage patient disclosed self-harm scars from last year, she\'s now in CAMHS and says she hasn\'t harmed for months. Do I need to do anything today?',
        'Our cleaner found a school tie and some cheap phones in a room after check-out yesterday. Guests have gone. Should we call 101 and keep the room sealed?',
        'A 15yo was in a car with an older man yesterday; we stopped it, she was returned to her parents and we submitted intel. Does this need a strategy discussion?',
        'Child abduction warning notice: how do I request one from police for a man who keeps contacting our resident? There\'s no contact today, he just keeps messaging.',
        'We\'ve already handed the screenshots of the threatening messages to the police, they\'ve arrested the sender. She\'s safe with me at home. What do I do with her phone now?',
        'My son went missing last night but came home this morning. He\'s asleep now. Should I still tell the police?',
        'Neighbour: the teenagers across the road play loud music and get lots of deliveries. No children seem hurt. Is that something to report?',
        'My son was \'kidnapped\' in a prank by his friends at a sleepover and filmed. He\'s laughing about it now. Should I be worried?',
        'My son\'s friend told him that someone at school is selling drugs for an older gang. My son isn\'t involved. Who do we tell?',
        'We had a scare this evening — our 12yo wasn\'t answering and we thought she\'d gone off with someone, but she was at her friend\'s next door the whole time. She\'s home. Should I put a tracker on her phone?',
        'The teenager who told me she had been held in a flat is now in a refuge placement arranged by social care. Police are investigating. Can I discuss her at our safeguarding huddle?',
        'GP. A mother is asking whether she should call 999 if her daughter ever goes missing again, or 101. She\'s currently at home. What do I advise?',
        'Taxi driver: an hour ago I dropped a teenage girl with a man at a hotel and it didn\'t feel right. I rang 999 straight away and officers went there and found her. They told me she\'s safe. Is there anything else I need to do?',
        'Custody: the 15-year-old arrested for possession with intent says he was forced; he\'s been released to his mum and a referral has gone to the NRM. What next?',
        'DS. For the file: the live-stream incident on Tuesday, children safeguarded, suspects in custody. What offences under the Sexual Offences Act 2003 apply?',
        'Neighbour. I called 999 an hour ago because a girl was screaming next door — police came, it was a teenage argument with her mum, everyone\'s fine. Should I follow up with social services?',
      ].sort(),
    );
  });
});

/**
 * A development file the classifier does not learn from, of calm messages beside live near-twins: every live one must
 * alarm (with a reason), and the calm side's false alarms are held to a ceiling, to come down. `each` is the exact number of
 * each kind; `atLeastEach` a floor. Every role writes in it.
 */
function heldToLiveAndCeiling(title: string, file: string, size: { each?: number; atLeastEach?: number; calmCeiling: number }): void {
  describe(`${title} (${file})`, () => {
    const messages = loadUrgentSet(join(EVAL_DIR, file))?.messages ?? [];
    const live = messages.filter((m) => m.urgent);
    const calm = messages.filter((m) => !m.urgent);

    it('has both kinds, from every role', () => {
      if (size.each !== undefined) expect([live.length, calm.length]).toEqual([size.each, size.each]);
      expect(Math.min(live.length, calm.length)).toBeGreaterThanOrEqual(size.atLeastEach ?? 1);
      expect(new Set(messages.map((m) => m.role))).toEqual(new Set(URGENT_ROLES));
    });

    it.each(live.map((m) => [m.text] as const))('its live message alarms: %s', (text) => {
      expect(verdict(text)).toEqual({ text, urgent: true, why: expect.any(String) });
    });

    it(`alarms on at most ${size.calmCeiling} of its calm messages`, () => {
      expect(evaluateUrgent(messages).falseAlarms.length).toBeLessThanOrEqual(size.calmCeiling);
    });
  });
}

/**
 * Issue 8, the eighth round: 100 calm/urgent pairs written blind from the protocol and the roles (over-now-twins-dev.json):
 * each calm message has the child safe now or the adult gone, its twin the same words with the risk live now. A development
 * set, read and tuned on, but not one the classifier learns from: it judges whether a calm rule silences a live twin. Every
 * live twin must alarm; its calm side's false alarms (65 of 100 today) may only come down.
 */
heldToLiveAndCeiling('calm and live twins written blind', 'over-now-twins-dev.json', { each: 100, calmCeiling: 65 });

/**
 * Issue 8, the eighth round: a repeated pattern with a child seen there now (the rule `seenNow`, which the classifier may not
 * veto) beside the same pattern with nobody there now (pattern-now-dev.json). Kept out of the files the classifier learns
 * from: learnt from, it lowered false alarms on several blind sets but lost an urgent message on one, and recall comes
 * first. Every live message must alarm; the calm side's false alarms (9 of 33 today) may only come down.
 */
heldToLiveAndCeiling('a repeated pattern, with a child there now or nobody', 'pattern-now-dev.json', { atLeastEach: 30, calmCeiling: 9 });

/**
 * Issue 8, the ninth round: live probes written before each calm rule, that look like its calm cases but are dangerous
 * (calm-guard-dev.json), beside the calm cases the rule is for. Not learnt from. Every live probe must alarm; the calm
 * side's false alarms may only come down: 2 of 10 before the "said safe now" rule, 0 after; class B's five calm messages
 * (the tester's three among them) then brought 4 of 15. Class B's rule took them to 1 and was taken out at the merge (it lost an
 * urgent message on a blind set), so 4 it is.
 */
heldToLiveAndCeiling('live probes written before each calm rule', 'calm-guard-dev.json', { atLeastEach: 10, calmCeiling: 4 });

/**
 * Issue 8: words written in a box of a form whose danger-now question was answered No are a record of the past. There a
 * message alarms only when it tells of now or about to (dialogs/danger/presentTense.ts); never one that says now.
 */
describe('a record of the past', () => {
  // Its own development file: not among the urgent-dev files the classifier is trained on and the chat's targets count.
  const inRecord = (loadUrgentSet(join(EVAL_DIR, 'record-of-past-dev.json'))?.messages ?? []).filter((m) => m.writtenIn === 'recordOfPast');

  it('has its own development file, both kinds', () => {
    expect([inRecord.filter((m) => m.urgent).length, inRecord.filter((m) => !m.urgent).length]).toEqual([expect.any(Number), expect.any(Number)]);
    expect(Math.min(inRecord.filter((m) => m.urgent).length, inRecord.filter((m) => !m.urgent).length)).toBeGreaterThanOrEqual(5);
  });

  it.each(
    (loadUrgentSet(join(EVAL_DIR, 'record-of-past-dev.json'))?.messages ?? []).filter((m) => m.urgent && m.writtenIn !== 'recordOfPast').map((m) => [m.text] as const),
  )('typed in the chat, its urgent messages alarm: %s', (text) => {
    expect({ text, urgent: detectDanger(text).urgent }).toEqual({ text, urgent: true });
  });

  it.each(inRecord.map((m) => [m.urgent ? 'urgent' : 'calm', m.text] as const))('%s there: %s', (kind, text) => {
    expect({ text, urgent: detectDangerInRecordOfPast(text).urgent, now: isDangerUrgentInRecordOfPast(text) }).toEqual({ text, urgent: kind === 'urgent', now: kind === 'urgent' });
  });

  it.each([
    ["man, 40s, bald, grey coat, held the boy's arm", false],
    ["man, 40s, bald, grey coat, he is holding the boy's arm now", true],
    ['Twice I saw older men in a grey car waiting for him at the gate after school.', false],
    ['the men are waiting at the gate now', true],
    ['she just left with him in the car', true],
    ["she's gone off with him", true],
    ["he's taking her home with him now", true],
    ['Man in his 50s, grey beard. He is still in the lobby.', true],
    ['he has a knife', true],
    ['help me', true],
  ] as const)('tells of now or about to, in the words the rules read: %s', (text, now) => {
    expect(toldAsNow(detectDangerByRules(text))).toBe(now);
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

  it.each(['looked', 'trying', 'talking', 'shared', 'policy', 'stable', 'drank', 'might', 'screening', 'staring'])('leaves an ordinary word one letter from a cue word alone: %s', (word) => {
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
  fear: 'he has taken her to his flat and she texted me scared',
  missing: 'our resident is missing right now',
  selfHarm: 'she says she is going to kill herself',
  weapon: 'the man has a machete',
};

describe('each cue class', () => {
  it.each(CUE_CLASSES.map((c) => [c, CLASS_EXAMPLES[c]] as const))('%s fires, and the message alarms: %s', (cueClass, text) => {
    const decision = detectDangerByRules(text);
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
    expect(detectDangerByRules(text).urgent).toBe(false);
  });

  it('a denial tempers only what it denies', () => {
    const decision = detectDangerByRules('she is not in danger now but he has a knife');
    expect(decision.urgent).toBe(true);
    expect(decision.cues).toContainEqual({ cueClass: 'weapon', matched: 'knife' });
  });

  it('a bare "now" beside a past event does not make it current', () => {
    expect(detectDangerByRules('she ran away from home when she was 14 but she is 17 now').urgent).toBe(false);
    expect(detectDangerByRules('she ran away from home and is still missing right now').urgent).toBe(true);
  });

  it('says why: the rule, the cues by class and the spelling it corrected', () => {
    expect(explainRules(detectDangerByRules('shes bein atacked rn'))).toBe('harmGoingOn: now("right now") now("now") harm("attacked") [immediate, specific, ongoing] {atacked->attacked}');
  });
});

/**
 * The cues and frames added so the detector generalises (a second development batch showed what the
 * first did not): each class with a message it must alarm on, and a near miss it must not.
 */
// Cue classes: the child's plea or signal, a call cut off, distress heard, words that say the adult is coming or knows where the
// child is, a risky adult parked up or of a stated age, a child not where they should be, drugs given, a drink spiked,
// self-harm signalled, a child who looks young seen now, a child crying now, photos taken of a child, not knowing how she got there.
const CUE_PAIRS: Array<[string, string]> = [
  ['she keeps looking at me and shaking her head when he speaks, they are at table 4', 'she shook her head when I asked if she wanted lunch'],
  ['my girl rang and all i heard was her saying "let me go"', 'let me go and check with the DSL first'],
  ['a girl asked for help then ran out and the man chased after her', 'a pupil asked for help with her homework'],
  ['mum says her daughter rang crying from a strange number and was cut off', 'she feels cut off from her friends since the move'],
  ['I can hear her crying and him shouting next door', 'I can hear you fine now, the line is clear'],
  ['a text on her phone says "we know where you are, coming to get you"', 'the school office knows where she is, she is in class'],
  ['boy in my class is getting texts saying pay by midnight or we come to your house', 'pay by friday or you lose your place on the trip'],
  ['the man who has been messaging my son is parked across the road from our house', 'we parked across the road from the school last week for the trip'],
  ['residential trip, 2am, her bed is empty and a car was seen in the lane', 'the beds are made and the dorm is tidy'],
  ['she is meant to be at a sleepover but her location shows a hotel in another town', 'she is meant to be doing her homework but is watching tv'],
  ['stopped a car, the driver is in his 40s and the passenger is a 13 year old girl who will not say who he is', 'my dad is in his 40s and drives a taxi'],
  ['a man has been giving a 12 year old drugs and took her round the back', 'the pharmacist has been giving her medicine for her asthma'],
  ['she just texted "i dont feel right, i think they put something in my drink"', 'she felt unwell after her drink at the school disco last month'],
  ['young person just sent a picture of her cuts and said tonight is the night', 'the school has had budget cuts this year'],
  ['the girl in room 12 looks about 13 and is with an older man', 'the girl in room 12 looked about 13 last weekend'],
  ['my 15 year old just called crying at 1am from a petrol station', 'my daughter was crying at 1am about her exams last month'],
  ['a man in the park is taking photos of a young girl while she changes', 'the parents are taking photos of the school play'],
  ['she is at a party and does not know how she got there', 'she does not know how she got an A in maths'],
];
// Frames: a case imagined, words about a record or an exercise (unless it is happening this minute), someone else's
// word that the child is fine, home but followed, a harm told in the past tense (with a past marker, whatever time the telling
// names), idioms and names of services, habits that are not now, and
// the writer's own sanction (a phone taken by a parent is not a phone taken by an exploiter).
const FRAME_PAIRS: Array<[string, string]> = [
  ['what if he comes back tonight, she is at his flat', 'what if a child says she is being held somewhere, what do i do'],
  ['im at football training and a man is trying to take a girl to his car', 'training scenario: a girl is locked in a hotel room, what should staff do'],
  ['i was writing up my notes and a girl just ran in saying a man is outside right now', 'writing up the case notes: the child describes being driven to parties and given drugs'],
  ['paramedic: girl semi conscious at a flat, the men are saying she is fine', 'the nurse says she is fine and she is at home with her mum'],
  ['she came home but a man is banging on the door and shouting for her', 'she came home this morning and is asleep'],
  ['she is being raped at a party', 'she disclosed that she was raped at a party over half term, she is at home with her parents'],
  ['she is in danger', 'she is in danger of failing her exams'],
  ['the child is missing', 'the child is missing her mum since the move'],
  ['a man keeps grabbing her arm outside right now', 'she keeps talking about a man she met on snapchat'],
  ['he is 15 and is in a car with older lads right now', 'in 2022 she was found at a hotel with men, she is 18 now'],
  ['a 14 year old needs emergency help, she is in his car', 'a 14 year old requested emergency contraception, what are my obligations'],
  ['she was assaulted an hour ago and he is still outside', 'she was trafficked two years ago and is now in a stable placement, does she still need a review'],
  ['he has taken her phone and will not let her leave', 'we took his ipad away from him at bedtime for a week'],
];

/**
 * The third round (urgent-dev-6, written blind, scored before it was read: recall 91.7 %, false alarms 9.0 %): classes of
 * message it showed the detector had fitted by word rather than by kind. Each pair is a message the class must alarm on and
 * a near miss it must not, written for the test (not taken from a development file).
 * Cues: the child's fear corroborates another danger and is never one alone; a condition put to the child with what follows
 * ("if you are not there by 8 we will come"); a demand for more images "or everyone sees"; the writer's clock time; control
 * of what the child may say; an adult with children who look young; gone or driven off with an adult; someone took a child;
 * police shorthand for a missing person and places that are risky whoever is there; an adult found with the child behind
 * closed curtains; a child not at home; a harm told as happening ("is hurting her"), wherever she is said to be.
 * Frames: "with us" denies only being with us (not "will not come with us" or "placed with us"); "no threats", "low risk",
 * "safe with her carers", "nothing happening", "they have checked out", "in bed now", "always comes home fine"; episodes
 * counted ("has run away a few times"); "what now" and "should I still" ask for a next step; a thing locked away; questions
 * about helplines, services, consent and whether something is a crime; a suspicion of a lasting condition ("might be being
 * groomed"); a sighting told ("was seen with"); a course, a lesson or a game; a broad time ("today") beside a denial; a
 * clock time told with its day ("at 3am last night"). Then: "later" only as a time to come ("was later found" is a story);
 * questions on how to recognise signs, on whether to tell someone, or on searching; the news, an article or a rumour;
 * "doing better" and being in treatment; a suspicion of dealing drugs; a weapon taken off a child; missing, drunk or
 * self-harm told only in the past tense; a time said with a return ("came home at 7") belongs to it; blocking a contact;
 * a safe house; stranded with no way home; "is that CSE", "is that normal"; a location far from where she said, or
 * stranded, told with a second cue; a clock time beside a past day ("at midnight on saturday") is that day's. A threat is not answered by the child being safe this minute; a harm told as happening to a particular
 * child alarms beside a question; whoever harmed the child being near again; an adult in a child's toilets or changing room.
 */
const ROUND_THREE_PAIRS: Array<[string, string]> = [
  ['a man brought a girl into the shop and she looks terrified', 'she is scared of spiders and of her new teacher'],
  ['texts say if you are not at the park by 8 we will come to your house', 'if you are not at the park by 8 the coach will leave without you'],
  ['a message says send another video by 9 or everyone sees the first one', 'send another photo of the trip so everyone can see it'],
  ['he says she has to be at the car park by 6 and it is 5 20 now', 'the club finished at 6 and it was 5 20 when we left'],
  ['the man with her at reception will not let her speak', 'she will not speak in class'],
  ['a guest has asked for a room away from others and is with two very young looking girls in school uniform', 'we sell school uniforms and school bags for young girls'],
  ['my son has gone with the man from the car park', 'my son has gone with the school to the museum'],
  ['someone took my son from the park', 'he took my son to football'],
  ['misper from care, her phone is showing at a trap house right now', 'misper report closed, she is home'],
  ['dad has just driven off with the 8 year old, contact is not allowed unsupervised', 'dad drove off with the shopping after contact'],
  ['staff found him in her bay with the curtains shut', 'staff found her phone in the bay'],
  ['a 14 year old in a flat with three adult men will not come with us', 'she is with us at the station now'],
  ['he keeps messaging her and says he will hurt her tonight', 'he keeps messaging her, no threats, she has blocked him'],
  ['she is not safe at home tonight', 'she is back and safe with her carers now, she had been at a house with older men'],
  ['she went missing again tonight', 'my daughter has run away a few times before'],
  ['she is in his car, what do i do now', 'the case conference ended and she went to foster care, what now'],
  ['she is locked in the store room', 'the phone is locked in the safe until the police collect it'],
  ['is there a helpline, she is being exploited right now at a party', 'is there a helpline for parents whose children are being exploited'],
  ['she is being exploited by men at a party right now', 'I am worried she might be being groomed, she has a new phone'],
  ['she is with older men at the park', 'she was seen with older men at the park'],
  ['i am on a course and a girl just ran in saying a man is hurting her friend outside', 'on a course about CSE they mentioned hotels being used'],
  ['a man is outside the school gates right now and the police have arrested his friend', 'a man was arrested outside the school gates today'],
  ['she came back drunk at 3am and now she will not wake up', 'she came back drunk at 3am last night and is asleep in bed now'],
  ['a man booked in with a young girl and they are in room 4 now', 'a guest stayed with a teenage girl at half term and they have left, should we still report it'],
  ['older lads are outside the shop buying kids food right now and one girl is crying', 'older lads hang around outside the shop after school, nothing happening now, who do i tell'],
  ['a pupil in my lesson says a man is waiting to take her to a party tonight', 'for a PSHE lesson, can a 15 year old consent to sex with a 16 year old'],
  ['our resident came back drunk and has collapsed in the hallway', 'our resident came back drunk last night and is in bed now'],
  ['my 15 year old is staying out till 2am with men and is not answering right now', 'my 16 year old stays out late at weekends but always comes home fine'],
  // Then from two more sets written for the purpose, each scored before it was studied:
  ['he is coming back later to take her', 'she went missing last year and was later found in a hotel'],
  ['a man is forcing a girl into his car outside, how do I tell the police where we are', 'how can I tell if a child is being trafficked through our hotel'],
  ['should I tell someone about the man who is in the girls changing room right now', 'should I tell the police about a car that keeps parking outside the school at home time'],
  ['the girl in the news tonight is in my hotel right now with two men', 'a parent posted on facebook that a man tried to lure kids into his van, is it true'],
  ['my daughter is doing better but her ex has just turned up with a knife', 'the pupil who was self harming is now seeing CAMHS and doing better'],
  ['he is being made to sell drugs at a flat tonight', 'I think a 14 year old on my estate is dealing drugs for older boys'],
  ['a pupil has a knife in the playground and is threatening another child', 'what do I do with the knife I confiscated from a pupil this morning'],
  ['the pupil is self harming in the toilets now', 'she told me she was drunk at a party once'],
  ['she is safe at home with her mum but he says he will kill her', 'she is safe at home with her mum and he has been arrested'],
  ['is there a helpline, my son is being held in a flat by dealers and they are beating him', 'is there a helpline for parents whose children are being bullied'],
  ['the nurse says she is stable but the men who hurt her are in the waiting room asking for her', 'the men who hurt her are in prison and she is stable'],
  ['there is a man in the girls toilets at the leisure centre with a young girl', 'a pupil keeps going to the toilets to use her phone'],
  ['she came home at 7 but has gone missing again now', 'she went missing overnight but came home at 7 this morning and is safe'],
  ['he has found her new account and says he is coming to her school today', 'a man online asked to meet her, she said no and blocked him'],
  ['the men have found the safe house and are outside now', 'the girl who was trafficked is now in a safe house and doing well'],
  ['a pupil has a gun in his bag right now', "can I search a pupil's bag if I think they have a knife"],
  ['my daughter says she is stranded at a services with a man she met online', 'the coach broke down and the class were stranded at the services last week'],
  ["she says she has no money to get home and he won't let her use his phone", 'is that normal for a 15 year old to have a 16 year old boyfriend'],
  ["her phone location is at a hotel 30 miles away and she said she was at a friend's", 'her phone location is at school, where she should be'],
  ['she is stranded at the station with two men she does not know', 'can I give a child a lift home if they are stranded'],
  ['it is midnight and she is at his flat drunk', 'she came home at midnight drunk on saturday, she is fine now, should I tell school'],
];

/** Classes learnt from urgent-dev-7.json after its first, blind measure, each in words of the developer's own. */
const ROUND_FIVE_PAIRS: Array<[string, string]> = [
  ['he wants another £200 by midnight or the pics go online', 'last year someone said pay or the pics go online, the police dealt with it and he was convicted'],
  ['text on his phone: be at the garages at 9 or you are dead', 'what happens at a strategy discussion'],
  ['a boy is sitting on the edge of the roof of the multi storey', 'we took the class to the edge of the cliff path on the geography trip'],
  ['a man is trying to abduct a girl outside the school right now', 'who can apply for an abduction warning notice for a 15 year old'],
  ['a girl is locked in a room at the hotel and screaming', 'a pupil wrote a story last term about a girl locked in a cellar, should i mention it'],
];

/** Classes learnt from urgent-dev-8.json (written blind, weighted to hard calm near-misses) after its untouched measure, each in words of the developer's own. */
const ROUND_EIGHT_PAIRS: Array<[string, string]> = [
  // Every negative contraction is read as its words, so a "not" is never lost: "werent in danger" is not "in danger".
  ['the girls werent safe in that flat and he is still there with them', 'the boys werent in danger, it was a water fight in the park yesterday'],
  // 999 as a call already made, or weighed against another route, is told of or asked about: what else is said still alarms.
  ['i have called 999 but they are not here yet and he is still hitting her', 'we rang 999 last night and the officers dealt with it, what paperwork do we fill in'],
  ['should i ring 999 or the dsl, a man has just pulled her into his car', 'a pupil told me something that worried me about her old school, is it 999 or a mash referral'],
  // "Emergency" naming a service or a placement ("emergency foster carers", "an emergency strategy meeting") is a name, not a cry.
  ['we are her emergency foster carers and she has just run off with two men', 'she has been placed with emergency foster carers since friday, what do we tell school'],
  // "If a pupil told me..." imagines a case as "if a pupil tells me" does; a child who did tell, and a now, still alarm.
  ['a girl told me a man is keeping her in his flat and she has to go back there tonight, what if she goes', 'if a pupil told me she was being kept in a flat by older men, who would i ring first'],
];

/** Outright alarm words read in context (a review found "she sought help" alarming): a report, a name, a question or a past event is no cry now. Each in words of the developer's own. */
const ALARM_WORDS_IN_CONTEXT_PAIRS: Array<[string, string]> = [
  // Help sought, received, offered or refused, told of someone, is a report of help; a plea told still alarms.
  ['my niece just messaged me help and nothing else', 'my niece has finally sought help'],
  ['she wants help, she says he will not let her go home', 'she said no when the youth worker offered her help'],
  // "Can you help" asks the assistant; with "please" it stays a plea.
  ['please can you help', 'i have a question about consent, can you help'],
  // Help with the writer's own task, help as a plan's purpose, and the writer asking how to help are no plea.
  ['help me get out of here', 'help me draft an email to the dsl about a pupil'],
  ['please someone help her', 'the team agreed a support plan to help him'],
  ['how can i help her, he is hitting her right now', 'how can we best help him settle at his new school'],
  // "Emergency" in a question of what to do in one or what counts as one, or as a medical name, is asked about or named.
  ['this is an emergency', 'who should a receptionist phone in an emergency at night'],
  ['is this an emergency, she is at his flat', 'does a missed contact visit count as an emergency'],
  ['emergency, she has taken pills', 'she had an emergency operation on her appendix last spring'],
  // An alarm word alone, told in the past tense beside a past marker and a word that it is over, is a past event; with a time it still alarms.
  ['she was in danger at his flat and is still there', 'she was in danger two years ago but she is settled with her foster carers now'],
  // A 999 call made is told of, as one rung already is.
  ['we have a 999 call from a girl in a car', 'her mum made a 999 call about the neighbours last month'],
  // A lesson's name, a relationship ending, children screaming in play, a note from a parent, a man assessed, a health term.
  ['a stranger is following her and she is in danger', 'year 3 had a stranger danger talk from the pcso'],
  ['two men dumped her outside a and e', 'her boyfriend dumped her last week and she is heartbroken'],
  ['a girl is screaming in the flat next door', 'the class were screaming with excitement on the coach to the zoo'],
  ['she held up a note at the window of the car', 'he handed me a note from his dad about his dentist appointment'],
  ['he is a danger to her', 'the probation officer says he is a danger to children in general'],
  ['she says she is not safe there tonight', 'a 16 year old asked the nurse about unsafe sex and testing'],
  ['a girl keeps ringing reception asking for help', 'he is always asking for help with his reading'],
];

// Words that read as danger only out of their context (a round on the everyday questions of knowledge/eval/questions.json):
// a law in force, a court bundle, a class that will not stop talking, the writer's own call to the police or sanction of a
// phone, a step that has to be done, the police already on their way, and a child back at her placement.
const EVERYDAY_WORDS_PAIRS: Array<[string, string]> = [
  ['he is forcing her to go with him now', 'is the 2017 protocol still in force'],
  ['two men bundled her into a van', 'our court bundle is over the page limit'],
  ['he will not stop hitting her', 'year 8 will not stop talking in maths'],
  ['call the police, he has got her', 'what do they ask when i call the police about a child i think is being exploited'],
  ['she has to be at his flat by 9 tonight', 'does the return interview have to be done within 72 hours'],
  ['he took her phone and will not let her leave', 'can we take a pupils phone off her if we think someone is grooming her through it'],
  ['a man is dragging her into a car, the police are on the way', 'the guests checked out and the police are on the way, can housekeeping clean the room'],
  // Back where she lives answers "missing", as "back in placement" did; "not (yet) back" is still missing.
  ['she is not yet back at her placement', 'she went missing from care last night, she is back at her placement now'],
  ['he is back at her placement now, banging on the door', 'she went missing on friday, she is back at her placement now'],
  ['she is missing, her phone is off, she is not back at her placement', 'he ran off from the unit yesterday, he is back at his placement now, who do i tell'],
  // The child left unsaid ("no disclosure, back at her placement now"), and a missing child found: the places were before.
  ['found at an address with 2 adult males, he is back at her placement now', 'attended a missing from care found at an address with 2 adult males, no disclosure, back at her placement now'],
  ['she is at an address with 2 adult males, her phone is off', 'misper found at an address with two adult males, returned to her carers'],
];

// Cues learnt from the everyday questions (urgent-dev-9.json), each in words of the developer's own: an adult buying drink for a
// child (as "plying" her), an adult answering for her with words between, an adult collecting a child, a child who ran off.
const QUESTION_CUE_PAIRS: Array<[CueClass, string, string]> = [
  ['harm', 'a man at the bar is buying shots for two teenage girls', 'dad is buying drinks for the staff party'],
  ['force', 'the man with her keeps answering all the questions for her', 'she is answering questions for her homework'],
  ['force', 'a stranger is collecting a pupil from the front office', 'mum collected the pupil from the front office at 3'],
  ['missing', 'a boy from our unit ran off an hour ago', 'the office ran off copies of the leaflet'],
];

describe('the cues learnt from the everyday questions', () => {
  it.each(QUESTION_CUE_PAIRS)('finds %s in "%s" and not in "%s"', (cueClass, positive, nearMiss) => {
    expect(detectDangerByRules(positive).cues.map((c) => c.cueClass)).toContain(cueClass);
    expect(detectDangerByRules(nearMiss).cues.map((c) => c.cueClass)).not.toContain(cueClass);
  });

  // Tried and dropped: a question about the law or a link put after the telling, read as asked about, took these away.
  it.each(['he has locked her in the flat, what offence is that', 'she has taken an overdose, could it be linked to cse'])('still alarms on "%s"', (text) => {
    expect(detectDanger(text).urgent).toBe(true);
  });
});

describe('the classes and frames that generalise', () => {
  it.each([...CUE_PAIRS, ...FRAME_PAIRS, ...ROUND_THREE_PAIRS, ...ROUND_FIVE_PAIRS, ...ROUND_EIGHT_PAIRS, ...ALARM_WORDS_IN_CONTEXT_PAIRS, ...EVERYDAY_WORDS_PAIRS])('alarms on "%s" and not on the near miss "%s"', (positive, nearMiss) => {
    const alarm = detectDangerByRules(positive);
    const calmOne = detectDangerByRules(nearMiss);
    expect({ positive, urgent: alarm.urgent, why: explainRules(alarm) }).toEqual({ positive, urgent: true, why: expect.any(String) });
    expect({ nearMiss, urgent: calmOne.urgent, why: explainRules(calmOne) }).toEqual({ nearMiss, urgent: false, why: expect.any(String) });
  });

  it('names the frame that tempered a message', () => {
    expect(detectDangerByRules('what if a child says she is being held somewhere').modifiers).toContain('supposed');
    expect(detectDangerByRules('training scenario: a girl is locked in a hotel room').modifiers).toContain('framed');
    expect(detectDangerByRules('i was writing up my notes and a girl just ran in saying a man is outside right now').modifiers).toEqual(expect.arrayContaining(['framed', 'immediate']));
  });

  it('never corrects spelling towards a word that only tempers: "supplying" is not "supposing"', () => {
    const { normalise } = createNormaliser(CUES_EN_GB);
    expect(normalise('adults are supplying drugs').text).toBe('adults are supplying drugs');
    expect(vocabularyOf(CUES_EN_GB).words.has('supposing')).toBe(false);
  });
});

/**
 * Issue 8, the seventh exploratory test: worries over, absent now or a repeated pattern, and their live twins. The rules
 * written for them were taken out (docs/architecture.md, "Over, absent now, or a repeated pattern"), so the file is kept
 * out of the urgent-dev files the classifier learns from and the chat's targets count, as record-of-past-dev.json is:
 * every live twin must alarm, and its false alarms may only come down.
 */
heldToLiveAndCeiling('worries over, absent now or a repeated pattern', 'over-now-dev.json', { atLeastEach: 20, calmCeiling: 24 });
