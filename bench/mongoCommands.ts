import { MongoClient, type CommandStartedEvent, type CommandSucceededEvent } from 'mongodb';
import { startAssistant } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { assistantEnv } from './processes';
import { percentile } from './stats';
import { journeys, stepsInTurn } from './workloads';

/**
 * `MONGODB_URI=... node --import tsx bench/mongoCommands.ts`: where a journey step's time goes on
 * MongoDB. The assistant runs in this process with the driver's command monitoring on; 20 journeys
 * take 400 steps not counted, then 100 counted; each kind of command is printed with how many a step
 * sent and its p50 (the driver's `duration`, in whole milliseconds). BENCHMARKS.md, ninth round.
 */

const CONVERSATIONS = 20;
const WARM_STEPS = 400;
const STEPS = 100;

interface Seen {
  kind: string;
  ms: number;
}

/** Watches every client the assistant connects, from before its storage opens. */
function watchClients(into: Seen[]): void {
  const connect = MongoClient.prototype.connect;
  MongoClient.prototype.connect = function (this: MongoClient) {
    const started = new Map<number, string>();
    this.on('commandStarted', (event: CommandStartedEvent) => started.set(event.requestId, `${event.commandName} ${String(event.command[event.commandName])}`));
    this.on('commandSucceeded', (event: CommandSucceededEvent) => {
      const kind = started.get(event.requestId);
      if (kind !== undefined) into.push({ kind, ms: event.duration });
      started.delete(event.requestId);
    });
    return connect.call(this);
  };
}

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (uri === undefined || uri === '') throw new Error('set MONGODB_URI');
  const seen: Seen[] = [];
  watchClients(seen);
  const database = `bench_commands_${Date.now()}`;
  const config = loadConfig(assistantEnv({ MONGODB_URI: `${uri}${uri.includes('?') ? '&' : '?'}monitorCommands=true`, MONGODB_DB: database }));
  const assistant = await startAssistant(config, createLogger('silent'));
  try {
    const stepping = await journeys(`http://127.0.0.1:${assistant.port}`, CONVERSATIONS);
    await stepsInTurn(stepping, WARM_STEPS);
    seen.length = 0;
    const latencies = await stepsInTurn(stepping, STEPS);
    process.stdout.write(`${STEPS} journey steps over ${CONVERSATIONS} conversations (after ${WARM_STEPS}): p50 ${percentile(latencies, 50).toFixed(2)} ms\n`);
    const kinds = new Map<string, number[]>();
    for (const { kind, ms } of seen) kinds.set(kind, [...(kinds.get(kind) ?? []), ms]);
    for (const [kind, durations] of kinds) {
      process.stdout.write(`${kind}: ${(durations.length / STEPS).toFixed(2)} a step, p50 ${percentile(durations, 50).toFixed(2)} ms\n`);
    }
  } finally {
    await assistant.stop();
    const client = new MongoClient(uri);
    await client.db(database).dropDatabase().finally(() => client.close());
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
