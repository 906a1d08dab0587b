import type { Storage } from '../../bot/storage/types';

/**
 * A store that counts the calls made to the store it wraps, by name ("conversations.load"): each
 * is one round trip to the embedded file or to the server (see BENCHMARKS.md for MongoDB's share).
 */

export interface CountingStorage {
  storage: Storage;
  /** The calls made since the last reset, in order. */
  calls(): string[];
  reset(): void;
}

const PARTS = ['conversations', 'drafts', 'submissions', 'audit'] as const;

export function countingStorage(inner: Storage): CountingStorage {
  let made: string[] = [];
  const counted = <T extends object>(part: string, target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        return (...args: unknown[]) => {
          made.push(`${part}.${property}`);
          return Reflect.apply(value, object, args);
        };
      },
    });
  const storage: Storage = { ...inner };
  for (const part of PARTS) Object.assign(storage, { [part]: counted(part, inner[part]) });
  return { storage, calls: () => [...made], reset: () => (made = []) };
}
