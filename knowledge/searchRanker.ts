import { z } from 'zod';
import type { KnowledgeEntry } from './entry.schema';
import { type Candidate, type Field, FEATURE_NAMES, FIELDS } from './searchFeatures';
import shipped from './searchRanker.en-GB.json';

/**
 * The second stage of the question search: a linear re-ranker over the first stage's best few
 * entries, trained on the practitioners' development questions (`npm run train:qa`,
 * tools/train-qa-ranker.ts) with cross-validation by file, and checked against a fresh training by
 * test/knowledge/searchRanker.test.ts. It re-orders the candidates only; whether the best one
 * answers the question is still judged by knowledge/searchConfidence.ts.
 */

/** How many of the first stage's entries the re-ranker orders; the rest keep their places after them. */
export const CANDIDATES = 10;

const rateSchema = z.number().min(0).max(1);

export const rankerFoldSchema = z.object({
  /** The question file measured, by a re-ranker trained on the others. */
  file: z.string().min(1),
  questions: z.number().int().nonnegative(),
  /** Top-1 of the first stage alone, and with the re-ranker trained without this file (and its questions' nearest examples found without it). */
  before: rateSchema,
  after: rateSchema,
  /** The same for top-3. */
  top3Before: rateSchema,
  top3After: rateSchema,
});

export const rankerModelSchema = z
  .object({
    /** Changes when the features change, so an old file is never read with new code. */
    version: z.literal(3),
    locale: z.string().min(2),
    kind: z.literal('softmax linear re-ranker'),
    candidates: z.number().int().positive(),
    /** The question files it was trained on (the example questions among them), each with the SHA-256 of its questions as used. */
    trainedOn: z.array(z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), questions: z.number().int().positive() })).min(2),
    training: z.object({ epochs: z.number().int().positive(), learningRate: z.number().positive(), l2: z.number().nonnegative() }),
    crossValidation: z.array(rankerFoldSchema).min(2),
    features: z.array(z.string().min(1)),
    weights: z.array(z.number()),
  })
  .refine((m) => m.features.length === m.weights.length, 'every feature has one weight')
  .refine((m) => m.features.join('\n') === FEATURE_NAMES.join('\n'), 'the features are the ones knowledge/searchFeatures.ts computes, in its order');
export type RankerModel = z.infer<typeof rankerModelSchema>;

export const RANKER_MODEL_EN_GB: RankerModel = rankerModelSchema.parse(shipped);

export const scoreOf = (weights: readonly number[], features: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < features.length; i += 1) total += (features[i] ?? 0) * (weights[i] ?? 0);
  return total;
};

/** What the first stage gives for one entry: its score and, per matched document term, the fields it was met in. */
export interface FirstStageHit {
  id: string;
  score: number;
  match: Readonly<Record<string, readonly string[]>>;
}

/** Each field's place in FIELDS, as a bit of a mask. */
const FIELD_BIT: ReadonlyMap<string, number> = new Map(FIELDS.map((f, i) => [f, 1 << i]));

/** Whether an index term is one of the covering terms or a longer form of one. */
const coveredBy = (term: string, covers: ReadonlySet<string>): boolean => {
  for (const c of covers) if (term === c || term.startsWith(c)) return true;
  return false;
};

/** The IDF-weighted share of the question's own words met in each field of one hit (a word is met through any term that covers it, or a longer form of one). */
export function fieldCoverage(hit: FirstStageHit, own: ReadonlyArray<{ covers: ReadonlySet<string>; weight: number }>): { fields: Record<Field, number>; coverage: number } {
  let total = 0;
  for (const o of own) total += o.weight;
  const fields: Record<Field, number> = { title: 0, keywords: 0, summary: 0, body: 0, facts: 0 };
  let coverage = 0;
  if (total === 0) return { fields, coverage };
  const keys = Object.keys(hit.match);
  for (const { covers, weight } of own) {
    // The fields the word was met in, one bit each in FIELDS order; `met` also counts a field FIELDS does not name.
    let inFields = 0;
    let met = false;
    for (const term of keys) {
      const where = hit.match[term] ?? [];
      if (where.length === 0 || !coveredBy(term, covers)) continue;
      met = true;
      for (const f of where) inFields |= FIELD_BIT.get(f) ?? 0;
    }
    FIELDS.forEach((f, i) => {
      if ((inFields & (1 << i)) !== 0) fields[f] += weight / total;
    });
    if (met) coverage += weight / total;
  }
  return { fields, coverage };
}

/** What the index knows of an entry's own words: its title's terms, each keyword phrase's terms, and the asking words its title uses. */
export interface EntryTerms {
  title: readonly string[];
  keywords: readonly (readonly string[])[];
  asks: ReadonlySet<string>;
}

/** What the question brings: its own terms (with what covers them and their weight), and its asking words. */
export interface QuestionTerms {
  own: ReadonlyArray<{ covers: ReadonlySet<string>; weight: number }>;
  /** The own terms and their synonyms: an abbreviation's expansion meets its words in any field, but is not the question's own wording of a title. */
  alike: readonly string[];
  asks: ReadonlySet<string>;
}

/** How much of the entry's own words the question met: its title, and its best keyword phrase. */
function entryMet(terms: EntryTerms, question: QuestionTerms): Pick<Candidate, 'titlePrecision' | 'keywordBest' | 'keywordPhrase' | 'titleAsksAlike'> {
  // A word form meets its longer forms ("exploit", "exploitation"), but short words only themselves.
  const met = (t: string): boolean => {
    for (const c of question.alike) if (t === c || (Math.min(t.length, c.length) >= 5 && (t.startsWith(c) || c.startsWith(t)))) return true;
    return false;
  };
  const share = (words: readonly string[]): number => {
    if (words.length === 0) return 0;
    let count = 0;
    for (const w of words) if (met(w)) count += 1;
    return count / words.length;
  };
  // A one-word keyword is a field match like any other; a phrase met whole or in part says more.
  let keywordBest = 0;
  let keywordPhrase = false;
  for (const phrase of terms.keywords) {
    if (phrase.length < 2) continue;
    const shared = share(phrase);
    keywordBest = Math.max(keywordBest, shared);
    if (shared === 1) keywordPhrase = true;
  }
  let titleAsksAlike = false;
  for (const w of question.asks) if (terms.asks.has(w)) titleAsksAlike = true;
  return { titlePrecision: share(terms.title), keywordBest, keywordPhrase, titleAsksAlike };
}

/** The candidates as the re-ranker sees them, best of the first stage first. */
export const candidatesOf = (
  hits: readonly FirstStageHit[],
  question: QuestionTerms,
  byId: (id: string) => { entry: KnowledgeEntry; terms: EntryTerms } | undefined,
  examples: (id: string) => readonly number[],
  meaning: (id: string) => readonly number[] = () => [],
): Candidate[] =>
  hits.slice(0, CANDIDATES).flatMap((hit, rank) => {
    const known = byId(hit.id);
    return known === undefined ? [] : [{ entry: known.entry, score: hit.score, rank, ...fieldCoverage(hit, question.own), ...entryMet(known.terms, question), examples: examples(hit.id), meaning: meaning(hit.id) }];
  });
