import { createHash } from 'node:crypto';
import { allEntries } from '../knowledge/entries/index';
import { createKnowledgeIndex, type TrainableIndex } from '../knowledge/search';
import { FEATURE_NAMES } from '../knowledge/searchFeatures';
import { CANDIDATES, type RankerModel, scoreOf } from '../knowledge/searchRanker';
import { type EvalQuestion, evalQuestions, isSelfHeldOut, unreadHalf } from './eval-qa';

/**
 * Training the question search's re-ranker (knowledge/searchRanker.ts): a linear score over each
 * candidate's features, trained with a softmax over the first stage's best CANDIDATES entries
 * (the acceptable entries share the target), by full-batch gradient descent from zero weights, so
 * the same questions always give the same weights. Trained on the development questions by file
 * (the long-tuned dev questions, each blind-written batch, the tuned held-out questions), leaving
 * out every question kept unread (the self-held-out fifth of dev and the unread half of qa-dev-5);
 * the blind heldout-*.json sets are never read here. The L2 strength is chosen by cross-validation
 * by file: each file is ranked by a re-ranker trained on the others.
 */

export const TRAINING = { epochs: 300, learningRate: 0.05 } as const;
/** Adam's decay rates for the gradient's mean and square. */
const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
export const L2_CHOICES = [0.001, 0.003, 0.01, 0.03] as const;

export interface QuestionFile {
  file: string;
  questions: EvalQuestion[];
}

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

/** One question asked one way: its candidates' features, which of them are acceptable, and the first stage's answer when it needed no search. */
interface Example {
  features: number[][];
  positive: boolean[];
  /** When the question is answered without a search (a role alone, a bare "who do I call"), whether that answer is acceptable. */
  direct?: boolean;
}

/** Each question as a stranger asks it and as its audience asks it. */
export function examplesOf(file: QuestionFile, index: TrainableIndex, withRole: boolean[] = [false, true]): Example[] {
  return file.questions.flatMap((q) =>
    withRole.map((role) => {
      const context = role ? { audience: q.audience } : {};
      const candidates = index.candidates(q.q, context);
      if (candidates.length > 0) return { features: candidates.map((c) => c.features), positive: candidates.map((c) => q.expected.includes(c.id)) };
      const first = index.search(q.q, context).hits[0]?.entry.id;
      return { features: [], positive: [], direct: first !== undefined && q.expected.includes(first) };
    }),
  );
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/** A candidate's features as its non-zero places and values: most features are one family or intent among many. */
interface Sparse {
  at: Int32Array;
  x: Float64Array;
}

const sparse = (f: number[]): Sparse => {
  const at = f.flatMap((x, i) => (x === 0 ? [] : [i]));
  return { at: Int32Array.from(at), x: Float64Array.from(at.map((i) => f[i] ?? 0)) };
};

const dot = (w: Float64Array, s: Sparse): number => {
  let total = 0;
  for (let k = 0; k < s.at.length; k += 1) total += (w[s.at[k] ?? 0] ?? 0) * (s.x[k] ?? 0);
  return total;
};

/** Full-batch Adam on the softmax loss with L2, from zero weights. */
export function train(examples: Example[], l2: number, epochs: number = TRAINING.epochs, learningRate: number = TRAINING.learningRate): number[] {
  const usable = examples.filter((e) => e.positive.some(Boolean)).map((e) => ({ rows: e.features.map(sparse), target: e.positive.map((p, _, all) => (p ? 1 / all.filter(Boolean).length : 0)) }));
  const w = new Float64Array(FEATURE_NAMES.length);
  const grad = new Float64Array(FEATURE_NAMES.length);
  const m = new Float64Array(FEATURE_NAMES.length);
  const v = new Float64Array(FEATURE_NAMES.length);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let k = 0; k < w.length; k += 1) grad[k] = l2 * (w[k] ?? 0);
    for (const { rows, target } of usable) {
      const p = softmax(rows.map((r) => dot(w, r)));
      rows.forEach((r, i) => {
        const delta = ((p[i] ?? 0) - (target[i] ?? 0)) / usable.length;
        for (let k = 0; k < r.at.length; k += 1) grad[r.at[k] ?? 0] = (grad[r.at[k] ?? 0] ?? 0) + delta * (r.x[k] ?? 0);
      });
    }
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

/** Top-1 over examples: the first stage's first candidate, or the weights' best (ties to the first stage's order). */
export function top1(examples: Example[], weights?: number[]): number {
  if (examples.length === 0) return 1;
  const right = examples.filter((e) => {
    if (e.direct !== undefined) return e.direct;
    if (weights === undefined) return e.positive[0] === true;
    const scores = e.features.map((f) => scoreOf(weights, f));
    const best = scores.reduce((b, s, i) => (s > (scores[b] ?? -Infinity) ? i : b), 0);
    return e.positive[best] === true;
  });
  return right.length / examples.length;
}

/** Each file ranked by weights trained on the others (asked without a role, as the eval's headline figure). */
export function crossValidate(files: QuestionFile[], examples: Example[][], strangers: Example[][], l2: number): RankerModel['crossValidation'] {
  return files.map((f, i) => {
    const weights = train(examples.filter((_, j) => j !== i).flat(), l2);
    const held = strangers[i] ?? [];
    return { file: f.file, questions: f.questions.length, before: round(top1(held)), after: round(top1(held, weights)) };
  });
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sha256 = (questions: EvalQuestion[]): string => createHash('sha256').update(JSON.stringify(questions)).digest('hex');

/** The re-ranker's file: the L2 strength with the best mean cross-validated top-1, and weights trained on every file. */
export function trainRanker(files: QuestionFile[] = trainingFiles()): RankerModel {
  const base = createKnowledgeIndex(allEntries, { ranker: null });
  const examples = files.map((f) => examplesOf(f, base));
  const strangers = files.map((f) => examplesOf(f, base, [false]));
  const folds = L2_CHOICES.map((l2) => ({ l2, folds: crossValidate(files, examples, strangers, l2) }));
  // The strongest regularisation among the best, so a tie goes to the simpler model.
  const chosen = folds.reduce((best, c) => (mean(c.folds.map((f) => f.after)) >= mean(best.folds.map((f) => f.after)) ? c : best));
  return {
    version: 1,
    locale: 'en-GB',
    kind: 'softmax linear re-ranker',
    candidates: CANDIDATES,
    trainedOn: files.map((f) => ({ file: f.file, sha256: sha256(f.questions), questions: f.questions.length })),
    training: { ...TRAINING, l2: chosen.l2 },
    crossValidation: chosen.folds,
    features: [...FEATURE_NAMES],
    weights: train(examples.flat(), chosen.l2),
  };
}
