import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { heapProbeSchema, type HeapProbe } from './memoryProbe';
import { assistantEnv, startAssistantProcess, type Server } from './processes';
import { kernelMemoryOf, type KernelMemory } from './processMemory';
import { settled } from './settledMemory';
import { storeFilesOf, type StoreFiles } from './storeFiles';
import { Journey, storeConversations } from './workloads';

/**
 * `npm run bench:memory`: the assistant's memory with 1,000 and with BENCH_STORED (20,000) stored
 * conversations: RSS and its parts as the kernel sees them, both at once after two full
 * collections (as `npm run bench` used to read it) and once RSS has settled (bench/settledMemory.ts);
 * V8's heap by space; the embedded store's files and settings. Two workloads, each in a fresh assistant:
 * - stored: every turn starts a new conversation (what `npm run bench` measures);
 * - same: 1,000 conversations, then as many turns as the other workload adds, into those same
 *   1,000 (journey steps), so the load of storing can be told from the stored conversations.
 * BENCH_MEMORY_WORKLOADS picks them (default "stored,same"); BENCH_ASSISTANT_ENV ("A=1,B=2") adds
 * settings to the assistant's environment for an experiment (e.g. MALLOC_ARENA_MAX=2);
 * BENCH_MEMORY_SMAPS_DIR keeps a copy of the assistant's /proc/<pid>/smaps at each measurement.
 */

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_STORED ?? 20_000);
const WORKERS = 50;
const PHASE_SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 120);
const say = (line: string) => process.stdout.write(`${line}\n`);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

interface Snapshot {
  label: string;
  heap: HeapProbe;
  /** Read at once after the collections. */
  atCollection: KernelMemory;
  /** Read once RSS stopped falling. */
  settled: KernelMemory;
  store: StoreFiles;
}

function heapOf(server: Server): Promise<HeapProbe> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (!isRecord(message) || !isRecord(message.heap)) return;
      server.child.off('message', onMessage);
      resolve(heapProbeSchema.parse(message.heap));
    };
    server.child.on('message', onMessage);
    server.child.send({ heapProbe: true });
  });
}

async function snapshot(server: Server, dataFile: string, label: string): Promise<Snapshot> {
  const heap = await heapOf(server);
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('the assistant has no process id');
  const atCollection = kernelMemoryOf(pid);
  const keep = process.env.BENCH_MEMORY_SMAPS_DIR;
  if (keep !== undefined) writeFileSync(join(keep, `smaps-${pid}-${label.replace(/\W+/g, '-')}`), readFileSync(`/proc/${pid}/smaps`));
  const calm = await settled(() => kernelMemoryOf(pid), (k) => k.rss);
  if (keep !== undefined) writeFileSync(join(keep, `smaps-${pid}-${label.replace(/\W+/g, '-')}-settled`), readFileSync(`/proc/${pid}/smaps`));
  return { label, heap, atCollection, settled: calm, store: storeFilesOf(dataFile) };
}

function extraEnv(): Record<string, string> {
  const text = process.env.BENCH_ASSISTANT_ENV ?? '';
  return Object.fromEntries(text.split(',').filter((pair) => pair.includes('=')).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

/** Runs `work` over `items`, `WORKERS` at a time, while `more()` holds. */
async function inParallel<T>(items: T[], more: () => boolean, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < items.length && more()) {
        const item = items[next];
        next += 1;
        if (item !== undefined) await work(item);
      }
    }),
  );
}

/** `turns` journey steps over the given journeys, `WORKERS` at a time; how many were taken before the deadline. */
async function stepInto(all: Journey[], turns: number, deadline: number): Promise<number> {
  let taken = 0;
  // Each worker keeps to its own journeys, so no two steps of one conversation are in flight at once.
  const lanes = Array.from({ length: WORKERS }, (_, lane) => all.filter((_, i) => i % WORKERS === lane));
  await inParallel(lanes, () => true, async (own) => {
    for (let i = 0; taken < turns && performance.now() < deadline && own.length > 0; i += 1) {
      taken += 1;
      await own[i % own.length]?.step();
    }
  });
  return taken;
}

async function startJourneys(url: string, count: number): Promise<Journey[]> {
  const all = Array.from({ length: count }, () => new Journey(url));
  await inParallel(all, () => true, (journey) => journey.start());
  return all;
}

async function measure(workload: 'stored' | 'same'): Promise<Snapshot[]> {
  const env = assistantEnv(extraEnv());
  const dataFile = env.DATA_FILE ?? '';
  const assistant = await startAssistantProcess(env);
  say(`${workload}: the assistant ran as ${assistant.runAs}`);
  try {
    const ready = await snapshot(assistant, dataFile, 'ready');
    const deadline = () => performance.now() + PHASE_SECONDS * 1000;
    if (workload === 'stored') {
      const small = await storeConversations(assistant.url, SMALL, WORKERS, deadline());
      const atSmall = await snapshot(assistant, dataFile, `${small} conversations`);
      const more = await storeConversations(assistant.url, LARGE - small, WORKERS, deadline());
      return [ready, atSmall, await snapshot(assistant, dataFile, `${small + more} conversations`)];
    }
    const journeys = await startJourneys(assistant.url, SMALL);
    const atSmall = await snapshot(assistant, dataFile, `${SMALL} conversations`);
    const steps = await stepInto(journeys, LARGE - SMALL, deadline());
    return [ready, atSmall, await snapshot(assistant, dataFile, `${SMALL} conversations + ${steps} steps in them`)];
  } finally {
    await assistant.stop();
  }
}

function kernelRows(k: KernelMemory, when: string): Array<[string, string]> {
  return [
    [`RSS ${when}`, mib(k.rss)],
    [`  the mappings in smaps, summed (read just before), ${when}`, mib(k.rssOfMappings)],
    [`  RssAnon ${when}`, mib(k.rssAnon)],
    [`  RssFile ${when}`, mib(k.rssFile)],
    [`  RssShmem ${when}`, mib(k.rssShmem)],
    ...Object.entries(k.byMapping)
      .filter(([, bytes]) => bytes >= 1024 * 1024)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, bytes]): [string, string] => [`  resident: ${name}, ${when}`, mib(bytes)]),
  ];
}

function rows(s: Snapshot): Array<[string, string]> {
  const k = s.settled;
  const h = s.heap;
  const st = s.store;
  return [
    ...kernelRows(s.atCollection, 'at the collection'),
    ...kernelRows(k, 'settled'),
    ['RSS peak so far (VmHWM)', mib(k.rssPeak)],
    ['smaps_rollup Private_Dirty, settled', mib(k.rollup.Private_Dirty ?? 0)],
    ['threads', String(k.threads)],
    ['V8 heap used', mib(h.heapUsed)],
    ['V8 heap total', mib(h.heapTotal)],
    ['V8 heap physical', mib(h.heapPhysical)],
    ...h.spaces.filter((space) => space.physical > 0).map((space): [string, string] => [`  ${space.name} used / physical`, `${mib(space.used)} / ${mib(space.physical)}`]),
    ['V8 malloced (now / peak)', `${mib(h.malloced)} / ${mib(h.peakMalloced)}`],
    ['external', mib(h.external)],
    ['array buffers', mib(h.arrayBuffers)],
    ['store: database / WAL / shm file', `${mib(st.database)} / ${mib(st.wal)} / ${mib(st.shm)}`],
    ['store: revisions / conversations', `${st.revisions} / ${st.conversations}`],
    ['store: page size, cache_size, mmap_size, wal_autocheckpoint', `${st.pageSize}, ${st.cacheSize}, ${st.mmapSize}, ${st.walAutocheckpoint}`],
  ];
}

function table(workload: string, snapshots: Snapshot[]): void {
  say(`\n${workload} (MiB unless said)`);
  say(`| | ${snapshots.map((s) => s.label).join(' | ')} |`);
  say(`|---|${snapshots.map(() => '---').join('|')}|`);
  const all = snapshots.map(rows);
  const names = [...new Set(all.flatMap((r) => r.map(([name]) => name)))];
  for (const name of names) say(`| ${name} | ${all.map((r) => r.find(([n]) => n === name)?.[1] ?? '').join(' | ')} |`);
  const [, small, large] = snapshots;
  if (small === undefined || large === undefined) return;
  const ratio = (of: (s: Snapshot) => KernelMemory) => `${(of(large).rss / of(small).rss).toFixed(2)} ×`;
  say(`RSS, ${large.label} against ${small.label}: at the collection ${ratio((s) => s.atCollection)}; settled ${ratio((s) => s.settled)}`);
}

async function main(): Promise<void> {
  const workloads = (process.env.BENCH_MEMORY_WORKLOADS ?? 'stored,same').split(',');
  const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
  say(`load average at start: ${load()}; Node ${process.version}; added to the assistant's environment: ${process.env.BENCH_ASSISTANT_ENV ?? '(nothing)'}`);
  for (const workload of workloads) {
    if (workload !== 'stored' && workload !== 'same') throw new Error(`no workload ${workload}: stored or same`);
    const started = performance.now();
    table(workload, await measure(workload));
    say(`(${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${load()})`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
