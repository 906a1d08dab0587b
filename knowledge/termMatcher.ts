import type MiniSearch from 'minisearch';
import { packFloat64, packInt32, unpackFloat64, unpackInt32 } from './packedNumbers';

/**
 * The first stage's term matching, as MiniSearch 7 scores it (BM25 per field, a query term also
 * matching the index's terms it begins and the terms one slip from it), without MiniSearch's
 * per-search Maps and objects: their allocation put a young-generation garbage collection in every
 * few searches and so in the search's p99 (BENCHMARKS.md). The postings and each one's BM25 are
 * read once from the built index's documented serialisation (`toJSON`); a search works in arrays
 * allocated once and reused. The results are MiniSearch's own, to the bit: the same terms are added
 * in the same order (see `ordered`), so scores and ties come out the same
 * (test/knowledge/termMatcher.test.ts compares them over every evaluation question).
 */

/** One query term as MiniSearch's search options would make it: match its longer forms, forgive slips, and its weight. */
export interface TermQuery {
  term: string;
  prefix: boolean;
  /** MiniSearch's fuzzy option: a share of the term's length (below 1) or an edit distance; false for none. */
  fuzzy: number | false;
  boost: number;
}

/** MiniSearch's search options that bear on the score, as the index was searched with them. */
export interface MatchOptions {
  /** Field boosts, in the order MiniSearch visits the fields (its `fields` option's). */
  boost: ReadonlyArray<readonly [field: string, boost: number]>;
  weights?: { prefix: number; fuzzy: number };
  maxFuzzy?: number;
  bm25?: { k: number; b: number; d: number };
}

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
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const SERIALIZATION_VERSION = 2;

/** MiniSearch's BM25+ of one term in one field of one document. */
const bm25 = (termFreq: number, matching: number, total: number, fieldLength: number, average: number, p: { k: number; b: number; d: number }): number => {
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (p.d + (termFreq * (p.k + 1)) / (termFreq + p.k * (1 - p.b + (p.b * fieldLength) / average)));
};

/**
 * The postings as plain JSON (what `npm run build` saves, knowledge/searchIndexCache.ts): the documents'
 * own ids by short id, the terms in the index's iteration order, and per term and field a run of
 * (document, BM25) in ascending document order, as MiniSearch holds them.
 */
export interface PlainPostings {
  /** The fields in the order of the runs; a matcher is made only with its boosts in this order. */
  fields: string[];
  ids: string[];
  terms: string[];
  /** start of term t's run for field f at [t * fields + f], its end at the next slot; then the runs' documents and BM25s (knowledge/packedNumbers.ts). */
  runs: string;
  docs: string;
  raw: string;
}

interface Postings {
  terms: string[];
  /** Each term's place in the index's own iteration order (MiniSearch's radix tree, as `toJSON` walks it). */
  place: Int32Array;
  /** Term ids in code-unit order, so the terms a prefix begins are one run. */
  sorted: Int32Array;
  byTerm: Map<string, number>;
  runs: Int32Array;
  docs: Int32Array;
  raw: Float64Array;
}

/** The postings and each one's BM25, read from the built index's documented serialisation (`toJSON`). */
export function termPostingsOf(index: MiniSearch<never> | MiniSearch<object>, options: MatchOptions): PlainPostings {
  const json = index.toJSON();
  if (json.serializationVersion !== SERIALIZATION_VERSION) throw new Error(`term matcher: MiniSearch serialisation ${json.serializationVersion} is not ${SERIALIZATION_VERSION}`);
  const bm25Params = options.bm25 ?? DEFAULT_BM25;
  const fields = options.boost.map(([field]) => field);
  const fieldIds = fields.map((f) => json.fieldIds[f]);
  const ids: string[] = [];
  for (const [shortId, id] of Object.entries(json.documentIds)) ids[Number(shortId)] = String(id);
  const F = fields.length;
  const terms = json.index.map(([term]) => term);
  const runs = new Array<number>(terms.length * F + 1).fill(0);
  const docs: number[] = [];
  const raw: number[] = [];
  json.index.forEach(([, data], t) => {
    fieldIds.forEach((fieldId, f) => {
      runs[t * F + f] = docs.length;
      const freqs = fieldId === undefined ? undefined : data[String(fieldId)];
      if (freqs === undefined || fieldId === undefined) return;
      const entries = Object.entries(freqs);
      for (const [shortId, freq] of entries) {
        const lengths = json.fieldLength[shortId] ?? [];
        docs.push(Number(shortId));
        raw.push(bm25(freq, entries.length, json.documentCount, lengths[fieldId] ?? 0, json.averageFieldLength[fieldId] ?? 0, bm25Params));
      }
    });
  });
  runs[terms.length * F] = docs.length;
  return { fields, ids: Array.from(ids, (id) => id ?? ''), terms, runs: packInt32(runs), docs: packInt32(docs), raw: packFloat64(raw) };
}

function postingsFrom(plain: PlainPostings): Postings {
  const { terms } = plain;
  const sorted = Int32Array.from(terms.keys()).sort((a, b) => ((terms[a] ?? '') < (terms[b] ?? '') ? -1 : 1));
  return {
    terms,
    place: Int32Array.from(terms.keys()),
    sorted,
    byTerm: new Map(terms.map((t, i) => [t, i])),
    runs: unpackInt32(plain.runs),
    docs: unpackInt32(plain.docs),
    raw: unpackFloat64(plain.raw),
  };
}

/** MiniSearch's banded Levenshtein distance (its fuzzySearch), or more than `max` when farther. */
function distanceWithin(query: string, term: string, max: number, matrix: Uint8Array): number {
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

/** Where a search keeps its work: arrays sized once for the index, reused by every search. */
class Scratch {
  readonly total: Float64Array;
  readonly part: Float64Array;
  readonly partStamp: Int32Array;
  readonly seenStamp: Int32Array;
  readonly counts: Int32Array;
  readonly boosts: Float64Array;
  readonly boostStamp: Int32Array;
  readonly order: Int32Array;
  readonly touched: Int32Array;
  /** Term ids a query term expands to, and each one's weight. */
  readonly derived: Int32Array;
  readonly weights: Float64Array;
  /** Which query terms each document met: one bit a term, `words` words a document. */
  metBits = new Uint32Array(0);
  words = 0;
  matrix = new Uint8Array(64);
  /** Every query term's index terms, one run a query term (from[q] to from[q + 1]), kept for the matches built on demand. */
  expanded = new Int32Array(256);
  from = new Int32Array(33);
  size = 0;
  search = 0;
  part_ = 0;

  constructor(documents: number, terms: number) {
    this.total = new Float64Array(documents);
    this.part = new Float64Array(documents);
    this.partStamp = new Int32Array(documents);
    this.seenStamp = new Int32Array(documents);
    this.counts = new Int32Array(documents);
    this.boosts = new Float64Array(documents);
    this.boostStamp = new Int32Array(documents);
    this.order = new Int32Array(documents);
    this.touched = new Int32Array(documents);
    this.derived = new Int32Array(terms);
    this.weights = new Float64Array(terms);
  }

  begin(documents: number, queryTerms: number): void {
    this.search += 1;
    this.size = 0;
    this.words = Math.ceil(queryTerms / 32);
    if (this.from.length < queryTerms + 1) this.from = new Int32Array(queryTerms + 1);
    this.from[0] = 0;
    if (this.metBits.length < documents * this.words) this.metBits = new Uint32Array(documents * this.words);
    else this.metBits.fill(0, 0, documents * this.words);
  }
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

  /**
   * The index terms a query term stands for, in the order MiniSearch adds them: the term itself, then
   * the terms it begins in the radix tree's iteration order, then the terms within its edit distance
   * (those it does not begin) in the fuzzy walk's order, which is that iteration's reverse.
   */
  const ordered = (query: TermQuery): number => {
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
      const cells = (query.term.length + 1) * (query.term.length + fuzzy + 1);
      if (s.matrix.length < cells) s.matrix = new Uint8Array(cells);
      for (let id = 0; id < p.terms.length; id += 1) {
        const term = p.terms[id] ?? '';
        if (Math.abs(term.length - query.term.length) > fuzzy || (query.prefix && term.startsWith(query.term))) continue;
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
  };

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
    const n = ordered(query);
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
        const where = fields.filter((_, f) => holds(term, f, doc));
        if (where.length > 0) match[p.terms[term] ?? ''] = where;
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
