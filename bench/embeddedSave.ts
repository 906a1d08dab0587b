import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openEmbeddedStorage } from '../bot/storage/embedded.storage';
import { ms, summarise } from './stats';

/**
 * `node --import tsx bench/embeddedSave.ts`: the embedded store's conversation save alone, on a
 * fresh file in the system's temporary folder: one save at a time (its latency, as a journey step
 * waits for it), then 50 conversations saving at once (saves per second, and the main thread's busy
 * time per save, which every other turn waits behind).
 */

const ONE_AT_A_TIME = 3_000;
const WARM_UP = 300;
const WORKERS = 50;
const SAVES_PER_WORKER = 100;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cse-bench-save-'));
  const storage = openEmbeddedStorage(join(dir, 'store.db'));
  const state = { step: 'fictional', padding: 'x'.repeat(900) };
  const later = () => new Date(Date.now() + 86_400_000);
  const revisions = new Map<string, number>();
  const save = async (conversationId: string): Promise<void> => {
    const revision = revisions.get(conversationId) ?? 0;
    const result = await storage.conversations.save(conversationId, revision, state, later(), new Date());
    if (!result.ok) throw new Error('a save was refused as a conflict');
    revisions.set(conversationId, revision + 1);
  };
  try {
    const latencies: number[] = [];
    for (let i = 0; i < ONE_AT_A_TIME; i += 1) {
      const start = performance.now();
      await save(`conv-bench-${i % 10}`);
      latencies.push(performance.now() - start);
    }
    const one = summarise(latencies.slice(WARM_UP));
    process.stdout.write(`one at a time: p50 ${ms(one.p50)}, p95 ${ms(one.p95)}, p99 ${ms(one.p99)} (n ${one.n})\n`);
    const many = () => Promise.all(Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = 0; i < SAVES_PER_WORKER; i += 1) await save(`conv-bench-many-${w}`);
    }));
    await many();
    const busyBefore = performance.eventLoopUtilization();
    const start = performance.now();
    await many();
    const elapsed = performance.now() - start;
    const busy = performance.eventLoopUtilization(busyBefore);
    const saves = WORKERS * SAVES_PER_WORKER;
    process.stdout.write(`${WORKERS} at once: ${((saves / elapsed) * 1000).toFixed(0)} saves/s, main thread busy ${((busy.active * 1000) / saves).toFixed(1)} µs a save\n`);
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
