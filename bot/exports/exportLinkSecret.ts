import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ConfigError } from '../config';
import { createSecretFileOnce, readSecretFile } from '../storage/secretFile';

/**
 * The secret that signs export download links: EXPORT_LINK_SECRET; else the file; else a new random
 * secret written to the file (mode 0600), as the audit secret is. Links exist only in the local web
 * chat, so there is no production start to refuse; a new secret only ends the links already given.
 */

const MIN_SECRET = 32;

export function exportLinkSecret(options: { secret: string | undefined; secretFile: string; onCreated?: (file: string) => void }): string {
  if (options.secret !== undefined) return options.secret;
  const file = options.secretFile;
  if (!existsSync(file) && createSecretFileOnce(file, `${randomBytes(32).toString('base64')}\n`)) options.onCreated?.(file);
  const secret = readSecretFile(file, 'EXPORT_LINK_SECRET_FILE').trim();
  if (secret.length < MIN_SECRET) throw new ConfigError([`EXPORT_LINK_SECRET_FILE: the secret in ${file} must be at least ${MIN_SECRET} characters (e.g. \`openssl rand -base64 32\`)`]);
  return secret;
}
