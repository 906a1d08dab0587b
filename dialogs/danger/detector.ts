import { CUE_CLASSES, MODIFIERS, type CueClass, type CueSet, type Modifier } from './cueSet.schema';
import { createNormaliser, type Normalised } from './normalise';
import { strip, wordPattern } from './patterns';
import { createNowClauseFinder, createRecentPastReader } from './pastClause';
import { createSafeNowReader } from './saidSafe';

/**
 * Does a message describe a child who may be in danger now? Recall first: a false alarm costs one
 * card, a miss could cost a child. Cues are found by class over the normalised message and then
 * combined; the decision says which cues fired and why, so it can be checked and explained.
 *
 *  - a case imagined ("what if a child says", "hypothetically") and words framed as something
 *    other than a child now (a training scenario, a statement, the news, a song, a definition)
 *    alarm on nothing, unless they say it is happening this minute ("right now");
 *  - alarm words ("in danger", "999", "help me", the child's own "let me go") alarm, unless the
 *    message asks about a procedure or is a general "what if", or the word alone is told in the past
 *    tense beside a past marker and a word that it is over ("she was in danger last year, she is safe now");
 *  - being held or taken, drunk or unconscious, self-harm, a weapon or missing alarm on their own,
 *    unless the message is only about the past, a procedure, or a general "what if";
 *  - harm, force and threats alarm when a time says now or soon ("tonight", "in 10 mins"), or the
 *    present tense says it is happening ("is being", "has got"), not the past; harm or a threat to
 *    a particular child alarms even with no time, unless it is told in the past tense ("she was
 *    raped") or the child is said to be safe now;
 *  - two of those told together (force in a risky place, harm with a threat, a risky place and the
 *    child's fear) alarm unless past, denied or a question; a harm told in the past tense does not
 *    count as one, and fear ("she is scared") never alarms on its own: it is a worry until it
 *    corroborates another danger;
 *  - a risky place or company alarms when a time says now, or when it is told in the present or
 *    with a second place or company, and nothing says it is past, denied or a question;
 *  - and in doubt, a particular child now with someone else or something worrying alarms.
 *
 * Names of orders and services ("emergency protection order", "A&E"), someone else's word that the
 * child is fine ("they're saying she's fine": it denies nothing), explicit denials with the time
 * said with them ("she is safe now", "not in danger") and past markers ("last year") are taken out
 * before cues are found, so they temper only what they say. Being found or home answers "missing"
 * only; being safe answers drunk, self-harm, and harm or a risky place told with no time.
 */

export interface CueHit {
  cueClass: CueClass;
  /** The words that matched, as normalised. */
  matched: string;
}

export interface RulesDecision {
  urgent: boolean;
  /** The rule that decided, for explanations and tests. */
  reason: 'alarm' | 'seenNow' | 'stillMissing' | 'lifeAtRiskNow' | 'harmGoingOn' | 'liveBesideSafe' | 'onItsOwn' | 'withNow' | 'inDoubt' | 'tempered' | 'noCue';
  /** A child said safe (or home) now with nothing live beside it: the claim tempers, and any time left is the telling's own. */
  saidSafeNow?: boolean;
  /** The clause told as now after a past marker ("…, today he turned up asking for her"), decided on its own (pastClause.ts). */
  clauseNow?: RulesDecision;
  cues: CueHit[];
  modifiers: Modifier[];
  normalised: Normalised;
}

const ON_ITS_OWN: readonly CueClass[] = ['captivity', 'intoxication', 'selfHarm', 'weapon', 'missing'];
const WITH_NOW: readonly CueClass[] = ['harm', 'force', 'threat'];
// Found, home, safe or getting help answers these, unless a time says it is still going on; never a weapon or being held.
const DENIABLE: readonly CueClass[] = ['missing', 'selfHarm', 'intoxication'];
// Beside a child said safe now, any of these is live (and a time now or to come that is not the telling's, and a threat told): danger named outright, or a danger that is its own alarm.
const LIVE_BESIDE_SAFE: readonly CueClass[] = ['alarm', ...ON_ITS_OWN];

/** Matches that say something new: "older men" inside "with two older men" is the same cue seen twice. */
function distinct(matches: string[]): string[] {
  const unique = [...new Set(matches)];
  return unique.filter((m) => !unique.some((other) => other !== m && other.includes(m)));
}

/** Danger named outright: beside a live claim of safety these keep their own name. */
const NAMED_OUTRIGHT: readonly RulesDecision['reason'][] = ['alarm', 'seenNow', 'stillMissing', 'lifeAtRiskNow'];
/** What the classifier may never take away (combined.ts): danger named outright, a harm going on, a live danger beside a claim of safety. */
export const OUTRIGHT_REASONS: readonly RulesDecision['reason'][] = [...NAMED_OUTRIGHT, 'harmGoingOn', 'liveBesideSafe'];

export interface DangerDetector {
  detect(text: string): RulesDecision;
}

export function createDangerDetector(cues: CueSet): DangerDetector {
  const normaliser = createNormaliser(cues);
  const names = [wordPattern(cues.names.join('|'))];
  const claims = cues.claims.length > 0 ? [wordPattern(cues.claims.join('|'))] : [];
  // One alternation per class finds whether it fires at all; only a class that fires is matched cue by cue, for the explanation.
  // Injuries she has now are harms, kept out of the spelling vocabulary (selfHarmNow.en-GB.ts).
  const cuePatterns = CUE_CLASSES.map((cueClass) => {
    const sources = [...(cues.cues[cueClass] ?? []), ...(cueClass === 'harm' ? cues.injuriesNow : [])];
    return { cueClass, any: new RegExp(`(?:^|\\b)(?:${sources.join('|')})(?:\\b|$)`), patterns: sources.map(wordPattern) };
  });
  const modifierPatterns = MODIFIERS.map((modifier) => ({ modifier, pattern: wordPattern((cues.modifiers[modifier] ?? []).join('|')) }));
  const modifierTests = modifierPatterns.map(({ modifier, pattern }) => ({ modifier, test: new RegExp(pattern.source) }));
  // A time said together with a denial belongs to the denial ("she is safe now"), not to a danger.
  const denials = [wordPattern(`(?:${[...(cues.modifiers.denial ?? []), ...(cues.modifiers.returned ?? [])].join('|')})(?: (?:${cues.denialTimes.join('|')}))?`)];
  // A harm told in the past tense ("she was raped") is a disclosure of what happened, not of what is happening.
  const toldAsPastBefore = new RegExp(`\\b(?:${cues.pastAuxiliaries.join('|')})(?: \\w+)? $`);
  // A harm told in the present progressive ("he is hurting her") is happening, wherever the child is said to be.
  const progressiveBefore = new RegExp(`\\b(?:${cues.progressiveAuxiliaries.join('|')}) $`);
  const passiveProgressiveBefore = new RegExp(`\\b(?:${cues.passiveProgressiveAuxiliaries.join('|')}) $`);
  const condition = new RegExp(`^(?:${cues.conditions.join('|')})$`);
  const progressive = new RegExp(`(?:${cues.progressiveEnding})$`);
  const habitVerb = new RegExp(`^${cues.harmAsHabit.verbs}(?: ${cues.harmAsHabit.object})?$`);
  const habitObjectAfter = new RegExp(`^ ${cues.harmAsHabit.object}\\b`);
  const notHabitBefore = new RegExp(cues.harmAsHabit.notBefore);
  // Issue 8, the eleventh round: a harm in the present simple with the child as its object ("he is the one who hits her") is a habit
  // going on; "at her dads" had answered it as a denial. "If he hits her", "he never hits her" and "it hurts her" are not.
  const toldAsHabit = (matched: string, before: string, after: string): boolean =>
    habitVerb.test(matched) && (/ /.test(matched) || habitObjectAfter.test(after)) && !notHabitBefore.test(before);
  const toldAsHappening = (matched: string, before: string, after: string): boolean =>
    !condition.test(matched) && (passiveProgressiveBefore.test(before) || (progressive.test(matched) && progressiveBefore.test(before)) || toldAsHabit(matched, before, after));
  const past = modifierPatterns.filter((p) => p.modifier === 'past').map((p) => p.pattern);
  const missingStill = new RegExp(`^(?:${cues.missingStill.join('|')})$`);
  const repeatedPattern = new RegExp(`(?:^|\\b)(?:${cues.repeatedPattern.join('|')})(?:\\b|$)`);
  // "No one is in there now" names no child: the sighting's subject may not follow a word that denies it.
  const seenNow = new RegExp(`(?:^|\\b)(?<!\\b(?:no|not|none|nobody|any) )(?:${cues.seenNow.join('|')})(?:\\b|$)`);
  const broadTime = new RegExp(`^(?:${cues.broadTimes.join('|')})$`);
  const clockTime = new RegExp(`^(?:${cues.clockTimes.join('|')})$`);
  const emergency = new RegExp(`^(?:${cues.emergencyNow.join('|')})$`);
  const selfHarmIntentNow = new RegExp(`(?:^|\\b)(?:${cues.selfHarmIntentNow.join('|')})(?:\\b|$)`);
  const { safeNowOf, presentState } = createSafeNowReader(cues, { cuePatterns, liveBesideSafe: LIVE_BESIDE_SAFE, modifierTests, denials, past });
  const ongoing = modifierTests.filter(({ modifier }) => modifier === 'ongoing');
  const pastEvent = new RegExp(`^(?:${cues.pastEventTimes.join('|')})$`);
  const nowClauseOf = createNowClauseFinder(cues, { past, denials });
  const recentPast = createRecentPastReader(cues, cuePatterns.filter(({ cueClass }) => cueClass === 'missing' || cueClass === 'captivity').map(({ any }) => any));

  const detectWhole = (normalised: Normalised): RulesDecision => {
    const unnamed = strip(normalised.text, names);
    const named = strip(unnamed, claims);
    const safeNow = safeNowOf(named, unnamed);
    // A claim of safety beside a live danger answers nothing: its words neither deny nor temper (its time still counts).
    // Issue 8, the ninth round: with nothing live beside it, the child said safe now in a named safe place or company ("shes safe at
    // home w mum now") is a denial with its time, so what is told in the past or as a pattern ("a man … has been making her send pics")
    // is a worry to refer, not an alarm; its "now" is the claim's, not the danger's. Live probes first: calm-guard-dev.json.
    const tempersBySafe = safeNow.said === 'tempers';
    const recentlyPast = recentPast.toldAsOver(named);
    const modifiers = modifierTests.filter(({ modifier, test }) => test.test(safeNow.said === 'live' ? safeNow.rest : named) || (modifier === 'denial' && tempersBySafe) || (modifier === 'past' && recentlyPast)).map((m) => m.modifier);
    // Denials and past markers temper only their own words: "not in danger, but he has a knife" still alarms.
    const scanned = strip(strip(strip(tempersBySafe ? safeNow.rest : named, denials), past), recentlyPast ? recentPast.patterns : []);
    // Issue 8, the twelfth round: beside a child said fine or safe now, a broad time is a habit's ("she meets older men after school, he
    // is at school today and fine"), not a danger's, unless something is told as going on or to come ("he is picking her up after school").
    const habitTimes = modifiers.includes('denial') && !ongoing.some(({ test }) => test.test(scanned));
    const hits: CueHit[] = [];
    const toldAsPast = new Set<CueHit>();
    const happening = new Set<CueHit>();
    for (const { cueClass, any, patterns } of cuePatterns) {
      if (!any.test(scanned)) continue;
      for (const pattern of patterns) {
        for (const match of scanned.matchAll(pattern)) {
          if (match[0].trim() === '') continue;
          const hit = { cueClass, matched: match[0].trim() };
          // "Turned up" beside a past marker tells when that past happened ("last month he turned up at the gates"), not a time now.
          if (cueClass === 'now' && ((pastEvent.test(hit.matched) && modifiers.includes('past')) || (habitTimes && broadTime.test(hit.matched)))) continue;
          hits.push(hit);
          const before = scanned.slice(0, match.index + match[0].indexOf(hit.matched));
          if ((WITH_NOW.includes(cueClass) || DENIABLE.includes(cueClass) || cueClass === 'alarm') && toldAsPastBefore.test(before)) toldAsPast.add(hit);
          else if (cueClass === 'harm' && toldAsHappening(hit.matched, before, scanned.slice(before.length + hit.matched.length))) happening.add(hit);
        }
      }
    }
    // Read after denials and past markers are taken out: "she is with us now" and "last night" see no child now.
    const patternSeenNow = repeatedPattern.test(named) && seenNow.test(scanned);
    const decided = decide({ hits, toldAsPast, happening, modifiers, normalised, patternSeenNow, selfHarmIntentNow: selfHarmIntentNow.test(scanned), presentNow: presentState.test(scanned), isMissingStill: (hit) => missingStill.test(hit.matched), isEmergency: (hit) => emergency.test(hit.matched), isBroadTime: (hit) => broadTime.test(hit.matched), isClockTime: (hit) => clockTime.test(hit.matched) });
    // Issue 8, the ninth round: a live danger beside a child said safe now is the danger this minute; the claim does not answer it
    // ("she is safe at home with her dad now but her dad is the one who hits her"), so the classifier may not take the alarm away.
    if (decided.urgent && safeNow.said === 'live' && !NAMED_OUTRIGHT.includes(decided.reason)) return { ...decided, reason: 'liveBesideSafe' };
    // Issue 8, the eleventh round: home named as the place of the harm beside "home now" puts her back where it happened, told in
    // whatever tense ("she is at home now, she was raped there"); only a case imagined or a framed text still comes first.
    if (safeNow.harmWhereSheIs && !modifiers.includes('supposed') && !modifiers.includes('framed')) return { ...decided, urgent: true, reason: 'liveBesideSafe' };
    return tempersBySafe ? { ...decided, saidSafeNow: true } : decided;
  };
  // A past marker tempers its own clause: a later clause opened by a time of now is decided on its own too (pastClause.ts), unless
  // the whole is a case imagined, a framed text or a general "what if", which the clause alone would no longer show.
  const detectNormalised = (normalised: Normalised): RulesDecision => {
    const decided = detectWhole(normalised);
    const has = (m: Modifier): boolean => decided.modifiers.includes(m);
    if (!has('past') || has('supposed') || has('framed') || (has('hypothetical') && !has('specific'))) return decided;
    const clause = nowClauseOf(normalised.text, recentPast.patterns);
    return clause === undefined || clause === normalised.text ? decided : { ...decided, clauseNow: detectNormalised({ text: clause, corrections: [] }) };
  };

  return { detect: (text) => detectNormalised(normaliser.normalise(text)) };
}

/** The combination rules, over the cues found and the modifiers that apply. */
interface Found {
  hits: CueHit[];
  toldAsPast: ReadonlySet<CueHit>;
  happening: ReadonlySet<CueHit>;
  modifiers: Modifier[];
  normalised: Normalised;
  /** A pattern that repeats and a child seen with the adult or in the place now (cues' `repeatedPattern` and `seenNow`). */
  patternSeenNow: boolean;
  /** A child's own words, said now, that she wants to die (cues' `selfHarmIntentNow`): "says she wants to die". */
  selfHarmIntentNow: boolean;
  /** Someone there now in a state that goes on (cues' `presentState`): "he is parked outside the school". */
  presentNow: boolean;
  /** A "missing" cue told as still going on ("has been missing since last night"). */
  isMissingStill: (hit: CueHit) => boolean;
  /** An intoxication cue that is a medical emergency now (cues' `emergencyNow`): "cannot wake", "unresponsive". */
  isEmergency: (hit: CueHit) => boolean;
  isBroadTime: (hit: CueHit) => boolean;
  isClockTime: (hit: CueHit) => boolean;
}

function decide({ hits, toldAsPast, happening, modifiers, normalised, patternSeenNow, selfHarmIntentNow, presentNow, isMissingStill, isEmergency, isBroadTime, isClockTime }: Found): RulesDecision {
  const fired = new Set(hits.map((h) => h.cueClass));
  const has = (m: Modifier) => modifiers.includes(m);
  const decision = (urgent: boolean, reason: RulesDecision['reason']): RulesDecision => ({ urgent, reason, cues: hits, modifiers, normalised });
  const noted = anyDangerCue(fired);
  // A case imagined, or words about a record, an exercise or the news, describe no child in danger now, unless they say "right now".
  if ((has('supposed') || has('framed')) && !has('immediate')) return decision(false, noted ? 'tempered' : 'noCue');
  // Issue 8, the eighth round: a pattern that repeats ("he keeps bringing girls to room 12") and a child seen there now ("theres
  // one in there now") is the pattern happening this minute. The pattern makes the sighting more serious, never less, so neither
  // the question beside it ("what should i do") nor a classifier that reads patterns as reports to pass on takes it away.
  if (patternSeenNow) return decision(true, 'seenNow');

  // A bare "now" beside a past event is the present of the telling ("she is 17 now"), not of the danger.
  const timeNamed = hits.some((h) => h.cueClass === 'now' && !(h.matched === 'now' && has('past')));
  const general = has('hypothetical') && !has('specific');
  const asked = has('procedure') || general;
  const tempered = has('past') || asked;
  const safe = has('denial');
  const current = timeNamed || (has('ongoing') && !tempered && !safe);

  // An alarm word told in the past tense beside a past marker, in a message that says it is over ("she was in danger two years
  // ago, she is settled now"), with nothing else of danger, no time and nothing told as going on, is a past event told, not a
  // cry now. Without a word that it is over the alarm stands: the rest may tell a present danger in words no cue knows.
  const onlyAlarmWords = hits.every((h) => h.cueClass === 'alarm');
  const over = has('denial') || has('returned');
  const toldOnlyOfThePast = onlyAlarmWords && has('past') && over && !has('ongoing') && hits.every((h) => toldAsPast.has(h));
  // Issue 8, the eleventh round: a child's own words, said now, that she wants to die are danger to her life named outright, whatever
  // past or history of self-harm is beside them ("was seen last year for self harm, today … says she wants to die" was vetoed).
  if (selfHarmIntentNow && fired.has('selfHarm') && (has('specific') || !asked) && !general) return decision(true, 'lifeAtRiskNow');
  const alarmNow = fired.has('alarm') && !toldOnlyOfThePast;
  if (alarmNow) return asked && !timeNamed ? decision(false, 'tempered') : decision(true, 'alarm');
  // Found or home answers "missing"; safe answers drunk or self-harm; unless a close time says it is still going on ("today" does not).
  // A bare "now" or a clock time beside a past marker belongs to the telling or to that past ("at midnight on saturday").
  const closeTime = hits.some((h) => h.cueClass === 'now' && !isBroadTime(h) && !((h.matched === 'now' || isClockTime(h)) && has('past')));
  // Issue 8, the eleventh round: a child who cannot be woken or is not breathing is a medical emergency no home or safety answers;
  // told as past ("she was unconscious"), or beside a past marker with no close time, it is as before.
  const emergencyNow = hits.some((h) => h.cueClass === 'intoxication' && isEmergency(h) && !toldAsPast.has(h)) && (!has('past') || closeTime);
  if (emergencyNow && (has('specific') || !asked) && !general) return decision(true, 'lifeAtRiskNow');
  const answeredBy = (c: CueClass): boolean => (c === 'missing' ? has('returned') || safe : DENIABLE.includes(c) && safe);
  // Missing, drunk or self-harm told only in the past tense ("the pupil who was self harming") is over, unless a close time says not.
  const toldOnlyAsPast = (c: CueClass): boolean => DENIABLE.includes(c) && hits.every((h) => h.cueClass !== c || toldAsPast.has(h));
  const ownClasses = ON_ITS_OWN.filter((c) => fired.has(c) && !((answeredBy(c) || toldOnlyAsPast(c)) && !closeTime));
  // A child still missing ("has been missing since last night") is missing now, whatever else the message tells of the past or
  // asks ("police took a report last week … what else can i do"); a general "what if" still asks about no child. "Missing since"
  // names when it began ("missing again since this morning"), so the classifier may not take it away. Issue 8, the tenth round: a
  // short follow-up names no child ("missing again since last night"): it is about the child under discussion unless it asks.
  const stillMissing = hits.filter((h) => h.cueClass === 'missing' && isMissingStill(h) && !toldAsPast.has(h));
  if (ownClasses.includes('missing') && stillMissing.length > 0 && (has('specific') || !asked) && !general) {
    return decision(true, stillMissing.some((h) => h.matched.endsWith(' since')) ? 'stillMissing' : 'onItsOwn');
  }
  if (ownClasses.length > 0 && (timeNamed || !tempered)) return decision(true, 'onItsOwn');
  // Harm or a threat to a particular child, told with no time at all and not in the past tense, may be happening still: when in doubt, alarm.
  const untimedHarm = hits.some((h) => (h.cueClass === 'harm' || h.cueClass === 'threat') && !toldAsPast.has(h));
  // A threat is about what comes next, so the child being safe this minute does not answer it.
  const untimedThreat = hits.some((h) => h.cueClass === 'threat' && !toldAsPast.has(h));
  const untimed = untimedHarm && has('specific') && !tempered && (!safe || untimedThreat);
  // Told as happening to a particular child, it alarms even beside a question ("is there a helpline, they are beating him").
  // Issue 8, the eleventh round: a harm going on is never taken away by the classifier, which read "mums new fella is the one who
  // films her" as calm (0.01); beside a word of safety ("she is at her nans … he touches her") it is a live danger beside a claim.
  if (happening.size > 0 && !has('past') && !general && (!asked || has('specific'))) return decision(true, safe ? 'liveBesideSafe' : 'harmGoingOn');
  // A harm in the past tense beside a past marker ("was trafficked two years ago") is past whatever time the telling names.
  const live = (c: CueClass): boolean => hits.some((h) => h.cueClass === c && !(toldAsPast.has(h) && has('past')));
  if (WITH_NOW.some(live) && (current || untimed)) return decision(true, 'withNow');
  // Two kinds of danger told together (force and a risky place, harm and a threat, a risky place and the child's fear)
  // corroborate each other; a harm told as past does not, and fear is never a danger on its own.
  const present = new Set(hits.filter((h) => !toldAsPast.has(h)).map((h) => h.cueClass));
  const kinds = WITH_NOW.filter((c) => present.has(c)).length + (fired.has('presence') ? 1 : 0) + (fired.has('fear') ? 1 : 0);
  if (kinds >= 2 && !tempered && !safe) return decision(true, 'withNow');
  const places = distinct(hits.filter((h) => h.cueClass === 'presence').map((h) => h.matched));
  // A risky place told with only a broad time ("today") beside a denial ("he was arrested") is over.
  // A question about a particular child in a risky place right now is a question about acting now.
  // Two risky places told of a child said to be back or found are where she was: a time, "right now" or something going on keeps them current.
  if (places.length > 0 && ((timeNamed && !asked && (!safe || closeTime)) || (has('immediate') && !general && !safe) || (((places.length > 1 && !has('returned')) || current) && !tempered && !safe))) return decision(true, 'withNow');
  // Issue 8, the ninth round: a risky place with someone told as there now in a state that goes on ("the man who was with her followed
  // us and is parked outside") is a place now, whatever denial, past or question is beside it; a general "what if" still asks of no one.
  if (places.length > 0 && presentNow && !general) return decision(true, 'withNow');
  // In doubt: a particular child, now (not merely "today" or "tomorrow"), with someone else or something worrying, and no question, past or denial.
  if (closeTime && has('specific') && has('concern') && !tempered && !safe) return decision(true, 'inDoubt');
  return decision(false, noted ? 'tempered' : 'noCue');
}

function anyDangerCue(fired: ReadonlySet<CueClass>): boolean {
  return [...ON_ITS_OWN, ...WITH_NOW, 'presence' as const, 'alarm' as const].some((c) => fired.has(c));
}
