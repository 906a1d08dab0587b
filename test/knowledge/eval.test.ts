import { allEntries } from '../../knowledge/entries/index';
import { BLIND_DEV_FLOORS, evalQuestions, evaluate, TARGETS, tunedDev, withoutOwnExamples } from '../../tools/eval-qa';

/**
 * The question-answering evaluation as part of `npm test`: the dev questions must meet the targets.
 * The held-out questions are only checked for well-formedness here; their scores are reported by
 * `npm run eval:qa` and never tuned against.
 */

const ids = new Set(allEntries.map((e) => e.id));
// Each question is asked without its own file's example questions: never its own nearest example.
const index = withoutOwnExamples();

describe('question set', () => {
  it('has at least 150 answerable questions: 120 dev and at least 30 held out', () => {
    const answerable = evalQuestions.filter((q) => q.expected.length > 0);
    expect(answerable.length).toBeGreaterThanOrEqual(150);
    expect(answerable.filter((q) => q.set === 'dev').length).toBeGreaterThanOrEqual(120);
    expect(answerable.filter((q) => q.set === 'heldout').length).toBeGreaterThanOrEqual(30);
  });

  it('has at least 15 questions the protocol does not answer', () => {
    expect(evalQuestions.filter((q) => q.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('covers every audience', () => {
    const audiences = new Set(evalQuestions.map((q) => q.audience));
    expect([...audiences].sort()).toEqual(['business', 'health', 'police', 'school', 'social-care']);
  });

  it('expects only ids that exist', () => {
    const unknown = evalQuestions.flatMap((q) => q.expected.filter((id) => !ids.has(id)).map((id) => `${q.q} → ${id}`));
    expect(unknown).toEqual([]);
  });

  it('asks each question once', () => {
    const texts = evalQuestions.map((q) => q.q.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('dev set (the questions tuned on)', () => {
  const report = evaluate(index, tunedDev(evalQuestions));

  it(`top-1 accuracy is at least ${TARGETS.top1}`, () => {
    expect(report.top1).toBeGreaterThanOrEqual(TARGETS.top1);
  });

  it(`top-3 accuracy is at least ${TARGETS.top3}`, () => {
    expect(report.top3).toBeGreaterThanOrEqual(TARGETS.top3);
  });

  it(`refuses at least ${TARGETS.refused} of the questions the protocol does not answer`, () => {
    expect(report.refused).toBeGreaterThanOrEqual(TARGETS.refused);
  });
});

describe.each([...new Set(evalQuestions.flatMap((q) => q.origin ?? []))])('dev questions written blind: %s', (origin) => {
  const report = evaluate(
    index,
    evalQuestions.filter((q) => q.origin === origin),
  );

  it(`keeps top-1 at ${BLIND_DEV_FLOORS.top1} or more and top-3 at ${BLIND_DEV_FLOORS.top3} or more`, () => {
    expect(report.top1).toBeGreaterThanOrEqual(BLIND_DEV_FLOORS.top1);
    expect(report.top3).toBeGreaterThanOrEqual(BLIND_DEV_FLOORS.top3);
  });

  it(`refuses at least ${BLIND_DEV_FLOORS.refused} of the questions the protocol does not answer`, () => {
    expect(report.refused).toBeGreaterThanOrEqual(BLIND_DEV_FLOORS.refused);
  });
});
