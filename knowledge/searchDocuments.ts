import MiniSearch, { type Options } from 'minisearch';
import { withAgeBandTerms } from './ageBands';
import type { KnowledgeEntry } from './entry.schema';
import type { FIELDS as SEARCH_FIELDS } from './searchFeatures';
import { contentTerm, tokenize } from './searchTerms';
import { abbreviationsOf } from './searchVocabulary';

/** The entries as the first stage indexes them (MiniSearch: BM25 with prefix and fuzzy matching, so typos are forgiven), and the options it searches them with. */

export const FIELDS = ['title', 'keywords', 'summary', 'body', 'facts'] as const satisfies readonly (typeof SEARCH_FIELDS)[number][];
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, keywords: 3, summary: 1.5, body: 0.5, facts: 1 };
/** A term this long also matches the longer words it begins; one the entries never use is also matched within this share of its length in edits. */
export const PREFIX_LENGTH = 5;
export const FUZZINESS = 0.2;

/**
 * The questions each structured fact of an order or power answers, indexed with the fact so that
 * "how long does it last" finds the entry whose `facts.duration` says so.
 */
const FACT_QUESTIONS: Readonly<Record<string, string>> = {
  whoApplies: 'who applies apply application',
  whoAuthorises: 'who authorises authorise authority grants',
  threshold: 'threshold criteria test grounds when age eligible',
  duration: 'duration how long lasts expires',
  notification: 'notification notify register',
  breach: 'breach breaches penalty sentence consequences',
  statute: 'law legislation statute act section',
};

/** Each structured fact with the questions it answers ("how long" → duration). */
const factsText = (e: KnowledgeEntry): string =>
  Object.entries(e.facts ?? {})
    .map(([key, value]) => `${FACT_QUESTIONS[key] ?? ''} ${value ?? ''}`)
    .join(' ; ');

export type Doc = { id: string } & Record<(typeof FIELDS)[number], string>;

/** The entries as the first stage indexes them; entries that are only checklist prompts stay openable by id but are not offered as answers. */
export function docsOf(entries: KnowledgeEntry[]): Doc[] {
  const abbreviations = abbreviationsOf(entries);
  const expandDoc = (text: string): string => withAgeBandTerms([text, ...tokenize(text).flatMap((t) => abbreviations.get(t) ?? [])].join(' '));
  return entries.filter((e) => e.searchable).map((e) => ({
    id: e.id,
    title: expandDoc(e.title),
    keywords: expandDoc(e.keywords.join(' ; ')),
    summary: withAgeBandTerms(e.summary),
    body: withAgeBandTerms(e.body),
    facts: factsText(e),
  }));
}

export function miniSearchOf(docs: Doc[]): MiniSearch<Doc> {
  const options: Options<Doc> = {
    fields: [...FIELDS],
    tokenize,
    processTerm: contentTerm,
    searchOptions: {
      boost: BOOST,
      prefix: (term) => term.length >= PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= PREFIX_LENGTH ? FUZZINESS : false),
      combineWith: 'OR',
    },
  };
  const index = new MiniSearch<Doc>(options);
  index.addAll(docs);
  return index;
}

export const MATCH_OPTIONS = { boost: FIELDS.map((f) => [f, BOOST[f]] as const) };
