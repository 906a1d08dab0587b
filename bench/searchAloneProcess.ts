import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import { QUESTIONS } from './benchQuestions';
import { runningAs } from './runningAs';
import { collectionDuring, type Span, timeCalls, tookMs } from './timedCalls';

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
  const { spans, collections } = await timeCalls(SEARCHES, (i) => index.search(QUESTIONS[i % QUESTIONS.length] ?? ''));
  const counted = spans.slice(NOT_COUNTED);
  const from = counted[0]?.start ?? 0;
  const during = (span: Span) => collectionDuring(collections, span);
  return {
    latencies: counted.map(tookMs),
    collections: collections.filter((at) => at >= from).length,
    searchesWithCollection: counted.filter(during).length,
    latenciesWithoutCollection: counted.filter((s) => !during(s)).map(tookMs),
  };
}

searchAlone()
  .then((searched) => process.send?.({ searched, ...runningAs() }, () => process.disconnect()))
  .catch((error: unknown) => {
    process.stderr.write(`bench search alone failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    process.exit(1);
  });
