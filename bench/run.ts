import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startAssistant } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { allEntries } from '../knowledge/entries';
import { createKnowledgeIndex } from '../knowledge/search';

/**
 * `npm run bench`: speed and memory as ratios against a baseline measured in the same run, so
 * the figures compare across machines. Loopback only; every loop is bounded.
 *
 *  - a whole turn over HTTP (load, dialog, save with revision check, card) / GET /healthz over HTTP
 *  - a knowledge search / a plain substring scan over the same entries
 *  - heap per stored conversation after N journeys (the process keeps none between turns)
 */

const TURNS = 300;
const QUERIES = 2000;

async function timeIt(n: number, work: (i: number) => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(20, n); i += 1) await work(i);
  const start = performance.now();
  for (let i = 0; i < n; i += 1) await work(i);
  return (performance.now() - start) / n;
}

async function main(): Promise<void> {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'cse-bench-')), 'bench.db');
  const env: Record<string, string> = { PORT: '0', LOG_LEVEL: 'silent', DATA_FILE: dataFile, DATA_KEYS_FILE: join(dataFile, '..', 'keys.json') };
  if (process.env.MONGODB_URI !== undefined) {
    env.MONGODB_URI = process.env.MONGODB_URI;
    env.MONGODB_DB = `bench_${Date.now()}`;
  }
  const assistant = await startAssistant(loadConfig(env), createLogger('silent'));
  const url = `http://127.0.0.1:${assistant.port}`;
  const post = (conversation: string, text: string, id: string) =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id, text, channelId: 'bench', serviceUrl: 'http://127.0.0.1:1', from: { id: 'bench-user' }, recipient: { id: 'bot' }, conversation: { id: conversation }, deliveryMode: 'expectReplies' }),
    }).then((r) => r.arrayBuffer());

  const baselineHttp = await timeIt(TURNS, () => fetch(`${url}/healthz`).then((r) => r.arrayBuffer()));
  const turn = await timeIt(TURNS, (i) => post(`bench-${i}`, 'school', `a-${i}`));

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  await timeIt(TURNS, (i) => post(`bench-mem-${i}`, 'police', `m-${i}`));
  global.gc?.();
  const heapPerConversation = (process.memoryUsage().heapUsed - heapBefore) / (TURNS + 20);
  await assistant.stop();

  const index = createKnowledgeIndex(allEntries);
  const questions = ['how long does an sro last', 'what is a CAWN', 'return home interview 72 hours', 'who chairs the MASE', 'hotel notice section 116'];
  const search = await timeIt(QUERIES, (i) => index.search(questions[i % questions.length] ?? ''));
  const haystack = allEntries.map((e) => `${e.title} ${e.summary} ${e.body}`.toLowerCase());
  const scan = await timeIt(QUERIES, (i) => haystack.filter((h) => h.includes((questions[i % questions.length] ?? '').split(' ')[0] ?? '')).length);

  const rows = [
    ['turn over HTTP / healthz over HTTP', turn, baselineHttp],
    ['knowledge search / substring scan', search, scan],
  ] as const;
  console.log(`store: ${assistant.storageKind}; ${TURNS} turns, ${QUERIES} queries`);
  for (const [name, value, base] of rows) console.log(`${name}: ${(value / base).toFixed(2)}x  (${value.toFixed(3)} ms vs ${base.toFixed(3)} ms)`);
  console.log(`heap retained per conversation served: ${global.gc === undefined ? 'run with --expose-gc for a stable figure; ' : ''}${Math.max(0, heapPerConversation / 1024).toFixed(1)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
