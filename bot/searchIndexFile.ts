import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import type { SearchState } from '../knowledge/searchState';
import type { SearchIndexCache } from '../knowledge/searchIndexCache';

/**
 * What the question search builds before its first question, as `npm run build` saves it
 * (tools/build-search-index.mjs), beside the compiled knowledge in dist/, never among the sources: a
 * start from the sources (tsx, jest) has none and builds it, as does a start whose file was made from
 * other entries, other example questions or other code.
 */

export const SEARCH_INDEX_FILE = join(__dirname, '..', 'knowledge', 'searchIndex.json');

/**
 * The code the state is built by, and the files it reads, as they are loaded here (compiled in dist/,
 * the sources under tsx and jest): every module of the search, its shipped example questions and
 * re-ranker, and MiniSearch, whose index the postings are read from.
 */
export const SEARCH_CODE = [
  '../knowledge/search',
  '../knowledge/searchBoosts',
  '../knowledge/searchComparison',
  '../knowledge/searchConfidence',
  '../knowledge/searchCorpus',
  '../knowledge/searchDocuments',
  '../knowledge/searchExamples',
  '../knowledge/searchExamples.en-GB.json',
  '../knowledge/searchFeatures',
  '../knowledge/searchIndexCache',
  '../knowledge/searchMatching',
  '../knowledge/searchMeaning',
  '../knowledge/searchQuery',
  '../knowledge/searchRanker',
  '../knowledge/searchRanker.en-GB.json',
  '../knowledge/searchState',
  '../knowledge/searchTerms',
  '../knowledge/searchVocabulary',
  '../knowledge/synonyms',
  '../knowledge/spellings',
  '../knowledge/commonWords',
  '../knowledge/ageBands',
  '../knowledge/termMatcher',
  '../knowledge/wordPieces',
  '../knowledge/wordVectors',
  '../knowledge/wordVectors.en.json',
  '../knowledge/termPostings',
  '../knowledge/termScratch',
  '../knowledge/termVariants',
  '../knowledge/packedNumbers',
  '../knowledge/roleWords',
  '../knowledge/routeQuestion',
  '../knowledge/consentAge',
  '../knowledge/searchQuestionClause',
  '../knowledge/sexualAssaultTold',
  'minisearch',
] as const;

/**
 * The state's arrays are checked element by element with plain predicates: zod's own array and tuple
 * schemas cost tens of milliseconds of a start on the 10,000-odd words and terms here.
 */
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isPair =
  <A, B>(a: (v: unknown) => v is A, b: (v: unknown) => v is B) =>
  (v: unknown): v is [A, B] =>
    Array.isArray(v) && v.length === 2 && a(v[0]) && b(v[1]);
const arrayOf = <T>(is: (v: unknown) => v is T) => z.custom<T[]>((v) => Array.isArray(v) && v.every(is));
const isCount = (v: unknown): v is number => Number.isInteger(v);
const isEntryTerms = (v: unknown): v is { title: string[]; keywords: string[][]; asks: string[] } =>
  typeof v === 'object' && v !== null && 'title' in v && isStrings(v.title) && 'keywords' in v && Array.isArray(v.keywords) && v.keywords.every(isStrings) && 'asks' in v && isStrings(v.asks);

const strings = arrayOf(isString);
/** Numbers packed as base64 (knowledge/packedNumbers.ts). */
const packed = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const stateSchema: z.ZodType<SearchState> = z.object({
  postings: z.object({ fields: strings, ids: strings, terms: strings, runs: packed, docs: packed, raw: packed }),
  vocabulary: z.object({
    abbreviations: arrayOf(isPair(isString, isString)),
    ambiguous: strings,
    synonyms: z.array(z.object({ phrases: arrayOf(isStrings), adds: arrayOf(isStrings) })),
    corpus: z.object({ entries: z.number().int(), df: arrayOf(isPair(isString, isCount)), words: arrayOf(isPair(isString, isString)), everyday: strings }),
  }),
  sections: arrayOf(isPair(isString, isStrings)),
  entryTerms: arrayOf(isPair(isString, isEntryTerms)),
  examples: z.object({ ids: arrayOf(isStrings), terms: strings, starts: packed, at: packed, weight: packed }),
});

const serialisedSchema = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  state: stateSchema,
});

/** The files of SEARCH_CODE as loaded here. */
export const searchCodeFiles = (): string[] => SEARCH_CODE.map((module) => require.resolve(module));

export function searchCodeId(files = searchCodeFiles()): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(createHash('sha256').update(readFileSync(file)).digest());
  return hash.digest('hex');
}

/** What a start gives the search: the build's state when its file is there and readable. */
export function searchIndexCache(file = SEARCH_INDEX_FILE): SearchIndexCache<SearchState> {
  const codeId = searchCodeId();
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { codeId };
  }
  const parsed = serialisedSchema.safeParse(stored);
  return parsed.success ? { codeId, serialised: parsed.data } : { codeId };
}

/** Builds the state from the entries and writes it down (the build's step). */
export function writeSearchIndex(file = SEARCH_INDEX_FILE): void {
  createKnowledgeIndex(allEntries, { cache: { codeId: searchCodeId(), onBuilt: (serialised) => writeFileSync(file, JSON.stringify(serialised)) } });
}
