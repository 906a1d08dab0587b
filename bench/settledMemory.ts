/**
 * After a full collection V8 hands the pages it freed back to the system from background threads,
 * over the next few hundred milliseconds: RSS read at once still counts the garbage of whatever
 * load came before. This waits until RSS stops falling (two readings 250 ms apart within 1 MiB,
 * at most 10 s), so what is left is what the process holds.
 */

const STEP_MS = 250;
const STEADY_BYTES = 1024 * 1024;
const MOST_MS = 10_000;

export async function settled<T>(read: () => T, rssOf: (reading: T) => number): Promise<T> {
  let previous = read();
  for (let waited = 0; waited < MOST_MS; waited += STEP_MS) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    const next = read();
    const steady = Math.abs(rssOf(next) - rssOf(previous)) < STEADY_BYTES;
    previous = next;
    if (steady) break;
  }
  return previous;
}
