import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { detectDanger, type DangerDecision } from '../dialogs/danger';

/**
 * The immediate-danger evaluation: every message of knowledge/eval/urgent-dev.json (and, beside it,
 * urgent-heldout.json when that file exists) is put to the danger detector. Prints recall, the
 * false-alarm rate, and each miss and false alarm with the cues that fired, then the detector's
 * time per message. Run: `npm run eval:urgent`. Exit code 1 when the dev targets are missed.
 *
 * Honesty about the sets: the dev set was written alongside the detector and tuned against. The
 * held-out set is written by someone who never sees the detector, and nobody tuning it may read it.
 */

export const TARGETS = { recall: 1, falseAlarms: 0.1 } as const;

export const URGENT_ROLES = ['school', 'health', 'business', 'police', 'socialCare', 'public'] as const;

export const urgentSetSchema = z.object({
  about: z.string().min(1),
  messages: z.array(z.object({ text: z.string().min(1).max(4000), urgent: z.boolean(), role: z.enum(URGENT_ROLES) })).min(1),
});
export type UrgentSet = z.infer<typeof urgentSetSchema>;
export type UrgentMessage = UrgentSet['messages'][number];

const EVAL_DIR = join(__dirname, '..', 'knowledge', 'eval');
export const DEV_FILE = join(EVAL_DIR, 'urgent-dev.json');
export const HELDOUT_FILE = join(EVAL_DIR, 'urgent-heldout.json');

export function loadUrgentSet(file: string): UrgentSet | undefined {
  if (!existsSync(file)) return undefined;
  return urgentSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface Mistake {
  message: UrgentMessage;
  decision: DangerDecision;
}

export interface UrgentReport {
  urgent: number;
  calm: number;
  recall: number;
  falseAlarmRate: number;
  misses: Mistake[];
  falseAlarms: Mistake[];
}

export function evaluateUrgent(messages: UrgentMessage[], detect: (text: string) => DangerDecision = detectDanger): UrgentReport {
  const misses: Mistake[] = [];
  const falseAlarms: Mistake[] = [];
  for (const message of messages) {
    const decision = detect(message.text);
    if (message.urgent && !decision.urgent) misses.push({ message, decision });
    if (!message.urgent && decision.urgent) falseAlarms.push({ message, decision });
  }
  const urgent = messages.filter((m) => m.urgent).length;
  const calm = messages.length - urgent;
  return {
    urgent,
    calm,
    recall: urgent === 0 ? 1 : (urgent - misses.length) / urgent,
    falseAlarmRate: calm === 0 ? 0 : falseAlarms.length / calm,
    misses,
    falseAlarms,
  };
}

export const meetsTargets = (report: UrgentReport): boolean => report.recall >= TARGETS.recall && report.falseAlarmRate <= TARGETS.falseAlarms;

/** Why the detector decided as it did, in one line: the rule, the cues by class, the modifiers, the spelling it corrected. */
export function explain(decision: DangerDecision): string {
  const cues = decision.cues.map((c) => `${c.cueClass}("${c.matched}")`).join(' ') || 'no cues';
  const modifiers = decision.modifiers.length > 0 ? ` [${decision.modifiers.join(', ')}]` : '';
  const corrections = decision.normalised.corrections.length > 0 ? ` {${decision.normalised.corrections.map((c) => `${c.from}->${c.to}`).join(', ')}}` : '';
  return `${decision.reason}: ${cues}${modifiers}${corrections}`;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function print(name: string, report: UrgentReport): void {
  console.log(`\n== ${name}: ${report.urgent} urgent, ${report.calm} not urgent`);
  console.log(`recall ${pct(report.recall)} (${report.misses.length} missed)  false alarms ${pct(report.falseAlarmRate)} (${report.falseAlarms.length})`);
  for (const m of report.misses) console.log(`  MISSED [${m.message.role}] "${m.message.text}"\n    ${explain(m.decision)}`);
  for (const m of report.falseAlarms) console.log(`  FALSE ALARM [${m.message.role}] "${m.message.text}"\n    ${explain(m.decision)}`);
}

/**
 * Microseconds per message: the very first call (it compiles the patterns), the first pass over the
 * set (every word new to the spelling cache), then the mean and the 99th percentile of later passes.
 */
function timing(messages: UrgentMessage[]): { firstCallMicros: number; coldMicros: number; warmMicros: number; p99Micros: number } {
  const t0 = performance.now();
  detectDanger('a first message');
  const firstCall = performance.now() - t0;
  const start = performance.now();
  for (const m of messages) detectDanger(m.text);
  const cold = (performance.now() - start) / messages.length;
  const rounds = 20;
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const m of messages) {
      const t = performance.now();
      detectDanger(m.text);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const warm = times.reduce((a, b) => a + b, 0) / times.length;
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  return { firstCallMicros: firstCall * 1000, coldMicros: cold * 1000, warmMicros: warm * 1000, p99Micros: p99 * 1000 };
}

function main(): void {
  const dev = loadUrgentSet(DEV_FILE);
  if (dev === undefined) throw new Error(`missing ${DEV_FILE}`);
  const devReport = evaluateUrgent(dev.messages);
  print('dev', devReport);
  const heldout = loadUrgentSet(HELDOUT_FILE);
  const heldoutReport = heldout === undefined ? undefined : evaluateUrgent(heldout.messages);
  if (heldoutReport === undefined) console.log('\n== heldout: knowledge/eval/urgent-heldout.json is not there yet, so there is no held-out figure');
  else print('heldout', heldoutReport);
  const t = timing(dev.messages);
  console.log(
    `\ntime per message: first call ${t.firstCallMicros.toFixed(0)} µs (compiles the patterns), first pass ${t.coldMicros.toFixed(1)} µs, later passes ${t.warmMicros.toFixed(1)} µs (99th percentile ${t.p99Micros.toFixed(1)} µs)`,
  );
  const line = (name: string, r: UrgentReport | undefined): string => (r === undefined ? `${name} (absent)` : `${name} recall ${pct(r.recall)} false alarms ${pct(r.falseAlarmRate)}`);
  console.log(`\neval:urgent ${line('dev', devReport)} | ${line('heldout', heldoutReport)} | targets on dev: recall ${pct(TARGETS.recall)}, false alarms <= ${pct(TARGETS.falseAlarms)}`);
  if (!meetsTargets(devReport)) process.exitCode = 1;
}

if (require.main === module) main();
