/**
 * What the entries use, as the search reads it: every term with the number of entries that use it, and
 * which known word a typed word stands for ("ordr" → order, "buying" → buy), found through a
 * symmetric-deletion index rather than by comparing with every word.
 */

/** What the entries use, built once with the index. */
export interface Corpus {
  entries: number;
  /** How many entries use each (normalised) term. */
  df: ReadonlyMap<string, number>;
  /** Each word as the entries spell it, with its term: a typo is compared with the spelling ("meting" → "meeting"). */
  words: ReadonlyMap<string, string>;
  /** Everyday words, normalised: weighed as common whatever the entries say. */
  everyday: ReadonlySet<string>;
  /** Each word with its term, in the order met, and where to look for a word like a typed one (see nearIndex). */
  wordList: readonly (readonly [string, string])[];
  near: ReadonlyMap<string, readonly number[]>;
  /** Memo of the likeness look-ups (see knownAs), emptied when it grows past MAX_MEMO. */
  likeness: Map<string, string | undefined>;
  /** The length of the longest word or term: a typed word more than MAX_FORM_ENDING longer is like none of them. */
  longest: number;
}

const MAX_MEMO = 50_000;

/** The keys under which a word is found: itself and each one-letter deletion (a slip), and its longer stems (a word form). */
function nearKeys(word: string, ns: string): string[] {
  const keys = [`${ns}=${word}`];
  for (let i = 0; i < word.length; i += 1) keys.push(`${ns}=${word.slice(0, i)}${word.slice(i + 1)}`);
  for (let k = Math.max(4, word.length - 3); k <= word.length; k += 1) keys.push(`${ns}^${word.slice(0, k)}`);
  return keys;
}

/** Symmetric-deletion index: two words one edit apart (swaps included) share a deletion key; a word form shares a stem key. */
function nearIndex(wordList: readonly (readonly [string, string])[]): Map<string, number[]> {
  const near = new Map<string, number[]>();
  wordList.forEach(([w, t], i) => {
    for (const key of [...nearKeys(w, 'w'), ...nearKeys(t, 't')]) {
      const list = near.get(key);
      if (list === undefined) near.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return near;
}

/** The keys to look a typed word up by: the same as nearKeys, with every prefix down to four letters (the typed word may be the long form). */
function lookupKeys(word: string, ns: string): string[] {
  const keys = [`${ns}=${word}`];
  for (let i = 0; i < word.length; i += 1) keys.push(`${ns}=${word.slice(0, i)}${word.slice(i + 1)}`);
  for (let k = 4; k <= word.length; k += 1) keys.push(`${ns}^${word.slice(0, k)}`);
  return keys;
}

/** A corpus as plain JSON (what `npm run build` saves, knowledge/searchIndexCache.ts): its near-word index is made again from the words. */
export interface PlainCorpus {
  entries: number;
  df: [string, number][];
  /** The words with their terms, in the order met. */
  words: [string, string][];
  everyday: string[];
}

export const corpusOf = (tokensPerEntry: string[][], normalize: (token: string) => string | null, everyday: ReadonlySet<string>): Corpus =>
  corpusFrom(plainCorpusOf(tokensPerEntry, normalize, everyday));

export function corpusFrom(plain: PlainCorpus): Corpus {
  const wordList = plain.words;
  const longest = wordList.reduce((most, [w, t]) => Math.max(most, w.length, t.length), 0);
  return { entries: plain.entries, df: new Map(plain.df), words: new Map(wordList), everyday: new Set(plain.everyday), wordList, near: nearIndex(wordList), likeness: new Map(), longest };
}

export function plainCorpusOf(tokensPerEntry: string[][], normalize: (token: string) => string | null, everyday: ReadonlySet<string>): PlainCorpus {
  const df = new Map<string, number>();
  const words = new Map<string, string>();
  for (const tokens of tokensPerEntry) {
    const terms = new Set<string>();
    for (const token of tokens) {
      const term = normalize(token);
      if (term === null) continue;
      terms.add(term);
      words.set(token, term);
    }
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { entries: tokensPerEntry.length, df: [...df], words: [...words], everyday: [...everyday] };
}

/** Optimal string alignment distance, capped: an adjacent transposition counts as one edit. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length] ?? cap + 1;
}

/** The longest ending a word form adds ("buy" → "buying"); a typo is at most one letter longer (isLike). */
const MAX_FORM_ENDING = 3;

/** "buys" and "buying", "jumpy" and "jump": one is the other plus a short ending. */
const isWordForm = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= MAX_FORM_ENDING && long.startsWith(short);
};

const isLike = (a: string, b: string): boolean => isWordForm(a, b) || editDistance(a, b, 1) <= 1;

/**
 * The corpus term a question word stands for: its own term, or the term of an entry word it is a
 * word form or one-edit typo of ("ordr" → order). Only words of four letters or more are matched
 * by likeness: shorter ones are too easily some other word.
 */
export function knownAs(term: string, typed: string, corpus: Corpus): string | undefined {
  if (corpus.df.has(term)) return term;
  // A word longer than any the entries use by more than a word form's ending is like none of them. Its look-up keys
  // grow with the square of its length (a 4,000-letter word, as long as a typed message may be, took about a quarter
  // of a second, holding every other turn), and it is kept out of the memo, where each would have held its length.
  const limit = corpus.longest + MAX_FORM_ENDING;
  if (typed.length > limit && term.length > limit) return undefined;
  const key = `${term} ${typed}`;
  if (!corpus.likeness.has(key)) {
    if (corpus.likeness.size >= MAX_MEMO) corpus.likeness.clear();
    corpus.likeness.set(key, typed.length < 4 || /\d/.test(typed) ? undefined : firstLike(term, typed, corpus));
  }
  return corpus.likeness.get(key);
}

/** The first word (in the order met) like the typed word, or whose term is like its term: the candidates come from the index, the test is isLike. */
function firstLike(term: string, typed: string, corpus: Corpus): string | undefined {
  let first = Infinity;
  for (const key of [...lookupKeys(typed, 'w'), ...lookupKeys(term, 't')]) {
    for (const i of corpus.near.get(key) ?? []) {
      if (i >= first) break;
      const [w, t] = corpus.wordList[i] ?? ['', ''];
      if (isLike(typed, w) || isLike(term, t)) first = i;
    }
  }
  return corpus.wordList[first]?.[1];
}
