import { AGE_BANDS, ageBands } from './ageBands';
import { type Corpus, knownAs } from './searchCorpus';
import { contentTerm, contentTerms, normalizeTerm, tokenize } from './searchTerms';
import type { Vocabulary } from './searchVocabulary';

/**
 * A question as the first stage searches it: its own terms at weight 1, each glossary abbreviation and
 * practitioner synonym (knowledge/synonyms.ts) adding the protocol's own words at a reduced weight, an
 * age as its band, and a word the entries never use read as the one it is a slip of.
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

/** The weighted query: the question's own terms at weight 1, and for each the terms that count as covering it. */
export interface Query {
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

/** The synonym groups one of whose phrases begins with a word of the question, in the groups' order. */
function groupsMet(vocabulary: Vocabulary, normal: readonly string[]): number[] {
  const groups: number[] = [];
  for (const word of normal) for (const group of vocabulary.synonymsStartingWith.get(word) ?? []) if (!groups.includes(group)) groups.push(group);
  return groups.sort((a, b) => a - b);
}

function addSynonyms(query: Query, vocabulary: Vocabulary, normal: string[]): void {
  const startsAt = (phrase: string[], i: number): boolean => phrase.length > 0 && phrase.every((p, k) => normal[i + k] === p);
  // Only a group with a phrase beginning with one of the question's words can meet it; the others are passed over, in the same order.
  for (const group of groupsMet(vocabulary, normal)) {
    const { phrases, adds } = vocabulary.synonyms[group] ?? { phrases: [], adds: [] };
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

export function buildQuery(text: string, vocabulary: Vocabulary): Query {
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

/** Each own term with the terms that cover it and its IDF weight (its commonest alike term's), as the re-ranker's field coverage weighs them. */
export const ownWeights = (query: Query, corpus: Corpus): { covers: ReadonlySet<string>; weight: number }[] =>
  [...query.own.values()].map(({ covers, alike }) => {
    const df = Math.max(0, ...[...alike].map((t) => corpus.df.get(t) ?? 0));
    return { covers, weight: Math.log(1 + corpus.entries / (df + 0.5)) };
  });
