import { randomBytes } from 'node:crypto';
import { closeSync, chmodSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspect } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../config';

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
  /** Told the path of a key file just created (a development start with no keys yet). */
  onCreated?: (file: string) => void;
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
 * The keyring of this deployment: from DATA_KEYS_JSON if set; otherwise from the key file; if
 * there is neither, a development start (no app id) creates the key file with one random key
 * (mode 0600) so that encryption is on from the first write, and a production start stops.
 */
export function loadKeyring(options: LoadKeyringOptions): Keyring {
  if (options.keysJson !== undefined) return parseKeyring(options.keysJson, 'DATA_KEYS_JSON');
  const file = options.keysFile;
  if (!existsSync(file)) {
    if (options.production) {
      throw new ConfigError([
        `DATA_KEYS_JSON: required when MICROSOFT_APP_ID is set (or a key file at DATA_KEYS_FILE): sensitive data is encrypted at rest, and a production start never makes up its own key`,
      ]);
    }
    if (createKeyFile(file)) options.onCreated?.(file);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new ConfigError([`DATA_KEYS_FILE: cannot read the key file ${file} (${code})`]);
  }
  return parseKeyring(text, 'DATA_KEYS_FILE');
}

/**
 * Writes a new key file atomically and without replacing one: a temporary file (0600, synced)
 * is hard-linked into place, so two processes starting at once end up sharing one key, and
 * nobody ever reads a half-written file. Returns false when another process got there first.
 */
function createKeyFile(file: string): boolean {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const text = `${JSON.stringify({ current: 'k1', keys: { k1: randomBytes(KEY_BYTES).toString('base64') } }, null, 2)}\n`;
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(temporary, 0o600); // whatever the umask
    linkSync(temporary, file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
  syncDirectory(dirname(file));
  return true;
}

/** Makes the new directory entry durable: losing the key file loses every record it encrypted. */
function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can sync a directory; the file itself is synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
