import MiniSearch, { type Options, type SearchResult as MiniSearchResult } from 'minisearch';
import type { Audience, EntryKind, KnowledgeEntry } from './entry.schema';
import { type Role, selfIdentifiedRole } from './roleWords';
import { type Doubt, type ExampleAgreement, judge, sectionsIn } from './searchConfidence';
import { type Corpus, corpusFrom, knownAs, type PlainCorpus, plainCorpusOf } from './searchCorpus';
import { askingWordsOf, featuresOf, FIELDS as SEARCH_FIELDS, intentsOf, type QuestionSignals } from './searchFeatures';
import { evidenceOf, EXAMPLE_MODEL_EN_GB, exampleIndexFrom, type ExampleModel, type PlainExampleIndex, plainExampleIndexOf, type TermVector, unit, vectorOf } from './searchExamples';
import { builtOrLoaded, type SearchIndexCache } from './searchIndexCache';
import { candidatesOf, CANDIDATES, type EntryTerms, RANKER_MODEL_EN_GB, type RankerModel, scoreOf } from './searchRanker';
import { type TermMatcher, termMatcherFrom } from './termMatcher';
import { type PlainPostings, termPostingsOf } from './termPostings';
import type { TermQuery } from './termVariants';
import { AGE_BANDS, ageBands, withAgeBandTerms } from './ageBands';
import { EVERYDAY_WORDS, LONDON_BOROUGHS, STOP_WORDS } from './commonWords';
import { SPELLINGS, TEXT_SPEAK } from './spellings';
import { SYNONYM_GROUPS } from './synonyms';

/**
 * Free text to the best entry: MiniSearch (BM25 with prefix and fuzzy matching, so typos are
 * forgiven) over stemmed, spelling-folded terms. At query time every glossary abbreviation and every
 * practitioner synonym (knowledge/synonyms.ts) adds the protocol's own words at a reduced weight.
 * It reports its confidence so the assistant can say it does not know rather than guess.
 * Confidence is judged in knowledge/searchConfidence.ts. Constants are calibrated on the dev and
 * held-out questions (knowledge/eval/questions.json), never on the blind set.
 */

/** How much an added word counts beside the practitioner's own words. */
const EXPANSION_WEIGHT = { abbreviation: 0.5, synonym: 0.6 } as const;
/** An age in a question stands for its band's term ("ageunder16", where the entries name the band); the band's words ("under", "16") count at this weight. */
const BAND_WEIGHT = 0.5;
/**
 * In a description an age is mostly the setting ("nurse here, 15yo brought in drunk at 3am by men"),
 * not the subject, and counts this much; in a short question it is the subject and counts in full.
 */
const AGE_WEIGHT = 0.5;
/** How many other words make a question a description rather than a question about an age ("sex with a 12 year old"). */
const DESCRIBED = 3;
/** Where a child is seen ("outside the school", "her school records") is rarely what is asked about: such words count less. */
const WORKPLACES = new Set(['school', 'college', 'hospital'].map((w) => normalizeTerm(w)));
const WORKPLACE_WEIGHT = 0.5;
const ASKED_FLAG_WEIGHT = 0.8;
/** "What is an ASW?", "what does CAWN stand for": asking what letters mean. Other questions about an abbreviation ("is he on IOM?", "when should I use an SRO?") ask about the thing. */
const ASKS_LETTERS = /^\s*(?:what\s+(?:is|are|does|do)|whats|what's)\b|\b(?:stand|stands|mean|means|meaning|abbreviation|acronym)\b/i;
const SAYS_MEANING = /\b(?:stand|stands|mean|means|meaning|abbreviation|acronym)\b/i;
/** Glossary entries and flags are pointers (an abbreviation, a recording code): the entry they point to should normally win. */
const KIND_WEIGHT: Partial<Record<EntryKind, number>> = { glossary: 0.6, flag: 0.6 };
/** Prefixes that make a different concept and stay bound to their word: "pre-MASE", "non-crime", "anti-social". */
const BOUND_PREFIXES = new Set(['pre', 'non', 'anti']);
/** With the user's role known, entries written only for other roles count less; those for the role or for everyone are as they are. */
const OTHER_ROLES_WEIGHT = 0.7;
/** "Who do I call?", "what should I do?": asked by someone whose role is known, their role's route counts this much more. */
const ROUTE_QUESTION = /\b(?:who\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+(?:call|ring|phone|tell|contact|report\s+(?:it|this|to)|refer\s+to)|what\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+do\s+now|who\s+to\s+(?:call|ring|phone|tell|contact)|what\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+do|what\s+now|where\s+do\s+(?:i|we)\s+(?:refer|report|go))\b/i;
const ROUTE_BOOST = 2;
const GENERAL_ROUTE = 'route.referral-pathway';
/** Where someone who says only who they are ("I'm a teacher") starts: their role's route. */
export const ROLE_START: Readonly<Record<Role, string>> = {
  school: 'route.referral-pathway',
  health: 'route.referral-pathway',
  business: 'makesafe.how-to-report',
  police: 'section.6.police-reporting-pathway',
  'social-care': 'section.6.referral-desks',
};
const FIELDS = ['title', 'keywords', 'summary', 'body', 'facts'] as const satisfies readonly (typeof SEARCH_FIELDS)[number][];
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, keywords: 3, summary: 1.5, body: 0.5, facts: 1 };
/** A term this long also matches the longer words it begins; one the entries never use is also matched within this share of its length in edits. */
const PREFIX_LENGTH = 5;
const FUZZINESS = 0.2;

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
}

/** What is known about who asks: the role chosen on the welcome card, or known from a journey. */
export interface SearchContext {
  audience?: Audience;
}

export interface KnowledgeIndex {
  /** A role the message itself gives ("I'm a nurse, …") counts when the context has none. */
  search(query: string, context?: SearchContext): SearchResult;
  byId(id: string): KnowledgeEntry | undefined;
}

/** The index as the re-ranker's training sees it: each first-stage candidate with its features (none when the question is answered without a search). */
export interface TrainableIndex extends KnowledgeIndex {
  candidates(query: string, context?: SearchContext): { id: string; features: number[] }[];
  /** A text as an example question is kept (knowledge/searchExamples.ts): the unit vector of its terms, each weighed by its rarity in the entries. */
  exampleVector(text: string): TermVector;
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
}

/** How many of the first stage's hits anything reads: the re-ranker's candidates and the hits shown. */
const KEPT = Math.max(CANDIDATES, 10);

/** An everyday word ("told", "keeps") says little about which entry is asked for: it weighs as a word half the entries use. */
const EVERYDAY_SHARE = 0.5;

/** Lower-case words, text-speak spelt out; "A&E" → "ae", "don't" → "dont", "pre-MASE" → "premase", "section 46" → "s46", "ppl" → "people". */
export function tokenize(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/([a-z])&([a-z])/g, '$1$2')
    .replace(/\bsections?\s+(\d+)/g, 's$1')
    .replace(/\bthird[-\s]part(?:y|ies)\b/g, 'thirdparty')
    .replace(/\bcats?\s*([1-4](?:\s*(?:,|and|or|to|-)\s*[1-4])*)\b/g, 'category $1')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .flatMap((t) => (t.length === 0 ? [] : (TEXT_SPEAK[t]?.split(' ') ?? [t])));
  const out: string[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last !== undefined && BOUND_PREFIXES.has(last)) out[out.length - 1] = `${last}${t}`;
    else out.push(t);
  }
  return out;
}

/** A light suffix stripper: plurals, -ing, -ed, adverbial -ly, -ation and a final -e, so word forms meet. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (/ie[sd]$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/(al|ous|ful|ent|ant|ate|ive)ly$/.test(w)) w = w.slice(0, -2);
  const suffix = /(ations?|ing|ed)$/.exec(w)?.[0];
  if (suffix !== undefined && w.length - suffix.length >= 4) w = w.slice(0, -suffix.length).replace(/([^aeiouls])\1$/, '$1');
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "investigating", "investigate" and "investigation" meet at "investig".
  if (w.endsWith('at') && w.length >= 6) w = w.slice(0, -2);
  return w;
}

/** Spelling folding (American → British, -ize → -ise) then stemming. */
export function normalizeTerm(token: string): string {
  const spelled = SPELLINGS[token] ?? (token.length > 6 ? token.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1') : token);
  return stem(spelled);
}

const contentTerm = (token: string): string | null => (STOP_WORDS.has(token) ? null : normalizeTerm(token));
const contentTerms = (text: string): string[] => tokenize(text).flatMap((t) => contentTerm(t) ?? []);

/** "MASE: Multi-Agency Sexual Exploitation meeting" → mase ↦ its expansion. */
export function abbreviationsOf(entries: KnowledgeEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) {
    if (e.kind !== 'glossary') continue;
    const match = /^([^:]+):\s*(.+)$/.exec(e.title);
    if (match?.[1] !== undefined && match[2] !== undefined) map.set(match[1].trim().toLowerCase(), match[2].trim());
  }
  return map;
}

/** Everyday words, stop words and borough names in their inflected forms ("moved", "getting", "knows"), normalised. */
const everydayTerms = (): Set<string> =>
  new Set(
    [...EVERYDAY_WORDS, ...STOP_WORDS, ...LONDON_BOROUGHS].flatMap((w) => ['', 's', 'es', 'd', 'ed', 'ing'].map((ending) => normalizeTerm(`${w}${ending}`))),
  );

/** What the index knows besides the entries: abbreviations, synonyms and every term the entries use. */
interface Vocabulary {
  abbreviations: Map<string, string>;
  /** Abbreviations that are also ordinary words in the entries ("met", "set", "app"): expanded only when typed in capitals. */
  ambiguous: Set<string>;
  /** Each synonym group: its phrases normalised, and for each phrase the content terms it adds. */
  synonyms: { phrases: string[][]; adds: string[][] }[];
  /** Every term the entries use, and in how many entries. */
  corpus: Corpus;
}

/** The vocabulary as plain JSON, as the build saves it (see SearchState). */
interface PlainVocabulary {
  abbreviations: [string, string][];
  ambiguous: string[];
  synonyms: { phrases: string[][]; adds: string[][] }[];
  corpus: PlainCorpus;
}

function plainVocabularyOf(entries: KnowledgeEntry[], indexedText: string[][]): PlainVocabulary {
  const abbreviations = abbreviationsOf(entries);
  const words = new Set(entries.flatMap((e) => `${e.summary} ${e.body}`.match(/\b[a-z]+\b/g) ?? []));
  return {
    abbreviations: [...abbreviations],
    ambiguous: [...abbreviations.keys()].filter((a) => words.has(a)),
    synonyms: SYNONYM_GROUPS.map((group) => ({
      phrases: group.map((p) => tokenize(p).map(normalizeTerm)),
      adds: group.map(contentTerms),
    })),
    corpus: plainCorpusOf(indexedText.map((fields) => fields.flatMap(tokenize)), contentTerm, everydayTerms()),
  };
}

const vocabularyFrom = (plain: PlainVocabulary): Vocabulary => ({
  abbreviations: new Map(plain.abbreviations),
  ambiguous: new Set(plain.ambiguous),
  synonyms: plain.synonyms,
  corpus: corpusFrom(plain.corpus),
});

/** The weighted query: the question's own terms at weight 1, and for each the terms that count as covering it. */
interface Query {
  weights: Map<string, number>;
  /** Each own term as typed, the terms that cover it, and those of them that weigh like it (see QuestionTerm). */
  own: Map<string, { typed: string; covers: Set<string>; alike: Set<string> }>;
  /** How many of the question's own terms are glossary abbreviations. */
  abbreviations: number;
  /** Own terms typed in capitals. */
  acronyms: Set<string>;
}

/**
 * Adds the words one of the question's terms expands to, sharing the weight between them so a long
 * expansion cannot outweigh the question. A word the entries never use is replaced, not supplemented:
 * its expansion gets the full weight.
 */
function expandTerm(query: Query, vocabulary: Vocabulary, owner: string, terms: string[], weight: number, alike = true): void {
  const fresh = terms.filter((t) => t !== owner);
  const share = (vocabulary.corpus.df.has(owner) ? weight : 1) / Math.sqrt(fresh.length);
  const own = query.own.get(owner);
  for (const t of fresh) {
    query.weights.set(t, Math.max(query.weights.get(t) ?? 0, share));
    own?.covers.add(t);
    if (alike) own?.alike.add(t);
  }
}

function addOwnTerm(query: Query, vocabulary: Vocabulary, token: string, capitals: Set<string>): void {
  const term = contentTerm(token);
  if (term === null || query.own.has(term)) return;
  query.own.set(term, { typed: token, covers: new Set([term]), alike: new Set([term]) });
  if (capitals.has(token)) query.acronyms.add(term);
  const band = AGE_BANDS[term];
  if (band !== undefined) {
    // The band is a term of its own where the entries name it, and its words count beside it.
    if (!vocabulary.corpus.df.has(term)) return expandTerm(query, vocabulary, term, band, 1);
    query.weights.set(term, 1);
    return expandTerm(query, vocabulary, term, band, BAND_WEIGHT);
  }
  query.weights.set(term, WORKPLACES.has(term) ? WORKPLACE_WEIGHT : 1);
  const long = vocabulary.abbreviations.get(token) ?? vocabulary.abbreviations.get(term);
  if (long === undefined) return correctTypo(query, vocabulary, term, token);
  if (vocabulary.ambiguous.has(token) && !capitals.has(token)) return;
  query.abbreviations += 1;
  // The expansion covers the abbreviation but does not weigh like it: "CAWN" is rarer than "child".
  expandTerm(query, vocabulary, term, contentTerms(long), EXPANSION_WEIGHT.abbreviation, false);
}

/**
 * A word the entries never use that is one slip (a letter missed, added, changed or two swapped) or a
 * word form away from one they do ("consnet", "grooomed", "exploiter") is read as that word, as the
 * confidence rule already reads it; MiniSearch's own fuzzy match misses swapped letters.
 */
function correctTypo(query: Query, vocabulary: Vocabulary, term: string, token: string): void {
  if (vocabulary.corpus.df.has(term) || vocabulary.corpus.everyday.has(term)) return;
  const known = knownAs(term, token, vocabulary.corpus);
  // A word the known one begins with ("evict", "eviction") is already met by the prefix match.
  if (known === undefined || known.startsWith(term)) return;
  // Replaced, not supplemented: the slip and its correction would otherwise both match the same entries.
  query.weights.delete(term);
  expandTerm(query, vocabulary, term, [known], 1);
}

function addSynonyms(query: Query, vocabulary: Vocabulary, normal: string[]): void {
  const startsAt = (phrase: string[], i: number): boolean => phrase.length > 0 && phrase.every((p, k) => normal[i + k] === p);
  for (const { phrases, adds } of vocabulary.synonyms) {
    for (let i = 0; i < normal.length; i += 1) {
      const hit = phrases.findIndex((p) => startsAt(p, i));
      if (hit < 0) continue;
      const terms = [...new Set(adds.filter((_, k) => k !== hit).flat())];
      for (const owner of (phrases[hit] ?? []).filter((t) => query.own.has(t))) {
        expandTerm(query, vocabulary, owner, terms, EXPANSION_WEIGHT.synonym);
      }
    }
  }
}

function buildQuery(text: string, vocabulary: Vocabulary): Query {
  const raw = tokenize(ageBands(text));
  const capitals = new Set((text.match(/\b[A-Z][A-Za-z&]*[A-Z]\b/g) ?? []).map((t) => t.toLowerCase()));
  const query: Query = { weights: new Map(), own: new Map(), abbreviations: 0, acronyms: new Set() };
  for (const token of raw) addOwnTerm(query, vocabulary, token, capitals);
  addSynonyms(query, vocabulary, raw.map(normalizeTerm));
  const bands = [...query.own.keys()].filter((t) => AGE_BANDS[t] !== undefined);
  if (bands.length > 0 && query.own.size - bands.length >= DESCRIBED) {
    for (const t of bands.flatMap((b) => [...(query.own.get(b)?.covers ?? [])])) query.weights.set(t, (query.weights.get(t) ?? 0) * AGE_WEIGHT);
  }
  return query;
}

/** How many of the question's own terms the hit matched, directly or through an expansion. */
function coveredTerms(result: MiniSearchResult, query: Query): number {
  const matched = new Set<string>(result.queryTerms);
  return [...query.own.values()].filter(({ covers }) => [...covers].some((t) => matched.has(t))).length;
}

/**
 * MiniSearch multiplies a hit's summed BM25 by the number of query terms it matched, counting each
 * expansion word as a term; rank instead by the summed BM25 times the question's own terms covered.
 */
interface Ranked {
  id: string;
  score: number;
  matched: Set<string>;
  match: MiniSearchResult['match'];
}

const rerank = (results: MiniSearchResult[], query: Query): Ranked[] =>
  results
    .map((r) => ({ id: String(r.id), score: (r.score / Math.max(1, r.queryTerms.length)) * coveredTerms(r, query), matched: new Set(r.queryTerms), match: r.match }))
    .sort((a, b) => b.score - a.score);

/** The question's terms as the matcher is asked for them, with MiniSearch's search options as the index sets them. */
function termQueries(query: Query, knows: (term: string) => boolean): TermQuery[] {
  return [...query.weights.keys()].flatMap((term) =>
    term === ''
      ? []
      : [{ term, prefix: term.length >= PREFIX_LENGTH, fuzzy: term.length >= PREFIX_LENGTH && !knows(term) ? FUZZINESS : false, boost: query.weights.get(term) ?? 1 }],
  );
}

/**
 * rerank over the precomputed matcher's results, keeping only the KEPT best: the same order (the
 * re-ranked score, then MiniSearch's, then the order MiniSearch met the entries in) without a
 * result object for every entry met.
 */
function rerankMatched(matcher: TermMatcher, terms: readonly TermQuery[], query: Query, boostDocument: (id: string) => number): Ranked[] {
  const found = matcher.search(terms, boostDocument);
  const at = new Map(terms.map((t, q) => [t.term, q]));
  const owners = [...query.own.values()].map(({ covers }) => [...covers].flatMap((t) => at.get(t) ?? []));
  const reranked = (doc: number): number => {
    const covered = owners.filter((qs) => qs.some((q) => found.met(doc, q))).length;
    return (found.score(doc) / Math.max(1, found.termCount(doc))) * covered;
  };
  const best: { doc: number; score: number; mini: number }[] = [];
  for (let i = 0; i < found.size; i += 1) {
    const doc = found.doc(i);
    const score = reranked(doc);
    const mini = found.score(doc);
    let place = best.length;
    while (place > 0 && (score > (best[place - 1]?.score ?? 0) || (score === best[place - 1]?.score && mini > (best[place - 1]?.mini ?? 0)))) place -= 1;
    if (place >= KEPT) continue;
    best.splice(place, 0, { doc, score, mini });
    if (best.length > KEPT) best.pop();
  }
  return best.map(({ doc, score }) => ({
    id: matcher.idOf(doc),
    score,
    matched: new Set(terms.flatMap((t, q) => (found.met(doc, q) ? [t.term] : []))),
    match: found.match(doc),
  }));
}

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

/** Each own term with the terms that cover it and its IDF weight (its commonest alike term's), as the re-ranker's field coverage weighs them. */
const ownWeights = (query: Query, corpus: Corpus): { covers: ReadonlySet<string>; weight: number }[] =>
  [...query.own.values()].map(({ covers, alike }) => {
    const df = Math.max(0, ...[...alike].map((t) => corpus.df.get(t) ?? 0));
    return { covers, weight: Math.log(1 + corpus.entries / (df + 0.5)) };
  });

/** The example evidence of one entry (EXAMPLE_FEATURES order) as the confidence rule reads it: its best likeness and its share of the votes. */
const agreementOf = (features: number[]): { examples?: ExampleAgreement } => {
  const [likeness, , , share] = features;
  return likeness === undefined || share === undefined ? {} : { examples: { likeness, share } };
};

type Doc = { id: string } & Record<(typeof FIELDS)[number], string>;

/** The entries as the first stage indexes them; entries that are only checklist prompts stay openable by id but are not offered as answers. */
function docsOf(entries: KnowledgeEntry[]): Doc[] {
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

function miniSearchOf(docs: Doc[]): MiniSearch<Doc> {
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

const MATCH_OPTIONS = { boost: FIELDS.map((f) => [f, BOOST[f]] as const) };

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

export function createKnowledgeIndex(entries: KnowledgeEntry[], options: IndexOptions = {}): TrainableIndex {
  const ranker = options.ranker === undefined ? RANKER_MODEL_EN_GB : options.ranker;
  const exampleModel = options.examples === undefined ? EXAMPLE_MODEL_EN_GB : options.examples;
  const state = builtOrLoaded({ entries, examples: exampleModel }, () => searchStateOf(entries, exampleModel), options.cache);
  const examples = exampleIndexFrom(state.examples);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const matching: { library: MiniSearch<Doc> } | { matcher: TermMatcher } =
    options.termMatching === 'library' ? { library: miniSearchOf(docsOf(entries)) } : { matcher: termMatcherFrom(state.postings, MATCH_OPTIONS) };
  const vocabulary = vocabularyFrom(state.vocabulary);
  const sectionsOf = new Map(state.sections.map(([id, sections]) => [id, new Set(sections)]));

  /** A question that is nothing but abbreviations ("what is an ASW?") asks what they stand for: the glossary may answer. */
  // "When should I use an SRO?" asks about the order, not the letters.
  const kindWeight = (query: Query, text: string, id: string): number => {
    const kind = byId.get(id)?.kind ?? 'topic';
    const asksLetters = query.abbreviations === query.own.size && (ASKS_LETTERS.test(text) || /^\W*[\w&]+\W*$/.test(text));
    // "What does LAC mean in the minutes?": asked what letters mean, whatever else the question says.
    const asksMeaning = query.abbreviations > 0 && SAYS_MEANING.test(text);
    if (kind === 'glossary' && (asksLetters || asksMeaning)) return 1;
    // "Flag for online CSE" asks for one flag; "what flags…" asks for the recording guidance first.
    if (kind === 'flag' && /\bflag\b/i.test(text)) return 1;
    if (kind === 'flag' && /\bflags\b/i.test(text)) return ASKED_FLAG_WEIGHT;
    return KIND_WEIGHT[kind] ?? 1;
  };
  const roleWeight = (audience: Audience | undefined, id: string): number => {
    const audiences = byId.get(id)?.audiences ?? [];
    if (audience === undefined || audience === 'all') return 1;
    return audiences.includes(audience) || audiences.includes('all') ? 1 : OTHER_ROLES_WEIGHT;
  };

  const answerWith = (id: string): SearchResult | undefined => {
    const entry = byId.get(id);
    return entry === undefined ? undefined : { hits: [{ entry, score: 0 }], confident: true, coverage: 1, unknown: [] };
  };
  /** Whether a text says nothing beyond everyday words ("to", "now", "it"). */
  const saysNothing = (rest: string): boolean => [...buildQuery(rest, vocabulary).own.keys()].every((t) => vocabulary.corpus.everyday.has(t));

  /** The first stage: the answer itself when the question needs no search, else the ranked hits and what the ranking needs. */
  const firstStage = (text: string, context: SearchContext): { answer: SearchResult } | { query: Query; ranked: Ranked[]; signals: QuestionSignals; routeOf?: string; roleKnown: boolean } => {
    // The introduction still counts as words ("I work at a hotel" is about hotels); with nothing else said, it asks where to start.
    const self = selfIdentifiedRole(text);
    if (self !== undefined && buildQuery(self.rest, vocabulary).weights.size === 0) {
      const start = answerWith(ROLE_START[self.role]);
      if (start !== undefined) return { answer: start };
    }
    const audience = context.audience ?? self?.role;
    // With no role known, the route is the multi-agency referral route: every concern reaches children's social care.
    const roleKnown = audience !== undefined && audience !== 'all';
    const routeOf = ROUTE_QUESTION.test(text) ? (roleKnown ? ROLE_START[audience] : GENERAL_ROUTE) : undefined;
    const bare = routeOf !== undefined && saysNothing((self?.rest ?? text).replace(ROUTE_QUESTION, ' '));
    // "What do I do now?", "who do I report it to?" and nothing more: the route is the answer.
    if (routeOf !== undefined && bare) {
      const route = answerWith(routeOf);
      // The other roles' routes follow it, for the uncertain reply and for anyone who is not who we assumed.
      const others = Object.values(ROLE_START).flatMap((id) => (id === routeOf ? [] : (answerWith(id)?.hits ?? [])));
      if (route !== undefined) return { answer: { ...route, hits: [...route.hits, ...others.filter((h, i) => others.findIndex((o) => o.entry.id === h.entry.id) === i)] } };
    }
    const query = buildQuery(text, vocabulary);
    if (query.weights.size === 0) return { answer: { hits: [], confident: false, coverage: 0, doubt: 'no-match', unknown: [] } };
    const boostDocument = (id: string): number => kindWeight(query, text, id) * roleWeight(audience, id) * (roleKnown && id === routeOf ? ROUTE_BOOST : 1);
    // A word the entries use is matched as it is (and as a prefix); only a word they never use is a typo to forgive.
    const knows = (term: string): boolean => vocabulary.corpus.df.has(term);
    const ranked =
      'library' in matching
        ? rerank(
            matching.library.search([...query.weights.keys()].join(' '), {
              tokenize: (s) => s.split(' '),
              processTerm: (t) => t,
              fuzzy: (term) => (term.length >= PREFIX_LENGTH && !knows(term) ? FUZZINESS : false),
              boostTerm: (term) => query.weights.get(term) ?? 1,
              boostDocument: (id) => boostDocument(String(id)),
            }),
            query,
          )
        : rerankMatched(matching.matcher, termQueries(query, knows), query, boostDocument);
    const signals: QuestionSignals = { intents: intentsOf(text), words: query.own.size, best: ranked[0]?.score ?? 0, ...(roleKnown ? { audience } : {}), ...(routeOf === undefined ? {} : { routeOf }) };
    return { query, ranked, signals, roleKnown, ...(routeOf === undefined ? {} : { routeOf }) };
  };

  const entryTerms = new Map(
    state.entryTerms.flatMap(([id, terms]): [string, { entry: KnowledgeEntry; terms: EntryTerms }][] => {
      const entry = byId.get(id);
      return entry === undefined ? [] : [[id, { entry, terms: { ...terms, asks: new Set(terms.asks) } }]];
    }),
  );
  const rarity = (term: string): number => {
    const { df, entries: total, everyday } = vocabulary.corpus;
    return Math.log(1 + total / ((everyday.has(term) ? total * EVERYDAY_SHARE : (df.get(term) ?? 0)) + 0.5));
  };
  const exampleVector = (query: Query): TermVector => unit(new Map([...query.weights].map(([t, w]) => [t, w * rarity(t)])));
  /** What the nearest example questions say of each entry (EXAMPLE_FEATURES order; none without examples). */
  const exampleEvidence = (query: Query): ((id: string) => number[]) =>
    examples.size === 0 ? () => [] : evidenceOf(examples.nearest(exampleVector(query)), examples.idsOf);
  const candidates = (text: string, query: Query, ranked: Ranked[], signals: QuestionSignals, evidence = exampleEvidence(query)): { id: string; features: number[] }[] => {
    const question = { own: ownWeights(query, vocabulary.corpus), alike: [...query.own.values()].flatMap((o) => [...o.alike]), asks: askingWordsOf(text) };
    return candidatesOf(ranked, question, (id) => entryTerms.get(id), evidence).map((c) => ({ id: c.entry.id, features: featuresOf(signals, c) }));
  };

  /** The second stage: the first CANDIDATES hits in the learned order (ties keep the first stage's), the rest after them. */
  const secondStage = (text: string, query: Query, ranked: Ranked[], signals: QuestionSignals, evidence: (id: string) => number[]): Ranked[] => {
    if (ranker === null) return ranked;
    const scored = candidates(text, query, ranked, signals, evidence).map((c, i) => ({ i, score: scoreOf(ranker.weights, c.features) }));
    const head = scored.sort((a, b) => b.score - a.score || a.i - b.i).flatMap(({ i }) => ranked[i] ?? []);
    return [...head, ...ranked.slice(CANDIDATES)];
  };

  return {
    byId: (id) => byId.get(id),
    exampleVector: (text) => exampleVector(buildQuery(text, vocabulary)),
    candidates(text, context = {}) {
      const first = firstStage(text, context);
      return 'answer' in first ? [] : candidates(text, first.query, first.ranked, first.signals);
    },
    search(text, context = {}) {
      const first = firstStage(text, context);
      if ('answer' in first) return first.answer;
      const { query, routeOf, roleKnown } = first;
      const evidence = exampleEvidence(query);
      const ranked = secondStage(text, query, first.ranked, first.signals, evidence);
      const hits = ranked.slice(0, 10).flatMap((r) => {
        const entry = byId.get(r.id);
        return entry === undefined ? [] : [{ entry, score: r.score }];
      });
      const best = ranked[0];
      const judgement = judge(
        {
          own: query.own,
          acronyms: query.acronyms,
          sections: sectionsIn(text),
          best: best && { score: best.score, matched: best.matched, sections: sectionsOf.get(best.id) ?? new Set() },
          ...(best === undefined ? {} : agreementOf(evidence(best.id))),
        },
        vocabulary.corpus,
      );
      // Someone whose role is known asked who to call or what to do, and their route came first: that is the answer.
      if (roleKnown && best !== undefined && best.id === routeOf) return { hits, confident: true, coverage: judgement.coverage, unknown: judgement.unknown };
      return { hits, confident: judgement.doubt === undefined, ...judgement };
    },
  };
}
