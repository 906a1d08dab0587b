import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startProcess } from '../support/process';

/**
 * CI runs the whole suite on Node 20 and on the current LTS (.ci/run): the assistant processes the
 * tests start must run on the same Node as the tests themselves, or one line would not be tested.
 */

const listening = z.object({ msg: z.literal('assistant listening'), node: z.string() });

it('starts the assistant process on the same Node as the test run, and says which in its first line', async () => {
  const assistant = await startProcess({ DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-runtime-')), 'assistant.db') });
  try {
    const line = assistant
      .output()
      .split('\n')
      .map((text) => listening.safeParse((() => { try { return JSON.parse(text) as unknown; } catch { return undefined; } })()))
      .find((parsed) => parsed.success);
    expect(line?.data?.node).toBe(process.version);
  } finally {
    assistant.child.kill('SIGTERM');
    await assistant.exited;
  }
});
