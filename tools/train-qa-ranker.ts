import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RankerModel } from '../knowledge/searchRanker';
import { trainRanker } from './qa-ranker';

/**
 * `npm run train:qa`: trains the question search's re-ranker on the development questions by file
 * (tools/qa-ranker.ts) and writes knowledge/searchRanker.en-GB.json. Deterministic: the same
 * questions give the same bytes; test/knowledge/searchRanker.test.ts retrains and compares.
 */

export const RANKER_FILE = join(__dirname, '..', 'knowledge', 'searchRanker.en-GB.json');

/** One feature and its weight a line, so a retraining's diff can be read. */
export function serialise(model: RankerModel): string {
  const { features, weights, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const list = (items: string[]): string => `[\n${items.map((x) => `    ${x}`).join(',\n')}\n  ]`;
  return `${head},\n  "features": ${list(features.map((f) => JSON.stringify(f)))},\n  "weights": ${list(weights.map((w) => JSON.stringify(w)))}\n}\n`;
}

function main(): void {
  const model = trainRanker();
  writeFileSync(RANKER_FILE, serialise(model));
  process.stdout.write(`wrote ${RANKER_FILE}: ${model.features.length} weights, L2 ${model.training.l2}\n`);
  for (const f of model.crossValidation) {
    process.stdout.write(`  ${f.file} (${f.questions}, trained without it, no role): top-1 ${f.before.toFixed(3)} -> ${f.after.toFixed(3)}\n`);
  }
}

if (require.main === module) main();
