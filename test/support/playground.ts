import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The Microsoft 365 Agents Playground (the devDependency @microsoft/m365agentsplayground), started as
 * its CLI `agentsplayground` is, against an assistant's /api/messages with the Teams channel. It needs no
 * token: the assistant accepts unauthenticated requests only without an app id, as in these tests.
 */

export interface RunningPlayground {
  url: string;
  /** What the playground printed, for a failure's message (it is a test tool: its output is not the assistant's log). */
  output(): string;
  stop(): Promise<void>;
}

const CLI = join(__dirname, '../../node_modules/@microsoft/m365agentsplayground/cli.js');

export function startPlayground(appEndpoint: string): Promise<RunningPlayground> {
  const folder = mkdtempSync(join(tmpdir(), 'cse-playground-'));
  // Node itself rather than the npx shim, so that stopping this process stops the playground.
  const child = spawn(process.execPath, [CLI, '--app-endpoint', appEndpoint, '--channel-id', 'msteams', '--port', '0', '--disable-telemetry'], {
    cwd: folder,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: folder,
      // Its own log and (absent) configuration file stay in a temporary folder, never the repository.
      M365_AGENTS_PLAYGROUND_LOGFILE: join(folder, 'playground.log'),
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(folder, '.m365agentsplayground.yml'),
      // The test opens the page in its own browser.
      TEAMSAPPTESTER_BROWSER: 'none',
      // Even with --disable-telemetry it starts an Application Insights client whose "statsbeat" asks
      // Azure's instance metadata address (169.254.169.254) and a DNS server; this turns that off, so it
      // connects to nothing but the assistant on loopback.
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const port = /Listening on (\d+)/.exec(out)?.[1];
      if (port !== undefined) {
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (more: Buffer) => (out += more.toString()));
        resolve({ url: `http://127.0.0.1:${port}`, output: () => out, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then(() => reject(new Error(`the Agents Playground exited before listening:\n${out}`)));
  });
}
