import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The danger rules as they were at a commit, read from git history, so a development file can be
 * scored as it was when it arrived (before the rules were changed for it). Needs the repository's history.
 */

const RULE_FILES = ['cueSet.schema.ts', 'cues.en-GB.ts', 'detector.ts', 'normalise.ts', 'spelling.ts'];
/** Rule files split out later (the modifiers, from the fifteenth round of issue 8): copied where the commit has them. */
const LATER_RULE_FILES = ['modifiers.en-GB.ts'];
const ROOT = join(__dirname, '..');

/** What every version of the rules decides: whether it alarmed, the cues by class (and the rule, where it said one), the normalised text. */
export interface OldDecision {
  urgent: boolean;
  reason: string;
  cues: Array<{ cueClass: string }>;
  /** Absent from the versions that named none. */
  modifiers?: string[];
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
  const modifiers = field(value, 'modifiers');
  const named = Array.isArray(modifiers) ? modifiers.filter((m): m is string => typeof m === 'string') : undefined;
  return { urgent, reason: typeof reason === 'string' ? reason : 'unknown', cues: classes.map((cueClass) => ({ cueClass: String(cueClass) })), ...(named === undefined ? {} : { modifiers: named }), normalised: { text } };
}

/** The rules at a commit, copied under node_modules/.cache (so their own imports resolve) and loaded. */
export function rulesAt(commit: string): OldDetector {
  const dir = join(ROOT, 'node_modules', '.cache', 'urgent-blind', commit.replace(/\W/g, '_'));
  mkdirSync(dir, { recursive: true });
  for (const file of RULE_FILES) writeFileSync(join(dir, file), execFileSync('git', ['show', `${commit}:dialogs/danger/${file}`], { cwd: ROOT }));
  const present = execFileSync('git', ['ls-tree', '--name-only', commit, 'dialogs/danger/'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
  for (const file of LATER_RULE_FILES.filter((f) => present.includes(`dialogs/danger/${f}`))) {
    writeFileSync(join(dir, file), execFileSync('git', ['show', `${commit}:dialogs/danger/${file}`], { cwd: ROOT }));
  }
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
