import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureChildOutput, captureFile, captureLogger } from './logCapture';
import { PLANTED_CANARY } from './personalTestValues';

/**
 * jest globalSetup: makes the capture directory (workers inherit LOG_CAPTURE_DIR), then plants a
 * personal test value through each capture path, the real logger and a child process's stderr.
 * The teardown must find both, or it fails the run: a capture that catches nothing never passes.
 */
export default async function setUpLogCapture(): Promise<void> {
  process.env.LOG_CAPTURE_DIR = mkdtempSync(join(tmpdir(), 'cse-log-capture-'));
  captureLogger(captureFile('planted')).trace({ planted: PLANTED_CANARY }, 'log capture self-test (in process)');

  const child = spawn(process.execPath, ['-e', 'process.stderr.write(process.argv[1] + "\\n")', PLANTED_CANARY], { stdio: ['ignore', 'pipe', 'pipe'] });
  captureChildOutput(child, captureFile('planted'));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`log capture self-test: the planted child process exited with ${String(code)}`);
}
