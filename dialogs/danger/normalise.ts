import { MODIFIERS, TEMPERING_MODIFIERS, type CueSet } from './cueSet.schema';
import { createSpellingCorrector, type SpellingCorrector } from './spelling';

/**
 * A message as the cue patterns read it: lower case, apostrophes dropped ("she's" -> "shes"),
 * every other mark a space, digits split from letters ("10mins" -> "10 mins"), text-speak and
 * contractions rewritten from the locale's table, and each word spelling-corrected towards the
 * locale's cue words. What was corrected is kept, so a decision can be explained.
 */

export interface Normalised {
  text: string;
  corrections: Array<{ from: string; to: string }>;
}

export interface Normaliser {
  normalise(text: string): Normalised;
}

/** Punctuation and case only: what the router's command patterns match against. */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "2" reads as "to" only before words that cannot be counted: "refusing 2 leave", not "2 men".
const TO_BEFORE = new Set(['a', 'the', 'his', 'her', 'their', 'my', 'leave', 'go', 'come', 'meet', 'get', 'be', 'see', 'school', 'party', 'help', 'take', 'pay']);

/**
 * The words of a pattern that spelling may be corrected towards; those followed by `\w*` are stems.
 * Words that only temper an alarm are left out: "supplying" must never become "supposing".
 */
export function vocabularyOf(cues: CueSet): { words: Set<string>; stems: Set<string> } {
  const words = new Set<string>();
  const stems = new Set<string>();
  const tempering: ReadonlySet<string> = new Set(TEMPERING_MODIFIERS);
  const supporting = MODIFIERS.filter((m) => !tempering.has(m)).flatMap((m) => cues.modifiers[m] ?? []);
  const sources = [...Object.values(cues.cues).flat(), ...supporting];
  for (const source of sources) {
    for (const match of source.matchAll(/(?<![\\?])\b([a-z]{4,})(\\w\*)?/g)) {
      const word = match[1];
      if (word === undefined) continue;
      if (match[2] === undefined) words.add(word);
      else stems.add(word);
    }
  }
  return { words, stems };
}

/** Text-speak drops the last g ("hurtin", "screamin"): put it back, unless the word is one that ends in "in" ("cousin"). */
function droppedGFor(keepAsTyped: ReadonlySet<string>, words: ReadonlySet<string>): (word: string) => string {
  return (word) => (/^[a-z]{2,}[^aeiou]in$/.test(word) && !keepAsTyped.has(word) && !words.has(word) ? `${word}g` : word);
}

export function createNormaliser(cues: CueSet): Normaliser {
  const { words, stems } = vocabularyOf(cues);
  const speller: SpellingCorrector = createSpellingCorrector({ words, stems, keepAsTyped: new Set(cues.keepAsTyped) });
  const rewrites = new Map(Object.entries(cues.rewrites));
  const droppedG = droppedGFor(new Set(cues.keepAsTyped), words);
  return {
    normalise(text) {
      const corrections: Normalised['corrections'] = [];
      const raw = simplify(text).split(' ').filter((w) => w !== '');
      const expanded = raw.flatMap((w) => rewrites.get(w)?.split(' ') ?? (/\d/.test(w) ? w.replace(/(\d)([a-z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2').split(' ') : [w]));
      const out = expanded.flatMap((word, i) => {
        if (word === '2' && TO_BEFORE.has(expanded[i + 1] ?? '')) return ['to'];
        const rewritten = rewrites.get(word);
        if (rewritten !== undefined) return rewritten.split(' ');
        const corrected = speller.correct(droppedG(word));
        if (corrected !== word) corrections.push({ from: word, to: corrected });
        return [corrected];
      });
      return { text: out.join(' '), corrections };
    },
  };
}
