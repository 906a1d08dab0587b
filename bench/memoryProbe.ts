import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { z } from 'zod';

/**
 * What the measured assistant answers about its own memory for bench/storedMemory.ts, over IPC,
 * after two full collections: V8's heap as a whole and by space, external memory and array buffers.
 * What the kernel sees (RSS and its parts) is read by the bench from /proc, outside the process.
 */

const heapSpaceSchema = z.object({ name: z.string(), size: z.number(), used: z.number(), physical: z.number() });

export const heapProbeSchema = z.object({
  heapUsed: z.number(),
  heapTotal: z.number(),
  /** Memory V8 has committed for the heap. */
  heapPhysical: z.number(),
  /** The most V8 has had malloced outside the heap (its peak_malloced_memory). */
  peakMalloced: z.number(),
  malloced: z.number(),
  external: z.number(),
  arrayBuffers: z.number(),
  rss: z.number(),
  spaces: z.array(heapSpaceSchema),
});
export type HeapProbe = z.infer<typeof heapProbeSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function heapProbe(): HeapProbe {
  global.gc?.();
  global.gc?.();
  const usage = process.memoryUsage();
  const heap = getHeapStatistics();
  return {
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    heapPhysical: heap.total_physical_size,
    peakMalloced: heap.peak_malloced_memory,
    malloced: heap.malloced_memory,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    rss: usage.rss,
    spaces: getHeapSpaceStatistics().map((s) => ({ name: s.space_name, size: s.space_size, used: s.space_used_size, physical: s.physical_space_size })),
  };
}

/** Answers `{ heapProbe: true }` with `{ heap: HeapProbe }`. */
export function answerHeapProbe(): void {
  process.on('message', (message: unknown) => {
    if (isRecord(message) && message.heapProbe === true) process.send?.({ heap: heapProbe() });
  });
}
