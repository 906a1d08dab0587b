import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CUES_EN_GB } from '../dialogs/danger/cues.en-GB';
import { combine, rulesFacts } from '../dialogs/danger/combined';
import { createDangerDetector } from '../dialogs/danger/detector';
import { FEATURE_DESCRIPTION, featuresOf, type Features } from '../dialogs/danger/features';
import type { DangerModel, FoldFigures } from '../dialogs/danger/model.schema';
import { logistic, logOdds, type LinearModel } from '../dialogs/danger/classifier';
import { loadUrgentSet, QUESTION_FILES, type UrgentMessage } from './urgent-sets';

/**
 * Training the danger classifier: logistic regression by stochastic gradient descent in a fixed,
 * seeded order, so the same files give the same weights on every run and machine. Cross-validation
 * is by file: each development file is scored by a model trained on the others, because each was
 * written by different people at different times, like the blind held-out sets.
 */

export const TRAINING = { seed: 20261204, epochs: 60, learningRate: 0.5, l2: 1e-5, minCount: 2 } as const;
export type TrainingConfig = { seed: number; epochs: number; learningRate: number; l2: number; minCount: number };

export interface Example {
  file: string;
  message: UrgentMessage;
  features: Features;
  /** The rule detector's verdict, kept beside (never inside) the features. */
  rulesUrgent: boolean;
  /** The kinds of danger the rules found and the message's words, as the combination reads them (dialogs/danger/combined.ts). */
  kinds: number;
  outright: boolean;
  tempered: boolean;
  timed: boolean;
  words: number;
}

export interface DevFile {
  file: string;
  sha256: string;
  examples: Example[];
}

const rules = createDangerDetector(CUES_EN_GB);

export function exampleOf(file: string, message: UrgentMessage): Example {
  const decision = rules.detect(message.text);
  const features = featuresOf({ text: decision.normalised.text });
  return { file, message, features, rulesUrgent: decision.urgent, ...rulesFacts(decision) };
}

/**
 * A calm message written in a record of the past is calm there only ("picked up a boy with a man at 11pm" may be urgent typed
 * in the chat): the classifier, which reads every message alike, does not learn it as calm. Its urgent ones it learns.
 */
const isTrainedOn = (m: UrgentMessage): boolean => m.urgent || m.writtenIn !== 'recordOfPast';

export function loadDevFile(path: string): DevFile {
  const set = loadUrgentSet(path);
  if (set === undefined) throw new Error(`${path} is missing`);
  const file = basename(path);
  return { file, sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), examples: set.messages.filter(isTrainedOn).map((m) => exampleOf(file, m)) };
}

/** A small seeded generator (mulberry32): the shuffles are the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights are kept to four decimals, so the file is exact, short text and a retraining can be compared with it. */
export const rounded = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function train(examples: readonly Example[], config: TrainingConfig = TRAINING): LinearModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= config.minCount).map(([f]) => f).sort(byCodePoint);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const present = [...e.features].filter(([f]) => index.has(f));
    return { at: present.map(([f]) => index.get(f) ?? 0), values: present.map(([, v]) => v), y: e.message.urgent ? 1 : 0 };
  });
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  const random = seeded(config.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < config.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = config.learningRate / Math.sqrt(1 + epoch);
    for (const r of order) {
      const row = rows[r];
      if (row === undefined) continue;
      let z = bias;
      for (let k = 0; k < row.at.length; k += 1) z += (w[row.at[k] ?? 0] ?? 0) * (row.values[k] ?? 0);
      const gradient = logistic(z) - row.y;
      bias -= rate * gradient;
      for (let k = 0; k < row.at.length; k += 1) {
        const j = row.at[k] ?? 0;
        const wj = w[j] ?? 0;
        w[j] = wj - rate * (gradient * (row.values[k] ?? 0) + config.l2 * wj);
      }
    }
  }
  const weights = new Map<string, number>();
  vocabulary.forEach((f, i) => {
    const value = rounded(w[i] ?? 0);
    if (value !== 0) weights.set(f, value);
  });
  return { bias: rounded(bias), weights };
}

export const scoreOf = (model: LinearModel, example: Example): number => logistic(logOdds(model, example.features));

export interface Scored {
  example: Example;
  /** Scored by a model that never saw the example's file. */
  score: number;
}

/** Every development message scored by a model trained on the other files. */
export function crossValidate(files: readonly DevFile[], config: TrainingConfig = TRAINING): Scored[][] {
  return files.map((held) => {
    const model = train(
      files.filter((f) => f !== held).flatMap((f) => f.examples),
      config,
    );
    return held.examples.map((example) => ({ example, score: scoreOf(model, example) }));
  });
}

export interface Rates {
  recall: number;
  falseAlarms: number;
}

export function ratesOf(items: ReadonlyArray<{ urgent: boolean; alarmed: boolean }>): Rates & { urgent: number; calm: number } {
  const urgent = items.filter((i) => i.urgent);
  const calm = items.filter((i) => !i.urgent);
  return {
    urgent: urgent.length,
    calm: calm.length,
    recall: urgent.length === 0 ? 1 : urgent.filter((i) => i.alarmed).length / urgent.length,
    falseAlarms: calm.length === 0 ? 0 : calm.filter((i) => i.alarmed).length / calm.length,
  };
}

/** The false-alarm limit the model must keep by itself under cross-validation by file, over all development messages together. */
export const FALSE_ALARM_LIMIT = 0.1;
/** Thresholds tried, in hundredths, lowest first. */
const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Whether the rules and a model combine to alarm on an example (dialogs/danger/combined.ts). */
export const combinedAlarm = (s: Scored, threshold: number): boolean =>
  combine({ ...s.example, score: s.score, threshold }).urgent;
export const combinedRates = (scored: readonly Scored[], threshold: number) => ratesOf(scored.map((s) => ({ urgent: s.example.message.urgent, alarmed: combinedAlarm(s, threshold) })));
export const modelRates = (scored: readonly Scored[], threshold: number) =>
  ratesOf(scored.map((s) => ({ urgent: s.example.message.urgent, alarmed: s.score >= threshold })));

/**
 * Recall first: the lowest threshold at which, each file scored by a model trained without it, the
 * model by itself and the combination that ships (dialogs/danger/combined.ts) each raise at most
 * FALSE_ALARM_LIMIT false alarms over all the files together. The model alone must keep it because
 * the rules were fitted to every file, so by file-CV their share of the combination's false alarms is
 * smaller than on unseen text; the combination must keep it because it is what a user meets.
 */
export function chooseThreshold(folds: readonly Scored[][]): number {
  const all = folds.flat();
  const within = GRID.find((t) => modelRates(all, t).falseAlarms <= FALSE_ALARM_LIMIT && combinedRates(all, t).falseAlarms <= FALSE_ALARM_LIMIT);
  if (within === undefined) throw new Error('no threshold keeps false alarms within the limit');
  return within;
}

/** The folds that choose the threshold: every development file's but the everyday questions' (QUESTION_FILES). */
export function thresholdFolds(files: readonly DevFile[], folds: readonly Scored[][]): Scored[][] {
  return folds.filter((_, i) => !QUESTION_FILES.includes(files[i]?.file ?? ''));
}

export function foldFigures(files: readonly DevFile[], folds: readonly Scored[][], threshold: number): FoldFigures[] {
  return files.map((file, i) => {
    const scored = folds[i] ?? [];
    const rulesOnly = ratesOf(scored.map((s) => ({ urgent: s.example.message.urgent, alarmed: s.example.rulesUrgent })));
    const pick = ({ recall, falseAlarms }: Rates): Rates => ({ recall: rounded(recall), falseAlarms: rounded(falseAlarms) });
    return { file: file.file, urgent: rulesOnly.urgent, calm: rulesOnly.calm, rules: pick(rulesOnly), model: pick(modelRates(scored, threshold)), combined: pick(combinedRates(scored, threshold)) };
  });
}

/** The whole training: cross-validation by file for the threshold, then the model trained on every file. */
export function trainModelFile(files: readonly DevFile[], config: TrainingConfig = TRAINING): DangerModel {
  const folds = crossValidate(files, config);
  const threshold = chooseThreshold(thresholdFolds(files, folds));
  const model = train(
    files.flatMap((f) => f.examples),
    config,
  );
  const features = [...model.weights.keys()].sort(byCodePoint);
  return {
    version: 1,
    locale: 'en-GB',
    kind: 'logistic regression',
    describesFeatures: FEATURE_DESCRIPTION,
    trainedOn: files.map((f) => ({ file: f.file, sha256: f.sha256, messages: f.examples.length })),
    training: { ...config },
    threshold,
    crossValidation: foldFigures(files, folds, threshold),
    bias: model.bias,
    features,
    weights: features.map((f) => model.weights.get(f) ?? 0),
  };
}
