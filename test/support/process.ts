import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CAPTURE_LEVEL, captureChildOutput } from './logCapture';
import { TEST_AUDIT_KEY_SECRET, TEST_DATA_KEYS_JSON, TEST_PRODUCTION_ACCESS } from './testKeys';

/** The assistant as a real process (`node --import tsx bot/index.ts`), for restarts and signals. */

export interface AssistantProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

const listening = z.object({ msg: z.literal('assistant listening'), port: z.number() });

export function startProcess(env: Record<string, string>): Promise<AssistantProcess> {
  const root = join(__dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: CAPTURE_LEVEL, PORT: '0', XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'cse-config-')), DATA_KEYS_JSON: TEST_DATA_KEYS_JSON, AUDIT_KEY_SECRET: TEST_AUDIT_KEY_SECRET, ...(env.MICROSOFT_APP_ID === undefined ? {} : TEST_PRODUCTION_ACCESS), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Everything it writes is also searched for leaks at the end of the run (test/support/logCapture.ts).
  captureChildOutput(child);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        try {
          const parsed = listening.safeParse(JSON.parse(line));
          if (parsed.success) {
            child.stdout?.off('data', onData);
            child.stdout?.on('data', (more: Buffer) => (out += more.toString()));
            resolve({ child, url: `http://127.0.0.1:${parsed.data.port}`, output: () => out, exited });
            return;
          }
        } catch {
          // not a JSON line yet
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`the assistant exited (${String(code)}) before listening:\n${out}`)));
  });
}
