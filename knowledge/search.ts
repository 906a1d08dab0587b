import type MiniSearch from 'minisearch';
import type { KnowledgeEntry } from './entry.schema';
import { selfIdentifiedRole } from './roleWords';
import { AGE_AND_CONSENT_ENTRY, asksAboutConsentAtSixteen, CONSENT_AGE_ENTRY, ledByConsentAge, tellsUnderSixteenWithAdultPartner } from './consentAge';
import { asksForRoute, asksWhoToTell, GENERAL_ROUTE, ROLE_START, ROUTE_QUESTION, routeAfterTheEvent } from './routeQuestion';
import { spellOut } from './spellings';
import { kindWeightsFor, roleFirst, roleWeight } from './searchBoosts';
import { coversTooLittle, type ExampleAgreement, judge, sectionsIn } from './searchConfidence';
import { type Doc, docsOf, FUZZINESS, MATCH_OPTIONS, miniSearchOf, PREFIX_LENGTH } from './searchDocuments';
import { evidenceOf, EXAMPLE_MODEL_EN_GB, exampleIndexFrom, type TermVector, unit } from './searchExamples';
import { askingWordsOf, FEATURE_NAMES, featuresInto, featuresOf, intentsOf, LONG_QUESTION, type QuestionSignals } from './searchFeatures';
import { alikeSides, comparedHits, comparedList, comparedSides, comparingHit, listedHits, sideEntry, withSharedHead } from './searchComparison';
import { type Ranked, rerank, rerankMatched, termQueries } from './searchMatching';
import { buildQuery, ownWeights, type Query } from './searchQuery';
import { candidatesOf, CANDIDATES, type EntryTerms, type QuestionTerms, RANKER_MODEL_EN_GB, scoreOf } from './searchRanker';
import { ledByQuestion, questionClause } from './searchQuestionClause';
import { ledBySexualAssault, tellsSexualAssault } from './sexualAssaultTold';
import { searchStateFor } from './searchState';
import { exampleMeaningEvidence, flatMeanings, meaningFromText, meaningsOf } from './searchMeaning';
import { contentTerms } from './searchTerms';
import { vocabularyFrom } from './searchVocabulary';
import { type TermMatcher, termMatcherFrom } from './termMatcher';
import { type MeaningVector, WORD_VECTORS_EN } from './wordVectors';
import type { IndexOptions, SearchContext, SearchHit, SearchResult, TrainableIndex } from './searchTypes';

/**
 * Free text to the best entry, in two stages. The first matches the question's terms
 * (knowledge/searchQuery.ts: every glossary abbreviation and practitioner synonym adds the protocol's
 * own words at a reduced weight) against the entries as MiniSearch indexes them
 * (knowledge/searchDocuments.ts: BM25 with prefix and fuzzy matching, so typos are forgiven) and ranks
 * the hits (knowledge/searchMatching.ts); the second re-orders the first hits by a learned score
 * (knowledge/searchRanker.ts). It reports its confidence so the assistant can say it does not know
 * rather than guess: confidence is judged in knowledge/searchConfidence.ts. Constants are calibrated
 * on the dev and held-out questions (knowledge/eval/questions.json), never on the blind set.
 */

const ROUTE_BOOST = 2;
/**
 * An entry citing a statute section the question cites ("do we need a s47 for every cse case"): the
 * confidence rule trusts only such an entry, so the first stage must not let common words ("cse",
 * "case") push every one of them out of its first hits.
 */
const SECTION_BOOST = 2;
/** An everyday word ("told", "keeps") says little about which entry is asked for: it weighs as a word half the entries use. */
const EVERYDAY_SHARE = 0.5;

export type { IndexOptions, KnowledgeIndex, SearchContext, SearchHit, SearchResult, TrainableIndex } from './searchTypes';

/** The example evidence of one entry (EXAMPLE_FEATURES order) as the confidence rule reads it: its best likeness and its share of the votes. */
const agreementOf = (features: number[]): { examples?: ExampleAgreement } => {
  const [likeness, , , share] = features;
  return likeness === undefined || share === undefined ? {} : { examples: { likeness, share } };
};

export function createKnowledgeIndex(entries: KnowledgeEntry[], options: IndexOptions = {}): TrainableIndex {
  const ranker = options.ranker === undefined ? RANKER_MODEL_EN_GB : options.ranker;
  const exampleModel = options.examples === undefined ? EXAMPLE_MODEL_EN_GB : options.examples;
  const state = searchStateFor(entries, exampleModel, options.cache);
  const examples = exampleIndexFrom(state.examples);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const matching: { library: MiniSearch<Doc> } | { matcher: TermMatcher } =
    options.termMatching === 'library' ? { library: miniSearchOf(docsOf(entries)) } : { matcher: termMatcherFrom(state.postings, MATCH_OPTIONS) };
  const vocabulary = vocabularyFrom(state.vocabulary);
  const sectionsOf = new Map(state.sections.map(([id, sections]) => [id, new Set(sections)]));
  const titleTerms = new Map(entries.map((e) => [e.id, new Set(contentTerms(e.title))]));
  /** An entry's keywords of one word as written ("Merlin" on the police pathway): a rare one names the entry as its title would. */
  const nameTerms = new Map(entries.map((e) => [e.id, new Set(e.keywords.filter((k) => !/\s/.test(k.trim())).flatMap(contentTerms))]));
  const wordVectors = options.wordVectors === undefined ? WORD_VECTORS_EN : options.wordVectors;
  const meanings = wordVectors === null ? null : meaningsOf(entries, wordVectors);
  const byEntry = new Map<string, MeaningVector[]>();
  for (const e of meanings === null ? [] : (exampleModel?.examples ?? [])) {
    const v = meaningFromText(e.meaning);
    for (const id of e.ids) byEntry.set(id, [...(byEntry.get(id) ?? []), v]);
  }
  const exampleMeanings = new Map([...byEntry].map(([id, vs]) => [id, flatMeanings(vs)]));
  /** What the question's meaning says of the first stage's candidates, and of their example questions (MEANING_FEATURES order; none without word vectors). */
  const meaningEvidence = (text: string, ranked: readonly Ranked[]): ((id: string) => number[]) => {
    if (meanings === null) return () => [];
    const question = meanings.of(text);
    const ids = ranked.slice(0, CANDIDATES).map((r) => r.id);
    const [own, examples] = [meanings.evidence(question, ids), exampleMeaningEvidence(question, ids, (id) => exampleMeanings.get(id))];
    return (id) => [...own(id), ...examples(id)];
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
    // A role the writer gives ("im a practice nurse not a teacher") is theirs, whatever role was chosen before (as dialogs/situation.ts reads it).
    const audience = self?.role ?? context.audience;
    // With no role known, the route is the multi-agency referral route: every concern reaches children's social care.
    const roleKnown = audience !== undefined && audience !== 'all';
    const routeOf = asksForRoute(text) ? (roleKnown ? ROLE_START[audience] : GENERAL_ROUTE) : undefined;
    const bare = routeOf !== undefined && saysNothing(spellOut(self?.rest ?? text).replace(ROUTE_QUESTION, ' '));
    // "What do I do now?", "who do I report it to?" and nothing more: the route is the answer.
    if (routeOf !== undefined && bare) {
      const route = answerWith(routeOf);
      // The other roles' routes follow it, for the uncertain reply and for anyone who is not who we assumed.
      const others = Object.values(ROLE_START).flatMap((id) => (id === routeOf ? [] : (answerWith(id)?.hits ?? [])));
      if (route !== undefined) return { answer: { ...route, hits: [...route.hits, ...others.filter((h, i) => others.findIndex((o) => o.entry.id === h.entry.id) === i)] } };
    }
    const query = buildQuery(text, vocabulary);
    if (query.weights.size === 0) return { answer: { hits: [], confident: false, coverage: 0, doubt: 'no-match', unknown: [] } };
    const kindWeightOf = kindWeightsFor(query, text);
    const cited = [...sectionsIn(text)];
    const citesAsked = (id: string): boolean => cited.length > 0 && cited.some((s) => sectionsOf.get(id)?.has(s) === true);
    const boostDocument = (id: string): number => {
      const entry = byId.get(id);
      return (
        kindWeightOf(entry?.kind ?? 'topic') *
        roleWeight(audience, entry?.audiences ?? []) *
        (roleKnown && id === routeOf ? ROUTE_BOOST : 1) *
        (citesAsked(id) ? SECTION_BOOST : 1)
      );
    };
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
  const questionTermsOf = (text: string, query: Query): QuestionTerms => ({ own: ownWeights(query, vocabulary.corpus), alike: [...query.own.values()].flatMap((o) => [...o.alike]), asks: askingWordsOf(text) });
  const candidates = (text: string, query: Query, ranked: Ranked[], signals: QuestionSignals, evidence = exampleEvidence(query)): { id: string; features: number[] }[] =>
    candidatesOf(ranked, questionTermsOf(text, query), (id) => entryTerms.get(id), evidence, meaningEvidence(text, ranked)).map((c) => ({ id: c.entry.id, features: featuresOf(signals, c) }));
  // One candidate's features at a time, scored at once and not kept: safe to share between searches, since a search never yields.
  const features = new Float64Array(FEATURE_NAMES.length);

  /** The second stage: the first CANDIDATES hits in the learned order (ties keep the first stage's), the rest after them. */
  const secondStage = (text: string, query: Query, ranked: Ranked[], signals: QuestionSignals, evidence: (id: string) => number[]): Ranked[] => {
    if (ranker === null) return ranked;
    const question = questionTermsOf(text, query);
    const scored = candidatesOf(ranked, question, (id) => entryTerms.get(id), evidence, meaningEvidence(text, ranked)).map((c, i) => ({ i, score: scoreOf(ranker.weights, featuresInto(features, signals, c)) }));
    const head = scored.sort((a, b) => b.score - a.score || a.i - b.i).flatMap(({ i }) => ranked[i] ?? []);
    return [...head, ...ranked.slice(CANDIDATES)];
  };

  const searchOnce = (text: string, context: SearchContext): SearchResult => {
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
        best: best && { score: best.score, matched: best.matched, sections: sectionsOf.get(best.id) ?? new Set(), title: titleTerms.get(best.id) ?? new Set(), names: nameTerms.get(best.id) ?? new Set() },
        ...(best === undefined ? {} : agreementOf(evidence(best.id))),
      },
      vocabulary.corpus,
    );
    // "Shes 16 so its legal right?": Section 8's point leads, and the route follows it when what to do is asked too.
    // "14 yr old …, her bf is 22": Section 10's age and consent leads.
    const consentAge = byId.get(asksAboutConsentAtSixteen(text) ? CONSENT_AGE_ENTRY : tellsUnderSixteenWithAdultPartner(text) ? AGE_AND_CONSENT_ENTRY : '');
    const route = routeOf === undefined ? undefined : byId.get(routeOf);
    // "…back this morning, says she was sexually assaulted … what next": the Haven leads, the asker's route on its own card after it.
    const assault = tellsSexualAssault(text) ? ledBySexualAssault(text, (id) => byId.get(id), byId.get(first.signals.audience === undefined ? GENERAL_ROUTE : ROLE_START[first.signals.audience]), hits) : undefined;
    if (assault !== undefined) return { ...assault, confident: true, coverage: judgement.coverage, unknown: judgement.unknown };
    if (consentAge !== undefined) return { ...ledByConsentAge(consentAge, route, hits), confident: true, coverage: judgement.coverage, unknown: judgement.unknown };
    // Someone whose role is known asked who to call or what to do, and their route came first: that is the answer.
    if (roleKnown && best !== undefined && best.id === routeOf) return { hits, confident: true, coverage: judgement.coverage, unknown: judgement.unknown };
    // A told situation that asks who to tell or whether to report it ("…should i report it?"), in the protocol's words, that no
    // entry answers with confidence: the asker's route (the referral route when no role is known) answers what was asked,
    // and the entries found follow it. So it does, confident or not, when business staff ask it of something already past.
    const told = first.signals.words > LONG_QUESTION && asksWhoToTell(text);
    const routeId = routeAfterTheEvent(text, first.signals.audience) ?? (told && coversTooLittle(judgement.doubt) ? routeOf : undefined);
    const afterwards = routeId === undefined ? undefined : byId.get(routeId);
    if (afterwards !== undefined) return { hits: [{ entry: afterwards, score: best?.score ?? 0 }, ...hits.filter((h) => h.entry.id !== afterwards.id)].slice(0, 10), confident: true, coverage: judgement.coverage, unknown: judgement.unknown };
    return { hits, confident: judgement.doubt === undefined, ...judgement };
  };

  /** Each compared side's own search, when each finds its entry with confidence: as typed, else with the head noun they share ("ES and EU flag"). */
  const comparedResults = (named: readonly [string, string] | undefined, context: SearchContext): SearchResult[] | undefined => {
    for (const pair of named === undefined ? [] : [named, withSharedHead(named)]) {
      const sides = pair?.map((side) => searchOnce(side, context));
      if (sides?.every((r) => r.confident) === true) return sides;
    }
    return undefined;
  };

  /** Each listed side's entry, when every side finds one with confidence and no two are the same. */
  const listedEntries = (sides: readonly string[] | undefined, context: SearchContext): SearchResult['compared'] => {
    const entries = (sides ?? []).map((side) => searchOnce(side, context)).map((r) => (r.confident ? sideEntry(r.hits) : undefined));
    const [a, b, ...more] = entries.flatMap((e) => (e === undefined ? [] : [e]));
    if (a === undefined || b === undefined || entries.length < 3 || 2 + more.length !== entries.length) return undefined;
    return new Set(entries.map((e) => e?.id)).size === entries.length ? [a, b, ...more] : undefined;
  };

  return {
    byId: (id) => byId.get(id),
    exampleVector: (text) => exampleVector(buildQuery(text, vocabulary)),
    meaningVector: (text) => (meanings === null ? new Float64Array(0) : meanings.of(text)),
    candidates(text, context = {}) {
      const first = firstStage(text, context);
      if ('answer' in first || routeAfterTheEvent(text, first.signals.audience) !== undefined) return [];
      return candidates(text, first.query, first.ranked, first.signals);
    },
    search(text, context = {}) {
      const audience = selfIdentifiedRole(text)?.role ?? context.audience;
      // A told situation ending in a question: the question, searched alone, leads when it finds its entry with confidence.
      const clause = questionClause(text);
      const once = ledByQuestion(searchOnce(text, context), clause === undefined ? undefined : searchOnce(clause, audience === undefined ? {} : { audience }));
      const result = { ...once, hits: roleFirst(once.hits, audience) };
      // Three things or more compared ("category 1 2 and 3"): each side found by its own search answers (`listedHits`).
      const each = listedEntries(comparedList(text), context);
      if (each !== undefined) return { ...listedHits(result.hits, result.confident, each), confident: true, coverage: result.coverage, unknown: result.unknown };
      const named = comparedSides(text);
      const sides = comparedResults(named, context);
      if (named === undefined || sides === undefined) return result;
      const [sideA, sideB] = sides.map((r) => sideEntry(r.hits));
      if (sideA === undefined || sideB === undefined || sideA.id === sideB.id) return result;
      const [a, b] = alikeSides([sideA, sideB], [sides[0]?.hits ?? [], sides[1]?.hits ?? []]);
      // Each side named its entry: the answer is one, and the other comes next, beside it.
      const hitOf = (entry: KnowledgeEntry): SearchHit => ({ entry, score: result.hits.find((h) => h.entry.id === entry.id)?.score ?? 0 });
      const comparing = result.confident ? comparingHit(result.hits, named, [a, b]) : undefined;
      const hits = comparedHits(result.hits, comparing, [hitOf(a), hitOf(b)]);
      // An entry that compares them itself ("Where to refer a child: the MASH, not a meeting") stays the one answer.
      const answer = hits[0]?.entry.id;
      const compared = answer === a.id ? ([a, b] as const) : answer === b.id ? ([b, a] as const) : undefined;
      return { hits, confident: true, coverage: result.coverage, unknown: result.unknown, ...(compared === undefined ? {} : { compared }) };
    },
  };
}
