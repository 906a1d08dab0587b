import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { DANGER_MODEL_EN_GB } from '../dialogs/danger';
import { CUES_EN_GB } from '../dialogs/danger/cues.en-GB';
import { rulesFacts } from '../dialogs/danger/combined';
import { createDangerDetector } from '../dialogs/danger/detector';
import { featuresOf } from '../dialogs/danger/features';
import { CANDIDATES, featuresWithCues, type Case } from './urgent-candidates';
import { rulesAt, type OldDecision } from './urgent-history';
import { ratesOf, scoreOf, train, type Example } from './urgent-model';
import { DEV_FILES, loadUrgentSet } from './urgent-sets';

/**
 * `npm run simulate:urgent`: how ways of combining the rules and the classifier do on text neither has
 * seen. Cross-validation by file cannot say it for the rules, which were fitted to every development
 * file. So each later development file is scored as it was when it arrived: by the rules as they were
 * just before the commit that added it (read from git history; tools/urgent-history.ts) and by a
 * classifier trained only on the files that came before it, its features read through those same rules'
 * normaliser. Then, beside it, cross-validation by file with today's rules (the classifier's honest
 * figure, the rules' fit). Every candidate of tools/urgent-candidates.ts is scored on both, at the
 * shipped threshold. Needs the repository's history.
 */

const ROOT = join(__dirname, '..');
const names = DEV_FILES.map((f) => basename(f));

/**
 * The rules each file first met: those of the parent of the commit that added it, except for
 * urgent-dev-3.json, whose lessons were committed before the file itself (its parent's rules score it
 * 100 % / 5.3 % where its recorded first sight was 82.4 % / 20.0 %): it is scored by the rules of before
 * the second round (c8f1c36, 83.8 % / 21.3 % as recorded then), the nearest in history that had not seen it.
 */
const FIRST_MET: Readonly<Record<string, string>> = { 'urgent-dev-3.json': 'c8f1c36' };

function rulesFirstMetBy(file: string): string {
  const fixed = FIRST_MET[file];
  if (fixed !== undefined) return fixed;
  const added = execFileSync('git', ['log', '--diff-filter=A', '--format=%h', '--', `knowledge/eval/${file}`], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1);
  // A file not yet committed meets the rules committed now (run it before changing them).
  return added === undefined || added === '' ? 'HEAD' : `${added}^`;
}

interface Scoreable {
  example: Example;
  withCues: Example;
  anyKind: boolean;
}

function scoreableOf(detect: (text: string) => OldDecision, name: string): Scoreable[] {
  const path = DEV_FILES[names.indexOf(name)];
  const set = path === undefined ? undefined : loadUrgentSet(path);
  if (set === undefined) throw new Error(`knowledge/eval/${name} is missing`);
  return set.messages.map((message) => {
    const decision = detect(message.text);
    const facts = rulesFacts(decision);
    const example = { file: name, message, features: featuresOf({ text: decision.normalised.text }), rulesUrgent: decision.urgent, ...facts };
    const withCues = { ...example, features: featuresWithCues(decision.normalised.text, decision.cues.map((c) => c.cueClass), decision.urgent, decision.reason) };
    return { example, withCues, anyKind: facts.kinds > 0 };
  });
}

/** Both classifiers trained on one set of files, each message of another scored by both. */
function casesOf(training: readonly Scoreable[], tested: readonly Scoreable[]): Case[] {
  const model = train(training.map((s) => s.example));
  const withCues = train(training.map((s) => s.withCues));
  return tested.map((s) => ({
    urgent: s.example.message.urgent,
    rulesUrgent: s.example.rulesUrgent,
    kinds: s.example.kinds,
    outright: s.example.outright,
    tempered: s.example.tempered,
    timed: s.example.timed,
    words: s.example.words,
    anyKind: s.anyKind,
    score: scoreOf(model, s.example),
    scoreWithCues: scoreOf(withCues, s.withCues),
  }));
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const figure = (cases: readonly Case[], alarms: (c: Case) => boolean): string => {
  const r = ratesOf(cases.map((c) => ({ urgent: c.urgent, alarmed: alarms(c) })));
  return `${pct(r.recall)} / ${pct(r.falseAlarms)}`;
};

function table(columns: ReadonlyArray<{ name: string; cases: readonly Case[] }>, threshold: number): void {
  console.log(`| combination | ${columns.map((c) => `${c.name} (${c.cases.filter((x) => x.urgent).length}, ${c.cases.filter((x) => !x.urgent).length})`).join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---').join('|')}|`);
  for (const candidate of CANDIDATES) console.log(`| ${candidate.name} | ${columns.map((c) => figure(c.cases, (x) => candidate.alarms(x, threshold))).join(' | ')} |`);
}

function main(): void {
  const threshold = DANGER_MODEL_EN_GB.threshold;
  const probes = names.slice(1).map((file) => {
    const commit = rulesFirstMetBy(file);
    const rules = rulesAt(commit);
    const detect = (text: string): OldDecision => rules.detect(text);
    const before = names.slice(0, names.indexOf(file));
    console.error(`${file}: the rules at ${commit}, a classifier trained on ${before.join(', ')}`);
    return { name: file.replace(/^urgent-|\.json$/g, ''), cases: casesOf(before.flatMap((n) => scoreableOf(detect, n)), scoreableOf(detect, file)) };
  });
  console.log(`\n== each development file as it arrived: the rules it first met, a classifier trained on the files before it (threshold ${threshold}); recall / false alarms`);
  const allProbes = probes.flatMap((p) => p.cases);
  const laterProbes = probes.slice(1).flatMap((p) => p.cases);
  table([...probes, { name: 'all', cases: allProbes }, { name: `all but ${probes[0]?.name ?? ''}`, cases: laterProbes }], threshold);

  const today = createDangerDetector(CUES_EN_GB);
  const todays = new Map(names.map((n) => [n, scoreableOf((text) => today.detect(text), n)]));
  const folds = names.map((held) => ({
    name: held.replace(/^urgent-|\.json$/g, ''),
    cases: casesOf(names.filter((n) => n !== held).flatMap((n) => todays.get(n) ?? []), todays.get(held) ?? []),
  }));
  console.log(`\n== cross-validation by file: today's rules (fitted to every file, so their share is flattered), a classifier trained without the file`);
  table([...folds, { name: 'all', cases: folds.flatMap((f) => f.cases) }], threshold);

  const questions = everydayQuestions().map((text) => {
    const decision = today.detect(text);
    const example = { file: 'questions.json', message: { text, urgent: false, role: 'public' as const }, features: featuresOf({ text: decision.normalised.text }), rulesUrgent: decision.urgent, ...rulesFacts(decision) };
    const withCues = { ...example, features: featuresWithCues(decision.normalised.text, decision.cues.map((c) => c.cueClass), decision.urgent, decision.reason) };
    return { example, withCues, anyKind: example.kinds > 0 };
  });
  const asked = casesOf(names.flatMap((n) => todays.get(n) ?? []), questions);
  console.log(`\n== the ${asked.length} development questions of knowledge/eval/questions.json (none meant to describe danger now), a classifier trained on every development file: how many get a 999 card first`);
  for (const candidate of CANDIDATES) {
    const alarmed = asked.filter((c) => candidate.alarms(c, threshold)).length;
    console.log(`| ${candidate.name} | ${alarmed} (${pct(alarmed / asked.length)}) |`);
  }
}

function everydayQuestions(): string[] {
  const parsed = z.array(z.object({ q: z.string(), set: z.string() }).loose()).parse(JSON.parse(readFileSync(join(ROOT, 'knowledge', 'eval', 'questions.json'), 'utf8')));
  return parsed.filter((x) => x.set === 'dev').map((x) => x.q);
}

if (require.main === module) main();
