import { join } from 'node:path';
import { z } from 'zod';
import { optionalText } from './optionalText';

/** The secret that salts audit actor keys (bot/auditActor.ts). */
export const auditSecretEnv = z.object({
  AUDIT_KEY_SECRET: optionalText.pipe(z.string().min(32, 'at least 32 characters (e.g. `openssl rand -base64 32`)').optional()),
  AUDIT_KEY_SECRET_FILE: optionalText,
});

export type AuditSecretEnv = z.output<typeof auditSecretEnv>;

/** AUDIT_KEY_SECRET if set, else the file (by default beside the data key file). Never log this. */
export interface AuditSecretConfig {
  secret: string | undefined;
  secretFile: string;
}

export function auditSecretOf(e: AuditSecretEnv, keysDirectory: string): AuditSecretConfig {
  return { secret: e.AUDIT_KEY_SECRET, secretFile: e.AUDIT_KEY_SECRET_FILE ?? join(keysDirectory, 'audit-key-secret') };
}
