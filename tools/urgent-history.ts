import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The danger rules as they were at a commit, read from git history, so a development file can be
 * scored as it was when it arrived (before the rules were changed for it). Needs the repository's history.
 */

/**
 * Each probe file and the rules it first met. Those are the rules of the parent of the commit that added
 * it, except for urgent-dev-3.json: the lessons learnt from it were committed before the file itself
 * (its parent's rules score it 100 % / 5.3 % where its recorded first sight was 82.4 % / 20.0 %), so it
 * is scored by the rules of before the second round (c8f1c36, 83.8 % / 21.3 % as recorded then), the
 * nearest rules in history that had not seen it.
 */
export const PROBES = [
  { file: 'urgent-dev-2.json', addedIn: 'c8f1c36', rulesAt: 'c8f1c36^' },
  { file: 'urgent-dev-3.json', addedIn: '8821c35', rulesAt: 'c8f1c36' },
  { file: 'urgent-dev-4.json', addedIn: 'b673906', rulesAt: 'b673906^' },
  { file: 'urgent-dev-5.json', addedIn: '5e2f587', rulesAt: '5e2f587^' },
  { file: 'urgent-dev-6.json', addedIn: '81c6b63', rulesAt: '81c6b63^' },
] as const;

const RULE_FILES = ['cueSet.schema.ts', 'cues.en-GB.ts', 'detector.ts', 'normalise.ts', 'spelling.ts'];
const ROOT = join(__dirname, '..');

/** What every version of the rules decides: whether it alarmed, the cues by class (and the rule, where it said one), the normalised text. */
export interface OldDecision {
  urgent: boolean;
  reason: string;
  cues: Array<{ cueClass: string }>;
  normalised: { text: string };
}
export type OldDetector = { detect(text: string): OldDecision };

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined);

function oldDecisionOf(value: unknown): OldDecision | undefined {
  const urgent = field(value, 'urgent');
  const cues = field(value, 'cues');
  const text = field(field(value, 'normalised'), 'text');
  const reason = field(value, 'reason');
  if (typeof urgent !== 'boolean' || !Array.isArray(cues) || typeof text !== 'string') return undefined;
  const classes = cues.map((c) => field(c, 'cueClass'));
  if (!classes.every((c) => typeof c === 'string')) return undefined;
  return { urgent, reason: typeof reason === 'string' ? reason : 'unknown', cues: classes.map((cueClass) => ({ cueClass: String(cueClass) })), normalised: { text } };
}

/** The rules at a commit, copied under node_modules/.cache (so their own imports resolve) and loaded. */
export function rulesAt(commit: string): OldDetector {
  const dir = join(ROOT, 'node_modules', '.cache', 'urgent-blind', commit.replace(/\W/g, '_'));
  mkdirSync(dir, { recursive: true });
  for (const file of RULE_FILES) writeFileSync(join(dir, file), execFileSync('git', ['show', `${commit}:dialogs/danger/${file}`], { cwd: ROOT }));
  const load = createRequire(__filename);
  const create = field(load(join(dir, 'detector.ts')), 'createDangerDetector');
  const cues = field(load(join(dir, 'cues.en-GB.ts')), 'CUES_EN_GB');
  if (typeof create !== 'function') throw new Error(`no createDangerDetector at ${commit}`);
  const detector: unknown = create(cues);
  const detect = field(detector, 'detect');
  if (typeof detect !== 'function') throw new Error(`no detector at ${commit}`);
  return {
    detect(text) {
      const decision = oldDecisionOf(Reflect.apply(detect, detector, [text]));
      if (decision === undefined) throw new Error(`the rules at ${commit} decide in another shape`);
      return decision;
    },
  };
}
