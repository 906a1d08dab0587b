import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { assistantEnv, startAssistantProcess, startEcho, type Server } from './processes';
import { summariseAllocations } from './allocationSummary';
import { summariseProfile } from './profileSummary';
import { percentile } from './stats';
import { concurrently, echoTurns, echoWorkers, failedJourneySteps, formPages, journeys, stepsInTurn, journeyWorkers, typedQuestions, type FormPages, type Journey } from './workloads';

/**
 * `node --import tsx bench/profile.ts [steps|forms|questions|concurrent]`: the CPU time a turn costs each
 * server (process.cpuUsage of its process, all threads, between IPC requests), the assistant's
 * journey steps, form pages (the concern record's first page sent, then Back), typed questions or
 * journey steps of 50 conversations at once against the echo
 * bot's echoes (one at a time, or 50 at once), interleaved over ROUNDS; then a CPU profile of the
 * workload alone (start-up and warm-up left out) in each server, and a sampled allocation profile
 * of it, written to bench/results/, and what the assistant's profiles spend and allocate beyond
 * the echo bot's, by area and by function.
 */

const ROUNDS = 5;
const PER_ROUND = 300;
const PROFILED = 1_500;

type Workload = (url: string, n: number) => Promise<number[]>;

const CONCURRENT = 50;

/** `n` turns as 50 conversations at once, each taking its share one after another. */
const atOnce =
  (worker: (url: string) => (index: number) => Promise<number>): Workload =>
  async (url, n) =>
    (await concurrently(CONCURRENT, Math.ceil(n / CONCURRENT), worker(url))).latencies;

const reply = <T>(child: ChildProcess, message: object, pick: (m: Record<string, unknown>) => T | undefined): Promise<T> =>
  new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (typeof m !== 'object' || m === null) return;
      const picked = pick(m as Record<string, unknown>);
      if (picked === undefined) return;
      child.off('message', onMessage);
      resolve(picked);
    };
    child.on('message', onMessage);
    child.send(message);
  });

interface CpuReading {
  cpuMicros: number;
  mainMicros: number;
  loopIdleMs: number;
  loopActiveMs: number;
}

const numberOr0 = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const cpuReading = (server: Server) =>
  reply(server.child, { cpu: true }, (m): CpuReading | undefined =>
    typeof m.cpuMicros === 'number'
      ? { cpuMicros: m.cpuMicros, mainMicros: numberOr0(m.mainMicros), loopIdleMs: numberOr0(m.loopIdleMs), loopActiveMs: numberOr0(m.loopActiveMs) }
      : undefined,
  );

/** A round's CPU per turn (ms, all threads), the main thread's alone, and the share of the round its event loop sat idle. */
interface TurnCost {
  ms: number;
  mainMs: number;
  idle: number;
}

async function cpuPerTurn(server: Server, work: Workload, n: number): Promise<TurnCost> {
  const before = await cpuReading(server);
  await work(server.url, n);
  const after = await cpuReading(server);
  const idle = after.loopIdleMs - before.loopIdleMs;
  const active = after.loopActiveMs - before.loopActiveMs;
  return { ms: (after.cpuMicros - before.cpuMicros) / n / 1000, mainMs: (after.mainMicros - before.mainMicros) / n / 1000, idle: idle / (idle + active || 1) };
}

async function profiled(server: Server, work: Workload, file: string): Promise<void> {
  await reply(server.child, { profile: 'start' }, (m) => (m.profiling === true ? true : undefined));
  await work(server.url, PROFILED);
  await reply(server.child, { profile: 'stop', file }, (m) => (m.profiled === file ? true : undefined));
}

async function allocations(server: Server, work: Workload, file: string): Promise<void> {
  await reply(server.child, { allocations: 'start' }, (m) => (m.allocating === true ? true : undefined));
  await work(server.url, PROFILED);
  await reply(server.child, { allocations: 'stop', file }, (m) => (m.allocated === file ? true : undefined));
}

type Which = 'steps' | 'forms' | 'questions' | 'concurrent';
const whichOf = (arg: string | undefined): Which => (arg === 'questions' || arg === 'concurrent' || arg === 'forms' ? arg : 'steps');

function workloadsOf(which: Which, all: Journey[], forms: FormPages[]): { echo: Workload; turn: Workload } {
  if (which === 'questions') return { echo: echoTurns, turn: typedQuestions };
  if (which === 'forms') return { echo: echoTurns, turn: (_url, n) => stepsInTurn(forms, n) };
  if (which === 'steps') return { echo: echoTurns, turn: (_url, n) => stepsInTurn(all, n) };
  return { echo: atOnce((url) => echoWorkers(url, CONCURRENT)), turn: atOnce(() => journeyWorkers(all)) };
}

async function main(): Promise<void> {
  const which = whichOf(process.argv[2]);
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const echo = await startEcho();
  const assistant = await startAssistantProcess(assistantEnv());
  process.stdout.write(`echo bot: ${echo.runAs}\nassistant: ${assistant.runAs}\nload average at the start ${loadavg()[0]?.toFixed(2) ?? '?'}\n`);
  try {
    const all = which === 'questions' || which === 'forms' ? [] : await journeys(assistant.url, which === 'steps' ? 10 : CONCURRENT);
    const forms = which === 'forms' ? await formPages(assistant.url, 10) : [];
    const { echo: echoWork, turn: workload } = workloadsOf(which, all, forms);
    await echoWork(echo.url, PER_ROUND);
    await workload(assistant.url, PER_ROUND);
    const ratios: string[] = [];
    const echoRounds: number[] = [];
    const turnRounds: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const echoCost = await cpuPerTurn(echo, echoWork, PER_ROUND);
      const turnCost = await cpuPerTurn(assistant, workload, PER_ROUND);
      const [echoMs, turnMs] = [echoCost.ms, turnCost.ms];
      echoRounds.push(echoMs);
      turnRounds.push(turnMs);
      const main = `main thread ${echoCost.mainMs.toFixed(2)} / ${turnCost.mainMs.toFixed(2)} ms, loop idle ${(echoCost.idle * 100).toFixed(0)} / ${(turnCost.idle * 100).toFixed(0)} %`;
      ratios.push(`echo ${echoMs.toFixed(3)} ms, ${which} ${turnMs.toFixed(3)} ms = ${(turnMs / echoMs).toFixed(2)} ×; ${main}`);
    }
    process.stdout.write(`CPU time per turn (${PER_ROUND} turns a round):\n${ratios.map((r) => `  ${r}`).join('\n')}\n`);
    const [echoMedian, turnMedian] = [percentile(echoRounds, 50), percentile(turnRounds, 50)];
    process.stdout.write(`medians: echo ${echoMedian.toFixed(3)} ms, ${which} ${turnMedian.toFixed(3)} ms, ${(turnMedian - echoMedian).toFixed(3)} ms beyond the echo; load average at the end ${loadavg()[0]?.toFixed(2) ?? '?'}\n`);
    // PROFILE_CPU_ONLY=1: the CPU rounds alone, for comparing how the servers are run (issue 14's ninth round).
    if (process.env.PROFILE_CPU_ONLY === '1') return;
    const stamp = Date.now();
    const echoFile = join(dir, `echo-${stamp}.cpuprofile`);
    const turnFile = join(dir, `${which}-${stamp}.cpuprofile`);
    await profiled(echo, echoWork, echoFile);
    await profiled(assistant, workload, turnFile);
    process.stdout.write(`profiles of ${PROFILED} turns: ${echoFile}, ${turnFile}\n\n`);
    process.stdout.write(summariseProfile(turnFile, echoFile));
    const echoAllocations = join(dir, `echo-${stamp}.heapprofile`);
    const turnAllocations = join(dir, `${which}-${stamp}.heapprofile`);
    await allocations(echo, echoWork, echoAllocations);
    await allocations(assistant, workload, turnAllocations);
    process.stdout.write(`\nallocation profiles of ${PROFILED} turns: ${echoAllocations}, ${turnAllocations}\n\n`);
    process.stdout.write(summariseAllocations(turnAllocations, echoAllocations));
    process.stdout.write(`\nsteps or pages answered with anything but the next one: ${failedJourneySteps()}\n`);
  } finally {
    await Promise.all([echo.stop(), assistant.stop()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
