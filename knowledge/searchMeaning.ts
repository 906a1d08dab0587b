import type { KnowledgeEntry } from './entry.schema';
import { cosine, type MeaningVector, type WordVectors } from './wordVectors';

/**
 * What the word vectors (knowledge/wordVectors.ts) say of each candidate entry for the question
 * search's re-ranker: how near the question's meaning is to the entry's (its title, summary and
 * keywords), that nearness beside the nearest candidate's, and the entry's place among the
 * candidates by it. The first stage meets only the words an entry uses (and hand-made synonyms);
 * this meets what they mean, so a writer's own words ("skiving", "older boyfriend") still count.
 */

export const MEANING_FEATURES = ['meaning.cosine', 'meaning.relative', 'meaning.rank-inverse'] as const;

/** The text an entry's meaning is read from. */
export const meaningTextOf = (entry: Pick<KnowledgeEntry, 'title' | 'summary' | 'keywords'>): string => [entry.title, entry.summary, ...entry.keywords].join('. ');

export interface Meanings {
  /** The question's vector. */
  of(text: string): MeaningVector;
  /** What the question's meaning says of each of these candidates (MEANING_FEATURES order; all 0 for an entry not among them). */
  evidence(question: MeaningVector, candidates: readonly string[]): (id: string) => number[];
  /** The entries nearest in meaning, nearest first (ties in entry order), leaving out `except`: for a caller that would add them to the candidates. */
  nearest(question: MeaningVector, limit: number, except?: ReadonlySet<string>): { id: string; similarity: number }[];
}

const NONE = MEANING_FEATURES.map(() => 0);

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
        return c === undefined ? NONE : [c, top > 0 ? c - top : 0, 1 / (1 + order.indexOf(id))];
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
