import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../bot/logger';

/**
 * Every log line the test suite produces goes to a file in one directory (made by the jest
 * globalSetup, named in LOG_CAPTURE_DIR): the in-process loggers at full level, and the stdout and
 * stderr of every assistant process the tests start. The globalTeardown searches them all for
 * personal test values, bearer tokens and JWTs, and fails the run on any (docs/security.md).
 */

/** Full level while captured: silence must not hide a leak. Nothing reaches the terminal. */
export const CAPTURE_LEVEL = 'trace';

export function captureDirectory(): string {
  const directory = process.env.LOG_CAPTURE_DIR;
  if (directory === undefined || directory === '') {
    throw new Error('LOG_CAPTURE_DIR is unset: run the tests through jest (jest.config.js sets up the log capture)');
  }
  return directory;
}

/**
 * A file of its own for each child process, so nothing interleaves: `<kind>-<pid>-<random>.log`
 * (jest gives each test file fresh modules, so a counter here would repeat). In-process loggers
 * of one worker share its file: their writes are synchronous.
 */
export function captureFile(kind: 'in-process' | 'child' | 'planted'): string {
  const suffix = kind === 'in-process' ? 'worker' : randomUUID().slice(0, 8);
  return join(captureDirectory(), `${kind}-${process.pid}-${suffix}.log`);
}

/** The real logger (bot/logger.ts), at full level, writing synchronously to this worker's capture file. */
export function captureLogger(file = captureFile('in-process')): Logger {
  return createLogger(CAPTURE_LEVEL, { write: (line: string) => appendFileSync(file, line) });
}

/** Copies everything a child process writes, as it writes it, into a capture file of its own. */
export function captureChildOutput(child: ChildProcess, file = captureFile('child')): void {
  appendFileSync(file, '');
  child.stdout?.on('data', (chunk: Buffer) => appendFileSync(file, chunk));
  child.stderr?.on('data', (chunk: Buffer) => appendFileSync(file, chunk));
}
