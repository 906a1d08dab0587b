import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { allEntries } from '../knowledge/entries/index';
import questionsJson from '../knowledge/eval/questions.json';
import { createKnowledgeIndex, type KnowledgeIndex } from '../knowledge/search';
import { EXAMPLE_MODEL_EN_GB, withoutSource } from '../knowledge/searchExamples';
import { entriesOffered } from '../dialogs/question';

/**
 * The question-answering evaluation: every practitioner question in knowledge/eval/questions.json
 * is put to the index built from allEntries. Answerable questions score top-1 / top-3 (a hit if any
 * acceptable id is ranked there), offered (an acceptable id is on the first reply, as the answer or one
 * press away: entriesOffered in dialogs/question.ts) and whether they were answered confidently;
 * questions the protocol does not answer (`expected: []`) score whether the index refused them (not
 * confident).
 * Each set is scored twice: as a stranger asks (no role known) and as a user whose role is the
 * question's audience (the role chosen on the welcome card or known from a journey), which the
 * search uses to weigh entries written for that role.
 * Run: `npm run eval:qa` (or `npx tsx tools/eval-qa.ts`). Exit code 1 when the dev targets are missed
 * (top-1 < 0.90, top-3 < 0.98 or refusal < 0.90) on the long-tuned dev questions (see BLIND_DEV_FLOORS).
 *
 * Honesty about the sets: "dev" and the first "heldout" set have both been tuned against (the
 * second round of tuning used the first held-out set's misses). Every knowledge/eval/heldout-*.json
 * file is a blind set, written by someone who saw neither the search code nor the other questions,
 * and nobody tuning the search looks at it: only its aggregate figures are printed, never a
 * question or a miss, so running the eval cannot leak it into tuning.
 *
 * Questions with `origin: "qa-dev-4"` (199) were written blind, by someone who saw only the protocol and
 * the entry list, and joined dev in issue 8's second round; before any of them was read the search
 * scored top-1 0.67, top-3 0.89 on them (0.68 after that round's first typo and text-speak changes),
 * the honest estimate of how it generalised. Their misses were studied after that, except those of
 * the self-held-out fifth (isSelfHeldOut), which nobody reads.
 *
 * Questions with `origin: "qa-dev-5"` (146) were written blind the same way for issue 8's third round
 * and added before any was read (four more of that batch were already dev questions and were left
 * out). A random half of them (unreadHalf, a seeded hash) is kept unread until the round ends: its
 * misses are never printed, so the figure on it before and after says whether the round's changes
 * carry to questions nobody tuning has seen. The search's learned re-ranker (tools/qa-ranker.ts) is
 * trained on the dev and tuned held-out questions except that half and every self-held-out fifth.
 * That round over and the half measured, it is read like the rest.
 *
 * Questions with `origin: "qa-dev-6"` (142; eight more of that batch of 150 were already dev questions
 * word for word and were left out) were written blind the same way for issue 8's fourth round and
 * added before any was read. At first sight, with the search as it stood, they scored top-1 0.84,
 * top-3 0.93, refusals 1.00, with or without the role (118 answerable, 24 not). A seeded half of them
 * (unreadHalf: 71, top-1 0.83, top-3 0.92 at first sight) is kept unread, and never learnt from,
 * until that round ends.
 *
 * Questions with `origin: "qa-dev-9"` (136; of the 150 written, 3 were already dev questions word for
 * word and 11 within a word-set (Jaccard) likeness of 0.7 of a blind question, and were left out) were
 * written blind the same way for issue 8's twelfth round, beside a new blind set (heldout-10), and added
 * before any was read. At first sight they scored top-1 0.78, top-3 0.92, refusals 0.91 (0.80 / 0.93 /
 * 0.91 with the role; 114 answerable, 22 not). A seeded half (unreadHalf: 68) is kept unread.
 *
 * Questions with `origin: "qa-dev-10"` (133; of the 150 written, 5 were already dev questions word for
 * word and 12 within a Jaccard likeness of 0.7 of a blind question, and were left out) were written
 * blind the same way for issue 8's thirteenth round and added before any was read. At first sight they
 * scored top-1 0.74, top-3 0.92, refusals 1.00 (0.78 / 0.94 / 1.00 with the role; 112 answerable, 21
 * not). A seeded half (unreadHalf: 66; top-1 0.79, top-3 0.94 at first sight, with or without the role)
 * is kept unread.
 *
 * The search reads the dev questions themselves as example questions (knowledge/searchExamples.ts), so
 * each dev and tuned held-out question is asked of an index without its own file's examples
 * (withoutOwnExamples): no figure here comes from a question finding itself.
 */

export const TARGETS = { top1: 0.9, top3: 0.98, refused: 0.9 } as const;
/**
 * The targets hold for the dev questions the search has long been tuned on (no `origin`). A batch
 * written blind and added later (qa-dev-4) is far harder for it; it must not fall below where it
 * stood when added, with a little room (0.68 top-1, 0.89 top-3, all refusals).
 */
export const BLIND_DEV_FLOORS = { top1: 0.65, top3: 0.86, refused: 0.9 } as const;

/** The dev questions the targets hold for. */
export const tunedDev = (questions: EvalQuestion[]): EvalQuestion[] => questions.filter((q) => q.set === 'dev' && q.origin === undefined);

export const evalQuestionSchema = z.object({
  q: z.string().min(1),
  expected: z.array(z.string()),
  audience: z.enum(['school', 'health', 'business', 'police', 'social-care']),
  set: z.enum(['dev', 'heldout']),
  /** Where a batch of questions came from, when it was written apart from the others (who wrote it and what they saw). */
  origin: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export const evalQuestions: EvalQuestion[] = z.array(evalQuestionSchema).parse(questionsJson);

const EVAL_DIR = join(__dirname, '..', 'knowledge', 'eval');

/** The blind sets, knowledge/eval/heldout-N.json, by file name in order. */
export function blindSets(dir = EVAL_DIR): { name: string; questions: EvalQuestion[] }[] {
  return readdirSync(dir)
    .filter((f) => /^heldout-\d+\.json$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((name) => ({
      name,
      questions: z
        .array(evalQuestionSchema.omit({ set: true }))
        .parse(JSON.parse(readFileSync(join(dir, name), 'utf8')))
        .map((q) => ({ ...q, set: 'heldout' as const })),
    }));
}

export interface Miss {
  q: string;
  expected: string[];
  got: string[];
  confident: boolean;
  /** Where the first acceptable entry ranked (0-based), -1 if nowhere in the hits. */
  rank: number;
}

export interface SetReport {
  answerable: number;
  unanswerable: number;
  top1: number;
  top3: number;
  /** Share of answerable questions answered confidently. */
  confident: number;
  /** Share of answerable questions whose first reply offers an acceptable entry: as the answer, among its related or next entries, or among the nearest when not sure (one press away). */
  offered: number;
  /** Share of unanswerable questions refused (not confident). */
  refused: number;
  misses: Miss[];
}

const share = (hits: number, total: number): number => (total === 0 ? 1 : hits / total);

/** The file of example questions a question is pooled under (as tools/qa-ranker.ts trainingFiles names it). */
export const fileOf = (q: EvalQuestion): string => (q.set === 'heldout' ? 'questions.json#heldout' : `questions.json#${q.origin ?? 'dev'}`);

/**
 * The search as each question may honestly be asked of it: by an index whose example questions
 * (knowledge/searchExamples.ts) leave out the question's own file, so no question is its own nearest
 * example, nor helped by the questions written beside it. A blind set is not among the examples and is
 * asked of the shipped index.
 */
export function withoutOwnExamples(entries = allEntries): (q: EvalQuestion) => KnowledgeIndex {
  const byFile = new Map<string, KnowledgeIndex>();
  return (q) => {
    const file = fileOf(q);
    const known = byFile.get(file);
    if (known !== undefined) return known;
    const index = createKnowledgeIndex(entries, { examples: withoutSource(EXAMPLE_MODEL_EN_GB, file) });
    byFile.set(file, index);
    return index;
  };
}

/** With `withRole`, each question is asked by a user whose role is its audience; `index` may choose an index per question (withoutOwnExamples). */
export function evaluate(index: KnowledgeIndex | ((q: EvalQuestion) => KnowledgeIndex), questions: EvalQuestion[], withRole = false): SetReport {
  const indexFor = typeof index === 'function' ? index : () => index;
  let top1 = 0;
  let top3 = 0;
  let confident = 0;
  let offered = 0;
  let refused = 0;
  const misses: Miss[] = [];
  const answerable = questions.filter((q) => q.expected.length > 0);
  for (const question of questions) {
    const asked = indexFor(question);
    const result = asked.search(question.q, withRole ? { audience: question.audience } : {});
    const ids = result.hits.map((h) => h.entry.id);
    if (question.expected.length === 0) {
      if (!result.confident) refused += 1;
      else misses.push({ q: question.q, expected: [], got: ids.slice(0, 3), confident: true, rank: -1 });
      continue;
    }
    const rank = ids.findIndex((id) => question.expected.includes(id));
    if (entriesOffered(result, asked).some((id) => question.expected.includes(id))) offered += 1;
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (result.confident) confident += 1;
    if (rank !== 0 || !result.confident) {
      misses.push({ q: question.q, expected: question.expected, got: ids.slice(0, 3), confident: result.confident, rank });
    }
  }
  const unanswerable = questions.length - answerable.length;
  return {
    answerable: answerable.length,
    unanswerable,
    top1: share(top1, answerable.length),
    top3: share(top3, answerable.length),
    confident: share(confident, answerable.length),
    offered: share(offered, answerable.length),
    refused: share(refused, unanswerable),
    misses,
  };
}

export const evaluateSet = (index: KnowledgeIndex | ((q: EvalQuestion) => KnowledgeIndex), set: EvalQuestion['set'], withRole = false): SetReport =>
  evaluate(
    index,
    evalQuestions.filter((q) => q.set === set),
    withRole,
  );

/**
 * A fifth of the dev questions, chosen by a hash of their text, kept out of tuning from the second
 * round of issue 8 on: their misses are never printed, only their aggregate, so the figure on them
 * is an honest check that a change carries beyond the questions it was made for.
 */
export function isSelfHeldOut(q: EvalQuestion): boolean {
  let h = 2166136261;
  for (const ch of q.q) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return q.set === 'dev' && h % 5 === 0;
}

/**
 * The blind batches whose half is kept unread, each with the seed that chose its half: never printed,
 * never learnt from (tools/qa-ranker.ts), measured before and after a round's changes. qa-dev-5's half,
 * kept unread in the third round, was measured when it ended and is now read; qa-dev-6's half has stayed
 * unread since the fourth round, as a check that lasts across rounds.
 */
export const UNREAD_BATCHES = [
  { origin: 'qa-dev-6', seed: 20261205 },
  { origin: 'qa-dev-9', seed: 20261206 },
  { origin: 'qa-dev-10', seed: 20261207 },
] as const;

/** FNV-1a over the text, started from the seed: a fixed pseudo-random order that does not depend on the file's order. */
function seededHash(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** Half of each UNREAD_BATCHES batch, chosen by its seeded hash: their misses are never printed. */
export function unreadHalf(questions: EvalQuestion[]): Set<string> {
  return new Set(
    UNREAD_BATCHES.flatMap(({ origin, seed }) => {
      const batch = questions
        .filter((q) => q.origin === origin)
        .map((q) => ({ q: q.q, h: seededHash(q.q, seed) }))
        .sort((a, b) => a.h - b.h || (a.q < b.q ? -1 : 1));
      return batch.slice(0, Math.floor(batch.length / 2)).map((q) => q.q);
    }),
  );
}

/**
 * The same question typed in a hurry: lower case, no punctuation, and one slip in its longest word
 * (two letters swapped, or one dropped, alternately). A probe of typo tolerance that no one tunes word by word.
 */
export function withTypo(q: EvalQuestion, i: number): EvalQuestion {
  const words = q.q.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((w) => w.length > 0);
  const longest = words.reduce((a, w) => (w.length > a.length ? w : a), '');
  if (longest.length < 5) return { ...q, q: words.join(' ') };
  const at = Math.floor(longest.length / 2);
  const slipped = i % 2 === 0 ? `${longest.slice(0, at - 1)}${longest[at] ?? ''}${longest[at - 1] ?? ''}${longest.slice(at + 1)}` : `${longest.slice(0, at)}${longest.slice(at + 1)}`;
  return { ...q, q: words.map((w) => (w === longest ? slipped : w)).join(' ') };
}

/** Milliseconds per search over the questions, several rounds after a warm-up: median and 99th percentile. */
export function timeSearches(index: KnowledgeIndex, questions: EvalQuestion[], rounds = 5): { p50: number; p99: number } {
  for (const q of questions) index.search(q.q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of questions) {
      const start = performance.now();
      index.search(q.q, { audience: q.audience });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

export const meetsTargets = (dev: SetReport): boolean =>
  dev.top1 >= TARGETS.top1 && dev.top3 >= TARGETS.top3 && dev.refused >= TARGETS.refused;

const pct = (x: number): string => x.toFixed(2);

function printMisses(name: string, report: SetReport): void {
  console.log(`\n== ${name}: ${report.answerable} answerable, ${report.unanswerable} unanswerable`);
  for (const m of report.misses) {
    const tag = m.expected.length === 0 ? 'NOT REFUSED' : m.rank !== 0 ? `MISS (rank ${m.rank < 0 ? '>10' : m.rank + 1})` : 'UNSURE';
    console.log(`  ${tag}: "${m.q}"\n    expected ${m.expected.join(' | ') || '(refusal)'}\n    got      ${m.got.join(' | ')}`);
  }
}

const figures = (r: SetReport): string => `top1=${pct(r.top1)} top3=${pct(r.top3)} offered=${pct(r.offered)} confident=${pct(r.confident)} refused=${pct(r.refused)}`;

function main(): void {
  const shipped = createKnowledgeIndex(allEntries);
  // Every dev and tuned held-out question is asked without its own file's example questions.
  const index = withoutOwnExamples();
  const dev = evaluateSet(index, 'dev');
  const heldout = evaluateSet(index, 'heldout');
  const unread = unreadHalf(evalQuestions);
  const devTuning = evalQuestions.filter((q) => q.set === 'dev' && !isSelfHeldOut(q) && !unread.has(q.q));
  const devHeld = evalQuestions.filter(isSelfHeldOut);
  // The self-held-out fifth of dev: aggregate only, like the blind sets.
  printMisses('dev (tuning part)', evaluate(index, devTuning));
  printMisses('heldout', heldout);
  console.log("\neval:qa (no role known | role = the question's audience), each question without its own file's example questions");
  const rows: [string, SetReport, SetReport][] = [
    ['dev', dev, evaluateSet(index, 'dev', true)],
    ['dev tuning part', evaluate(index, devTuning), evaluate(index, devTuning, true)],
    [`dev self-held-out (${devHeld.length})`, evaluate(index, devHeld), evaluate(index, devHeld, true)],
    ['dev, typed with a slip', evaluate(index, evalQuestions.filter((q) => q.set === 'dev').map(withTypo)), evaluate(index, evalQuestions.filter((q) => q.set === 'dev').map(withTypo), true)],
    ...[...new Set(evalQuestions.flatMap((q) => q.origin ?? []))].flatMap((origin): [string, SetReport, SetReport][] => {
      const batch = evalQuestions.filter((q) => q.origin === origin);
      const [tuning, held] = [batch.filter((q) => !isSelfHeldOut(q)), batch.filter(isSelfHeldOut)];
      const unreadPart = batch.filter((q) => unread.has(q.q));
      return [
        [`${origin} (${batch.length})`, evaluate(index, batch), evaluate(index, batch, true)],
        [`${origin} tuning part`, evaluate(index, tuning), evaluate(index, tuning, true)],
        [`${origin} self-held-out (${held.length})`, evaluate(index, held), evaluate(index, held, true)],
        ...(UNREAD_BATCHES.some((b) => b.origin === origin)
          ? ([
              [`${origin} read half`, evaluate(index, batch.filter((q) => !unread.has(q.q))), evaluate(index, batch.filter((q) => !unread.has(q.q)), true)],
              [`${origin} unread half (${unreadPart.length})`, evaluate(index, unreadPart), evaluate(index, unreadPart, true)],
              // As shipped: its batch's read half among the examples (the unread half never is).
              [`${origin} unread half, shipped`, evaluate(shipped, unreadPart), evaluate(shipped, unreadPart, true)],
            ] satisfies [string, SetReport, SetReport][])
          : []),
      ];
    }),
    ['heldout', heldout, evaluateSet(index, 'heldout', true)],
    // Blind sets: aggregate figures only, asked of the shipped search. Their questions and misses are never printed.
    // --dev-only: for whoever is tuning the search, who must never see a blind set's figure.
    ...(process.argv.includes('--dev-only') ? [] : blindSets()).map(({ name, questions }): [string, SetReport, SetReport] => [`${name} (blind, ${questions.length})`, evaluate(shipped, questions), evaluate(shipped, questions, true)]),
  ];
  for (const [name, plain, role] of rows) console.log(`  ${name.padEnd(32)} ${figures(plain)} | ${figures(role)}`);
  const time = timeSearches(shipped, evalQuestions);
  console.log(`\nsearch time per query over ${evalQuestions.length} questions x 5: p50 ${time.p50.toFixed(3)} ms, p99 ${time.p99.toFixed(3)} ms`);
  // Only the dev set gates; the blind sets measure generalisation and must never be tuned against.
  if (!meetsTargets(evaluate(index, tunedDev(evalQuestions)))) process.exitCode = 1;
}

if (require.main === module) main();
