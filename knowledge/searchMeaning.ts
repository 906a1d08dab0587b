import type { KnowledgeEntry } from './entry.schema';
import { cosine, type MeaningVector, type WordVectors } from './wordVectors';

/**
 * What the word vectors (knowledge/wordVectors.ts) say of each candidate entry for the question
 * search's re-ranker: how near the question's meaning is to the entry's (its title, summary and
 * keywords), that nearness beside the nearest candidate's, and the entry's place among the
 * candidates by it. The first stage meets only the words an entry uses (and hand-made synonyms);
 * this meets what they mean, so a writer's own words ("skiving", "older boyfriend") still count.
 */

export const MEANING_FEATURES = [
  'meaning.cosine', 'meaning.relative', 'meaning.rank-inverse',
  'meaning.example-best', 'meaning.example-relative', 'meaning.example-rank-inverse',
] as const;
/** Where the example-question part starts among MEANING_FEATURES (training fills it per fold). */
export const MEANING_EXAMPLE_AT = 3;

/** A unit vector as the example file keeps it: int8 at 1/127 a step, base64. */
export const meaningText = (v: ArrayLike<number>): string => Buffer.from(Int8Array.from(Array.from(v, (x) => Math.max(-127, Math.min(127, Math.round(x * 127)))))).toString('base64');
export function meaningFromText(text: string): MeaningVector {
  const bytes = Buffer.from(text, 'base64');
  const out = new Float64Array(bytes.byteLength);
  for (let k = 0; k < bytes.byteLength; k += 1) out[k] = bytes.readInt8(k) / 127;
  return out;
}

/** Vectors of one length laid end to end, so a search reads them in one pass. */
export function flatMeanings(vectors: readonly MeaningVector[]): Float64Array {
  const out = new Float64Array(vectors.reduce((n, v) => n + v.length, 0));
  let at = 0;
  for (const v of vectors) {
    out.set(v, at);
    at += v.length;
  }
  return out;
}

/** The best cosine of a unit vector with one of the unit vectors laid end to end (flatMeanings); -Infinity for none. */
function bestCosine(question: MeaningVector, flat: Float64Array): number {
  const dim = question.length;
  let best = -Infinity;
  for (let at = 0; dim > 0 && at + dim <= flat.length; at += dim) {
    let s = 0;
    // Within bounds by the loop's condition: no `?? 0` on the hot path.
    for (let k = 0; k < dim; k += 1) s += (question[k] as number) * (flat[at + k] as number);
    if (s > best) best = s;
  }
  return best;
}

/**
 * What the example questions asked for each candidate say, by meaning: the best cosine of the
 * question with one of the entry's examples (given laid end to end, flatMeanings), that beside the
 * best of any candidate's, and the entry's place among the candidates by it (all 0 for an entry with
 * no example). Only the candidates' own examples are read: about a hundred products a question.
 */
export function exampleMeaningEvidence(question: MeaningVector, candidates: readonly string[], examplesOf: (id: string) => Float64Array | undefined): (id: string) => number[] {
  const best = new Map<string, number>();
  for (const id of candidates) {
    const flat = examplesOf(id);
    const b = flat === undefined ? -Infinity : bestCosine(question, flat);
    if (b > -Infinity) best.set(id, b);
  }
  const top = Math.max(0, ...best.values());
  const order = [...best].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return (id) => {
    const b = best.get(id);
    return b === undefined ? [0, 0, 0] : [b, top > 0 ? b / top : 0, 1 / (1 + order.indexOf(id))];
  };
}

/** The text an entry's meaning is read from. */
export const meaningTextOf = (entry: Pick<KnowledgeEntry, 'title' | 'summary' | 'keywords'>): string => [entry.title, entry.summary, ...entry.keywords].join('. ');

export interface Meanings {
  /** The question's vector. */
  of(text: string): MeaningVector;
  /** What the question's meaning says of each of these candidates (the first MEANING_EXAMPLE_AT of MEANING_FEATURES; all 0 for an entry not among them). */
  evidence(question: MeaningVector, candidates: readonly string[]): (id: string) => number[];
  /** The entries nearest in meaning, nearest first (ties in entry order), leaving out `except`: for a caller that would add them to the candidates. */
  nearest(question: MeaningVector, limit: number, except?: ReadonlySet<string>): { id: string; similarity: number }[];
}

const NONE = MEANING_FEATURES.slice(0, MEANING_EXAMPLE_AT).map(() => 0);

export function meaningsOf(entries: readonly KnowledgeEntry[], vectors: WordVectors): Meanings {
  const byId = new Map(entries.map((e) => [e.id, vectors.vectorOf(meaningTextOf(e))]));
  return {
    of: (text) => vectors.vectorOf(text),
    evidence(question, candidates) {
      const near = new Map(candidates.flatMap((id) => {
        const v = byId.get(id);
        return v === undefined ? [] : [[id, cosine(question, v)] as [string, number]];
      }));
      const top = Math.max(0, ...near.values());
      const order = [...near].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      return (id) => {
        const c = near.get(id);
        return c === undefined ? NONE : [c, top > 0 ? c / top : 0, 1 / (1 + order.indexOf(id))];
      };
    },
    nearest(question, limit, except = new Set()) {
      return [...byId]
        .flatMap(([id, v]) => (except.has(id) ? [] : [{ id, similarity: cosine(question, v) }]))
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, limit);
    },
  };
}
