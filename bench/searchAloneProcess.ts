import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import { QUESTIONS } from './benchQuestions';
import { runningAs } from './runningAs';
import { collectionDuring, type Span, timeCalls, tookMs } from './timedCalls';

/**
 * `npm run bench`'s knowledge search alone, in a process of its own, forked by bench/processes.ts
 * compiled as production runs the search (dist/bench/, no loader) unless `BENCH_SERVERS=tsx`: 6,000
 * searches of the bench's five questions, timed one by one, with V8's collections observed so a tail can
 * be told from a pause. The first 1,000 warm the search up and are reported apart: over the first few
 * hundred V8 is still compiling the search's functions (searches of 2 to 7 ms, none of them a collection),
 * which a server that has answered a thousand questions no longer pays. Sends what it measured to its
 * parent and exits.
 */

export interface SearchAlone {
  latencies: number[];
  /** The first searches, not counted above: the search while V8 compiles it. */
  warmingUp: number[];
  /** Garbage collections that began during the counted searches, and how many searches they fell in. */
  collections: number;
  searchesWithCollection: number;
  latenciesWithoutCollection: number[];
}

const SEARCHES = 6_000;
const NOT_COUNTED = 1_000;

async function searchAlone(): Promise<SearchAlone> {
  const index = createKnowledgeIndex(allEntries);
  const { spans, collections } = await timeCalls(SEARCHES, (i) => index.search(QUESTIONS[i % QUESTIONS.length] ?? ''));
  const counted = spans.slice(NOT_COUNTED);
  const from = counted[0]?.start ?? 0;
  const during = (span: Span) => collectionDuring(collections, span);
  return {
    latencies: counted.map(tookMs),
    warmingUp: spans.slice(0, NOT_COUNTED).map(tookMs),
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
