import { z } from 'zod';
import type { AppIdentityEnv } from './appIdentity';
import { optionalText } from './optionalText';

/** Who a user is and what they hold (docs/roles-and-alerts.md). */
export const accessEnv = z.object({
  SETTINGS_FILE: optionalText,
  ALLOWED_TENANT_IDS: z
    .string()
    .trim()
    .default('')
    .transform((v) => v.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))
    .pipe(z.array(z.guid('Entra tenant ids (GUIDs), comma-separated'))),
  DEV_IDENTITY: optionalText,
});

export type AccessEnv = z.output<typeof accessEnv>;

/** The settings file, the Entra tenants allowed in Teams, the local development identity. */
export interface AccessConfig {
  /** SETTINGS_FILE, or the fictional example for a local start. */
  settingsFile: string;
  /** True when no SETTINGS_FILE was given and the fictional example is used (a local start only). */
  settingsIsExample: boolean;
  /** Lower-case Entra tenant ids; a Teams activity from any other tenant is refused. Empty only without an app id. */
  allowedTenantIds: string[];
  /** DEV_IDENTITY: the name (or object id) of a person in the settings file whom every local user acts as; never with an app id. */
  devIdentity: string | undefined;
}

/** The fictional settings used by a local start with no SETTINGS_FILE, so the first `npm start` needs no configuration. */
export const EXAMPLE_SETTINGS_FILE = 'docs/settings.example.json';

/** With an app id (production): the tenants and the real settings are required, and no development identity. */
export function checkAccess(env: AccessEnv & Pick<AppIdentityEnv, 'MICROSOFT_APP_ID'>, ctx: z.RefinementCtx): void {
  if (env.MICROSOFT_APP_ID === undefined) return;
  if (env.ALLOWED_TENANT_IDS.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['ALLOWED_TENANT_IDS'], message: 'required when MICROSOFT_APP_ID is set: the Entra tenant ids (GUIDs, comma-separated) whose users may use the assistant' });
  }
  if (env.SETTINGS_FILE === undefined) {
    ctx.addIssue({ code: 'custom', path: ['SETTINGS_FILE'], message: 'required when MICROSOFT_APP_ID is set: the settings and roles of this deployment (docs/roles-and-alerts.md); the fictional example is for a local start only' });
  }
  if (env.DEV_IDENTITY !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['DEV_IDENTITY'], message: 'a development identity is for the local web chat only and is never used with MICROSOFT_APP_ID: remove it' });
  }
}

export function accessOf(e: AccessEnv): AccessConfig {
  return { settingsFile: e.SETTINGS_FILE ?? EXAMPLE_SETTINGS_FILE, settingsIsExample: e.SETTINGS_FILE === undefined, allowedTenantIds: e.ALLOWED_TENANT_IDS, devIdentity: e.DEV_IDENTITY };
}
