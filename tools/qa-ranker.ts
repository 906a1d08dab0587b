import { allEntries } from '../knowledge/entries/index';
import { createKnowledgeIndex, type TrainableIndex } from '../knowledge/search';
import { createExampleIndex, evidenceOf, type ExampleIndex, type ExampleModel, type TermVector } from '../knowledge/searchExamples';
import { EXAMPLE_AT, FEATURE_NAMES, MEANING_AT } from '../knowledge/searchFeatures';
import { exampleMeaningEvidence, flatMeanings, MEANING_EXAMPLE_AT } from '../knowledge/searchMeaning';
import type { MeaningVector } from '../knowledge/wordVectors';
import { CANDIDATES, type RankerModel, scoreOf } from '../knowledge/searchRanker';
import { type EvalQuestion, evalQuestions, isSelfHeldOut, unreadHalf } from './eval-qa';
import { compileExamples, exemplarFiles, poolOf, type PooledExample, type QuestionFile, sha256 } from './qa-examples';

/**
 * Training the question search's re-ranker (knowledge/searchRanker.ts): a linear score over each
 * candidate's features, trained with a softmax over the first stage's best CANDIDATES entries
 * (the acceptable entries share the target), by full-batch gradient descent from zero weights, so
 * the same questions always give the same weights. Trained on the development questions by file
 * (the long-tuned dev questions, each blind-written batch, the tuned held-out questions), leaving
 * out every question kept unread (the self-held-out fifth of dev and the unread halves, UNREAD_BATCHES);
 * the blind heldout-*.json sets are never read here. The L2 strength is chosen by cross-validation
 * by file: each file is ranked by a re-ranker trained on the others.
 *
 * The example features (what a question's nearest example questions say of each candidate,
 * knowledge/searchExamples.ts) are found, for every question trained or measured on, without any
 * example from the question's own file, nor, in cross-validation, from the file left out: a
 * question is never its own neighbour, nor is a file measured with its own examples' help.
 */

export const TRAINING = { epochs: 300, learningRate: 0.05 } as const;
/** Adam's decay rates for the gradient's mean and square. */
const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
export const L2_CHOICES = [0.001, 0.003, 0.01, 0.03] as const;

export type { QuestionFile } from './qa-examples';

/** The development questions the re-ranker may learn from, by file. */
export function trainingFiles(questions: EvalQuestion[] = evalQuestions): QuestionFile[] {
  const unread = unreadHalf(questions);
  const usable = questions.filter((q) => q.expected.length > 0 && !isSelfHeldOut(q) && !unread.has(q.q));
  const origins = [...new Set(usable.flatMap((q) => q.origin ?? []))];
  return [
    { file: 'questions.json#dev', questions: usable.filter((q) => q.set === 'dev' && q.origin === undefined) },
    ...origins.map((origin) => ({ file: `questions.json#${origin}`, questions: usable.filter((q) => q.origin === origin) })),
    { file: 'questions.json#heldout', questions: usable.filter((q) => q.set === 'heldout') },
  ];
}

/** When a question is answered without a search (a role alone, a bare "who do I call") or by a rule above both stages (routeAfterTheEvent), whether that answer is acceptable, first and among the first three. */
interface Direct {
  top1: boolean;
  top3: boolean;
}

/** One question asked one way, before the example evidence: its candidates and their features, which are acceptable, and its vector. */
export interface Asked {
  file: string;
  ids: string[];
  features: number[][];
  positive: boolean[];
  vector: TermVector;
  meaning: MeaningVector;
  direct?: Direct;
}

/** One question asked one way, as training and measuring read it. */
export interface Example {
  features: number[][];
  positive: boolean[];
  direct?: Direct;
}

/** Each question as a stranger asks it and as its audience asks it, to an index without examples. */
export function askedOf(file: QuestionFile, index: TrainableIndex, withRole: boolean[] = [false, true]): Asked[] {
  return file.questions.flatMap((q) => {
    const vector = index.exampleVector(q.q);
    const meaning = index.meaningVector(q.q);
    return withRole.map((role): Asked => {
      const context = role ? { audience: q.audience } : {};
      const candidates = index.candidates(q.q, context);
      const base = { file: file.file, vector, meaning };
      if (candidates.length > 0) return { ...base, ids: candidates.map((c) => c.id), features: candidates.map((c) => c.features), positive: candidates.map((c) => q.expected.includes(c.id)) };
      const hits = index.search(q.q, context).hits.map((h) => h.entry.id);
      return { ...base, ids: [], features: [], positive: [], direct: { top1: q.expected.includes(hits[0] ?? ''), top3: hits.slice(0, 3).some((id) => q.expected.includes(id)) } };
    });
  });
}

/** The pooled examples, searchable, with the file each came from, and each entry's examples by meaning. */
export interface Pool {
  index: ExampleIndex;
  sources: readonly string[];
  meanings: ReadonlyMap<string, readonly { source: string; meaning: MeaningVector }[]>;
}

export function poolIndex(pool: PooledExample[]): Pool {
  const meanings = new Map<string, { source: string; meaning: MeaningVector }[]>();
  for (const e of pool) for (const id of e.ids) meanings.set(id, [...(meanings.get(id) ?? []), { source: e.source, meaning: e.meaning }]);
  return { index: createExampleIndex(pool), sources: pool.map((e) => e.source), meanings };
}

/** A question with its example features: its nearest examples found without its own file's or those of the files left out (no pool: none). */
export function withEvidence(asked: Asked, pool: Pool | null, leftOut: ReadonlySet<string> = new Set()): Example {
  if (asked.direct !== undefined) return { features: [], positive: [], direct: asked.direct };
  if (pool === null) return { features: asked.features, positive: asked.positive };
  const neighbours = pool.index.nearest(asked.vector, (at) => {
    const source = pool.sources[at] ?? '';
    return source !== asked.file && !leftOut.has(source);
  });
  const evidence = evidenceOf(neighbours, pool.index.idsOf);
  const keep = (source: string): boolean => source !== asked.file && !leftOut.has(source);
  const byMeaning = exampleMeaningEvidence(asked.meaning, asked.ids, (id) => flatMeanings((pool.meanings.get(id) ?? []).flatMap((e) => (keep(e.source) ? [e.meaning] : []))));
  const features = asked.features.map((f, i) => {
    const g = [...f];
    evidence(asked.ids[i] ?? '').forEach((x, k) => (g[EXAMPLE_AT + k] = x));
    byMeaning(asked.ids[i] ?? '').forEach((x, k) => (g[MEANING_AT + MEANING_EXAMPLE_AT + k] = x));
    return g;
  });
  return { features, positive: asked.positive };
}

/** The usable examples packed flat: each example's candidate rows, each row's non-zero places and values, and each row's share of the target. */
interface Packed {
  examples: number;
  exampleRows: Int32Array;
  rowStart: Int32Array;
  at: Int32Array;
  x: Float64Array;
  target: Float64Array;
}

function pack(examples: Example[]): Packed {
  const usable = examples.filter((e) => e.positive.some(Boolean));
  const exampleRows = [0];
  const rowStart = [0];
  const at: number[] = [];
  const x: number[] = [];
  const target: number[] = [];
  for (const e of usable) {
    const positives = e.positive.filter(Boolean).length;
    e.features.forEach((f, i) => {
      f.forEach((value, k) => {
        if (value === 0) return;
        at.push(k);
        x.push(value);
      });
      rowStart.push(at.length);
      target.push(e.positive[i] === true ? 1 / positives : 0);
    });
    exampleRows.push(target.length);
  }
  return { examples: usable.length, exampleRows: Int32Array.from(exampleRows), rowStart: Int32Array.from(rowStart), at: Int32Array.from(at), x: Float64Array.from(x), target: Float64Array.from(target) };
}

/** Adds one epoch's softmax-loss gradient to `grad`. */
function addGradient(data: Packed, w: Float64Array, grad: Float64Array, scores: Float64Array): void {
  const { exampleRows, rowStart, at, x, target } = data;
  for (let e = 0; e < data.examples; e += 1) {
    const [first, end] = [exampleRows[e] ?? 0, exampleRows[e + 1] ?? 0];
    let top = -Infinity;
    for (let r = first; r < end; r += 1) {
      let s = 0;
      for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k += 1) s += (w[at[k] ?? 0] ?? 0) * (x[k] ?? 0);
      scores[r - first] = s;
      if (s > top) top = s;
    }
    let total = 0;
    for (let r = first; r < end; r += 1) {
      const exp = Math.exp((scores[r - first] ?? 0) - top);
      scores[r - first] = exp;
      total += exp;
    }
    for (let r = first; r < end; r += 1) {
      const delta = ((scores[r - first] ?? 0) / total - (target[r] ?? 0)) / data.examples;
      for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k += 1) grad[at[k] ?? 0] = (grad[at[k] ?? 0] ?? 0) + delta * (x[k] ?? 0);
    }
  }
}

/** Full-batch Adam on the softmax loss with L2, from zero weights. */
export function train(examples: Example[], l2: number, epochs: number = TRAINING.epochs, learningRate: number = TRAINING.learningRate): number[] {
  const data = pack(examples);
  const w = new Float64Array(FEATURE_NAMES.length);
  const grad = new Float64Array(FEATURE_NAMES.length);
  const m = new Float64Array(FEATURE_NAMES.length);
  const v = new Float64Array(FEATURE_NAMES.length);
  const scores = new Float64Array(CANDIDATES);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let k = 0; k < w.length; k += 1) grad[k] = l2 * (w[k] ?? 0);
    addGradient(data, w, grad, scores);
    const [c1, c2] = [1 - ADAM.beta1 ** (epoch + 1), 1 - ADAM.beta2 ** (epoch + 1)];
    for (let k = 0; k < w.length; k += 1) {
      const g = grad[k] ?? 0;
      m[k] = ADAM.beta1 * (m[k] ?? 0) + (1 - ADAM.beta1) * g;
      v[k] = ADAM.beta2 * (v[k] ?? 0) + (1 - ADAM.beta2) * g * g;
      w[k] = (w[k] ?? 0) - (learningRate * ((m[k] ?? 0) / c1)) / (Math.sqrt((v[k] ?? 0) / c2) + ADAM.epsilon);
    }
  }
  // `|| 0` turns -0 into 0, as JSON writes it.
  return [...w].map((x) => Math.round(x * 1e4) / 1e4 || 0);
}

/** Top-k over examples: the first stage's order, or the weights' (ties to the first stage's order). */
export function topK(examples: Example[], k: 1 | 3, weights?: number[]): number {
  if (examples.length === 0) return 1;
  const right = examples.filter((e) => {
    if (e.direct !== undefined) return k === 1 ? e.direct.top1 : e.direct.top3;
    const order = e.features.map((f, i) => ({ i, s: weights === undefined ? -i : scoreOf(weights, f) })).sort((x, y) => y.s - x.s || x.i - y.i);
    return order.slice(0, k).some(({ i }) => e.positive[i] === true);
  });
  return right.length / examples.length;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** The questions asked every way, by file, and as a stranger asks (no role), as training and measuring read them. */
export interface Prepared {
  files: QuestionFile[];
  /** Files only pooled as examples, never trained on: the example questions written for every entry. */
  extra: QuestionFile[];
  asked: Asked[][];
  strangers: Asked[][];
  pool: Pool | null;
  examples: ExampleModel;
}

/** One question file ranked by weights trained on the others (asked without a role, as the eval's headline figure), for each L2 strength. */
export function crossValidateFile(prepared: Prepared, i: number, l2s: readonly number[]): RankerModel['crossValidation'] {
  const { files, asked, strangers, pool } = prepared;
  const file = files[i];
  if (file === undefined) return [];
  const leftOut = new Set([file.file]);
  const training = asked.filter((_, j) => j !== i).flat().map((a) => withEvidence(a, pool, leftOut));
  const held = (strangers[i] ?? []).map((a) => withEvidence(a, pool));
  return l2s.map((l2) => {
    const weights = train(training, l2);
    return {
      file: file.file,
      questions: file.questions.length,
      before: round(topK(held, 1)),
      after: round(topK(held, 1, weights)),
      top3Before: round(topK(held, 3)),
      top3After: round(topK(held, 3, weights)),
    };
  });
}

/** Each question file ranked by weights trained on the others, for each L2 strength. */
export function crossValidate(prepared: Prepared, l2s: readonly number[]): Map<number, RankerModel['crossValidation']> {
  const byFile = prepared.files.map((_, i) => crossValidateFile(prepared, i, l2s));
  return new Map(l2s.map((l2, k) => [l2, byFile.flatMap((folds) => folds[k] ?? [])]));
}

/**
 * The questions prepared for training: asked of the first stage alone, with the pooled examples (or,
 * to measure without them, none). The example questions are evidence only: trained on as well, they
 * gave no better a cross-validated figure and three times the training.
 */
export function prepare(files: QuestionFile[] = trainingFiles(), extra: QuestionFile[] = exemplarFiles(), withExamples = true): Prepared {
  const base = createKnowledgeIndex(allEntries, { ranker: null, examples: null });
  const pooled = poolOf([...files, ...extra], base);
  const asked = files.map((f) => askedOf(f, base));
  return {
    files,
    extra,
    asked,
    // askedOf asks each question as a stranger first, then with its role.
    strangers: asked.map((a) => a.filter((_, i) => i % 2 === 0)),
    pool: withExamples ? poolIndex(pooled) : null,
    examples: compileExamples([...files, ...extra], pooled),
  };
}

/** The weights trained on every file, each question's examples found without its own file's. */
export const trainAll = (prepared: Prepared, l2: number): number[] =>
  train(
    prepared.asked.flat().map((a) => withEvidence(a, prepared.pool)),
    l2,
  );

/** The re-ranker's file: the L2 strength with the best mean cross-validated top-1, and weights trained on every file. */
export function trainRanker(prepared: Prepared = prepare()): RankerModel {
  const cv = crossValidate(prepared, L2_CHOICES);
  // The strongest regularisation among the best, so a tie goes to the simpler model.
  const chosen = [...cv].map(([l2, folds]) => ({ l2, folds })).reduce((best, c) => (mean(c.folds.map((f) => f.after)) >= mean(best.folds.map((f) => f.after)) ? c : best));
  return {
    version: 3,
    locale: 'en-GB',
    kind: 'softmax linear re-ranker',
    candidates: CANDIDATES,
    trainedOn: prepared.files.map((f) => ({ file: f.file, sha256: sha256(f.questions), questions: f.questions.length })),
    training: { ...TRAINING, l2: chosen.l2 },
    crossValidation: chosen.folds,
    features: [...FEATURE_NAMES],
    weights: trainAll(prepared, chosen.l2),
  };
}
