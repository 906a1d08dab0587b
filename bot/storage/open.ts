import { openEmbeddedStorage } from './embedded.storage';
import { resilientStorage } from './resilient.storage';
import type { Storage } from './types';

export type StorageConfig = { kind: 'embedded'; file: string } | { kind: 'mongodb'; uri: string; database: string };

export interface OpenStorageOptions {
  /** Told the kind of each failed attempt at opening MongoDB (an error name, never a message). */
  onError?: (kind: string) => void;
}

/**
 * Opens the configured store: MongoDB when a URI is configured, the embedded file otherwise.
 * The embedded file opens synchronously and fails fast (a bad path stops start-up). MongoDB may be
 * out of reach when the process starts: it opens in the background and keeps trying (see
 * resilient.storage.ts), so the process still starts, says not_ready on /readyz, and tells users
 * it cannot save until then. Only a connection string the driver cannot parse fails start-up.
 */
export async function openStorage(config: StorageConfig, options: OpenStorageOptions = {}): Promise<Storage> {
  switch (config.kind) {
    case 'embedded':
      return openEmbeddedStorage(config.file);
    case 'mongodb': {
      // The driver is loaded only for a MongoDB URI: an embedded start does not pay for reading it.
      const { checkMongoUri, openMongoStorage } = await import('./mongo.storage.js');
      checkMongoUri(config.uri);
      const { uri, database } = config;
      return resilientStorage(() => openMongoStorage({ uri, database }), { kind: 'mongodb', onError: options.onError });
    }
  }
}
