import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';

/**
 * What a measured server answers over IPC for bench/profile.ts: its CPU time so far (user +
 * system, all threads; and the main thread's alone with its event loop's idle time, to tell a thread
 * waiting for the writer from one that is busy), a CPU profile of just the workload (started and stopped on request,
 * so start-up and warm-up are left out) and a sampled allocation profile of it (freed objects kept).
 */

/** The main thread's user + system time in µs, from Linux's per-thread stat (clock ticks of 10 ms); undefined elsewhere. */
function mainThreadMicros(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function answerProfiling(): void {
  const session = new Session();
  session.connect();
  process.on('message', (message: unknown) => {
    if (!isRecord(message)) return;
    if (message.cpu === true) {
      const { user, system } = process.cpuUsage();
      const { idle, active } = performance.eventLoopUtilization();
      process.send?.({ cpuMicros: user + system, mainMicros: mainThreadMicros(), loopIdleMs: idle, loopActiveMs: active });
    } else if (message.profile === 'start') {
      void session
        .post('Profiler.enable')
        .then(() => session.post('Profiler.setSamplingInterval', { interval: 100 }))
        .then(() => session.post('Profiler.start'))
        .then(() => process.send?.({ profiling: true }));
    } else if (message.allocations === 'start') {
      // Every sampled allocation is kept, also those the collector has freed: what feeds the GC is the point.
      void session
        .post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
        .then(() => process.send?.({ allocating: true }));
    } else if (message.allocations === 'stop' && typeof message.file === 'string') {
      const file = message.file;
      void session.post('HeapProfiler.stopSampling').then(({ profile }) => {
        writeFileSync(file, JSON.stringify(profile));
        process.send?.({ allocated: file });
      });
    } else if (message.profile === 'stop' && typeof message.file === 'string') {
      const file = message.file;
      void session.post('Profiler.stop').then(({ profile }) => {
        writeFileSync(file, JSON.stringify(profile));
        process.send?.({ profiled: file });
      });
    }
  });
}
