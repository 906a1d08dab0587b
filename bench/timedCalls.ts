import { performance, PerformanceObserver } from 'node:perf_hooks';

/**
 * A call timed one by one, with V8's garbage collections observed meanwhile, so a slow call can be
 * told from a pause: shared by `npm run bench`'s search-alone process and bench/searchAlone.ts.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TimedCalls {
  spans: Span[];
  /** When each collection that began during the run began (performance.now()). */
  collections: number[];
  /** The process's CPU time over the calls, user and system, in microseconds. */
  cpuMicros: number;
}

export async function timeCalls(count: number, call: (i: number) => void): Promise<TimedCalls> {
  const collections: number[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries().map((entry) => entry.startTime)));
  observer.observe({ entryTypes: ['gc'] });
  const spans: Span[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    call(i);
    spans.push({ start, end: performance.now() });
  }
  const cpu = process.cpuUsage(cpuBefore);
  // The observer is told once the loop has let go of the event loop, a turn of it later (not at setImmediate).
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { spans, collections, cpuMicros: cpu.user + cpu.system };
}

export const collectionDuring = (collections: readonly number[], span: Span): boolean =>
  collections.some((at) => at >= span.start && at < span.end);

export const tookMs = (span: Span): number => span.end - span.start;
