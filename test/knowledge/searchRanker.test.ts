import { readFileSync } from 'node:fs';
import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';
import { FEATURE_NAMES, featuresOf, INTENT_NAMES, intentsOf, type Candidate } from '../../knowledge/searchFeatures';
import { RANKER_MODEL_EN_GB, rankerModelSchema } from '../../knowledge/searchRanker';
import { evalQuestions, isSelfHeldOut, unreadHalf } from '../../tools/eval-qa';
import { exemplarFiles, serialiseExamples } from '../../tools/qa-examples';
import { crossValidateFile, prepare, trainAll, trainingFiles } from '../../tools/qa-ranker';
import { EXAMPLE_MODEL_EN_GB } from '../../knowledge/searchExamples';
import { EXAMPLES_FILE, RANKER_FILE, serialise } from '../../tools/train-qa-ranker';

/** The question search's learned re-ranker: the shipped weights are what the data gives, and what it may learn from. */

const files = trainingFiles();
const prepared = prepare(files);

describe('the shipped example questions', () => {
  it('are exactly what `npm run train:qa` compiles from the committed question files and example questions', () => {
    expect(serialiseExamples(prepared.examples) === readFileSync(EXAMPLES_FILE, 'utf8')).toBe(true);
    expect(EXAMPLE_MODEL_EN_GB.sources.map((s) => s.file)).toEqual([...files, ...exemplarFiles()].map((f) => f.file));
  });

  it('give every entry they name at least one example, and name only entries that exist', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    const named = new Set(EXAMPLE_MODEL_EN_GB.examples.flatMap((e) => e.ids));
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the shipped re-ranker', () => {
  // Training is deterministic (zero start, full batch, weights to four decimals): anyone can retrain and get these weights.
  it('is exactly what `npm run train:qa` gives from the development questions and the examples, at its L2', () => {
    expect(trainAll(prepared, RANKER_MODEL_EN_GB.training.l2)).toEqual(RANKER_MODEL_EN_GB.weights);
    expect(serialise(RANKER_MODEL_EN_GB) === readFileSync(RANKER_FILE, 'utf8')).toBe(true);
  });

  it('names each question file it was trained on, by hash, and reports its cross-validation for each', () => {
    expect(RANKER_MODEL_EN_GB.trainedOn.map((f) => f.file)).toEqual(files.map((f) => f.file));
    expect(RANKER_MODEL_EN_GB.crossValidation.map((f) => f.file)).toEqual(files.map((f) => f.file));
  });

  // One file at a time: each is one training.
  it.each(files.map((f, i) => [f.file, i] as const))('ranks %s as its cross-validation says: trained without it, its own examples unseen', (_, i) => {
    expect(crossValidateFile(prepared, i, [RANKER_MODEL_EN_GB.training.l2])).toEqual([RANKER_MODEL_EN_GB.crossValidation[i]]);
  });

  it('never learns from a question kept unread: the unread half of the blind batch and the self-held-out fifth', () => {
    const unread = unreadHalf(evalQuestions);
    const learnt = new Set([...files, ...exemplarFiles()].flatMap((f) => f.questions.map((q) => q.q)));
    expect(unread.size).toBeGreaterThan(50);
    expect([...unread].filter((q) => learnt.has(q))).toEqual([]);
    expect(evalQuestions.filter(isSelfHeldOut).filter((q) => learnt.has(q.q))).toEqual([]);
    expect(files.every((f) => f.questions.every((q) => q.expected.length > 0))).toBe(true);
  });

  it('refuses a file whose features and weights do not line up', () => {
    expect(rankerModelSchema.safeParse({ ...RANKER_MODEL_EN_GB, weights: RANKER_MODEL_EN_GB.weights.slice(1) }).success).toBe(false);
    expect(rankerModelSchema.safeParse({ ...RANKER_MODEL_EN_GB, features: [...RANKER_MODEL_EN_GB.features].reverse() }).success).toBe(false);
    expect(rankerModelSchema.safeParse({ ...RANKER_MODEL_EN_GB, version: 1 }).success).toBe(false);
  });
});

describe('the features', () => {
  it.each([
    ['what do I do if a pupil tells me', ['act', 'scene']],
    ['what does CAWN stand for', ['define']],
    ['who chairs a MASE meeting', ['who']],
    ['how long does an SRO last', ['time']],
    ['can police close a hotel', ['may']],
    ['is it a warning sign if she has two phones', ['sign', 'scene']],
    ['what are the types of CSE', ['define', 'overview']],
  ])('reads how "%s" asks: %j', (q, intents) => {
    expect(INTENT_NAMES.filter((_, i) => intentsOf(q)[i] === 1)).toEqual(intents);
  });

  const candidate = (id: string, over: Partial<Candidate> = {}): Candidate => {
    const entry = allEntries.find((e) => e.id === id);
    if (entry === undefined) throw new Error(`no entry ${id}`);
    const fields = { title: 0.5, keywords: 0, summary: 0.5, body: 0, facts: 0 };
    return { entry, score: 100, rank: 1, fields, coverage: 0.5, titlePrecision: 0.5, keywordBest: 0, keywordPhrase: false, titleAsksAlike: false, examples: [], meaning: [], ...over };
  };

  it('cross the intent with the entry family only: a "who" question and a route entry', () => {
    const vector = featuresOf({ intents: intentsOf('who do I tell'), words: 1, best: 200 }, candidate('route.referral-pathway'));
    const on = FEATURE_NAMES.filter((_, i) => vector[i] === 1);
    expect(on).toEqual(expect.arrayContaining(['family.route', 'who×route', 'act×route']));
    expect(on.filter((f) => f.includes('×'))).toEqual(['act×route', 'who×route']);
    expect(vector).toHaveLength(FEATURE_NAMES.length);
  });

  it('weigh the role: an entry for the asker, for everyone, or only for others', () => {
    const at = (name: string, vector: number[]): number | undefined => vector[FEATURE_NAMES.indexOf(name)];
    const signals = { intents: intentsOf('what to do'), words: 2, best: 100, audience: 'business' as const };
    expect(at('audience.role', featuresOf(signals, candidate('makesafe.how-to-report')))).toBe(1);
    expect(at('audience.other', featuresOf(signals, candidate('power.cawn')))).toBe(1);
    expect(at('audience.other', featuresOf({ ...signals, audience: undefined }, candidate('power.cawn')))).toBe(0);
  });
});

describe('the second stage', () => {
  it('only re-orders what the first stage found, and keeps its confidence rule', () => {
    const base = createKnowledgeIndex(allEntries, { ranker: null });
    const ranked = createKnowledgeIndex(allEntries);
    for (const q of ['how long does an SRO last', 'a 15 year old keeps going missing', 'what is the recipe for scones']) {
      const [a, b] = [base.search(q), ranked.search(q)];
      expect(new Set(b.hits.map((h) => h.entry.id))).toEqual(new Set(a.hits.map((h) => h.entry.id)));
    }
    expect(ranked.search('what is the recipe for scones').confident).toBe(false);
  });

  // Like a bare "who do I call": a rule above both stages answers, so the re-ranker is not taught to do what the rule does.
  it('is not trained on a question a rule answers before it: asking whether to report something past', () => {
    const base = createKnowledgeIndex(allEntries, { ranker: null, examples: null });
    const q = 'last week a man booked a room with cash and brought a young girl up, she looked about 14. should i report it?';
    expect(base.search(q, { audience: 'business' }).hits[0]?.entry.id).toBe('makesafe.how-to-report');
    expect(base.candidates(q, { audience: 'business' })).toEqual([]);
    // With no role known the rule answers too, by the role the words point to; the same question of nothing past is the search's.
    expect(base.candidates(q)).toEqual([]);
    expect(base.candidates(q.replace('last week ', ''), { audience: 'business' }).length).toBeGreaterThan(0);
  });
});
