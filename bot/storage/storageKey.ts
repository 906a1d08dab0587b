/**
 * Defence in depth below the edge schema: every key an adapter puts in a query (a conversation id,
 * an owner key, a draft id, a reference, a subject) must be a bounded string. Anything else (a
 * boolean, an object such as {"$in": [...]}) is refused with this typed error before it can reach
 * libsql's native layer or the MongoDB driver as a query operator. The value itself is never echoed.
 */

export const MAX_STORAGE_KEY_LENGTH = 1_024;

export class StorageKeyError extends Error {
  constructor(readonly field: string) {
    super(`storage key "${field}" must be a non-empty string of at most ${MAX_STORAGE_KEY_LENGTH} characters`);
    this.name = 'StorageKeyError';
  }
}

/** Throws StorageKeyError naming the first field that is not a usable key. */
export function checkStorageKeys(keys: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(keys)) {
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_STORAGE_KEY_LENGTH) throw new StorageKeyError(field);
  }
}

/** For adapters whose methods return a promise without being async: a refusal is a rejection, as everywhere else. */
export function withStorageKeys<T>(keys: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
  try {
    checkStorageKeys(keys);
  } catch (error) {
    return Promise.reject(error);
  }
  return work();
}
