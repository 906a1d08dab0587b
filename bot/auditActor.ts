import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ConfigError } from './config';
import { createSecretFileOnce, readSecretFile } from './storage/secretFile';

/**
 * Who did what, in the audit log, without saying who: the actor is an HMAC-SHA256 of the owner key
 * (bot/ownerKey.ts) under a secret of this deployment. The owner key is an unsalted hash of the
 * channel and user id, so anyone who knows a user id could recompute it; without the secret
 * nobody can tell whose entries are whose, yet one person's entries still share one actor key.
 */

export type AuditActorOf = (ownerKey: string) => string;

export function auditActorKeyer(secret: string): AuditActorOf {
  const key = Buffer.from(secret, 'utf8');
  return (ownerKey) => createHmac('sha256', key).update(ownerKey).digest('hex').slice(0, 32);
}

export interface LoadAuditSecretOptions {
  /** AUDIT_KEY_SECRET: wins over the file. */
  secret: string | undefined;
  /** AUDIT_KEY_SECRET_FILE: by default beside the data key file. */
  secretFile: string;
  /** True with MICROSOFT_APP_ID set: the secret must then be configured, never made up. */
  production: boolean;
  onCreated?: (file: string) => void;
}

const MIN_SECRET = 32;
const RULE = `at least ${MIN_SECRET} characters (e.g. \`openssl rand -base64 32\`)`;

/**
 * The audit secret: AUDIT_KEY_SECRET; else the file; else, on a development start (no app id), a
 * new random secret written to the file (mode 0600), as the data key is; a production start stops.
 */
export function loadAuditSecret(options: LoadAuditSecretOptions): string {
  if (options.secret !== undefined) return options.secret;
  const file = options.secretFile;
  if (!existsSync(file)) {
    if (options.production) {
      throw new ConfigError([`AUDIT_KEY_SECRET: required when MICROSOFT_APP_ID is set (or a file at AUDIT_KEY_SECRET_FILE): audit entries are keyed by a salted hash, and a production start never makes up its own secret`]);
    }
    if (createSecretFileOnce(file, `${randomBytes(32).toString('base64')}\n`)) options.onCreated?.(file);
  }
  const secret = readSecretFile(file, 'AUDIT_KEY_SECRET_FILE').trim();
  if (secret.length < MIN_SECRET) throw new ConfigError([`AUDIT_KEY_SECRET_FILE: the secret in ${file} must be ${RULE}`]);
  return secret;
}
