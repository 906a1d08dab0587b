import { openEmbeddedStorage } from './embedded.storage';
import { openMongoStorage } from './mongo.storage';
import type { Storage } from './types';

export type StorageConfig = { kind: 'embedded'; file: string } | { kind: 'mongodb'; uri: string; database: string };

/** Opens the configured store: MongoDB when a URI is configured, the embedded file otherwise. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  switch (config.kind) {
    case 'embedded':
      return openEmbeddedStorage(config.file);
    case 'mongodb':
      return openMongoStorage({ uri: config.uri, database: config.database });
  }
}
