import { MongoClient, type CommandStartedEvent, type CommandSucceededEvent } from 'mongodb';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startAssistant } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { journeys, stepsInTurn } from './workloads';

const log: Array<{ name: string; coll: string; dur: number; at: number }> = [];
const original = MongoClient.prototype.connect;
MongoClient.prototype.connect = function (this: MongoClient) {
  const starts = new Map<number, { name: string; coll: string; at: number }>();
  this.on('commandStarted', (e: CommandStartedEvent) => starts.set(e.requestId, { name: e.commandName, coll: String(e.command[e.commandName]), at: performance.now() }));
  this.on('commandSucceeded', (e: CommandSucceededEvent) => { const s = starts.get(e.requestId); if (s) log.push({ ...s, dur: e.duration }); });
  return original.call(this);
};
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cse-probe-'));
  const uri = `${process.env.MONGODB_URI}&monitorCommands=true`;
  const env = { NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'silent', DATA_FILE: join(dir, 'a.db'), DATA_KEYS_FILE: join(dir, 'k.json'), XDG_CONFIG_HOME: join(dir, 'c'), RATE_CONVERSATION_PER_MINUTE: '6000', RATE_USER_PER_MINUTE: '6000', MONGODB_URI: uri, MONGODB_DB: `probe_${Date.now()}` };
  const a = await startAssistant(loadConfig(env), createLogger('silent'));
  const url = `http://127.0.0.1:${a.port}`;
  const js = await journeys(url, 20);
  await stepsInTurn(js, 400);
  log.length = 0;
  const t0 = performance.now();
  const lat = await stepsInTurn(js, 100);
  const wall = performance.now() - t0;
  lat.sort((x, y) => x - y);
  const by = new Map<string, number[]>();
  for (const c of log) { const k = `${c.name} ${c.coll}`; by.set(k, [...(by.get(k) ?? []), c.dur]); }
  console.log('steps p50', lat[50]?.toFixed(2), 'wall per step', (wall / 100).toFixed(2));
  for (const [k, v] of by) { v.sort((x, y) => x - y); console.log(k, 'count', v.length, 'p50', v[Math.floor(v.length / 2)]?.toFixed(2), 'sum/step', (v.reduce((s, x) => s + x, 0) / 100).toFixed(2)); }
  await a.stop();
  process.exit(0);
}
main();
