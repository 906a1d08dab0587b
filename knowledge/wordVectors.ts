import { createHash } from 'node:crypto';
import { z } from 'zod';
import { UNKNOWN, wordPiecesOf } from './wordPieces';
import shipped from './wordVectors.en.json';

/**
 * What words mean, for the question search: one small vector for every WordPiece token of
 * sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), distilled offline by
 * tools/word-vectors/build.py as Model2Vec does (each token embedded alone by the sentence model,
 * reduced by PCA, weighed by a SIF weight of its estimated frequency, quantised to int8). No model
 * runs here: a text's vector is the sum of its pieces' vectors, scaled to unit length, so words the
 * entries never use ("bunking off", "skiving") still land near the entries that mean the same.
 */

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const wordVectorsManifestSchema = z.object({
  kind: z.literal('static word vectors'),
  script: z.string().min(1),
  scriptVersion: z.number().int().positive(),
  model: z.string().min(1),
  licence: z.string().startsWith('Apache-2.0'),
  source: z.object({ name: z.string().min(1), version: z.string().min(1), sha256, modelSha256: sha256, vocabSha256: sha256 }),
  tokens: z.number().int().positive(),
  dimension: z.number().int().positive(),
  pooling: z.string().min(1),
  pcaExplained: z.number().min(0).max(1),
  weighting: z.string().min(1),
  quantisation: z.string().min(1),
  vectorsSha256: sha256,
  scalesSha256: sha256,
  vocabTextSha256: sha256,
});

export const wordVectorsFileSchema = z.object({
  manifest: wordVectorsManifestSchema,
  /** The tokens, one a line, in the model's id order. */
  vocab: z.string().min(1),
  /** Base64: one little-endian float32 scale a token. */
  scales: z.string().min(1),
  /** Base64: `dimension` int8 values a token, token after token. */
  vectors: z.string().min(1),
});
export type WordVectorsFile = z.infer<typeof wordVectorsFileSchema>;

/** A text's meaning: a unit vector (all 0 when none of its pieces is known). */
export type MeaningVector = Float64Array;

export interface WordVectors {
  dimension: number;
  /** The text's pieces as BERT's tokenizer makes them (knowledge/wordPieces.ts). */
  pieces(text: string): string[];
  vectorOf(text: string): MeaningVector;
}

export const digestOf = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function wordVectorsFrom(file: WordVectorsFile): WordVectors {
  const { dimension, tokens } = file.manifest;
  const vocab = file.vocab.split('\n');
  const ids = new Map(vocab.map((t, i) => [t, i]));
  const raw = Buffer.from(file.vectors, 'base64');
  const values = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const scaleBytes = Buffer.from(file.scales, 'base64');
  const scales = new Float32Array(tokens);
  for (let i = 0; i < tokens; i += 1) scales[i] = scaleBytes.readFloatLE(i * 4);
  if (vocab.length !== tokens || values.length !== tokens * dimension) throw new Error('word vectors: the file does not match its manifest');
  const has = (piece: string): boolean => ids.has(piece);
  const unknown = ids.get(UNKNOWN);
  const pieces = (text: string): string[] => wordPiecesOf(text, has);
  return {
    dimension,
    pieces,
    vectorOf(text) {
      const out = new Float64Array(dimension);
      for (const piece of pieces(text)) {
        const id = ids.get(piece);
        if (id === undefined || id === unknown) continue;
        const scale = scales[id] ?? 0;
        const at = id * dimension;
        for (let k = 0; k < dimension; k += 1) out[k] = (out[k] ?? 0) + (values[at + k] ?? 0) * scale;
      }
      let norm = 0;
      for (let k = 0; k < dimension; k += 1) norm += (out[k] ?? 0) ** 2;
      if (norm > 0) for (let k = 0; k < dimension; k += 1) out[k] = (out[k] ?? 0) / Math.sqrt(norm);
      return out;
    },
  };
}

/** The cosine of two unit vectors (0 when either is all 0). */
export function cosine(a: MeaningVector, b: MeaningVector): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  // Within bounds by construction: no `?? 0` on the hot path.
  for (let k = 0; k < n; k += 1) s += (a[k] as number) * (b[k] as number);
  return s;
}

export const WORD_VECTORS_FILE: WordVectorsFile = wordVectorsFileSchema.parse(shipped);
export const WORD_VECTORS_EN: WordVectors = wordVectorsFrom(WORD_VECTORS_FILE);
