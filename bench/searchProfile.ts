import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';
import { summariseAllocations } from './allocationSummary';
import { summariseProfile } from './profileSummary';
import { searchesToAsk } from './searchQuestions';

/**
 * Where the knowledge search alone spends and what it allocates: the questions of bench/searchAlone.ts
 * (every distinct question of knowledge/eval/questions.json and exemplars.json, as a stranger and as its
 * audience), a warm-up pass, then a CPU profile (100 µs sampling) of `passes` passes and a sampled
 * allocation profile (freed objects kept) of one more, written to bench/results/ and summarised per
 * search by function, self and inclusive. Run: `node --import tsx bench/searchProfile.ts [passes] [bench]`
 * (`bench`: `npm run bench`'s five questions instead).
 */

const searches = searchesToAsk(process.argv[3]);

async function main(): Promise<void> {
  const passes = Number(process.argv[2] ?? 2);
  const index = createKnowledgeIndex(allEntries);
  for (const s of searches) index.search(s.q, s.context);
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const session = new Session();
  session.connect();

  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let pass = 0; pass < passes; pass += 1) for (const s of searches) index.search(s.q, s.context);
  const { profile } = await session.post('Profiler.stop');
  const cpuFile = join(dir, `search-${stamp}.cpuprofile`);
  writeFileSync(cpuFile, JSON.stringify(profile));

  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (const s of searches) index.search(s.q, s.context);
  const { profile: allocated } = await session.post('HeapProfiler.stopSampling');
  const heapFile = join(dir, `search-${stamp}.heapprofile`);
  writeFileSync(heapFile, JSON.stringify(allocated));
  session.disconnect();

  process.stdout.write(`${searches.length} searches a pass; CPU profile of ${passes} passes: ${cpuFile}\n`);
  process.stdout.write(summariseProfile(cpuFile, undefined, passes * searches.length).replaceAll('per turn', 'per search'));
  process.stdout.write(`\nallocation profile of one pass: ${heapFile}\n`);
  process.stdout.write(summariseAllocations(heapFile, undefined, searches.length).replaceAll('per turn', 'per search'));
}

void main();
