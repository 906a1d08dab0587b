import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { post, timed } from './client';
import type { SearchAlone } from './searchAloneProcess';

/** The processes the bench measures: each server runs alone in its own process, on loopback. */

export interface Server {
  url: string;
  child: ChildProcess;
  /** How the process was run, as it reported itself: its node flags, its entry file, whether Node maps stack traces through source maps. */
  runAs: string;
  stop(): Promise<void>;
}

/**
 * How the servers run. By default as production runs the assistant: plain JavaScript compiled by
 * tsc (`npm run bench:build`: `npm run build`, then tsconfig.bench.json emits bench/'s two servers
 * beside it in dist/bench/), with no loader. `BENCH_SERVERS=tsx` runs their TypeScript under tsx's
 * loader instead, as every figure before issue 14's ninth round was taken, to compare the two.
 * `BENCH_SERVER_FLAGS` (space-separated) adds node flags to both, e.g. `--enable-source-maps`.
 */
export const serversUnderTsx = process.env.BENCH_SERVERS === 'tsx';
const extraFlags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter((flag) => flag !== '');

const COMPILED = join(__dirname, '..', 'dist', 'bench');

function entryOf(name: 'echoBot' | 'assistantServer' | 'searchAloneProcess'): { file: string; flags: string[] } {
  if (serversUnderTsx) return { file: join(__dirname, `${name}.ts`), flags: [...extraFlags, '--import', 'tsx'] };
  const file = join(COMPILED, `${name}.js`);
  if (!existsSync(file)) throw new Error(`no compiled ${relative(process.cwd(), file)}: run npm run bench:build first (or BENCH_SERVERS=tsx to run the servers under tsx)`);
  return { file, flags: extraFlags };
}

function describe(message: Record<string, unknown>): string {
  const flags = Array.isArray(message.execArgv) ? message.execArgv.filter((flag): flag is string => typeof flag === 'string') : [];
  const entry = typeof message.entry === 'string' ? relative(process.cwd(), message.entry) : 'unknown';
  return `node ${[...flags, entry].join(' ')} (${flags.includes('tsx') ? 'under tsx\'s loader' : 'compiled JavaScript, no loader'}; source-mapped stack traces ${message.sourceMaps === true ? 'on' : 'off'})`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first message from a child that `accept` takes, or a rejection if the child exits before sending one. */
function firstMessage(child: ChildProcess, failure: string, accept: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${failure} (exit ${String(code)})`));
    child.once('exit', onExit);
    child.on('message', (message: unknown) => {
      if (!isRecord(message) || !accept(message)) return;
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

async function started(child: ChildProcess, what: string): Promise<Server> {
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const message = await firstMessage(child, `${what} exited before it was ready`, (m) => m.ready === true && typeof m.port === 'number');
  return { url: `http://127.0.0.1:${String(message.port)}`, child, runAs: describe(message), stop: () => (child.disconnect(), exited) };
}

/**
 * The knowledge search alone (bench/searchAloneProcess.ts), in a process of its own that runs it as the
 * servers run (compiled, no loader, unless BENCH_SERVERS=tsx), so its figures are production's, not the
 * bench's own tsx-loaded process's.
 */
export async function searchAloneProcess(): Promise<{ searched: SearchAlone; runAs: string }> {
  const { file, flags } = entryOf('searchAloneProcess');
  const child = fork(file, [], { execArgv: flags, stdio: 'inherit' });
  const message = await firstMessage(child, 'the search-alone process exited before it reported', (m) => isRecord(m.searched) && Array.isArray(m.searched.latencies) && Array.isArray(m.searched.warmingUp));
  return { searched: message.searched as SearchAlone, runAs: describe(message) };
}

// fork() would otherwise give each server the bench's own node flags, tsx's loader among them.
export function startEcho(): Promise<Server> {
  const { file, flags } = entryOf('echoBot');
  return started(fork(file, [], { execArgv: flags, stdio: 'inherit' }), 'the echo bot');
}

/** Settings for a fresh assistant: its own data folder, the edge's rate limits at their highest. */
export function assistantEnv(extra: Record<string, string> = {}): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'cse-bench-'));
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_FILE: join(dir, 'assistant.db'),
    DATA_KEYS_FILE: join(dir, 'keys.json'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    RATE_CONVERSATION_PER_MINUTE: '6000',
    RATE_USER_PER_MINUTE: '6000',
    ...extra,
  };
}

export function startAssistantProcess(env: Record<string, string>): Promise<Server> {
  const { file, flags } = entryOf('assistantServer');
  return started(fork(file, [], { execArgv: ['--expose-gc', ...flags], env, stdio: 'inherit' }), 'the assistant');
}

export interface ServerMemory {
  heapUsed: number;
  /** RSS read at once after two full collections (what the bench measured before issue 14's sixth round). */
  rss: number;
  /** RSS once it stopped falling after them (bench/settledMemory.ts): what the process holds. */
  settledRss: number;
  /** The most RSS the process has had since it started (getrusage's maxrss). */
  peakRss: number;
}

export function memoryOf(server: Server): Promise<ServerMemory> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (!isRecord(message) || !isRecord(message.memory)) return;
      const { heapUsed, rss, settledRss, peakRss } = message.memory;
      if (typeof heapUsed !== 'number' || typeof rss !== 'number' || typeof settledRss !== 'number' || typeof peakRss !== 'number') return;
      server.child.off('message', onMessage);
      resolve({ heapUsed, rss, settledRss, peakRss });
    };
    server.child.on('message', onMessage);
    server.child.send('memory');
  });
}

export interface StartTiming {
  /** From spawning `node dist/bot/index.js` to its "assistant listening" line. */
  ready: number;
  /** The first turn after that line, a typed question answered in full (expectReplies). */
  firstTurn: number;
}

/** Start to ready of the built assistant, then its first turn: one typed question, posted the moment it says it listens. */
export function timeStart(entry: string, env: Record<string, string>, question: string): Promise<StartTiming> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [entry], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let timing: StartTiming | undefined;
    let asked = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = out.split('\n').find((line) => line.includes('"assistant listening"'));
      if (asked || listening === undefined) return;
      asked = true;
      const ready = performance.now() - start;
      const port = /"port":(\d+)/.exec(listening)?.[1];
      timed(() => post(`http://127.0.0.1:${port ?? '0'}`, `bench-start-${child.pid ?? 0}`, 'bench-start-user', { text: question }))
        .then(({ ms }) => (timing = { ready, firstTurn: ms }))
        .catch((error: unknown) => process.stderr.write(`first turn failed: ${error instanceof Error ? error.message : String(error)}\n`))
        .finally(() => child.kill('SIGTERM'));
    });
    child.once('exit', (code) => (timing === undefined ? reject(new Error(`the built assistant exited (${String(code)}) before it listened and answered`)) : resolve(timing)));
  });
}
