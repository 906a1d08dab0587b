import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { assistantEnv, startAssistantProcess, startEcho, type Server } from './processes';
import { summariseProfile } from './profileSummary';
import { echoTurns, journeys, journeySteps, typedQuestions } from './workloads';

/**
 * `node --import tsx bench/profile.ts [steps|questions]`: the CPU time a turn costs each server
 * (process.cpuUsage of its process, all threads, between IPC requests), the assistant's journey
 * steps or typed questions against the echo bot's echoes, interleaved over ROUNDS; then a CPU
 * profile of the workload alone (start-up and warm-up left out) in each server, written to
 * bench/results/, and what the assistant's profile spends by function, self and inclusive.
 */

const ROUNDS = 5;
const PER_ROUND = 300;
const PROFILED = 1_500;

type Workload = (url: string, n: number) => Promise<number[]>;

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

const cpuMicros = (server: Server) => reply(server.child, { cpu: true }, (m) => (typeof m.cpuMicros === 'number' ? m.cpuMicros : undefined));

async function cpuPerTurn(server: Server, work: Workload, n: number): Promise<number> {
  const before = await cpuMicros(server);
  await work(server.url, n);
  return ((await cpuMicros(server)) - before) / n / 1000;
}

async function profiled(server: Server, work: Workload, file: string): Promise<void> {
  await reply(server.child, { profile: 'start' }, (m) => (m.profiling === true ? true : undefined));
  await work(server.url, PROFILED);
  await reply(server.child, { profile: 'stop', file }, (m) => (m.profiled === file ? true : undefined));
}

async function main(): Promise<void> {
  const which = process.argv[2] === 'questions' ? 'questions' : 'steps';
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const echo = await startEcho();
  const assistant = await startAssistantProcess(assistantEnv());
  try {
    const all = which === 'steps' ? await journeys(assistant.url, 10) : [];
    const workload: Workload = which === 'steps' ? (_url, n) => journeySteps(all, n) : typedQuestions;
    await echoTurns(echo.url, PER_ROUND);
    await workload(assistant.url, PER_ROUND);
    const ratios: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const echoMs = await cpuPerTurn(echo, echoTurns, PER_ROUND);
      const turnMs = await cpuPerTurn(assistant, workload, PER_ROUND);
      ratios.push(`echo ${echoMs.toFixed(3)} ms, ${which} ${turnMs.toFixed(3)} ms = ${(turnMs / echoMs).toFixed(2)} ×`);
    }
    process.stdout.write(`CPU time per turn (${PER_ROUND} turns a round):\n${ratios.map((r) => `  ${r}`).join('\n')}\n`);
    const stamp = Date.now();
    const echoFile = join(dir, `echo-${stamp}.cpuprofile`);
    const turnFile = join(dir, `${which}-${stamp}.cpuprofile`);
    await profiled(echo, echoTurns, echoFile);
    await profiled(assistant, workload, turnFile);
    process.stdout.write(`profiles of ${PROFILED} turns: ${echoFile}, ${turnFile}\n\n`);
    process.stdout.write(summariseProfile(turnFile, echoFile));
  } finally {
    await Promise.all([echo.stop(), assistant.stop()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
