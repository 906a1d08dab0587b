import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DANGER_MODEL_EN_GB } from '../dialogs/danger';
import { modelMayAlarm } from '../dialogs/danger/combined';
import { featuresOf } from '../dialogs/danger/features';
import { ratesOf, scoreOf, train, type Example } from './urgent-model';
import { DEV_FILES, loadUrgentSet } from './urgent-sets';

/**
 * `npm run simulate:urgent`: how the rules and the classifier together do on text neither has seen.
 * Cross-validation by file cannot say it, because the rules were fitted to every development file.
 * So each later development file is scored as it was when it arrived: by the rules as they were just
 * before its commit (read from git history), and by a classifier trained only on the files that came
 * before it, its features read through those same rules' normaliser. Needs the repository's history.
 */

/** Each probe file and the commit that added it (its rules are that commit's parent's). */
const PROBES = [
  { file: 'urgent-dev-2.json', addedIn: 'c8f1c36' },
  { file: 'urgent-dev-3.json', addedIn: '8821c35' },
  { file: 'urgent-dev-4.json', addedIn: 'b673906' },
  { file: 'urgent-dev-5.json', addedIn: '5e2f587' },
  { file: 'urgent-dev-6.json', addedIn: '81c6b63' },
] as const;
const RULE_FILES = ['cueSet.schema.ts', 'cues.en-GB.ts', 'detector.ts', 'normalise.ts', 'spelling.ts'];
const ROOT = join(__dirname, '..');

interface OldDecision {
  urgent: boolean;
  cues: unknown[];
  normalised: { text: string; corrections: Array<{ from: string; to: string }> };
}
type OldDetector = { detect(text: string): OldDecision };

function isOldDecision(value: unknown): value is OldDecision {
  if (typeof value !== 'object' || value === null) return false;
  const normalised: unknown = Reflect.get(value, 'normalised');
  return typeof Reflect.get(value, 'urgent') === 'boolean' && Array.isArray(Reflect.get(value, 'cues')) && typeof normalised === 'object' && normalised !== null && typeof Reflect.get(normalised, 'text') === 'string' && Array.isArray(Reflect.get(normalised, 'corrections'));
}

/** The rules at a commit, copied under node_modules/.cache (so their own imports resolve) and loaded. */
function rulesAt(commit: string): OldDetector {
  const dir = join(ROOT, 'node_modules', '.cache', 'urgent-blind', commit);
  mkdirSync(dir, { recursive: true });
  for (const file of RULE_FILES) writeFileSync(join(dir, file), execFileSync('git', ['show', `${commit}:dialogs/danger/${file}`], { cwd: ROOT }));
  const load = createRequire(__filename);
  const detectorModule: unknown = load(join(dir, 'detector.ts'));
  const cuesModule: unknown = load(join(dir, 'cues.en-GB.ts'));
  const create: unknown = typeof detectorModule === 'object' && detectorModule !== null ? Reflect.get(detectorModule, 'createDangerDetector') : undefined;
  const cues: unknown = typeof cuesModule === 'object' && cuesModule !== null ? Reflect.get(cuesModule, 'CUES_EN_GB') : undefined;
  if (typeof create !== 'function') throw new Error(`no createDangerDetector at ${commit}`);
  const detector: unknown = create(cues);
  const detect: unknown = typeof detector === 'object' && detector !== null ? Reflect.get(detector, 'detect') : undefined;
  if (typeof detect !== 'function') throw new Error(`no detector at ${commit}`);
  return {
    detect(text) {
      const decision: unknown = detect(text);
      if (!isOldDecision(decision)) throw new Error(`the rules at ${commit} decide in another shape`);
      return decision;
    },
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function main(): void {
  const threshold = DANGER_MODEL_EN_GB.threshold;
  const names = DEV_FILES.map((f) => f.split('/').at(-1) ?? f);
  const totals = { rules: [] as Array<{ urgent: boolean; alarmed: boolean }>, combined: [] as Array<{ urgent: boolean; alarmed: boolean }>, ungated: [] as Array<{ urgent: boolean; alarmed: boolean }> };
  for (const probe of PROBES) {
    const rules = rulesAt(`${probe.addedIn}^`);
    const examplesOf = (name: string): Example[] => {
      const path = DEV_FILES[names.indexOf(name)];
      const set = path === undefined ? undefined : loadUrgentSet(path);
      if (set === undefined) throw new Error(`knowledge/eval/${name} is missing`);
      return set.messages.map((message) => {
        const decision = rules.detect(message.text);
        const mayAlarm = modelMayAlarm({ urgent: decision.urgent, reason: 'noCue', cues: decision.cues.map(() => ({ cueClass: 'alarm' as const, matched: '' })), modifiers: [], normalised: decision.normalised });
        return { file: name, message, features: featuresOf({ text: decision.normalised.text }), rulesUrgent: decision.urgent, modelMayAlarm: mayAlarm };
      });
    };
    const before = names.slice(0, names.indexOf(probe.file));
    const model = train(before.flatMap(examplesOf));
    const scored = examplesOf(probe.file).map((e) => ({ e, score: scoreOf(model, e) }));
    const rate = (alarmed: (s: (typeof scored)[number]) => boolean) => scored.map((s) => ({ urgent: s.e.message.urgent, alarmed: alarmed(s) }));
    const rulesOnly = rate((s) => s.e.rulesUrgent);
    const modelOnly = rate((s) => s.score >= threshold);
    const combined = rate((s) => s.e.rulesUrgent || (s.e.modelMayAlarm && s.score >= threshold));
    const ungated = rate((s) => s.e.rulesUrgent || s.score >= threshold);
    totals.rules.push(...rulesOnly);
    totals.combined.push(...combined);
    totals.ungated.push(...ungated);
    const show = (items: Array<{ urgent: boolean; alarmed: boolean }>): string => {
      const r = ratesOf(items);
      return `${pct(r.recall)} / ${pct(r.falseAlarms)}`;
    };
    console.log(`${probe.file} (rules before ${probe.addedIn}, model trained on ${before.join(', ')}): rules ${show(rulesOnly)}, model ${show(modelOnly)}, rules or model ${show(combined)} (without the gate ${show(ungated)})`);
  }
  const all = (items: Array<{ urgent: boolean; alarmed: boolean }>): string => {
    const r = ratesOf(items);
    return `${pct(r.recall)} / ${pct(r.falseAlarms)} (${r.urgent} urgent, ${r.calm} calm)`;
  };
  console.log(`all probes at threshold ${threshold}: rules ${all(totals.rules)}, rules or model ${all(totals.combined)}, without the gate ${all(totals.ungated)}`);
}

if (require.main === module) main();
