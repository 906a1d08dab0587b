import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspect } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../config';
import { createSecretFileOnce, readSecretFile } from './secretFile';

/**
 * The data keys that encrypt sensitive fields at rest (see encrypted.storage.ts). A keyring has
 * one current key, which every write uses, and any number of older keys kept only to read what
 * they wrote: to rotate, add a new key and make it current.
 *
 * Key material is never logged, echoed in an error, or serialised: the keyring and its current
 * key print as their key ids only.
 */

export interface Keyring {
  current: { kid: string; key: Buffer };
  byId(kid: string): Buffer | undefined;
}

export interface LoadKeyringOptions {
  /** DATA_KEYS_JSON: the keys themselves, as JSON; wins over the file. */
  keysJson: string | undefined;
  /** DATA_KEYS_FILE: a file holding the same JSON. */
  keysFile: string;
  /** True with MICROSOFT_APP_ID set: keys must then be configured, never made up. */
  production: boolean;
  /** The old default inside the data folder (data/keys.json), read when it is the only key file; unset when DATA_KEYS_FILE is given. */
  legacyKeysFile?: string | undefined;
  /** Told the path of a key file just created (a development start with no keys yet). */
  onCreated?: (file: string) => void;
  /** Told that the keys were read from the old default path, and where they belong. */
  onLegacyUsed?: (legacyFile: string, keysFile: string) => void;
  /** Told that a key file at the old default path exists but the one at the new path is used. */
  onLegacyIgnored?: (legacyFile: string, keysFile: string) => void;
}

const KEY_BYTES = 32;
const KID = /^[A-Za-z0-9_.-]{1,64}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The shape of DATA_KEYS_JSON and of the key file. Messages name fields and key ids, never a key. */
const KID_RULE = '1 to 64 letters, digits, "_", "." or "-"';
const KEY_RULE = `must be exactly ${KEY_BYTES} bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`;
const keySchema = z.string({ error: KEY_RULE }).refine((text) => BASE64.test(text) && Buffer.from(text, 'base64').length === KEY_BYTES, KEY_RULE);
const keysSchema = z
  .object(
    {
      current: z.string({ error: `a key id: ${KID_RULE}` }).regex(KID, `a key id: ${KID_RULE}`),
      keys: z.record(z.string().regex(KID), keySchema, {
        error: (issue) => (issue.code === 'invalid_key' ? `each key id must be ${KID_RULE}` : 'an object of key id to key'),
      }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : 'an object {"current": key id, "keys": {key id: base64 key}}',
    },
  )
  .strict()
  .superRefine((value, ctx) => {
    if (!Object.hasOwn(value.keys, value.current)) {
      ctx.addIssue({ code: 'custom', path: ['current'], message: 'names no key in "keys"' });
    }
  });

/**
 * Parses keys given as JSON text. `setting` names where they came from in any error
 * (e.g. DATA_KEYS_JSON): the setting and the path inside it, never the value.
 */
export function parseKeyring(text: string, setting: string): Keyring {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's own message quotes the text: it must not reach a log.
    throw new ConfigError([`${setting}: not valid JSON`]);
  }
  const parsed = keysSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${[setting, ...issue.path.map(String)].join('.')}: ${issue.message}`));
  }
  const keys = new Map(Object.entries(parsed.data.keys).map(([kid, base64]) => [kid, Buffer.from(base64, 'base64')]));
  const currentKey = keys.get(parsed.data.current);
  if (currentKey === undefined) throw new ConfigError([`${setting}.current: names no key in "keys"`]);
  return makeKeyring(parsed.data.current, currentKey, keys);
}

function makeKeyring(kid: string, key: Buffer, keys: ReadonlyMap<string, Buffer>): Keyring {
  const kids = [...keys.keys()];
  const current = hideKey({ kid, key }, () => ({ kid }));
  return hideKey({ current, byId: (id: string) => keys.get(id) }, () => ({ current: kid, kids }));
}

/** What JSON.stringify, pino and util.inspect see of an object holding a key: its key ids only. */
function hideKey<T extends object>(target: T, shown: () => object): T {
  Object.defineProperty(target, 'toJSON', { value: shown, enumerable: false });
  Object.defineProperty(target, inspect.custom, { value: () => shown(), enumerable: false });
  return target;
}

/**
 * The keyring of this deployment: from DATA_KEYS_JSON if set; otherwise from the key file; failing
 * that from a key file left at the old default inside the data folder (still read, so nothing
 * stored becomes unreadable, and the operator is told to move it); if there is none, a development
 * start (no app id) creates the key file with one random key (mode 0600) so that encryption is on
 * from the first write, and a production start stops.
 */
export function loadKeyring(options: LoadKeyringOptions): Keyring {
  if (options.keysJson !== undefined) return parseKeyring(options.keysJson, 'DATA_KEYS_JSON');
  const file = options.keysFile;
  const legacy = options.legacyKeysFile;
  const legacyExists = legacy !== undefined && resolve(legacy) !== resolve(file) && existsSync(legacy);
  if (existsSync(file)) {
    if (legacyExists) options.onLegacyIgnored?.(legacy, file);
  } else if (legacyExists) {
    options.onLegacyUsed?.(legacy, file);
    return parseKeyring(readSecretFile(legacy, 'DATA_KEYS_FILE'), 'DATA_KEYS_FILE');
  } else {
    if (options.production) {
      throw new ConfigError([
        `DATA_KEYS_JSON: required when MICROSOFT_APP_ID is set (or a key file at DATA_KEYS_FILE): sensitive data is encrypted at rest, and a production start never makes up its own key`,
      ]);
    }
    const text = `${JSON.stringify({ current: 'k1', keys: { k1: randomBytes(KEY_BYTES).toString('base64') } }, null, 2)}\n`;
    if (createSecretFileOnce(file, text)) options.onCreated?.(file);
  }
  return parseKeyring(readSecretFile(file, 'DATA_KEYS_FILE'), 'DATA_KEYS_FILE');
}
