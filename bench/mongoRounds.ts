import { MongoClient } from 'mongodb';
import { floorDatabase, mongoFloor, sizeOf, type CollectionSize } from './mongoFloor';
import { assistantEnv, startAssistantProcess } from './processes';
import { ms, percentile, ratio, summarise } from './stats';
import { concurrently, journeys, journeyWorkers, stepsInTurn, type Concurrent } from './workloads';

/**
 * The MongoDB part of a bench run (`npm run bench` and `npm run bench:mongo`), with MONGODB_URI set:
 * an assistant on that server, and in the same rounds two floors (echo + one read and one write by
 * `_id`): the floor issue 14's targets are set against, on a collection of one document per worker,
 * and the same on a collection grown, at the start of every round, to as many documents of the same
 * mean size as the assistant's revisions collection holds then (on FerretDB 1.24 a lookup by `_id`
 * reads the whole collection, so the first floor's collection is not the assistant's; ninth round).
 */

const WORKERS = 20;
const PER_ROUND = 25;
const TURNS_PER_WORKER = 3;

type Say = (line: string) => void;
type Check = (name: string, met: boolean, detail: string) => void;

export interface MongoRounds {
  /** One round, not counted when `counted` is false (the warm-up). */
  round(counted: boolean): Promise<void>;
  report(say: Say, check: Check): Promise<void>;
  close(): Promise<void>;
}

const throughput = (runs: Concurrent[]): number => percentile(runs.map((r) => r.turnsPerSecond), 50);
const allLatencies = (runs: Concurrent[]): number[] => runs.flatMap((r) => r.latencies);
const sized = ({ documents, meanBytes }: CollectionSize): string => `${documents} documents of ${(meanBytes / 1024).toFixed(2)} KiB`;

export async function mongoRounds(uri: string, echoUrl: string): Promise<MongoRounds> {
  const database = `bench_${Date.now()}`;
  const assistant = await startAssistantProcess(assistantEnv({ MONGODB_URI: uri, MONGODB_DB: database }));
  const floors = await floorDatabase(uri);
  const watcher = new MongoClient(uri);
  await watcher.connect();
  const revisions = watcher.db(database).collection('conversation_revisions');
  const floor = await mongoFloor(floors.db, 'floor', echoUrl, WORKERS);
  const sizedFloor = await mongoFloor(floors.db, 'floor_sized', echoUrl, WORKERS);
  const stepping = await journeys(assistant.url, WORKERS);
  const m = { floorOne: [] as number[], sizedOne: [] as number[], steps: [] as number[], floorMany: [] as Concurrent[], sizedMany: [] as Concurrent[], stepsMany: [] as Concurrent[] };
  const matched: CollectionSize[] = [];

  const one = async (turn: (worker: number) => Promise<number>): Promise<number[]> => {
    const latencies: number[] = [];
    for (let i = 0; i < PER_ROUND; i += 1) latencies.push(await turn(i));
    return latencies;
  };

  return {
    async round(counted) {
      const size = await sizeOf(revisions);
      await sizedFloor.fillTo(size);
      const floorOne = await one((w) => floor.turn(w));
      const sizedOne = await one((w) => sizedFloor.turn(w));
      const steps = await stepsInTurn(stepping, PER_ROUND);
      const floorMany = await concurrently(WORKERS, TURNS_PER_WORKER, (w) => floor.turn(w));
      const sizedMany = await concurrently(WORKERS, TURNS_PER_WORKER, (w) => sizedFloor.turn(w));
      const stepsMany = await concurrently(WORKERS, TURNS_PER_WORKER, journeyWorkers(stepping));
      if (!counted) return;
      matched.push(size);
      m.floorOne.push(...floorOne);
      m.sizedOne.push(...sizedOne);
      m.steps.push(...steps);
      m.floorMany.push(floorMany);
      m.sizedMany.push(sizedMany);
      m.stepsMany.push(stepsMany);
    },

    async report(say, check) {
      const floorOne = summarise(m.floorOne);
      const sizedOne = summarise(m.sizedOne);
      const step = summarise(m.steps);
      const [first, last] = [matched[0], matched[matched.length - 1]];
      say(`\nMongoDB (MONGODB_URI), same run; the assistant: ${assistant.runAs}`);
      say(`collections: the floor's ${sized(await floor.size())}; the assistant's revisions ${sized(await sizeOf(revisions))} at the end`);
      if (first !== undefined && last !== undefined) say(`  the sized floor's matched to the revisions at each round's start: from ${sized(first)} to ${sized(last)}`);
      say(`floor (echo + one read + one write by _id): p50 ${ms(floorOne.p50)}, p99 ${ms(floorOne.p99)} (n ${floorOne.n})`);
      say(`floor on a collection sized as the revisions: p50 ${ms(sizedOne.p50)}, p99 ${ms(sizedOne.p99)} (n ${sizedOne.n})`);
      say(`journey step: p50 ${ms(step.p50)} = ${ratio(step.p50, floorOne.p50)} the floor, ${ratio(step.p50, sizedOne.p50)} the sized floor; p99 ${ms(step.p99)} (n ${step.n})`);
      const floorRate = throughput(m.floorMany);
      const sizedRate = throughput(m.sizedMany);
      const stepRate = throughput(m.stepsMany);
      say(
        `${WORKERS} concurrent conversations: floor ${floorRate.toFixed(0)} turns/s, sized floor ${sizedRate.toFixed(0)} turns/s; journey steps ${stepRate.toFixed(0)} turns/s = ${ratio(stepRate, floorRate)} the floor, ${ratio(stepRate, sizedRate)} the sized floor; p50 ${ms(summarise(allLatencies(m.stepsMany)).p50)}`,
      );
      // The targets stay on the floor of issue 14 as written (one document per worker); the sized floor is printed beside it.
      check('MongoDB journey step p50 at most 1.5 × the floor', step.p50 <= 1.5 * floorOne.p50, ratio(step.p50, floorOne.p50));
      check(`MongoDB ${WORKERS} concurrent conversations at least 0.5 × the floor's throughput`, stepRate >= 0.5 * floorRate, ratio(stepRate, floorRate));
    },

    async close() {
      await assistant.stop();
      await floors.db.dropDatabase().catch(() => undefined);
      await watcher.db(database).dropDatabase().catch(() => undefined);
      await Promise.all([floors.client.close(), watcher.close()]);
    },
  };
}
