import { cpus, loadavg } from 'node:os';
import { mongoRounds } from './mongoRounds';
import { startEcho } from './processes';
import { failedJourneySteps } from './workloads';

/**
 * `MONGODB_URI=... npm run bench:mongo`: the MongoDB part of `npm run bench` alone (bench/mongoRounds.ts:
 * the echo bot, the two floors and the assistant on that server, a warm-up round and 8 interleaved),
 * for measuring a change to the MongoDB adapter without the embedded workloads' minutes. Exits
 * non-zero when a MongoDB target of issue 14 is missed, as `npm run bench` does.
 */

const ROUNDS = 8;
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (uri === undefined || uri === '') throw new Error('set MONGODB_URI');
  const cpu = cpus();
  say(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}; load average at the start ${loadavg()[0]?.toFixed(2)}`);
  const echo = await startEcho();
  say(`echo bot: ${echo.runAs}`);
  const targets: Array<{ name: string; met: boolean; detail: string }> = [];
  try {
    const mongo = await mongoRounds(uri, echo.url);
    try {
      for (let round = 0; round <= ROUNDS; round += 1) await mongo.round(round > 0);
      await mongo.report(say, (name, met, detail) => targets.push({ name, met, detail }));
    } finally {
      await mongo.close();
    }
  } finally {
    await echo.stop();
  }
  say(`load average at the end ${loadavg()[0]?.toFixed(2)}`);
  say(`\njourney steps not answered with the next step (counted in the latencies, the journey restarted): ${failedJourneySteps()}`);
  for (const target of targets) say(`${target.met ? 'met   ' : 'MISSED'}  ${target.name}: ${target.detail}`);
  if (targets.some((t) => !t.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
