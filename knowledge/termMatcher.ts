import type MiniSearch from 'minisearch';
import { type MatchOptions, type PlainPostings, postingsFrom, termPostingsOf } from './termPostings';
import { Scratch } from './termScratch';
import { type TermQuery, variantsOf } from './termVariants';

/**
 * The first stage's term matching, as MiniSearch 7 scores it (BM25 per field, a query term also
 * matching the index's terms it begins and the terms one slip from it), without MiniSearch's
 * per-search Maps and objects: their allocation put a young-generation garbage collection in every
 * few searches and so in the search's p99 (BENCHMARKS.md). The postings and each one's BM25 are
 * read once from the built index's documented serialisation (`toJSON`); a search works in arrays
 * allocated once and reused (knowledge/termPostings.ts reads the postings, knowledge/termScratch.ts
 * holds the arrays). The results are MiniSearch's own, to the bit: the same terms are added
 * in the same order (knowledge/termVariants.ts), so scores and ties come out the same
 * (test/knowledge/termMatcher.test.ts compares them over every evaluation question).
 */

/** The documents a search met, in the order MiniSearch first met them; read through the accessors until the next search. */
export interface TermMatches {
  readonly size: number;
  /** The i-th document met (its short id). */
  doc(i: number): number;
  /** MiniSearch's `score`: the summed BM25 times the number of query terms met. */
  score(doc: number): number;
  /** How many of the query terms the document met (MiniSearch's `queryTerms.length`). */
  termCount(doc: number): number;
  /** Whether the document met the q-th query term. */
  met(doc: number, q: number): boolean;
  /** MiniSearch's `match`: each index term met in the document, with the fields it was met in. Built on demand. */
  match(doc: number): Record<string, string[]>;
}

export interface TermMatcher {
  readonly documents: number;
  /** The document's own id. */
  idOf(doc: number): string;
  /** Matches the query terms; `boostDocument` is asked once per document per search. */
  search(terms: readonly TermQuery[], boostDocument: (id: string) => number): TermMatches;
}

const DEFAULT_WEIGHTS = { prefix: 0.375, fuzzy: 0.45 };

export const createTermMatcher = (index: MiniSearch<never> | MiniSearch<object>, options: MatchOptions): TermMatcher => termMatcherFrom(termPostingsOf(index, options), options);

/** The matcher over postings read before (termPostingsOf), here or by the build; `options` are those they were read with. */
export function termMatcherFrom(plain: PlainPostings, options: MatchOptions): TermMatcher {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const maxFuzzy = options.maxFuzzy ?? 6;
  const fields = options.boost.map(([field]) => field);
  if (fields.join('\n') !== plain.fields.join('\n')) throw new Error('term matcher: the postings were read for other fields');
  const fieldBoosts = options.boost.map(([, boost]) => boost);
  const F = fields.length;
  const p = postingsFrom(plain);
  const { ids } = plain;
  const documents = ids.length;
  const s = new Scratch(documents, p.terms.length);
  const variantOptions = { weights, maxFuzzy };

  /** Whether the document holds the term in field f (a run is in ascending document order). */
  const holds = (term: number, f: number, doc: number): boolean => {
    let lo = p.runs[term * F + f] ?? 0;
    let hi = p.runs[term * F + f + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = p.docs[mid] ?? 0;
      if (at === doc) return true;
      if (at < doc) lo = mid + 1;
      else hi = mid;
    }
    return false;
  };

  let asked: readonly TermQuery[] = [];
  let boostDocument: (id: string) => number = () => 1;
  const boostOf = (doc: number): number => {
    if (s.boostStamp[doc] !== s.search) {
      s.boostStamp[doc] = s.search;
      s.boosts[doc] = boostDocument(ids[doc] ?? '');
    }
    return s.boosts[doc] ?? 0;
  };

  /** One query term's BM25 into each document it meets, summed per document in MiniSearch's order, then added to the totals. */
  const add = (q: number): void => {
    const query = asked[q];
    if (query === undefined) return keep(q, 0);
    s.part_ += 1;
    let touched = 0;
    const n = variantsOf(query, p, s, variantOptions);
    keep(q, n);
    for (let k = 0; k < n; k += 1) {
      const term = s.derived[k] ?? 0;
      const weight = s.weights[k] ?? 0;
      for (let f = 0; f < F; f += 1) {
        const fieldBoost = fieldBoosts[f] ?? 1;
        for (let i = p.runs[term * F + f] ?? 0, end = p.runs[term * F + f + 1] ?? 0; i < end; i += 1) {
          const doc = p.docs[i] ?? 0;
          const docBoost = boostOf(doc);
          if (!docBoost) continue;
          const weighted = weight * query.boost * fieldBoost * docBoost * (p.raw[i] ?? 0);
          if (s.partStamp[doc] === s.part_) {
            s.part[doc] = (s.part[doc] ?? 0) + weighted;
            continue;
          }
          s.partStamp[doc] = s.part_;
          s.part[doc] = weighted;
          s.touched[touched] = doc;
          touched += 1;
          if (s.seenStamp[doc] === s.search) continue;
          s.seenStamp[doc] = s.search;
          s.total[doc] = 0;
          s.counts[doc] = 0;
          s.order[s.size] = doc;
          s.size += 1;
        }
      }
    }
    for (let t = 0; t < touched; t += 1) {
      const doc = s.touched[t] ?? 0;
      s.total[doc] = (s.total[doc] ?? 0) + (s.part[doc] ?? 0);
      s.counts[doc] = (s.counts[doc] ?? 0) + 1;
      s.metBits[doc * s.words + (q >>> 5)] = (s.metBits[doc * s.words + (q >>> 5)] ?? 0) | (1 << (q & 31));
    }
  };

  const keep = (q: number, n: number): void => {
    const start = s.from[q] ?? 0;
    if (s.expanded.length < start + n) {
      const more = new Int32Array(Math.max(2 * s.expanded.length, start + n));
      more.set(s.expanded);
      s.expanded = more;
    }
    for (let k = 0; k < n; k += 1) s.expanded[start + k] = s.derived[k] ?? 0;
    s.from[q + 1] = start + n;
  };

  const matchOf = (doc: number): Record<string, string[]> => {
    const match: Record<string, string[]> = {};
    for (let q = 0; q < asked.length; q += 1) {
      for (let k = s.from[q] ?? 0, end = s.from[q + 1] ?? 0; k < end; k += 1) {
        const term = s.expanded[k] ?? 0;
        let where: string[] | undefined;
        for (let f = 0; f < F; f += 1) if (holds(term, f, doc)) (where ??= []).push(fields[f] ?? '');
        if (where !== undefined) match[p.terms[term] ?? ''] = where;
      }
    }
    return match;
  };

  const matches: TermMatches = {
    get size() {
      return s.size;
    },
    doc: (i) => s.order[i] ?? 0,
    score: (doc) => (s.total[doc] ?? 0) * (s.counts[doc] || 1),
    termCount: (doc) => s.counts[doc] ?? 0,
    met: (doc, q) => ((s.metBits[doc * s.words + (q >>> 5)] ?? 0) & (1 << (q & 31))) !== 0,
    match: matchOf,
  };

  return {
    documents,
    idOf: (doc) => ids[doc] ?? '',
    search(terms, boost) {
      asked = terms;
      boostDocument = boost;
      s.begin(documents, terms.length);
      for (let q = 0; q < terms.length; q += 1) add(q);
      return matches;
    },
  };
}
