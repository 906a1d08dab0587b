import { createHash } from 'node:crypto';
import { z } from 'zod';
import exemplarsJson from '../knowledge/eval/exemplars.json';
import type { TrainableIndex } from '../knowledge/search';
import { type ExampleModel, type TermVector, vectorOf, vectorText } from '../knowledge/searchExamples';
import { meaningFromText, meaningText } from '../knowledge/searchMeaning';
import type { MeaningVector } from '../knowledge/wordVectors';
import { type EvalQuestion, evalQuestionSchema } from './eval-qa';

/**
 * The example questions the search reads as evidence (knowledge/searchExamples.ts), compiled from the
 * committed files: the example questions written for every entry (knowledge/eval/exemplars.json) and
 * the development questions the re-ranker learns from (tools/qa-ranker.ts trainingFiles: never a
 * question kept unread). Each example keeps the file it came from, so that training and evaluation
 * can find a question's nearest examples without its own file's.
 */

/**
 * knowledge/eval/exemplars.json: three example questions for every entry, by two writers (origin
 * qa-exemplars-a and qa-exemplars-b, each given half the entries) who saw only the protocol and the
 * entry list, written for issue 8's fourth round. A question already among the dev questions word
 * for word was left out.
 */
export const exemplarSchema = evalQuestionSchema.extend({ for: z.string().min(1), origin: z.string().min(1) });
export const exemplars: EvalQuestion[] = z.array(exemplarSchema).parse(exemplarsJson);

export interface QuestionFile {
  file: string;
  questions: EvalQuestion[];
}

/** The example questions by writer. */
export function exemplarFiles(questions: EvalQuestion[] = exemplars): QuestionFile[] {
  const origins = [...new Set(questions.flatMap((q) => q.origin ?? []))];
  return origins.map((origin) => ({ file: `exemplars.json#${origin}`, questions: questions.filter((q) => q.origin === origin && q.expected.length > 0) }));
}

export const sha256 = (questions: EvalQuestion[]): string => createHash('sha256').update(JSON.stringify(questions)).digest('hex');

/** One example: the entries it asks for, the file it came from, and its vector as the index reads it. */
export interface PooledExample {
  ids: string[];
  source: string;
  vector: TermVector;
  meaning: MeaningVector;
}

/** Each question of the files as an example, its vector as the shipped file writes it (so training reads what the search will). */
export const poolOf = (files: QuestionFile[], index: TrainableIndex): PooledExample[] =>
  files.flatMap((f) => f.questions.map((q) => ({ ids: [...q.expected], source: f.file, vector: vectorOf(vectorText(index.exampleVector(q.q))), meaning: meaningFromText(meaningText(index.meaningVector(q.q))) })));

/** The shipped file: every example, its terms written to three places. */
export const compileExamples = (files: QuestionFile[], pool: PooledExample[]): ExampleModel => ({
  version: 2,
  locale: 'en-GB',
  kind: 'example questions',
  sources: files.map((f) => ({ file: f.file, sha256: sha256(f.questions), examples: f.questions.length })),
  examples: pool.map((e) => ({ ids: e.ids, source: files.findIndex((f) => f.file === e.source), terms: vectorText(e.vector), meaning: meaningText(e.meaning) })),
});

/** One example a line, so a recompilation's diff can be read. */
export function serialiseExamples(model: ExampleModel): string {
  const { examples, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "examples": [\n${examples.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`;
}
