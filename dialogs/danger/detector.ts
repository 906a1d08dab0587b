import { CUE_CLASSES, MODIFIERS, type CueClass, type CueSet, type Modifier } from './cueSet.schema';
import { createNormaliser, type Normalised } from './normalise';

/**
 * Does a message describe a child who may be in danger now? Recall first: a false alarm costs one
 * card, a miss could cost a child. Cues are found by class over the normalised message and then
 * combined; the decision says which cues fired and why, so it can be checked and explained.
 *
 *  - alarm words ("in danger", "999", "help me") alarm, unless the message asks about a procedure
 *    or is a general "what if";
 *  - being held or taken, drunk or unconscious, self-harm, a weapon or missing alarm on their own,
 *    unless the message is only about the past, a procedure, or a general "what if";
 *  - harm, force and threats alarm when a time says now or soon ("tonight", "in 10 mins"), or the
 *    present tense says it is happening ("is being", "has got"), not the past; harm or a threat to
 *    a particular child alarms even with no time;
 *  - two of those told together (force in a risky place, harm with a threat) alarm unless past,
 *    denied or a question;
 *  - a risky place or company alarms when a time says now, or when it is told in the present or
 *    with a second place or company, and nothing says it is past, denied or a question;
 *  - and in doubt, a particular child now with someone else or something worrying alarms.
 *
 * Names of orders and services ("emergency protection order", "A&E"), explicit denials ("she is
 * safe now", "not in danger") and past markers ("last year") are taken out before cues are found,
 * so they temper only what they say.
 */

export interface CueHit {
  cueClass: CueClass;
  /** The words that matched, as normalised. */
  matched: string;
}

export interface DangerDecision {
  urgent: boolean;
  /** The rule that decided, for explanations and tests. */
  reason: 'alarm' | 'onItsOwn' | 'withNow' | 'inDoubt' | 'tempered' | 'noCue';
  cues: CueHit[];
  modifiers: Modifier[];
  normalised: Normalised;
}

const ON_ITS_OWN: readonly CueClass[] = ['captivity', 'intoxication', 'selfHarm', 'weapon', 'missing'];
const WITH_NOW: readonly CueClass[] = ['harm', 'force', 'threat'];
// Found, home, safe or getting help answers these, unless a time says it is still going on; never a weapon or being held.
const DENIABLE: readonly CueClass[] = ['missing', 'selfHarm', 'intoxication'];

/** Matches that say something new: "older men" inside "with two older men" is the same cue seen twice. */
function distinct(matches: string[]): string[] {
  const unique = [...new Set(matches)];
  return unique.filter((m) => !unique.some((other) => other !== m && other.includes(m)));
}

const wordPattern = (source: string): RegExp => new RegExp(`(?:^|\\b)(?:${source})(?:\\b|$)`, 'g');

export interface DangerDetector {
  detect(text: string): DangerDecision;
}

export function createDangerDetector(cues: CueSet): DangerDetector {
  const normaliser = createNormaliser(cues);
  const names = [wordPattern(cues.names.join('|'))];
  // One alternation per class finds whether it fires at all; only a class that fires is matched cue by cue, for the explanation.
  const cuePatterns = CUE_CLASSES.map((cueClass) => {
    const sources = cues.cues[cueClass] ?? [];
    return { cueClass, any: new RegExp(`(?:^|\\b)(?:${sources.join('|')})(?:\\b|$)`), patterns: sources.map(wordPattern) };
  });
  const modifierPatterns = MODIFIERS.map((modifier) => ({ modifier, pattern: wordPattern((cues.modifiers[modifier] ?? []).join('|')) }));
  const modifierTests = modifierPatterns.map(({ modifier, pattern }) => ({ modifier, test: new RegExp(pattern.source) }));
  const modifierOf = (m: Modifier): RegExp[] => modifierPatterns.filter((p) => p.modifier === m).map((p) => p.pattern);

  const strip = (text: string, patterns: RegExp[]): string => patterns.reduce((acc, p) => acc.replace(p, ' | '), text);

  return {
    detect(text) {
      const normalised = normaliser.normalise(text);
      const named = strip(normalised.text, names);
      const modifiers = modifierTests.filter(({ test }) => test.test(named)).map((m) => m.modifier);
      // Denials and past markers temper only their own words: "not in danger, but he has a knife" still alarms.
      const scanned = strip(strip(named, modifierOf('denial')), modifierOf('past'));
      const hits: CueHit[] = [];
      for (const { cueClass, any, patterns } of cuePatterns) {
        if (!any.test(scanned)) continue;
        for (const pattern of patterns) {
          for (const match of scanned.matchAll(pattern)) if (match[0].trim() !== '') hits.push({ cueClass, matched: match[0].trim() });
        }
      }
      const fired = new Set(hits.map((h) => h.cueClass));
      const has = (m: Modifier) => modifiers.includes(m);
      const decision = (urgent: boolean, reason: DangerDecision['reason']): DangerDecision => ({ urgent, reason, cues: hits, modifiers, normalised });

      // A bare "now" beside a past event is the present of the telling ("she is 17 now"), not of the danger.
      const timeNamed = hits.some((h) => h.cueClass === 'now' && !(h.matched === 'now' && has('past')));
      const general = has('hypothetical') && !has('specific');
      const tempered = has('past') || has('procedure') || general;
      const current = timeNamed || (has('ongoing') && !tempered);

      if (fired.has('alarm')) return (has('procedure') || general) && !timeNamed ? decision(false, 'tempered') : decision(true, 'alarm');
      // Someone found, home or safe answers "missing", unless a time says it is still going on.
      const ownClasses = ON_ITS_OWN.filter((c) => fired.has(c) && !(DENIABLE.includes(c) && has('denial') && !timeNamed));
      if (ownClasses.length > 0 && (timeNamed || !tempered)) return decision(true, 'onItsOwn');
      // Harm or a threat to a particular child, told with no time at all, may be happening still: when in doubt, alarm.
      const untimed = (fired.has('harm') || fired.has('threat')) && has('specific') && !tempered;
      if (WITH_NOW.some((c) => fired.has(c)) && (current || untimed)) return decision(true, 'withNow');
      // Two kinds of danger told together (force and a risky place, harm and a threat) corroborate each other.
      const kinds = WITH_NOW.filter((c) => fired.has(c)).length + (fired.has('presence') ? 1 : 0);
      if (kinds >= 2 && !tempered && !has('denial')) return decision(true, 'withNow');
      const places = distinct(hits.filter((h) => h.cueClass === 'presence').map((h) => h.matched));
      if (places.length > 0 && (timeNamed || ((places.length > 1 || current) && !tempered && !has('denial')))) return decision(true, 'withNow');
      // In doubt: a particular child, now, with someone else or something worrying, and no question, past or denial.
      if (timeNamed && has('specific') && has('concern') && !tempered && !has('denial')) return decision(true, 'inDoubt');
      return decision(false, ownClasses.length > 0 || places.length > 0 || WITH_NOW.some((c) => fired.has(c)) ? 'tempered' : 'noCue');
    },
  };
}
