import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { assistantEnv, timeStart, type StartTiming } from './processes';
import { percentile } from './stats';
import { QUESTIONS } from './benchQuestions';

/**
 * `npm run bench:start`: start to ready of `node dist/bot/index.js` on the embedded store, each start
 * in a fresh data folder, then its first turn (a typed question), BENCH_STARTS times (default 5), one
 * after another. Prints each run and the medians, with the load average, since the machine may be shared.
 */

export const STARTS = Number(process.env.BENCH_STARTS ?? 5);
export const ENTRY = join(__dirname, '..', 'dist', 'bot', 'index.js');

export async function timeStarts(runs: number): Promise<StartTiming[]> {
  const timings: StartTiming[] = [];
  for (let i = 0; i < runs; i += 1) timings.push(await timeStart(ENTRY, assistantEnv(), QUESTIONS[0] ?? 'what is a CAWN'));
  return timings;
}

export const medianOf = (timings: StartTiming[]): StartTiming => ({
  ready: percentile(timings.map((t) => t.ready), 50),
  firstTurn: percentile(timings.map((t) => t.firstTurn), 50),
});

async function main(): Promise<void> {
  if (!existsSync(ENTRY)) {
    process.stderr.write('no build: run npm run build first (it makes dist/)\n');
    process.exit(1);
  }
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`load average before: ${load()}\n`);
  const timings = await timeStarts(STARTS);
  for (const t of timings) process.stdout.write(`ready ${t.ready.toFixed(0)} ms, first turn ${t.firstTurn.toFixed(0)} ms\n`);
  const median = medianOf(timings);
  process.stdout.write(`median of ${timings.length}: ready ${median.ready.toFixed(0)} ms, first turn ${median.firstTurn.toFixed(0)} ms; load average after: ${load()}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
