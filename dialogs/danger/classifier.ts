import type { Features } from './features';

/**
 * A linear classifier over a message's features: the score is the logistic of the bias plus the
 * weights of the features present, times their values. Features it was never trained on weigh 0.
 */

export interface Contribution {
  feature: string;
  /** The feature's weight times its value: what it added to the score's log-odds. */
  weight: number;
}

export interface Scored {
  score: number;
  /** The features that pushed the score up most, largest first. */
  top: Contribution[];
}

export interface LinearModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

const TOP = 5;

export const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/** The log-odds, summed in the features' own order so the result is the same on every run. */
export function logOdds(model: LinearModel, features: Features): number {
  let z = model.bias;
  for (const [feature, value] of features) z += (model.weights.get(feature) ?? 0) * value;
  return z;
}

/**
 * The score alone, of features that all weigh `value` (as featuresOf's do): the same sum, term by term
 * in the same order, as logOdds over their Map, without the Map or the explanation (`top`) scoreWith makes.
 */
export function scoreOfNames(model: LinearModel, names: ReadonlySet<string>, value: number): number {
  let z = model.bias;
  for (const feature of names) z += (model.weights.get(feature) ?? 0) * value;
  return logistic(z);
}

export function scoreWith(model: LinearModel, features: Features): Scored {
  const contributions: Contribution[] = [];
  for (const [feature, value] of features) {
    const weight = (model.weights.get(feature) ?? 0) * value;
    if (weight > 0) contributions.push({ feature, weight });
  }
  contributions.sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature));
  return { score: logistic(logOdds(model, features)), top: contributions.slice(0, TOP) };
}
