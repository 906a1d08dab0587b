import { cpus } from 'node:os';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import { ms, summarise } from './stats';
import { searchesToAsk } from './searchQuestions';
import { collectionDuring, type Span, timeCalls, tookMs } from './timedCalls';

/**
 * The knowledge search alone, in this process, over every distinct question of
 * knowledge/eval/questions.json and exemplars.json (never the held-out sets), each asked as a stranger
 * and again as its audience. Reports the index's build time and retained heap, each search's latency
 * (p50, p99, and the p99 of the searches no garbage collection began in), the process's CPU time per
 * search (less moved by a busy machine than the wall time) and the heap each search
 * allocates (the heap used after it, less the heap used after a full collection just before it).
 * Run: `node --expose-gc --import tsx bench/searchAlone.ts [passes] [bench]` (`bench`: `npm run bench`'s five questions instead).
 */

const BATCH = 10;
const say = (line: string) => process.stdout.write(`${line}\n`);
const collectGarbage = (): void => {
  if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc');
  global.gc();
};

const searches = searchesToAsk(process.argv[3]);

function build() {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const index = createKnowledgeIndex(allEntries);
  const took = performance.now() - start;
  collectGarbage();
  return { index, took, retained: process.memoryUsage().heapUsed - heapBefore };
}

async function main(): Promise<void> {
  const passes = Number(process.argv[2] ?? 3);
  say(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
  const { index, took, retained } = build();
  say(`index built in ${ms(took)}, retained heap ${(retained / 1024 / 1024).toFixed(2)} MiB`);
  // A warm-up pass, not counted: the hot paths are compiled first.
  for (const s of searches) index.search(s.q, s.context);

  // The heap each search allocates: a full collection, then a batch of searches whose heap growth is
  // read, a batch a young collection began in being left out (a collection after every search would
  // take longer than the searches).
  const allocations: number[] = [];
  const batchCollections: number[] = [];
  const batchObserver = new PerformanceObserver((list) => batchCollections.push(...list.getEntries().map((entry) => entry.startTime)));
  batchObserver.observe({ entryTypes: ['gc'] });
  for (let from = 0; from < searches.length; from += BATCH) {
    const batch = searches.slice(from, from + BATCH);
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
    const began = performance.now();
    const before = process.memoryUsage().heapUsed;
    for (const s of batch) index.search(s.q, s.context);
    const grown = process.memoryUsage().heapUsed - before;
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (!batchCollections.some((at) => at >= began)) allocations.push(grown / batch.length);
  }
  batchObserver.disconnect();
  const allocated = summarise(allocations);
  const mean = allocations.reduce((a, b) => a + b, 0) / allocations.length;
  say(`allocated per search: mean ${(mean / 1024).toFixed(1)} KiB, over ${allocations.length} batches of ${BATCH} without a collection (of ${Math.ceil(searches.length / BATCH)}); batch means p50 ${(allocated.p50 / 1024).toFixed(1)} KiB, max ${(Math.max(...allocations) / 1024).toFixed(1)} KiB`);

  collectGarbage();
  const { spans, collections, cpuMicros } = await timeCalls(passes * searches.length, (i) => {
    const s = searches[i % searches.length];
    if (s) index.search(s.q, s.context);
  });
  const during = (span: Span) => collectionDuring(collections, span);
  const all = summarise(spans.map(tookMs));
  const calm = summarise(spans.filter((s) => !during(s)).map(tookMs));
  say(`latency: p50 ${ms(all.p50)}, p95 ${ms(all.p95)}, p99 ${ms(all.p99)} (n ${all.n})`);
  say(`CPU time of the process per search (user and system, collections included): ${ms(cpuMicros / 1000 / spans.length)}`);
  say(`garbage collections: ${collections.length}, in ${spans.filter(during).length} searches; without one: p50 ${ms(calm.p50)}, p99 ${ms(calm.p99)}`);
}

void main();
