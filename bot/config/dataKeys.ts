import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { optionalText } from './optionalText';

/** The data keys for encryption at rest, and the folder that holds them and the other secrets' files. */
export const dataKeysEnv = z.object({
  DATA_KEYS_JSON: optionalText,
  DATA_KEYS_FILE: optionalText,
  XDG_CONFIG_HOME: optionalText,
  HOME: optionalText,
});

export type DataKeysEnv = z.output<typeof dataKeysEnv>;

/**
 * The data keys (bot/storage/keyring.ts parses and checks them):
 * DATA_KEYS_JSON if set, else the key file. Key material: never log this.
 */
export interface EncryptionConfig {
  keysJson: string | undefined;
  keysFile: string;
  /** The key file's default before it moved out of the data folder: still read if it is the only one. Unset when DATA_KEYS_FILE is given. */
  legacyKeysFile: string | undefined;
}

/** The data folder's key file before keys moved out of it (relative to where the assistant starts, as it always was). */
export const LEGACY_KEYS_FILE = 'data/keys.json';

/**
 * Where keys live unless configured: the user's configuration folder, never the data folder, so a
 * copy of the data (a backup, a shared folder) does not carry the key that opens it.
 */
export function defaultKeysDirectory(xdgConfigHome: string | undefined, home: string | undefined): string {
  // The XDG base directory rules: a relative XDG_CONFIG_HOME is invalid and ignored.
  const base = xdgConfigHome !== undefined && isAbsolute(xdgConfigHome) ? xdgConfigHome : join(home ?? homedir(), '.config');
  return join(base, 'cse-assistant');
}

export function encryptionOf(e: DataKeysEnv): EncryptionConfig {
  return {
    keysJson: e.DATA_KEYS_JSON,
    keysFile: e.DATA_KEYS_FILE ?? join(defaultKeysDirectory(e.XDG_CONFIG_HOME, e.HOME), 'keys.json'),
    legacyKeysFile: e.DATA_KEYS_FILE === undefined ? LEGACY_KEYS_FILE : undefined,
  };
}
