/**
 * Token buckets per key (a conversation, a person), refilled continuously: `perMinute` turns a
 * minute with bursts up to the same number. Memory stays bounded: a bucket that has refilled is
 * the same as no bucket and is dropped, and past `maxKeys` the least recently used go first.
 */

export interface TokenBucketsOptions {
  perMinute: number;
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export interface TokenBuckets {
  /** Takes one token for `key`; answers how many seconds until one is free when there is none. */
  take(key: string): { ok: true } | { ok: false; retryAfterS: number };
  size(): number;
}

const DEFAULT_MAX_KEYS = 50_000;

export function createTokenBuckets({ perMinute, maxKeys = DEFAULT_MAX_KEYS, now = Date.now }: TokenBucketsOptions): TokenBuckets {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  const refilled = (bucket: Bucket, t: number): number => Math.min(perMinute, bucket.tokens + (t - bucket.at) * perMs);

  const sweep = (t: number) => {
    for (const [key, bucket] of buckets) if (refilled(bucket, t) >= perMinute) buckets.delete(key);
    lastSweep = t;
  };

  return {
    take(key) {
      const t = now();
      if (t - lastSweep > 60_000) sweep(t);
      const existing = buckets.get(key);
      const tokens = existing === undefined ? perMinute : refilled(existing, t);
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      buckets.delete(key);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.set(key, { tokens: tokens - 1, at: t });
      while (buckets.size > maxKeys) {
        const oldest = buckets.keys().next();
        if (oldest.done === true) break;
        buckets.delete(oldest.value);
      }
      return { ok: true };
    },
    size: () => buckets.size,
  };
}
