import { join } from 'node:path';
import { fork } from 'node:child_process';
import { assistantEnv } from './processes';
import { journeys, journeySteps } from './workloads';

/**
 * `node --import tsx bench/profile.ts`: the bench's journey-step workload against an assistant
 * started with --cpu-prof; the profile is written to bench/results/ when it stops.
 */

const STEPS = 3_000;

async function main(): Promise<void> {
  const dir = join(__dirname, 'results');
  const child = fork(join(__dirname, 'assistantServer.ts'), [], { execArgv: ['--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${dir}`], env: assistantEnv(), stdio: 'inherit' });
  const port = await new Promise<number>((resolve) => child.on('message', (m: unknown) => typeof m === 'object' && m !== null && 'port' in m && typeof m.port === 'number' && resolve(m.port)));
  const url = `http://127.0.0.1:${port}`;
  await journeySteps(await journeys(url, 10), STEPS);
  const exited = new Promise((done) => child.once('exit', done));
  child.disconnect();
  await exited;
  process.stdout.write(`profile of ${STEPS} journey steps written to ${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
