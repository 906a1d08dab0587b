import { z } from 'zod';

/**
 * The shape of a trained danger classifier's file (dialogs/danger/model.<locale>.json), written only
 * by `npm run train:urgent` (tools/train-urgent.ts) and checked against a fresh training by a test.
 */

const rateSchema = z.number().min(0).max(1);

export const foldFiguresSchema = z.object({
  /** The development file measured, by a model trained on the others. */
  file: z.string().min(1),
  urgent: z.number().int().nonnegative(),
  calm: z.number().int().nonnegative(),
  rules: z.object({ recall: rateSchema, falseAlarms: rateSchema }),
  model: z.object({ recall: rateSchema, falseAlarms: rateSchema }),
  combined: z.object({ recall: rateSchema, falseAlarms: rateSchema }),
});
export type FoldFigures = z.infer<typeof foldFiguresSchema>;

export const dangerModelSchema = z.object({
  /** Changes when the features or the training change, so an old file is never read with new code. */
  version: z.literal(1),
  locale: z.string().min(2),
  kind: z.literal('logistic regression'),
  /** What the features are, in words (dialogs/danger/features.ts). */
  describesFeatures: z.string().min(1),
  /** The development files it was trained on, each with the SHA-256 of its bytes. */
  trainedOn: z.array(z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), messages: z.number().int().positive() })).min(1),
  training: z.object({
    seed: z.number().int(),
    epochs: z.number().int().positive(),
    learningRate: z.number().positive(),
    l2: z.number().nonnegative(),
    /** A feature is kept only when at least this many training messages have it. */
    minCount: z.number().int().positive(),
  }),
  /** A message is urgent by the model when its score is at or over this; chosen by cross-validation by file. */
  threshold: rateSchema,
  /** Each development file measured by a model trained without it, at the threshold. */
  crossValidation: z.array(foldFiguresSchema).min(2),
  bias: z.number(),
  /** The features with a weight, in code-point order, and their weights at the same places. */
  features: z.array(z.string().min(1)),
  weights: z.array(z.number()),
}).refine((m) => m.features.length === m.weights.length, 'every feature has one weight')
  .refine((m) => new Set(m.features).size === m.features.length, 'no feature is listed twice');
export type DangerModel = z.infer<typeof dangerModelSchema>;
