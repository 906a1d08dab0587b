import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_FILES } from './urgent-sets';
import { loadDevFile, trainModelFile } from './urgent-model';

/**
 * `npm run train:urgent`: trains the danger classifier on every knowledge/eval/urgent-dev*.json and
 * writes dialogs/danger/model.en-GB.json (weights, threshold, the files' hashes, the file-CV figures).
 * Deterministic: the same files give the same bytes. test/dialogs/dangerModel.test.ts retrains and
 * compares, so the shipped file is always what its training data gives.
 */

export const MODEL_FILE = join(__dirname, '..', 'dialogs', 'danger', 'model.en-GB.json');

/** One feature and its weight a line, so a retraining's diff can be read. */
export function serialise(model: ReturnType<typeof trainModelFile>): string {
  const { features, weights, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const list = (items: string[]): string => `[\n${items.map((x) => `    ${x}`).join(',\n')}\n  ]`;
  return `${head},\n  "features": ${list(features.map((f) => JSON.stringify(f)))},\n  "weights": ${list(weights.map((w) => JSON.stringify(w)))}\n}\n`;
}

function main(): void {
  const model = trainModelFile(DEV_FILES.map(loadDevFile));
  writeFileSync(MODEL_FILE, serialise(model));
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  process.stdout.write(`wrote ${MODEL_FILE}: ${model.features.length} weights, threshold ${model.threshold}\n`);
  for (const f of model.crossValidation) {
    process.stdout.write(`  ${f.file} (trained without it): model ${pct(f.model.recall)} / ${pct(f.model.falseAlarms)}, combined ${pct(f.combined.recall)} / ${pct(f.combined.falseAlarms)}\n`);
  }
}

if (require.main === module) main();
