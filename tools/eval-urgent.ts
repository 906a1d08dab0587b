import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { DANGER_MODEL_EN_GB, detectDanger, detectDangerByRules, detectDangerInRecordOfPast, type DangerDecision, type RulesDecision } from '../dialogs/danger';
import { CORROBORATED_KINDS, LONG_WORDS, MIN_WORDS, rulesFacts, SURE_ALONE, VETO_BELOW, VETO_FRAMED_BELOW } from '../dialogs/danger/combined';
import { combinedRates, crossValidate, foldFigures, loadDevFile, modelRates, ratesOf } from './urgent-model';
import { DEV_FILES, evalFiles, loadUrgentSet, QUESTION_FILES, type UrgentMessage } from './urgent-sets';

export { DEV_FILES, evalFiles, loadUrgentSet, URGENT_ROLES, urgentSetSchema, WRITTEN_IN, type UrgentMessage, type UrgentSet } from './urgent-sets';

/**
 * The immediate-danger evaluation: every message of every knowledge/eval/urgent-dev*.json (and of
 * every urgent-heldout*.json when one is there) is put to the danger detector, the rules and the
 * trained classifier, combined as dialogs/danger/combined.ts says. Prints, per file and for the development files
 * combined, recall, the false-alarm rate, and each miss and false alarm with the cues that fired and
 * the model's score and top features; beside each, rules only, model only and both; then each
 * development file scored by a model trained without it (cross-validation by file: the honest
 * figure for the model, while the rules' figures there are fit), the alarms on the development
 * questions of knowledge/eval/questions.json (each a 999 card before an answer), and the time per
 * message, rules alone and both. Run: `npm run eval:urgent`. Exit code 1 when the combined
 * development targets are missed. `npm run simulate:urgent` estimates the pair on unseen text.
 *
 * The classifier (fourth round): trained on all six files by `npm run train:urgent`, it adds false
 * alarms on the files it learnt from (0.9 % -> 2.1 % combined) for what it catches on new text: by
 * file-CV the model alone finds 96.4 % of urgent messages with 9.9 % false alarms, and each later
 * file scored by the rules of before it and a model trained on the files before it went from 95.2 %
 * to 99.1 % recall (files 3 to 6), false alarms 7.1 % -> 8.4 % (docs/architecture.md).
 *
 * Honesty about the sets: the development files were written alongside the detector and tuned
 * against, so they measure fit. urgent-dev-2.json was written before its mistakes were looked at,
 * from the angles the first file under-covers, and scored untouched first (recall 87.1 %, false
 * alarms 25.8 %, close to the blind set's 95.7 % and 14.8 %); the detector was then changed by
 * class (general cue classes and negative frames), never by a missed message's own words.
 * urgent-dev-3, -4 and -5 were each written after the changes before them and scored untouched
 * first, as probes of how the changes generalise (82.4 % / 20.0 %, 96.4 % / 6.0 %, 100 % / 3.1 %;
 * the detector before the round: 83.8 % / 21.3 %, 94.6 % / 10.0 %, 100 % / 3.1 %); -3 and -4 were
 * then learnt from by class, -5 was not; all five then scored 100 % / 1.4 %. urgent-dev-6 was written
 * blind (the protocol and the roles only) and scored before it was read: 91.7 % / 9.0 %, the
 * generalisation gap the held-out sets show. Its odd-numbered half was then kept back while the
 * even half was studied (93.3 % / 8.3 % before, 95.6 % / 8.3 % after the first changes), and four
 * small sets of the developer's own, each scored before being studied, were used the same way and
 * left out of the repository (their lessons are the test pairs). Now all six: recall 100 %, false
 * alarms 0.9 %. The held-out sets are written by someone who never sees the detector; nobody tuning
 * it may read them.
 *
 * The eighth round (false alarms): urgent-dev-8.json, written blind and weighted to hard calm
 * near-misses, scored untouched 100 % / 11.0 % (rules 11.9 %, model 6.0 %). Then, by class: the model
 * retrained with it in; alone, where the rules found no time and no untempered danger, the model must
 * score 0.5; negative contractions kept; 999 as a call made or a route weighed; "emergency" naming a
 * service; "if a pupil told me" imagined; corroborated rule alarms in a tempering frame vetoed under 0.1.
 * Dev combined 100 % / 4.5 % -> 100 % / 2.6 %; questions.json 19.4 % -> 17.9 %; file-CV combined
 * 99.7 % / 9.6 % -> 99.7 % / 7.6 %. Held-out aggregates before -> after (run once each): heldout
 * 99.1 / 4.6 -> 99.1 / 4.6, -4 99.1 / 7.4 -> 99.1 / 4.6, -5 100 / 8.3 -> 99.2 / 6.4, -6 98.4 / 11.1 ->
 * 98.4 / 9.3, -7 100 / 16.0 -> 99.2 / 9.7; the urgent message lost on -5 and on -7 is vetoed by the
 * one-kind veto (VETO_BELOW) under the retrained model, not the framed veto: reverting that left both
 * the same. urgent-heldout-8.json, written blind after the round and run once: before 100 % / 7.3 %,
 * after 100 % / 4.9 % (docs/architecture.md, "The eighth round").
 *
 * Alarm words read in context (a small round after the eighth): a review found "she sought help"
 * alarming, as danger named outright that the classifier never vetoes. By class, each with a pair in
 * test/dialogs/danger.test.ts: help sought, received, offered, refused or had, told of someone; "can you
 * help" put to the assistant; help with the writer's own task or as a plan's purpose; "emergency" in a
 * question of what to do in one or as a medical name; a 999 call made; an alarm word alone told in the
 * past tense beside a past marker and a word that it is over; a few names and idioms ("stranger danger", "dumped" by a
 * boyfriend, "unsafe sex"). A plea told still alarms. Dev combined 100 % / 2.6 % -> 100 % / 2.6 % (the
 * development files hold almost none of these); questions.json 165 -> 164; model unchanged byte for
 * byte. Held-out aggregates before -> after (run once each): every set
 * the same, combined and rules alone (heldout 99.1 / 4.6, -4 99.1 / 4.6, -5 99.2 / 6.4, -6 98.4 / 9.3,
 * -7 99.2 / 9.7, -8 100 / 4.9): no aggregate moved, so the round is judged by its pairs.
 *
 * Records of the past (the sixth exploratory test): a form answered "not in danger now" reads its boxes as a record,
 * where only words that tell of now bring the card (detectDangerInRecordOfPast); a set's message marked
 * `writtenIn: "recordOfPast"` is scored so. Its development file, record-of-past-dev.json, is not an urgent-dev file
 * (test/dialogs/danger.test.ts holds it). The chat rules and retrained model tried beside it lost urgent messages on
 * four held-out sets and were taken out (docs/architecture.md, "Records of the past"); urgent-heldout-9.json, written
 * blind for the round: 99.2 % / 26.8 % before, the same after.
 */

/** On the development files combined: lower than the held-out limit, to leave a margin for messages never seen. */
export const TARGETS = { recall: 1, falseAlarms: 0.05 } as const;
/** On each blind held-out set (reported only, never tuned on). */
export const HELDOUT_TARGETS = { recall: 0.98, falseAlarms: 0.1 } as const;

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

/** A message written in a record of the past (a form answered "not in danger now") is read as the form reads it. */
export function evaluateUrgent(messages: UrgentMessage[], detect: (text: string) => DangerDecision = detectDanger, detectInRecord: (text: string) => DangerDecision = detectDangerInRecordOfPast): UrgentReport {
  const misses: Mistake[] = [];
  const falseAlarms: Mistake[] = [];
  for (const message of messages) {
    const decision = message.writtenIn === 'recordOfPast' ? detectInRecord(message.text) : detect(message.text);
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

/** Why the rules decided as they did, in one line: the rule, the cues by class, the modifiers, the spelling corrected. */
export function explainRules(decision: RulesDecision): string {
  const cues = decision.cues.map((c) => `${c.cueClass}("${c.matched}")`).join(' ') || 'no cues';
  const modifiers = decision.modifiers.length > 0 ? ` [${decision.modifiers.join(', ')}]` : '';
  const corrections = decision.normalised.corrections.length > 0 ? ` {${decision.normalised.corrections.map((c) => `${c.from}->${c.to}`).join(', ')}}` : '';
  return `${decision.reason}: ${cues}${modifiers}${corrections}`;
}

/** The rules' explanation, then the model's score against its threshold and the features that pushed it up most. */
export function explain(decision: DangerDecision): string {
  const { score, threshold, top } = decision.model;
  const features = top.map((c) => `${c.feature} +${c.weight.toFixed(2)}`).join(', ');
  const unsure = score >= threshold && score < SURE_ALONE && !decision.model.urgent;
  const short = score >= threshold && !decision.model.urgent
    ? unsure
      ? `, but under ${SURE_ALONE} where the rules found no time and named no danger or read a tempering frame, so no alarm of its own`
      : `, but no cue of the rules' in under ${LONG_WORDS} words (or under ${MIN_WORDS} words), so left to the rules`
    : '';
  const vetoed = decision.vetoed
    ? rulesFacts(decision.rules).kinds < CORROBORATED_KINDS
      ? `, under ${VETO_BELOW} on a rule alarm of one kind of danger, so vetoed`
      : `, under ${VETO_FRAMED_BELOW} on a rule alarm of more kinds in a tempering frame, so vetoed`
    : '';
  return `${explainRules(decision.rules)}; model score ${score.toFixed(2)} ${score >= threshold ? '>=' : '<'} ${threshold}${short}${vetoed}${features === '' ? '' : ` (${features})`}`;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const rates = (r: { recall: number; falseAlarms: number }): string => `${pct(r.recall)} / ${pct(r.falseAlarms)}`;

/** A held-out set is reported in aggregate only: its messages are never printed, so nobody tuning reads them. */
function print(name: string, report: UrgentReport, heldOut = false): void {
  console.log(`\n== ${name}: ${report.urgent} urgent, ${report.calm} not urgent (rules and model combined)`);
  console.log(`recall ${pct(report.recall)} (${report.misses.length} missed)  false alarms ${pct(report.falseAlarmRate)} (${report.falseAlarms.length})`);
  if (heldOut) return;
  for (const m of report.misses) console.log(`  MISSED [${m.message.role}] "${m.message.text}"\n    ${explain(m.decision)}`);
  for (const m of report.falseAlarms) console.log(`  FALSE ALARM [${m.message.role}] "${m.message.text}"\n    ${explain(m.decision)}`);
}

/** Rules only, the model alone (its score against its threshold, whatever the message's length) and both, as the shipped model (trained on every development file) decides. */
function sideBySide(messages: UrgentMessage[]): string {
  const decisions = messages.map((m) => ({ urgent: m.urgent, decision: m.writtenIn === 'recordOfPast' ? detectDangerInRecordOfPast(m.text) : detectDanger(m.text) }));
  const of = (alarmed: (d: DangerDecision) => boolean) => ratesOf(decisions.map((d) => ({ urgent: d.urgent, alarmed: alarmed(d.decision) })));
  const vetoes = decisions.filter((d) => d.decision.vetoed);
  return `rules ${rates(of((d) => d.rules.urgent))}, model ${rates(of((d) => d.model.score >= d.model.threshold))}, combined ${rates(of((d) => d.urgent))} (rule alarms vetoed: ${vetoes.filter((d) => !d.urgent).length} calm, ${vetoes.filter((d) => d.urgent).length} urgent)`;
}

/**
 * Microseconds per message: the very first call (it compiles the patterns), the first pass over the
 * set (every word new to the spelling cache), then the mean and the 99th percentile of later passes.
 */
function timing(messages: UrgentMessage[], detect: (text: string) => unknown): { firstCallMicros: number; coldMicros: number; warmMicros: number; p99Micros: number } {
  const t0 = performance.now();
  detect('a first message');
  const firstCall = performance.now() - t0;
  const start = performance.now();
  for (const m of messages) detect(m.text);
  const cold = (performance.now() - start) / messages.length;
  const rounds = 20;
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const m of messages) {
      const t = performance.now();
      detect(m.text);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const warm = times.reduce((a, b) => a + b, 0) / times.length;
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  return { firstCallMicros: firstCall * 1000, coldMicros: cold * 1000, warmMicros: warm * 1000, p99Micros: p99 * 1000 };
}

interface NamedSet {
  name: string;
  messages: UrgentMessage[];
}

function loadAll(prefix: 'urgent-dev' | 'urgent-heldout'): NamedSet[] {
  return evalFiles(prefix).flatMap((file) => {
    const set = loadUrgentSet(file);
    return set === undefined ? [] : [{ name: basename(file, '.json'), messages: set.messages }];
  });
}

/** Each development file scored by a model trained on the others, at the shipped threshold: the honest estimate of the model. */
function printCrossValidation(): void {
  const files = DEV_FILES.map(loadDevFile);
  const folds = crossValidate(files);
  const threshold = DANGER_MODEL_EN_GB.threshold;
  console.log(`\n== cross-validation by file (each file scored by a model trained without it; threshold ${threshold}; the rules were fitted to every file, so their figures here are fit, not generalisation)`);
  for (const f of foldFigures(files, folds, threshold)) console.log(`${f.file}: rules ${rates(f.rules)}, model ${rates(f.model)}, combined ${rates(f.combined)}`);
  const all = folds.flat();
  console.log(`all files: model ${rates(modelRates(all, threshold))}, combined ${rates(combinedRates(all, threshold))}`);
}

/**
 * The development part of the question-answering set (knowledge/eval/questions.json): ordinary questions, none
 * describing a child in danger now by design, so every alarm there is a 999 card shown before an answer.
 */
function printEverydayQuestions(): void {
  const file = join(__dirname, '..', 'knowledge', 'eval', 'questions.json');
  if (!existsSync(file)) return;
  const questions = z.array(z.object({ q: z.string(), set: z.string() }).loose()).parse(JSON.parse(readFileSync(file, 'utf8'))).filter((x) => x.set === 'dev');
  const decisions = questions.map((x) => detectDanger(x.q));
  const count = (alarmed: (d: DangerDecision) => boolean): string => `${decisions.filter(alarmed).length} (${pct(decisions.filter(alarmed).length / decisions.length)})`;
  console.log(`\n== everyday questions (questions.json, its ${questions.length} development questions): alarmed by the rules ${count((d) => d.rules.urgent)}, combined ${count((d) => d.urgent)}`);
}

function main(): void {
  const devSets = loadAll('urgent-dev');
  if (devSets.length === 0) throw new Error('no knowledge/eval/urgent-dev*.json');
  const devMessages = devSets.flatMap((s) => s.messages);
  const lines: string[] = [];
  const line = (name: string, r: UrgentReport): string => `${name} recall ${pct(r.recall)} false alarms ${pct(r.falseAlarmRate)}`;
  for (const set of devSets) {
    const report = evaluateUrgent(set.messages);
    print(set.name, report);
    console.log(`  ${sideBySide(set.messages)} (the model trained on every development file)`);
    lines.push(line(set.name, report));
  }
  const devReport = evaluateUrgent(devMessages);
  console.log(`\n== dev combined: ${devReport.urgent} urgent, ${devReport.calm} not urgent`);
  console.log(`recall ${pct(devReport.recall)} (${devReport.misses.length} missed)  false alarms ${pct(devReport.falseAlarmRate)} (${devReport.falseAlarms.length})`);
  console.log(`  ${sideBySide(devMessages)}`);
  lines.push(line('dev combined', devReport));
  // The targets were set for the sets written to test the detector; the everyday questions (QUESTION_FILES) are shown above on their own.
  const written = devSets.filter((s) => !QUESTION_FILES.includes(`${s.name}.json`));
  const writtenReport = evaluateUrgent(written.flatMap((s) => s.messages));
  if (written.length < devSets.length) {
    console.log(`\n== dev combined, the written sets (the targets' own; the everyday questions aside): ${writtenReport.urgent} urgent, ${writtenReport.calm} not urgent`);
    console.log(`recall ${pct(writtenReport.recall)} (${writtenReport.misses.length} missed)  false alarms ${pct(writtenReport.falseAlarmRate)} (${writtenReport.falseAlarms.length})`);
    lines.push(line('dev combined, written sets', writtenReport));
  }
  printCrossValidation();
  printEverydayQuestions();
  // --dev-only: for whoever is tuning the detector, who must never see a held-out figure.
  const heldoutSets = process.argv.includes('--dev-only') ? [] : loadAll('urgent-heldout');
  if (process.argv.includes('--dev-only')) lines.push('heldout (not run: --dev-only)');
  else if (heldoutSets.length === 0) {
    console.log('\n== heldout: no knowledge/eval/urgent-heldout*.json is there, so there is no held-out figure');
    lines.push('heldout (absent)');
  }
  for (const set of heldoutSets) {
    const report = evaluateUrgent(set.messages);
    print(set.name, report, true);
    console.log(`  ${sideBySide(set.messages)}`);
    lines.push(line(set.name, report));
  }
  for (const [name, detect] of [['rules', detectDangerByRules], ['rules and model', detectDanger]] as const) {
    const t = timing(devMessages, detect);
    console.log(
      `\ntime per message, ${name}: first call ${t.firstCallMicros.toFixed(0)} µs (compiles the patterns), first pass ${t.coldMicros.toFixed(1)} µs, later passes ${t.warmMicros.toFixed(1)} µs (99th percentile ${t.p99Micros.toFixed(1)} µs)`,
    );
  }
  console.log(
    `\neval:urgent ${lines.join(' | ')} | targets: dev combined (the written sets) recall ${pct(TARGETS.recall)}, false alarms <= ${pct(TARGETS.falseAlarms)}; held-out recall >= ${pct(HELDOUT_TARGETS.recall)}, false alarms <= ${pct(HELDOUT_TARGETS.falseAlarms)}`,
  );
  if (!meetsTargets(writtenReport)) process.exitCode = 1;
}

if (require.main === module) main();
