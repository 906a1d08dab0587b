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
 * Each candidate's evidence from its score (NaN for none): the score, the score beside the best
 * candidate's (the best counted from 0 up), and 1 / (1 + its place), places counted among the scored
 * candidates from the highest, ties in candidate order (as a stable sort leaves them); [0, 0, 0] for
 * none. Made per search over ten candidates, so it keeps to arrays, not maps and sorts.
 */
function evidenceFromScores(candidates: readonly string[], scores: Float64Array): (id: string) => number[] {
  let top = 0;
  for (const score of scores) if (score > top) top = score;
  return (id) => {
    const i = candidates.indexOf(id);
    const score = i < 0 ? Number.NaN : (scores[i] as number);
    if (Number.isNaN(score)) return [0, 0, 0];
    let place = 0;
    for (let j = 0; j < scores.length; j += 1) {
      const other = scores[j] as number;
      if (other > score || (other === score && j < i)) place += 1;
    }
    return [score, top > 0 ? score / top : 0, 1 / (1 + place)];
  };
}

/**
 * What the example questions asked for each candidate say, by meaning: the best cosine of the
 * question with one of the entry's examples (given laid end to end, flatMeanings), that beside the
 * best of any candidate's, and the entry's place among the candidates by it (all 0 for an entry with
 * no example). Only the candidates' own examples are read: about a hundred products a question.
 */
export function exampleMeaningEvidence(question: MeaningVector, candidates: readonly string[], examplesOf: (id: string) => Float64Array | undefined): (id: string) => number[] {
  const scores = new Float64Array(candidates.length);
  candidates.forEach((id, i) => {
    const flat = examplesOf(id);
    const best = flat === undefined ? -Infinity : bestCosine(question, flat);
    scores[i] = best > -Infinity ? best : Number.NaN;
  });
  return evidenceFromScores(candidates, scores);
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

export function meaningsOf(entries: readonly KnowledgeEntry[], vectors: WordVectors): Meanings {
  const byId = new Map(entries.map((e) => [e.id, vectors.vectorOf(meaningTextOf(e))]));
  return {
    of: (text) => vectors.vectorOf(text),
    evidence(question, candidates) {
      const scores = new Float64Array(candidates.length);
      candidates.forEach((id, i) => {
        const v = byId.get(id);
        scores[i] = v === undefined ? Number.NaN : cosine(question, v);
      });
      return evidenceFromScores(candidates, scores);
    },
    nearest(question, limit, except = new Set()) {
      return [...byId]
        .flatMap(([id, v]) => (except.has(id) ? [] : [{ id, similarity: cosine(question, v) }]))
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, limit);
    },
  };
}
