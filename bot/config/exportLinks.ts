import { join } from 'node:path';
import { z } from 'zod';
import { optionalText } from './optionalText';

/** Download links for exports (web chat only). */
export const exportLinksEnv = z.object({
  EXPORT_LINK_SECRET: optionalText.pipe(z.string().min(32, 'at least 32 characters (e.g. `openssl rand -base64 32`)').optional()),
  EXPORT_LINK_SECRET_FILE: optionalText,
  EXPORT_LINK_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
});

export type ExportLinksEnv = z.output<typeof exportLinksEnv>;

/** The links' signing secret, EXPORT_LINK_SECRET if set, else the file, and how long a link lasts. Never log the secret. */
export interface ExportLinksConfig {
  secret: string | undefined;
  secretFile: string;
  ttlMs: number;
}

export function exportLinksOf(e: ExportLinksEnv, keysDirectory: string): ExportLinksConfig {
  return { secret: e.EXPORT_LINK_SECRET, secretFile: e.EXPORT_LINK_SECRET_FILE ?? join(keysDirectory, 'export-link-secret'), ttlMs: e.EXPORT_LINK_MINUTES * 60_000 };
}
