import type { KnowledgeEntry } from './entry.schema';
import { sectionsIn } from './searchConfidence';
import { docsOf, FIELDS, MATCH_OPTIONS, miniSearchOf } from './searchDocuments';
import { type ExampleModel, type PlainExampleIndex, plainExampleIndexOf, vectorOf } from './searchExamples';
import { askingWordsOf } from './searchFeatures';
import { builtOrLoaded, type SearchIndexCache } from './searchIndexCache';
import { contentTerms } from './searchTerms';
import { type PlainVocabulary, plainVocabularyOf } from './searchVocabulary';
import { type PlainPostings, termPostingsOf } from './termPostings';

/**
 * Everything the search builds from the entries and the example questions before its first question,
 * as plain JSON: built here at every start from the sources, saved by `npm run build` and loaded by a
 * built start (knowledge/searchIndexCache.ts, bot/searchIndexFile.ts).
 */
export interface SearchState {
  /** The first stage's postings (knowledge/termPostings.ts). */
  postings: PlainPostings;
  vocabulary: PlainVocabulary;
  /** The statute sections each searchable entry cites. */
  sections: [string, string[]][];
  /** Each entry's own words as the re-ranker reads them (EntryTerms). */
  entryTerms: [string, { title: string[]; keywords: string[][]; asks: string[] }][];
  examples: PlainExampleIndex;
}

function searchStateOf(entries: KnowledgeEntry[], examples: ExampleModel | null): SearchState {
  const docs = docsOf(entries);
  return {
    postings: termPostingsOf(miniSearchOf(docs), MATCH_OPTIONS),
    vocabulary: plainVocabularyOf(
      entries,
      docs.map((d) => FIELDS.map((f) => d[f])),
    ),
    sections: docs.map((d) => [d.id, [...sectionsIn(`${d.id} ${FIELDS.map((f) => d[f]).join(' ')}`)]]),
    entryTerms: entries.map((e) => [e.id, { title: [...new Set(contentTerms(e.title))], keywords: e.keywords.map(contentTerms), asks: [...askingWordsOf(e.title)] }]),
    examples: plainExampleIndexOf(examples?.examples.map((e) => ({ ids: e.ids, vector: vectorOf(e.terms) })) ?? []),
  };
}

/** The state for these entries and example questions: as the build saved it when it was made from them by this code, else built here. */
export const searchStateFor = (entries: KnowledgeEntry[], examples: ExampleModel | null, cache?: SearchIndexCache<SearchState>): SearchState =>
  builtOrLoaded({ entries, examples }, () => searchStateOf(entries, examples), cache);
