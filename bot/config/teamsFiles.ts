import { z } from 'zod';

/** Teams file cards: the hosts (each with its subdomains) an upload URL Teams hands back may be on; anything else is refused. */
export const teamsFilesEnv = z.object({
  TEAMS_FILE_UPLOAD_HOSTS: z
    .string()
    .trim()
    .default('sharepoint.com')
    .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))
    .pipe(z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'host names without a scheme or port, e.g. sharepoint.com')).min(1)),
});

export type TeamsFilesEnv = z.output<typeof teamsFilesEnv>;

export interface TeamsFilesConfig {
  uploadHosts: string[];
}

export function teamsFilesOf(e: TeamsFilesEnv): TeamsFilesConfig {
  return { uploadHosts: e.TEAMS_FILE_UPLOAD_HOSTS };
}
