import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import { ConfigError, loadConfig } from '../../bot/config';
import { loadKeyring, parseKeyring } from '../../bot/storage/keyring';
import { TEST_PRODUCTION_ACCESS } from '../support/testKeys';

/** The data keys: parsed and checked, never echoed; made up only for a development start. Fictional keys only. */

const K1 = randomBytes(32).toString('base64');
const K2 = randomBytes(32).toString('base64');
const SHORT = randomBytes(16).toString('base64');

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-keys-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function errorOf(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('parseKeyring', () => {
  test('the current key writes; every key reads by its id', () => {
    const keyring = parseKeyring(JSON.stringify({ current: 'k2', keys: { k1: K1, k2: K2 } }), 'DATA_KEYS_JSON');
    expect(keyring.current.kid).toBe('k2');
    expect(keyring.current.key.equals(Buffer.from(K2, 'base64'))).toBe(true);
    expect(keyring.byId('k1')?.equals(Buffer.from(K1, 'base64'))).toBe(true);
    expect(keyring.byId('k2')).toHaveLength(32);
    expect(keyring.byId('k3')).toBeUndefined();
    expect(keyring.byId('constructor')).toBeUndefined();
    expect(keyring.byId('__proto__')).toBeUndefined();
  });

  test('printed or serialised, a keyring shows its key ids only', () => {
    const keyring = parseKeyring(JSON.stringify({ current: 'k2', keys: { k1: K1, k2: K2 } }), 'DATA_KEYS_JSON');
    for (const shown of [JSON.stringify(keyring), JSON.stringify({ keyring }), inspect(keyring), inspect(keyring.current), JSON.stringify(keyring.current)]) {
      expect(shown).not.toContain(K1);
      expect(shown).not.toContain(K2);
      expect(shown).not.toContain(Buffer.from(K2, 'base64').toString('hex'));
      expect(shown).toContain('k2');
    }
  });

  test.each([
    ['a key of 16 bytes', { current: 'k1', keys: { k1: SHORT } }, 'DATA_KEYS_JSON.keys.k1: must be exactly 32 bytes', SHORT],
    ['a key of 33 bytes', { current: 'k1', keys: { k1: randomBytes(33).toString('base64') } }, 'DATA_KEYS_JSON.keys.k1: must be exactly 32 bytes', ''],
    ['a key that is not base64', { current: 'k1', keys: { k1: `${K1.slice(0, -4)}!!!!` } }, 'DATA_KEYS_JSON.keys.k1', `${K1.slice(0, -4)}!!!!`],
    ['a key that is not a string', { current: 'k1', keys: { k1: 12345 } }, 'DATA_KEYS_JSON.keys.k1', '12345'],
    ['a current key that is not among the keys', { current: 'k3', keys: { k1: K1 } }, 'DATA_KEYS_JSON.current: names no key', K1],
    ['no keys at all', { current: 'k1', keys: {} }, 'DATA_KEYS_JSON.current: names no key', ''],
    ['an unknown field', { current: 'k1', keys: { k1: K1 }, key: K2 }, 'DATA_KEYS_JSON', K2],
    ['a key id with spaces', { current: 'k 1', keys: { 'k 1': K1 } }, 'DATA_KEYS_JSON', K1],
  ])('%s is refused, naming the setting and never the value', (_label, value, expected, secret) => {
    const error = errorOf(() => parseKeyring(JSON.stringify(value), 'DATA_KEYS_JSON'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(expected);
    if (secret !== '') expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain(K1);
  });

  test('text that is not JSON is refused without quoting it', () => {
    const text = `{"current":"k1","keys":{"k1":"${K1}"`;
    const error = errorOf(() => parseKeyring(text, 'DATA_KEYS_JSON'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('DATA_KEYS_JSON: not valid JSON');
    expect(error.message).not.toContain(K1);
  });
});

describe('loadKeyring', () => {
  test('DATA_KEYS_JSON wins over the key file', () => {
    const file = join(freshDir(), 'keys.json');
    writeFileSync(file, JSON.stringify({ current: 'k1', keys: { k1: K1 } }));
    const keyring = loadKeyring({ keysJson: JSON.stringify({ current: 'k2', keys: { k2: K2 } }), keysFile: file, production: true });
    expect(keyring.current.kid).toBe('k2');
    expect(keyring.byId('k1')).toBeUndefined();
  });

  test('reads the key file; a bad one is refused naming DATA_KEYS_FILE, never the value', () => {
    const file = join(freshDir(), 'keys.json');
    writeFileSync(file, JSON.stringify({ current: 'k1', keys: { k1: K1 } }));
    expect(loadKeyring({ keysJson: undefined, keysFile: file, production: true }).current.key.equals(Buffer.from(K1, 'base64'))).toBe(true);
    writeFileSync(file, JSON.stringify({ current: 'k1', keys: { k1: SHORT } }));
    const error = errorOf(() => loadKeyring({ keysJson: undefined, keysFile: file, production: false }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('DATA_KEYS_FILE.keys.k1');
    expect(error.message).not.toContain(SHORT);
  });

  test('in development with no keys anywhere, creates the key file (mode 0600) once and keeps using it', () => {
    const file = join(freshDir(), 'data', 'keys.json');
    const created: string[] = [];
    const first = loadKeyring({ keysJson: undefined, keysFile: file, production: false, onCreated: (path) => created.push(path) });
    expect(created).toEqual([file]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.current.key).toHaveLength(32);
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toEqual({ current: first.current.kid, keys: { [first.current.kid]: first.current.key.toString('base64') } });

    const text = readFileSync(file, 'utf8');
    const again = loadKeyring({ keysJson: undefined, keysFile: file, production: false, onCreated: (path) => created.push(path) });
    expect(created).toHaveLength(1);
    expect(again.current.kid).toBe(first.current.kid);
    expect(again.current.key.equals(first.current.key)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('in production (an app id) with no keys configured, the start stops naming DATA_KEYS_JSON and nothing is created', () => {
    const file = join(freshDir(), 'keys.json');
    const config = loadConfig({ MICROSOFT_APP_ID: 'app-fictional-1', MICROSOFT_APP_PASSWORD: 'not-a-real-secret', ...TEST_PRODUCTION_ACCESS, DATA_KEYS_FILE: file });
    const error = errorOf(() => loadKeyring({ ...config.encryption, production: config.auth !== undefined }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('DATA_KEYS_JSON');
    expect(existsSync(file)).toBe(false);
  });

  test('in production, keys from DATA_KEYS_JSON are used', () => {
    const config = loadConfig({
      MICROSOFT_APP_ID: 'app-fictional-1',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret', ...TEST_PRODUCTION_ACCESS,
      DATA_KEYS_JSON: JSON.stringify({ current: 'k2', keys: { k1: K1, k2: K2 } }),
      DATA_KEYS_FILE: join(freshDir(), 'keys.json'),
    });
    const keyring = loadKeyring({ ...config.encryption, production: true });
    expect(keyring.current.kid).toBe('k2');
    expect(keyring.byId('k1')).toHaveLength(32);
  });
});

describe('a key file at the old default inside the data folder', () => {
  const keysAt = (file: string, key: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ current: 'k1', keys: { k1: key } }));
  };

  test('is still read when it is the only key file, with a warning naming where it belongs; nothing new is created', () => {
    const dir = freshDir();
    const legacyKeysFile = join(dir, 'data', 'keys.json');
    const keysFile = join(dir, 'config', 'cse-assistant', 'keys.json');
    keysAt(legacyKeysFile, K1);
    const warned: string[][] = [];
    const keyring = loadKeyring({ keysJson: undefined, keysFile, legacyKeysFile, production: false, onLegacyUsed: (from, to) => warned.push([from, to]) });
    expect(keyring.current.key.equals(Buffer.from(K1, 'base64'))).toBe(true);
    expect(warned).toEqual([[legacyKeysFile, keysFile]]);
    expect(existsSync(keysFile)).toBe(false);
  });

  test('is read in production too, so an upgrade never makes stored records unreadable', () => {
    const dir = freshDir();
    const legacyKeysFile = join(dir, 'data', 'keys.json');
    keysAt(legacyKeysFile, K2);
    expect(loadKeyring({ keysJson: undefined, keysFile: join(dir, 'new', 'keys.json'), legacyKeysFile, production: true }).current.key.equals(Buffer.from(K2, 'base64'))).toBe(true);
  });

  test('is ignored, with a warning, when a key file exists at the new path', () => {
    const dir = freshDir();
    const legacyKeysFile = join(dir, 'data', 'keys.json');
    const keysFile = join(dir, 'config', 'keys.json');
    keysAt(legacyKeysFile, K1);
    keysAt(keysFile, K2);
    const ignored: string[] = [];
    const keyring = loadKeyring({ keysJson: undefined, keysFile, legacyKeysFile, production: false, onLegacyIgnored: (from) => ignored.push(from) });
    expect(keyring.current.key.equals(Buffer.from(K2, 'base64'))).toBe(true);
    expect(ignored).toEqual([legacyKeysFile]);
  });

  test('is not looked for when DATA_KEYS_FILE is given', () => {
    expect(loadConfig({ DATA_KEYS_FILE: '/run/secrets/keys.json' }).encryption.legacyKeysFile).toBeUndefined();
  });
});

describe('configuration of the keys', () => {
  test('defaults: the key file in the configuration folder, never the data folder; data/keys.json only as the old default', () => {
    expect(loadConfig({ HOME: '/home/fictional' }).encryption).toEqual({ keysJson: undefined, keysFile: '/home/fictional/.config/cse-assistant/keys.json', legacyKeysFile: 'data/keys.json' });
    expect(loadConfig({ XDG_CONFIG_HOME: '/etc/fictional-xdg', HOME: '/home/fictional' }).encryption.keysFile).toBe('/etc/fictional-xdg/cse-assistant/keys.json');
    // The XDG rules: a relative XDG_CONFIG_HOME is ignored.
    expect(loadConfig({ XDG_CONFIG_HOME: 'relative', HOME: '/home/fictional' }).encryption.keysFile).toBe('/home/fictional/.config/cse-assistant/keys.json');
  });

  test('reads both settings; an empty DATA_KEYS_JSON counts as unset', () => {
    expect(loadConfig({ DATA_KEYS_JSON: '{"current":"k1"}', DATA_KEYS_FILE: '/run/secrets/keys.json' }).encryption).toEqual({
      keysJson: '{"current":"k1"}',
      keysFile: '/run/secrets/keys.json',
      legacyKeysFile: undefined,
    });
    expect(loadConfig({ DATA_KEYS_JSON: '  ' }).encryption.keysJson).toBeUndefined();
  });
});
