import { allEntries } from '../../knowledge/entries/index';
import { createKnowledgeIndex } from '../../knowledge/search';
import { createExampleIndex, EXAMPLE_FEATURES, EXAMPLE_MODEL_EN_GB, evidenceOf, NEAREST, unit, vectorOf, vectorText, withoutSource } from '../../knowledge/searchExamples';
import { evalQuestions } from '../../tools/eval-qa';
import { type Asked, poolIndex, withEvidence } from '../../tools/qa-ranker';
import { EXAMPLE_AT, MEANING_AT } from '../../knowledge/searchFeatures';
import { MEANING_EXAMPLE_AT } from '../../knowledge/searchMeaning';

/** Example questions as evidence (knowledge/searchExamples.ts): the nearest examples, what they say of each entry, and that no question is its own neighbour. */

const vector = (weights: Record<string, number>): Map<string, number> => new Map(Object.entries(weights));

describe('the nearest examples', () => {
  const examples = [
    { ids: ['power.cawn'], vector: unit(vector({ cawn: 1, serv: 1 })) },
    { ids: ['glossary.cawn', 'power.cawn'], vector: unit(vector({ cawn: 1, mean: 1 })) },
    { ids: ['route.referral-pathway'], vector: unit(vector({ refer: 1, mash: 1 })) },
    { ids: ['power.sro'], vector: unit(vector({ cawn: 1, serv: 1 })) },
  ];
  const index = createExampleIndex(examples);

  it('are found by cosine, most alike first, ties in list order, and none that shares no term', () => {
    const found = index.nearest(unit(vector({ cawn: 1, serv: 1 })));
    expect(found.map((n) => n.at)).toEqual([0, 3, 1]);
    expect(found[0]?.similarity).toBeCloseTo(1);
    expect(found[2]?.similarity).toBeCloseTo(0.5);
  });

  it('leave out the examples a filter refuses, and give the same answer asked twice', () => {
    const q = unit(vector({ cawn: 1, serv: 1 }));
    expect(index.nearest(q, (at) => at !== 0).map((n) => n.at)).toEqual([3, 1]);
    expect(index.nearest(q)).toEqual(index.nearest(q));
  });

  it('keep only the best few as they are met, exactly as sorting every example would (the shipped examples, the dev questions asked)', () => {
    const base = createKnowledgeIndex(allEntries, { ranker: null, examples: null });
    const shipped = createExampleIndex(EXAMPLE_MODEL_EN_GB.examples.map((e) => ({ ids: e.ids, vector: vectorOf(e.terms) })));
    const differ = evalQuestions.slice(0, 200).filter(({ q }) => {
      const v = base.exampleVector(q);
      const all = shipped.nearest(v, () => true, Infinity);
      const sorted = [...all].sort((a, b) => b.similarity - a.similarity || a.at - b.at);
      return JSON.stringify(shipped.nearest(v)) !== JSON.stringify(sorted.slice(0, NEAREST)) || JSON.stringify(shipped.nearest(v, (at) => at % 3 > 0, 7)) !== JSON.stringify(sorted.filter((n) => n.at % 3 > 0).slice(0, 7));
    });
    expect(differ).toEqual([]);
  });

  it('say of each entry its best likeness, beside the nearest, whether it is the nearest, its share of the votes and its place', () => {
    const evidence = evidenceOf(index.nearest(unit(vector({ cawn: 1, serv: 1 }))), index.idsOf);
    const cawn = evidence('power.cawn');
    expect(cawn).toHaveLength(EXAMPLE_FEATURES.length);
    expect(cawn[0]).toBeCloseTo(1);
    expect(cawn.slice(1, 3)).toEqual([1, 1]);
    expect(cawn[3]).toBeCloseTo(1.5 / 2.5);
    expect(cawn[4]).toBe(1);
    const glossary = evidence('glossary.cawn');
    expect(glossary[1]).toBeCloseTo(0.5);
    expect(glossary[2]).toBe(0);
    expect(glossary[4]).toBeCloseTo(1 / 3);
    expect(evidence('route.referral-pathway')).toEqual([0, 0, 0, 0, 0]);
  });

  it('are written and read back to three places', () => {
    expect(vectorText(vector({ serv: 0.70711, cawn: 0.70711, zero: 0.0001 }))).toBe('cawn:0.707 serv:0.707');
    expect(vectorOf('cawn:0.707 serv:0.707')).toEqual(vector({ cawn: 0.707, serv: 0.707 }));
  });
});

describe('honest measuring', () => {
  it('leaves one source out of the shipped examples and nothing else', () => {
    const without = withoutSource(EXAMPLE_MODEL_EN_GB, 'questions.json#qa-dev-4');
    const at = EXAMPLE_MODEL_EN_GB.sources.findIndex((s) => s.file === 'questions.json#qa-dev-4');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(without.examples.some((e) => e.source === at)).toBe(false);
    expect(without.examples.length + (EXAMPLE_MODEL_EN_GB.sources[at]?.examples ?? 0)).toBe(EXAMPLE_MODEL_EN_GB.examples.length);
  });

  it('never makes a question its own neighbour: in training, its own file and the file left out are unseen', () => {
    const base = createKnowledgeIndex(allEntries, { ranker: null, examples: null });
    const q = 'how do i serve a CAWN';
    const candidates = base.candidates(q);
    const asked: Asked = { file: 'mine', ids: candidates.map((c) => c.id), features: candidates.map((c) => c.features), positive: candidates.map((c) => c.id === 'power.cawn'), vector: base.exampleVector(q), meaning: base.meaningVector(q) };
    const pool = poolIndex([
      { ids: ['power.cawn'], source: 'mine', vector: base.exampleVector(q), meaning: base.meaningVector(q) },
      { ids: ['power.cawn'], source: 'left out', vector: base.exampleVector(q), meaning: base.meaningVector(q) },
    ]);
    const at = asked.ids.indexOf('power.cawn');
    const slice = (features: number[][]): number[] => (features[at] ?? []).slice(EXAMPLE_AT, EXAMPLE_AT + EXAMPLE_FEATURES.length);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(slice(withEvidence(asked, pool, new Set(['left out'])).features)).toEqual([0, 0, 0, 0, 0]);
    expect(slice(withEvidence(asked, pool).features)[0]).toBeCloseTo(1);
    // The same for the examples read by meaning (knowledge/searchMeaning.ts).
    const byMeaning = (features: number[][]): number => (features[at] ?? [])[MEANING_AT + MEANING_EXAMPLE_AT] ?? NaN;
    expect(byMeaning(withEvidence(asked, pool, new Set(['left out'])).features)).toBe(0);
    expect(byMeaning(withEvidence(asked, pool).features)).toBeCloseTo(1);
  });

  it('an index without examples gives no example evidence; the shipped one does', () => {
    const bare = createKnowledgeIndex(allEntries, { examples: null });
    const shipped = createKnowledgeIndex(allEntries);
    const evidence = (features: number[]): number[] => features.slice(EXAMPLE_AT, EXAMPLE_AT + EXAMPLE_FEATURES.length);
    expect(bare.candidates('how long does an SRO last').every((c) => evidence(c.features).every((x) => x === 0))).toBe(true);
    expect(shipped.candidates('how long does an SRO last').some((c) => evidence(c.features).some((x) => x > 0))).toBe(true);
  });
});
