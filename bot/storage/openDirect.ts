import { existsSync } from 'node:fs';
import type { Config } from '../config';
import { openEmbeddedStorage } from './embedded.storage';
import type { Storage } from './types';

/** The store was not there or did not answer: a command run by hand reports it and stops. */
export class StoreNotReadableError extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'StoreNotReadableError';
  }
}

/**
 * The configured store, opened once for a command run by hand (audit:verify, purge): unlike the
 * server it does not wait in the background for MongoDB, and it never creates an embedded file
 * that is not there.
 */
export async function openStorageDirect(storage: Config['storage']): Promise<Storage> {
  if (storage.kind === 'embedded') {
    if (!existsSync(storage.file)) throw new StoreNotReadableError(`no store at DATA_FILE (${storage.file})`);
    return openEmbeddedStorage(storage.file);
  }
  // The driver is loaded only when the store is MongoDB.
  const { openMongoStorage } = await import('./mongo.storage.js');
  return openMongoStorage({ uri: storage.uri, database: storage.database });
}
