import { type Corpus, knownAs } from './searchCorpus';

/**
 * Whether the best hit answers the question, or the assistant should say it is not sure and offer
 * the menu. The protocol answers only CSE questions, and neighbouring questions (health, schools,
 * policing, social care) share many of its words, so a hit is trusted only when:
 *  - the question's words are words the protocol uses: exactly, as a word form or one-edit typo of
 *    one, or through a synonym or abbreviation. A question carried by words it never uses ("HPV
 *    vaccine", "payroll", "GDPR") is about something else, however well its other words match;
 *  - the best entry covers the question's rare words, not just its common ones: every word is
 *    weighed by inverse document frequency, so "custody" counts for more than "police", and an
 *    entry that misses two rare words has missed part of the question;
 *  - the entry is about those words rather than mentioning them in passing (score per unit of rarity);
 *  - a section number in the question ("s1 PACE", "section 60") is one the best entry cites.
 * The coverage rules (the second, third and the share covered) give way when the question is very
 * like example questions people asked for the best entry (ExampleAgreement).
 * Constants are calibrated on the dev and held-out questions of knowledge/eval/questions.json.
 */

/** Why the assistant is not sure; undefined when it is. */
export type Doubt = 'no-match' | 'weak-match' | 'unknown-words' | 'missed-rare-words' | 'passing-mention' | 'other-section';

const RULES = {
  /** Below this even the best hit is not an answer. */
  MIN_SCORE: 50,
  /** The IDF-weighted share of the question a hit must cover; a strong hit (STRONG_SCORE and over) needs less. */
  MIN_COVERAGE: 0.5,
  STRONG_SCORE: 200,
  STRONG_COVERAGE: 0.4,
  /** The most of the question's weight that may lie in words the protocol never uses, and the most such words. */
  MAX_UNKNOWN_SHARE: 0.45,
  MAX_UNKNOWN_WORDS: 2,
  /** A word in fewer than 10 entries (3% of the protocol) is rare; the best entry may miss one, not two. */
  RARE_WEIGHT: 3.5,
  MAX_MISSED_RARE: 1,
  /** The least score per unit of matched weight, once two or more words match (see doubtOf). */
  MIN_QUALITY: 12,
  /** An everyday word or a number weighs as a word used in a third of the entries. */
  EVERYDAY_WEIGHT: 1.2,
  /**
   * The example questions agree (see ExampleAgreement): the best hit's likeness to the nearest example
   * asked for it, and its share of the ten nearest examples' likeness, both at least these.
   */
  EXAMPLE_LIKENESS: 0.6,
  EXAMPLE_SHARE: 0.3,
} as const;

/**
 * Doubts that people's own example questions may lift: the question words the entry's text leaves
 * out (a description, "16 y/o having her second termination", covers few of an indicator's words),
 * never a weak score, words the protocol never uses or a section the entry does not cite.
 */
const LIFTED_BY_EXAMPLES: ReadonlySet<Doubt> = new Set(['weak-match', 'missed-rare-words', 'passing-mention']);

/** Whether a doubt is only that the best entry covers too little of the question: its words are the protocol's, and no section is at odds. */
export const coversTooLittle = (doubt: Doubt | undefined): boolean => doubt !== undefined && LIFTED_BY_EXAMPLES.has(doubt);

/** Statute sections cited in a text: "s46", "section 46" and ranges "ss9–15" (s9 to s15). */
export function sectionsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\b(?:sections?\s|ss?)(\d{1,3})(?:\s?[–-]\s?(\d{1,3}))?\b/g)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Math.min(Number(m[2]), from + 50);
    for (let n = from; n <= to; n += 1) found.add(`s${n}`);
  }
  return found;
}

/** One of the question's own (normalised) terms. */
export interface QuestionTerm {
  /** As typed, for typo look-up. */
  typed: string;
  /** The terms whose match counts as covering it: itself, its synonyms, an abbreviation's expansion. */
  covers: ReadonlySet<string>;
  /** The terms that mean the same word and so weigh like it: itself and its synonyms, not an abbreviation's expansion. */
  alike: ReadonlySet<string>;
}

export interface Evidence {
  own: ReadonlyMap<string, QuestionTerm>;
  /** Own terms typed in capitals: an acronym names a thing, so an unknown one carries the question. */
  acronyms: ReadonlySet<string>;
  /** Statute sections the question cites. */
  sections: ReadonlySet<string>;
  best?: {
    score: number;
    matched: ReadonlySet<string>;
    sections: ReadonlySet<string>;
    title: ReadonlySet<string>;
    /** The entry's one-word keywords: a rare one names the entry as a title word does (see namesBest). */
    names: ReadonlySet<string>;
  };
  /** What the example questions say of the best hit; absent when the index has none. */
  examples?: ExampleAgreement;
}

/**
 * How the practitioners' example questions (knowledge/searchExamples.ts) stand to the best hit: the
 * likeness of the nearest example asked for it (cosine, 0 to 1) and its share of the nearest examples'
 * likeness. A question very like ones people asked for the entry, the nearest of them mostly for it,
 * is asked for that entry, even where its words cover little of the entry's own text.
 */
export interface ExampleAgreement {
  likeness: number;
  share: number;
}

const examplesAgree = (agreement: ExampleAgreement | undefined): boolean =>
  agreement !== undefined && agreement.likeness >= RULES.EXAMPLE_LIKENESS && agreement.share >= RULES.EXAMPLE_SHARE;

export interface Judgement {
  doubt?: Doubt;
  /** IDF-weighted share of the question the best hit covers. */
  coverage: number;
  /** The question's content words the protocol never uses. */
  unknown: string[];
}

interface Weighed {
  term: string;
  weight: number;
  known: boolean;
  covered: boolean;
}

const idf = (df: number, corpus: Corpus): number => Math.log(1 + corpus.entries / (df + 0.5));
const sum = (weighed: Weighed[]): number => weighed.reduce((total, w) => total + w.weight, 0);

/**
 * Each own term weighed by how distinctive it is: a known term by its commonest synonym (so "kid",
 * known as "child", weighs as little as "child"), an everyday word or a number as a common word,
 * an unknown word as rarer than any; a number the entries never use ("22", "2am") weighs nothing.
 */
function weigh(evidence: Evidence, matched: ReadonlySet<string>, corpus: Corpus): Weighed[] {
  return [...evidence.own].map(([term, { typed, covers, alike }]) => {
    const dfs = [...alike].flatMap((t) => {
      const known = knownAs(t, t === term ? typed : t, corpus);
      return known === undefined ? [] : [corpus.df.get(known) ?? 0];
    });
    const everyday = corpus.everyday.has(term) || /^\d+$/.test(term);
    const weight = dfs.length > 0 ? idf(Math.max(...dfs), corpus) : /\d/.test(term) ? 0 : idf(0, corpus);
    return {
      term,
      weight: everyday ? Math.min(weight, RULES.EVERYDAY_WEIGHT) : weight,
      known: dfs.length > 0 || corpus.everyday.has(term),
      covered: [...covers].some((t) => matched.has(t)),
    };
  });
}

/**
 * The question names the best entry: each of its topic words (not an everyday one) is, or is a synonym
 * of, a word of the entry's title ("SAFEGUARD" for "SAFEGUARD: the CSE warning signs"), or a rare word
 * the entry has as a keyword on its own ("Merlin" for the police reporting pathway). A question of one
 * or two such words scores too little to pass MIN_SCORE however exactly it names its entry.
 */
const namesBest = (evidence: Evidence, best: NonNullable<Evidence['best']>, weighed: Weighed[]): boolean => {
  const topic = weighed.filter((w) => w.known && w.weight > RULES.EVERYDAY_WEIGHT);
  const names = (w: Weighed): boolean =>
    [...(evidence.own.get(w.term)?.covers ?? [])].some((t) => best.title.has(t) || (w.weight >= RULES.RARE_WEIGHT && best.names.has(t)));
  return topic.length > 0 && weighed.every((w) => w.known) && topic.every(names);
};

function doubtOf(evidence: Evidence, best: NonNullable<Evidence['best']>, weighed: Weighed[]): Doubt | undefined {
  if (best.score < RULES.MIN_SCORE && !namesBest(evidence, best, weighed)) return 'weak-match';
  const doubt = wordsDoubt(evidence, best, weighed);
  return doubt !== undefined && LIFTED_BY_EXAMPLES.has(doubt) && examplesAgree(evidence.examples) ? undefined : doubt;
}

function wordsDoubt(evidence: Evidence, best: NonNullable<Evidence['best']>, weighed: Weighed[]): Doubt | undefined {
  const total = sum(weighed);
  const unknown = weighed.filter((w) => !w.known && w.weight > 0);
  const covered = weighed.filter((w) => w.covered);
  if (evidence.sections.size > 0 && ![...evidence.sections].some((s) => best.sections.has(s))) return 'other-section';
  if (unknown.length > RULES.MAX_UNKNOWN_WORDS || sum(unknown) / total > RULES.MAX_UNKNOWN_SHARE) return 'unknown-words';
  if (unknown.some((w) => evidence.acronyms.has(w.term))) return 'unknown-words';
  const missed = weighed.filter((w) => w.known && !w.covered && w.weight >= RULES.RARE_WEIGHT);
  if (missed.length > RULES.MAX_MISSED_RARE) return 'missed-rare-words';
  // The reranked score is about the summed BM25 times the words matched, so per unit of matched weight
  // it is low when the entry only mentions the words in a long body or list ("foster" in a list of
  // attendees). A single matched word is left to MIN_SCORE: its ratio is low even for a title match.
  if (covered.length >= 2 && best.score / sum(covered) < RULES.MIN_QUALITY) return 'passing-mention';
  const needed = best.score >= RULES.STRONG_SCORE ? RULES.STRONG_COVERAGE : RULES.MIN_COVERAGE;
  return sum(covered) / total < needed ? 'weak-match' : undefined;
}

export function judge(evidence: Evidence, corpus: Corpus): Judgement {
  const { best } = evidence;
  const weighed = weigh(evidence, best?.matched ?? new Set(), corpus);
  const total = sum(weighed);
  const judgement = {
    coverage: total === 0 ? 0 : sum(weighed.filter((w) => w.covered)) / total,
    unknown: weighed.filter((w) => !w.known && w.weight > 0).map((w) => w.term),
  };
  if (best === undefined || total === 0) return { ...judgement, doubt: 'no-match' };
  const doubt = doubtOf(evidence, best, weighed);
  return doubt === undefined ? judgement : { ...judgement, doubt };
}
