import { startAssistant } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { answerHeapProbe } from './memoryProbe';
import { answerProfiling } from './profiling';
import { runningAs } from './runningAs';
import { settled } from './settledMemory';

/**
 * The assistant as bench/run.ts measures it: its own process, configured by the environment the
 * bench gives it, reporting its port and, when asked, its memory (after a full GC: RSS at once and
 * once settled, and its peak) over IPC.
 */

async function main(): Promise<void> {
  const assistant = await startAssistant(loadConfig(process.env), createLogger('silent'));
  process.on('message', (message) => {
    if (message !== 'memory') return;
    global.gc?.();
    global.gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    // RSS read at once still counts pages the collection freed and V8 has not yet handed back.
    void settled(() => process.memoryUsage.rss(), (bytes) => bytes).then((settledRss) =>
      process.send?.({ memory: { heapUsed, rss, settledRss, peakRss: process.resourceUsage().maxRSS * 1024 } }),
    );
  });
  answerProfiling();
  answerHeapProbe();
  process.on('disconnect', () => void assistant.stop().then(() => process.exit(0)));
  process.send?.({ ready: true, port: assistant.port, storage: assistant.storageKind, ...runningAs() });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench assistant could not start: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  process.exit(1);
});
