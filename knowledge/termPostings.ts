import type MiniSearch from 'minisearch';
import { packFloat64, packInt32, unpackFloat64, unpackInt32 } from './packedNumbers';

/**
 * The first stage's postings, read once from the built MiniSearch index's documented serialisation
 * (`toJSON`): each term's documents per field with each one's BM25, as MiniSearch 7 scores them.
 */

/** MiniSearch's search options that bear on the score, as the index was searched with them. */
export interface MatchOptions {
  /** Field boosts, in the order MiniSearch visits the fields (its `fields` option's). */
  boost: ReadonlyArray<readonly [field: string, boost: number]>;
  weights?: { prefix: number; fuzzy: number };
  maxFuzzy?: number;
  bm25?: { k: number; b: number; d: number };
}

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

export interface Postings {
  terms: string[];
  /** Each term's place in the index's own iteration order (MiniSearch's radix tree, as `toJSON` walks it). */
  place: Int32Array;
  /** Term ids in code-unit order, so the terms a prefix begins are one run. */
  sorted: Int32Array;
  byTerm: Map<string, number>;
  /** Term ids by length (ascending id within a length): the terms of length l are byLength[lengthStarts[l]] to byLength[lengthStarts[l + 1]]. */
  byLength: Int32Array;
  lengthStarts: Int32Array;
  /** Each term's letters as a bit set (lettersOf), for a cheap bound on its edit distance from another. */
  letters: Int32Array;
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

/**
 * The characters a word holds, one bit each: a to z their own, digits and anything else sharing the
 * rest. Two words whose letters differ in k bits either way are at least k edits apart (each such
 * character is one edit of its own); a shared bit only lowers that bound, so it stays a bound.
 */
export function lettersOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    bits |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + ((c - 48) % 5) : 31);
  }
  return bits;
}

/** The term ids grouped by length, ascending ids within a length, and where each length's group starts. */
function byLengthOf(terms: readonly string[]): { byLength: Int32Array; lengthStarts: Int32Array } {
  const longest = terms.reduce((most, t) => Math.max(most, t.length), 0);
  const lengthStarts = new Int32Array(longest + 2);
  for (const t of terms) lengthStarts[t.length + 1] = (lengthStarts[t.length + 1] ?? 0) + 1;
  for (let l = 1; l < lengthStarts.length; l += 1) lengthStarts[l] = (lengthStarts[l] ?? 0) + (lengthStarts[l - 1] ?? 0);
  const next = lengthStarts.slice();
  const byLength = new Int32Array(terms.length);
  terms.forEach((t, id) => {
    byLength[next[t.length] ?? 0] = id;
    next[t.length] = (next[t.length] ?? 0) + 1;
  });
  return { byLength, lengthStarts };
}

export function postingsFrom(plain: PlainPostings): Postings {
  const { terms } = plain;
  const sorted = Int32Array.from(terms.keys()).sort((a, b) => ((terms[a] ?? '') < (terms[b] ?? '') ? -1 : 1));
  return {
    terms,
    place: Int32Array.from(terms.keys()),
    sorted,
    byTerm: new Map(terms.map((t, i) => [t, i])),
    ...byLengthOf(terms),
    letters: Int32Array.from(terms, lettersOf),
    runs: unpackInt32(plain.runs),
    docs: unpackInt32(plain.docs),
    raw: unpackFloat64(plain.raw),
  };
}
