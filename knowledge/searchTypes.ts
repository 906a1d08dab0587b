import type { Audience, KnowledgeEntry } from './entry.schema';
import type { Doubt } from './searchConfidence';
import type { ExampleModel, TermVector } from './searchExamples';
import type { SearchIndexCache } from './searchIndexCache';
import type { RankerModel } from './searchRanker';
import type { SearchState } from './searchState';
import type { MeaningVector, WordVectors } from './wordVectors';

/** What the search is given and returns (knowledge/search.ts), kept apart so that file holds only the search. */

export interface SearchHit {
  entry: KnowledgeEntry;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True only when the best hit is clearly about the question; otherwise the assistant says it is not sure. */
  confident: boolean;
  /** IDF-weighted share of the question's own words the best hit accounts for (0 when there is no hit). */
  coverage: number;
  /** Why the assistant is not sure (see knowledge/searchConfidence.ts); absent when confident. */
  doubt?: Doubt;
  /** The question's content words the protocol never uses. */
  unknown: string[];
  /** The entries a question comparing two things or more named ("SRO vs SHPO", "category 1 2 and 3"), each found by its own side: all answer it. */
  compared?: readonly [KnowledgeEntry, KnowledgeEntry, ...KnowledgeEntry[]];
  /** The asker's route, on a card of its own after the answer: a point of the protocol leads, and the question asks what to do too. */
  route?: KnowledgeEntry;
}

/** What is known about who asks: the role chosen on the welcome card, or known from a journey. */
export interface SearchContext {
  audience?: Audience;
}

export interface KnowledgeIndex {
  /** A role the message itself gives ("I'm a nurse, …") counts before the context's. */
  search(query: string, context?: SearchContext): SearchResult;
  byId(id: string): KnowledgeEntry | undefined;
}

/** The index as the re-ranker's training sees it: each first-stage candidate with its features (none when the question is answered without a search, or by a rule above both stages: routeAfterTheEvent). */
export interface TrainableIndex extends KnowledgeIndex {
  candidates(query: string, context?: SearchContext): { id: string; features: number[] }[];
  /** A text as an example question is kept (knowledge/searchExamples.ts): the unit vector of its terms, each weighed by its rarity in the entries. */
  exampleVector(text: string): TermVector;
  /** A text's meaning as the word vectors read it (knowledge/searchMeaning.ts; empty without word vectors). */
  meaningVector(text: string): MeaningVector;
}

export interface IndexOptions {
  /** The learned second stage (knowledge/searchRanker.ts); null for the first stage alone. */
  ranker?: RankerModel | null;
  /** The example questions whose likeness the second stage reads (knowledge/searchExamples.ts); null for none. */
  examples?: ExampleModel | null;
  /** What the search builds before its first question, as `npm run build` saved it (knowledge/searchIndexCache.ts); built here when absent or stale. */
  cache?: SearchIndexCache<SearchState>;
  /**
   * How the query's terms are matched: 'precomputed' (knowledge/termMatcher.ts, the default) or 'library',
   * MiniSearch's own search, kept as the reference test/knowledge/termMatcher.test.ts holds the first to.
   */
  termMatching?: 'precomputed' | 'library';
  /** What words mean (knowledge/wordVectors.ts), read by the re-ranker's meaning features; null for none. */
  wordVectors?: WordVectors | null;
}
