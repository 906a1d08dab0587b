/**
 * Spelling tolerance towards a fixed vocabulary (the cue words of a locale): a word one edit away
 * from a cue word of five letters or more (two edits from one of nine or more) is read as that cue
 * word, keeping its ending ("atacked" -> "attacked"). Candidates come from a deletion index, so a
 * message costs a few map look-ups per word, not a scan of the vocabulary.
 */

const ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly', 'y', 'en', 'n'];
// Shorter cue words have too many ordinary neighbours ("drunk", "drank").
const MIN_FUZZY = 6;
const TWO_EDITS_FROM = 9;
const SHORT_CUE = 6;

export interface Vocabulary {
  /** Whole cue words and stems (a stem takes any ending). */
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  keepAsTyped: ReadonlySet<string>;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/** How the rest of a word may follow a stem: an ending as it is, or after the stem's last letter doubled. */
const ENDING_FITS: ReadonlyArray<(stem: string, rest: string) => boolean> = [
  (_stem, rest) => ENDINGS.includes(rest),
  (stem, rest) => rest[0] === stem.at(-1) && ENDINGS.includes(rest.slice(1)),
];

const allowedEdits = (word: string): number => (word.length >= TWO_EDITS_FROM ? 2 : 1);

export interface SpellingCorrector {
  correct(token: string): string;
}

export function createSpellingCorrector(vocabulary: Vocabulary): SpellingCorrector {
  const index = new Map<string, string[]>();
  const add = (key: string, word: string): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  const targets = [...vocabulary.words, ...vocabulary.stems].filter((w) => w.length >= MIN_FUZZY);
  for (const word of targets) {
    const variants = new Set<string>([word]);
    deletions(word, allowedEdits(word), variants);
    for (const v of variants) add(v, word);
  }
  // No key of the index is longer than the longest target, and a word's variants are at most two letters shorter than it.
  const longestKey = Math.max(0, ...targets.map((w) => w.length));
  const stems = [...vocabulary.stems];
  const known = (token: string): boolean => vocabulary.words.has(token) || vocabulary.keepAsTyped.has(token) || stems.some((s) => token.startsWith(s));

  const nearest = (base: string): string | undefined => {
    // A far longer word can meet no key: its variants (about n² of them, n letters each) are not made.
    if (base.length - 2 > longestKey) return undefined;
    const variants = new Set<string>([base]);
    deletions(base, base.length >= TWO_EDITS_FROM - 1 ? 2 : 1, variants);
    let found: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const v of variants) {
      for (const candidate of index.get(v) ?? []) {
        // A slip of the first letter is rare; allowing it turns ordinary words into cue words ("trying" -> "crying").
        if (candidate[0] !== base[0]) continue;
        // Words that differ only at the end are two forms of one word ("drives", "driven"): the patterns decide those.
        if (sharedPrefix(base, candidate) >= Math.min(base.length, candidate.length) - 1) continue;
        // Two edits only between words of about the same length: "station" is not "situation". A
        // six-letter cue word takes only a letter missed or doubled: one letter changed is too often
        // another ordinary word ("showed", "shoved").
        if (candidate.length <= SHORT_CUE && base.length === candidate.length) continue;
        const allowed = Math.abs(base.length - candidate.length) <= 1 ? allowedEdits(candidate) : 1;
        const d = editDistance(base, candidate, allowed);
        // Ties go to the first in vocabulary order, so the result never depends on the message.
        if (d <= allowed && d < bestDistance) {
          bestDistance = d;
          found = candidate;
        }
      }
    }
    return found;
  };

  const correctUncached = (token: string): string => {
    if (token.length < MIN_FUZZY || !/^[a-z]+$/.test(token) || known(token)) return token;
    for (const ending of ENDINGS) {
      if (!token.endsWith(ending)) continue;
      const base = token.slice(0, token.length - ending.length);
      if (base.length < MIN_FUZZY - 1) continue;
      const match = nearest(base);
      if (match !== undefined && (ending === '' || vocabulary.stems.has(match) || match.length >= MIN_FUZZY)) return match + ending;
    }
    // A stem followed by an ending, the slip inside the stem: "stranggled" -> "strangl" + "ed"; an
    // ending may double the stem's last letter ("kindapped" -> "kidnap" + "ped"), tried second.
    for (const endingFits of ENDING_FITS) {
      for (const stem of vocabulary.stems) {
        // Every cut keeps the token's first letter, which must be the stem's: checked once, before any cut is made.
        if (stem.length < MIN_FUZZY || token.length <= stem.length || token[0] !== stem[0]) continue;
        for (const cut of [stem.length, stem.length + 1, stem.length - 1]) {
          const head = token.slice(0, cut);
          const rest = token.slice(cut);
          if (head !== stem && head[0] === stem[0] && endingFits(stem, rest) && editDistance(head, stem, 1) <= 1) return stem + rest;
        }
      }
    }
    return token;
  };

  // Nothing is remembered between calls: the words are what people typed, and none is kept past its turn.
  return { correct: correctUncached };
}
