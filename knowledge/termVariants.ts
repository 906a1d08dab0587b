import { lettersOf, type Postings } from './termPostings';
import type { Scratch } from './termScratch';

/** One query term as MiniSearch's search options would make it: match its longer forms, forgive slips, and its weight. */
export interface TermQuery {
  term: string;
  prefix: boolean;
  /** MiniSearch's fuzzy option: a share of the term's length (below 1) or an edit distance; false for none. */
  fuzzy: number | false;
  boost: number;
}

/** MiniSearch's weights of a prefix and a fuzzy match, and its largest edit distance. */
export interface VariantOptions {
  weights: { prefix: number; fuzzy: number };
  maxFuzzy: number;
}

/** MiniSearch's banded Levenshtein distance (its fuzzySearch), or more than `max` when farther. */
export function distanceWithin(query: string, term: string, max: number, matrix: Uint8Array): number {
  const n = query.length + 1;
  const m = term.length + 1;
  matrix.fill(max + 1, 0, m * n);
  for (let j = 0; j < n; j += 1) matrix[j] = j;
  for (let i = 1; i < m; i += 1) matrix[i * n] = i;
  for (let i = 1; i < m; i += 1) {
    const char = term[i - 1];
    const row = n * i;
    const prev = row - n;
    let least = matrix[row] ?? 0;
    const jmin = Math.max(0, i - max - 1);
    const jmax = Math.min(n - 1, i + max);
    for (let j = jmin; j < jmax; j += 1) {
      const replace = (matrix[prev + j] ?? 0) + (char === query[j] ? 0 : 1);
      const remove = (matrix[prev + j + 1] ?? 0) + 1;
      const insert = (matrix[row + j] ?? 0) + 1;
      const distance = Math.min(replace, remove, insert);
      matrix[row + j + 1] = distance;
      if (distance < least) least = distance;
    }
    if (least > max) return max + 1;
  }
  return matrix[m * n - 1] ?? max + 1;
}

/** How many bits of a are not in b (a population count). */
function bitsNotIn(a: number, b: number): number {
  let x = a & ~b;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Sorts a run of term ids by their place in the index's iteration, ascending or descending (a run is a few terms: insertion sort). */
function byPlace(ids: Int32Array, from: number, to: number, place: Int32Array, descending: boolean): void {
  const sign = descending ? -1 : 1;
  for (let i = from + 1; i < to; i += 1) {
    const id = ids[i] ?? 0;
    const key = sign * (place[id] ?? 0);
    let j = i - 1;
    while (j >= from && sign * (place[ids[j] ?? 0] ?? 0) > key) {
      ids[j + 1] = ids[j] ?? 0;
      j -= 1;
    }
    ids[j + 1] = id;
  }
}

/** The first term id in code-unit order that is not below `prefix`. */
function lowerBound(p: Postings, prefix: string): number {
  let lo = 0;
  let hi = p.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((p.terms[p.sorted[mid] ?? 0] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index terms a query term stands for, in the order MiniSearch adds them: the term itself, then
 * the terms it begins in the radix tree's iteration order, then the terms within its edit distance
 * (those it does not begin) in the fuzzy walk's order, which is that iteration's reverse. They are left in
 * the scratch's `derived`, each one's weight in its `weights`; the count is returned.
 */
export function variantsOf(query: TermQuery, p: Postings, s: Scratch, { weights, maxFuzzy }: VariantOptions): number {
  let n = 0;
  const exact = p.byTerm.get(query.term);
  if (exact !== undefined) {
    s.derived[n] = exact;
    s.weights[n] = 1;
    n += 1;
  }
  const prefixFrom = n;
  if (query.prefix) {
    for (let i = lowerBound(p, query.term); i < p.sorted.length; i += 1) {
      const id = p.sorted[i] ?? 0;
      const term = p.terms[id] ?? '';
      if (!term.startsWith(query.term)) break;
      if (term.length === query.term.length) continue;
      s.derived[n] = id;
      n += 1;
    }
    byPlace(s.derived, prefixFrom, n, p.place, false);
    for (let i = prefixFrom; i < n; i += 1) {
      const length = (p.terms[s.derived[i] ?? 0] ?? '').length;
      s.weights[i] = (weights.prefix * length) / (length + 0.3 * (length - query.term.length));
    }
  }
  const fuzzy = query.fuzzy === false ? 0 : query.fuzzy < 1 ? Math.min(maxFuzzy, Math.round(query.term.length * query.fuzzy)) : query.fuzzy;
  if (fuzzy > 0) {
    const fuzzyFrom = n;
    // Only terms of a near length, and of near enough letters, can be within the distance: the others are not measured.
    // The terms are met by length, not in id order; the sort below puts them in the index's order all the same.
    const letters = lettersOf(query.term);
    const shortest = Math.max(0, query.term.length - fuzzy);
    const longest = Math.min(p.lengthStarts.length - 2, query.term.length + fuzzy);
    // The distance matrix only when some term is of a near length: it grows with the square of the typed word, and a
    // word longer than any term would have asked for that square, kept in the scratch (16 MB for a 4,000-letter word).
    const cells = shortest > longest ? 0 : (query.term.length + 1) * (query.term.length + fuzzy + 1);
    if (s.matrix.length < cells) s.matrix = new Uint8Array(cells);
    for (let k = p.lengthStarts[shortest] ?? 0, end = shortest > longest ? k : (p.lengthStarts[longest + 1] ?? 0); k < end; k += 1) {
      const id = p.byLength[k] ?? 0;
      const termLetters = p.letters[id] ?? 0;
      if (bitsNotIn(letters, termLetters) > fuzzy || bitsNotIn(termLetters, letters) > fuzzy) continue;
      const term = p.terms[id] ?? '';
      if (query.prefix && term.startsWith(query.term)) continue;
      const distance = distanceWithin(query.term, term, fuzzy, s.matrix);
      if (distance === 0 || distance > fuzzy) continue;
      s.derived[n] = id;
      n += 1;
    }
    byPlace(s.derived, fuzzyFrom, n, p.place, true);
    for (let i = fuzzyFrom; i < n; i += 1) {
      const term = p.terms[s.derived[i] ?? 0] ?? '';
      s.weights[i] = (weights.fuzzy * term.length) / (term.length + distanceWithin(query.term, term, fuzzy, s.matrix));
    }
  }
  return n;
}
