import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findLeaks, PLANTED_CANARY, type Leak } from './personalTestValues';

/**
 * jest globalTeardown, after every test and every process they started has finished: searches the
 * whole suite's captured log output. A throw here makes jest exit non-zero whatever the tests did.
 */
export default function checkCapturedLogs(): void {
  const directory = process.env.LOG_CAPTURE_DIR;
  if (directory === undefined) throw new Error('log capture: LOG_CAPTURE_DIR is unset, so nothing was captured');
  const files = readdirSync(directory).sort();
  const planted = files.filter((file) => file.startsWith('planted-'));
  const problems: string[] = [];

  // The self-test: each planted file holds the canary, and the search must report it.
  if (planted.length !== 2) problems.push(`expected 2 planted capture files, found ${planted.length}`);
  for (const file of planted) {
    const text = readFileSync(join(directory, file), 'utf8');
    if (!text.includes(PLANTED_CANARY) || findLeaks(text).length === 0) problems.push(`${file}: the planted value was not caught, so the capture or the search is broken`);
  }

  let lines = 0;
  const leaks: Array<Leak & { file: string }> = [];
  for (const file of files.filter((name) => !name.startsWith('planted-'))) {
    const text = readFileSync(join(directory, file), 'utf8');
    lines += text.split('\n').length - 1;
    leaks.push(...findLeaks(text).map((leak) => ({ ...leak, file })));
  }
  for (const leak of leaks.slice(0, 20)) problems.push(`${leak.file}:${leak.line}: ${leak.what}`);
  if (leaks.length > 20) problems.push(`... and ${leaks.length - 20} more`);

  const inProcess = files.filter((f) => f.startsWith('in-process-')).length;
  const children = files.filter((f) => f.startsWith('child-')).length;
  if (problems.length > 0) {
    throw new Error(`log capture: the logs are not clean (files kept in ${directory}):\n  ${problems.join('\n  ')}`);
  }
  process.stderr.write(`log capture: ${lines} lines from the loggers of ${inProcess} test worker(s) and ${children} child process(es) searched; no personal test value, bearer token or JWT (self-test caught both planted values)\n`);
  rmSync(directory, { recursive: true, force: true });
}
