import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RankerModel } from '../knowledge/searchRanker';
import { serialiseExamples } from './qa-examples';
import { prepare, trainRanker } from './qa-ranker';

/**
 * `npm run train:qa`: compiles the example questions (tools/qa-examples.ts) into
 * knowledge/searchExamples.en-GB.json, trains the question search's re-ranker on the development
 * questions by file (tools/qa-ranker.ts) and writes knowledge/searchRanker.en-GB.json.
 * Deterministic: the same questions give the same bytes; test/knowledge/searchRanker.test.ts
 * compiles, retrains and compares.
 */

export const RANKER_FILE = join(__dirname, '..', 'knowledge', 'searchRanker.en-GB.json');
export const EXAMPLES_FILE = join(__dirname, '..', 'knowledge', 'searchExamples.en-GB.json');

/** One feature and its weight a line, so a retraining's diff can be read. */
export function serialise(model: RankerModel): string {
  const { features, weights, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const list = (items: string[]): string => `[\n${items.map((x) => `    ${x}`).join(',\n')}\n  ]`;
  return `${head},\n  "features": ${list(features.map((f) => JSON.stringify(f)))},\n  "weights": ${list(weights.map((w) => JSON.stringify(w)))}\n}\n`;
}

function main(): void {
  const prepared = prepare();
  writeFileSync(EXAMPLES_FILE, serialiseExamples(prepared.examples));
  process.stdout.write(`wrote ${EXAMPLES_FILE}: ${prepared.examples.examples.length} example questions\n`);
  const model = trainRanker(prepared);
  writeFileSync(RANKER_FILE, serialise(model));
  process.stdout.write(`wrote ${RANKER_FILE}: ${model.features.length} weights, L2 ${model.training.l2}\n`);
  for (const f of model.crossValidation) {
    const line = `top-1 ${f.before.toFixed(3)} -> ${f.after.toFixed(3)}, top-3 ${f.top3Before.toFixed(3)} -> ${f.top3After.toFixed(3)}`;
    process.stdout.write(`  ${f.file} (${f.questions}, trained without it, its examples unseen, no role): ${line}\n`);
  }
}

if (require.main === module) main();
