import { createHash, createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditActorKeyer, loadAuditSecret } from '../../bot/auditActor';
import { ConfigError, loadConfig } from '../../bot/config';

/** The audit secret: configured, or made once on a development start beside the data keys; never made up in production. */

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-audit-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'fictional-audit-secret-0123456789abcdef';

describe('auditActorKeyer', () => {
  const ownerKey = createHash('sha256').update('test:user-fictional-1').digest('hex').slice(0, 32);

  it('is HMAC-SHA256 of the owner key under the secret', () => {
    expect(auditActorKeyer(SECRET)(ownerKey)).toBe(createHmac('sha256', SECRET).update(ownerKey).digest('hex').slice(0, 32));
  });

  it('gives one person one key, another person another, and another deployment another', () => {
    const keyer = auditActorKeyer(SECRET);
    expect(keyer(ownerKey)).toBe(keyer(ownerKey));
    expect(keyer(ownerKey)).not.toBe(keyer(ownerKey.replace(/^./, 'f')));
    expect(auditActorKeyer(`${SECRET}-other`)(ownerKey)).not.toBe(keyer(ownerKey));
    expect(keyer(ownerKey)).not.toBe(ownerKey);
  });
});

describe('loadAuditSecret', () => {
  it('uses AUDIT_KEY_SECRET when it is set, and creates nothing', () => {
    const secretFile = join(freshDir(), 'audit-key-secret');
    expect(loadAuditSecret({ secret: SECRET, secretFile, production: true })).toBe(SECRET);
    expect(existsSync(secretFile)).toBe(false);
  });

  it('creates a random secret once on a development start (mode 0600), and reads the same one afterwards', () => {
    const secretFile = join(freshDir(), 'cse-assistant', 'audit-key-secret');
    const created: string[] = [];
    const first = loadAuditSecret({ secret: undefined, secretFile, production: false, onCreated: (file) => created.push(file) });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(loadAuditSecret({ secret: undefined, secretFile, production: false, onCreated: (file) => created.push(file) })).toBe(first);
    expect(created).toEqual([secretFile]);
  });

  it('stops a production start with none configured, naming AUDIT_KEY_SECRET, and creates nothing', () => {
    const secretFile = join(freshDir(), 'audit-key-secret');
    expect(() => loadAuditSecret({ secret: undefined, secretFile, production: true })).toThrow(ConfigError);
    expect(() => loadAuditSecret({ secret: undefined, secretFile, production: true })).toThrow('AUDIT_KEY_SECRET: required when MICROSOFT_APP_ID is set');
    expect(existsSync(secretFile)).toBe(false);
  });

  it('refuses a short secret in the file without echoing it', () => {
    const secretFile = join(freshDir(), 'audit-key-secret');
    writeFileSync(secretFile, 'short-fictional\n');
    expect(() => loadAuditSecret({ secret: undefined, secretFile, production: false })).toThrow('AUDIT_KEY_SECRET_FILE');
    expect(() => loadAuditSecret({ secret: undefined, secretFile, production: false })).not.toThrow('short-fictional');
    expect(readFileSync(secretFile, 'utf8')).toBe('short-fictional\n');
  });
});

describe('configuration of the audit secret', () => {
  it('defaults to a file beside the data key file', () => {
    expect(loadConfig({ HOME: '/home/fictional' }).audit).toEqual({ secret: undefined, secretFile: '/home/fictional/.config/cse-assistant/audit-key-secret' });
    expect(loadConfig({ DATA_KEYS_FILE: '/run/secrets/keys.json' }).audit.secretFile).toBe('/run/secrets/audit-key-secret');
  });

  it('refuses a short AUDIT_KEY_SECRET, naming the setting and never the value', () => {
    expect(() => loadConfig({ AUDIT_KEY_SECRET: 'too-short-fictional' })).toThrow('AUDIT_KEY_SECRET: at least 32 characters');
    expect(() => loadConfig({ AUDIT_KEY_SECRET: 'too-short-fictional' })).not.toThrow('too-short-fictional');
  });
});
