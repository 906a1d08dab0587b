import { performance, PerformanceObserver } from 'node:perf_hooks';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import { QUESTIONS } from './benchQuestions';
import { runningAs } from './runningAs';

/**
 * `npm run bench`'s knowledge search alone, in a process of its own, forked by bench/processes.ts
 * compiled as production runs the search (dist/bench/, no loader) unless `BENCH_SERVERS=tsx`: 2,000
 * searches of the bench's five questions, timed one by one (the first 200 not counted), with V8's
 * collections observed so a tail can be told from a pause. Sends what it measured to its parent and exits.
 */

export interface SearchAlone {
  latencies: number[];
  /** Garbage collections that began during the counted searches, and how many searches they fell in. */
  collections: number;
  searchesWithCollection: number;
  latenciesWithoutCollection: number[];
}

const SEARCHES = 2_000;
const NOT_COUNTED = 200;

async function searchAlone(): Promise<SearchAlone> {
  const index = createKnowledgeIndex(allEntries);
  const collections: number[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries().map((entry) => entry.startTime)));
  observer.observe({ entryTypes: ['gc'] });
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < SEARCHES; i += 1) {
    const start = performance.now();
    index.search(QUESTIONS[i % QUESTIONS.length] ?? '');
    spans.push({ start, end: performance.now() });
  }
  // The observer is told once the loop has let go of the event loop, a turn of it later (not at setImmediate).
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const counted = spans.slice(NOT_COUNTED);
  const from = counted[0]?.start ?? 0;
  const during = (span: { start: number; end: number }) => collections.some((at) => at >= span.start && at < span.end);
  return {
    latencies: counted.map((s) => s.end - s.start),
    collections: collections.filter((at) => at >= from).length,
    searchesWithCollection: counted.filter(during).length,
    latenciesWithoutCollection: counted.filter((s) => !during(s)).map((s) => s.end - s.start),
  };
}

searchAlone()
  .then((searched) => process.send?.({ searched, ...runningAs() }, () => process.disconnect()))
  .catch((error: unknown) => {
    process.stderr.write(`bench search alone failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    process.exit(1);
  });
