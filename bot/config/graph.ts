import { z } from 'zod';
import type { AccessEnv } from './access';
import type { AppIdentityEnv } from './appIdentity';
import { isLoopback } from './loopback';
import { optionalText } from './optionalText';

/** Microsoft Graph and the Entra token service in the global cloud; a national cloud sets its own (docs/roles-and-alerts.md). */
export const DEFAULT_GRAPH_ENDPOINT = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_GRAPH_LOGIN_ENDPOINT = 'https://login.microsoftonline.com';

/** An https base URL, or plain http on a loopback address (a stand-in service in tests); no trailing slash. */
const serviceBase = (fallback: string, example: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .pipe(z.url({ error: `an https URL, e.g. ${example}` }))
    .refine((v) => {
      if (!URL.canParse(v)) return false;
      const url = new URL(v);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname.replace(/^\[|\]$/g, '')));
    }, `an https URL (plain http on a loopback address only), e.g. ${example}`)
    .transform((v) => v.replace(/\/+$/, ''));

/** GRAPH_GROUPS=on: the members of groups the settings file does not list are read from Microsoft Graph. */
export const graphEnv = z.object({
  GRAPH_GROUPS: z.enum(['on', 'off'], 'on or off').default('off'),
  GRAPH_TENANT_ID: optionalText.pipe(z.guid('the Entra tenant id (a GUID) whose groups are read').optional()),
  GRAPH_REFRESH_MINUTES: z.coerce.number().int('whole minutes, such as 15').min(1).max(24 * 60).default(15),
  GRAPH_MAX_AGE_HOURS: z.coerce.number().int('whole hours, such as 24').min(1).max(7 * 24).default(24),
  GRAPH_ENDPOINT: serviceBase(DEFAULT_GRAPH_ENDPOINT, DEFAULT_GRAPH_ENDPOINT),
  GRAPH_LOGIN_ENDPOINT: serviceBase(DEFAULT_GRAPH_LOGIN_ENDPOINT, DEFAULT_GRAPH_LOGIN_ENDPOINT),
});

/** Graph reads with the app's identity, in one of the tenants this deployment serves. */
type GraphCheckedEnv = z.output<typeof graphEnv> & AppIdentityEnv & Pick<AccessEnv, 'ALLOWED_TENANT_IDS'>;

/** Never log the secret. */
export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  endpoints: { login: string; graph: string };
  refreshMs: number;
  /** A group's membership older than this (no refresh has succeeded since) is dropped: its members then hold no role through it. */
  maxAgeMs: number;
}

/** GRAPH_GROUPS=on reads groups with the app's own credentials (client credentials) in one tenant this deployment serves. */
export function checkGraphGroups(env: GraphCheckedEnv, ctx: z.RefinementCtx): void {
  if (env.GRAPH_GROUPS !== 'on') return;
  const needs = 'GRAPH_GROUPS=on reads group membership with the app\'s credentials: it needs MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD (a client secret) and a tenant (MICROSOFT_APP_TENANT_ID or GRAPH_TENANT_ID)';
  if (env.MICROSOFT_APP_ID === undefined || env.MICROSOFT_APP_TYPE === 'UserAssignedMSI' || env.MICROSOFT_APP_PASSWORD === undefined) {
    ctx.addIssue({ code: 'custom', path: ['GRAPH_GROUPS'], message: env.MICROSOFT_APP_TYPE === 'UserAssignedMSI' ? `${needs}; a UserAssignedMSI app has no client secret` : needs });
    return;
  }
  const tenant = (env.GRAPH_TENANT_ID ?? env.MICROSOFT_APP_TENANT_ID)?.toLowerCase();
  if (tenant === undefined) {
    ctx.addIssue({ code: 'custom', path: ['GRAPH_TENANT_ID'], message: 'required with GRAPH_GROUPS=on when MICROSOFT_APP_TENANT_ID is not set: the Entra tenant whose groups are read' });
  } else if (!env.ALLOWED_TENANT_IDS.includes(tenant)) {
    ctx.addIssue({ code: 'custom', path: [env.GRAPH_TENANT_ID === undefined ? 'MICROSOFT_APP_TENANT_ID' : 'GRAPH_TENANT_ID'], message: 'the tenant whose groups are read (GRAPH_GROUPS=on) must be one of ALLOWED_TENANT_IDS: its members could not use the assistant otherwise' });
  }
  if (env.GRAPH_MAX_AGE_HOURS * 60 < 2 * env.GRAPH_REFRESH_MINUTES) {
    ctx.addIssue({ code: 'custom', path: ['GRAPH_MAX_AGE_HOURS'], message: 'must be at least twice GRAPH_REFRESH_MINUTES, or a membership would be dropped before the next refresh could replace it' });
  }
}

export function graphConfigOf(e: z.output<typeof graphEnv> & AppIdentityEnv): GraphConfig | undefined {
  const tenantId = e.GRAPH_TENANT_ID ?? e.MICROSOFT_APP_TENANT_ID;
  // The schema's check has already refused GRAPH_GROUPS=on without these.
  if (e.GRAPH_GROUPS !== 'on' || e.MICROSOFT_APP_ID === undefined || e.MICROSOFT_APP_PASSWORD === undefined || tenantId === undefined) return undefined;
  return {
    tenantId: tenantId.toLowerCase(),
    clientId: e.MICROSOFT_APP_ID,
    clientSecret: e.MICROSOFT_APP_PASSWORD,
    endpoints: { login: e.GRAPH_LOGIN_ENDPOINT, graph: e.GRAPH_ENDPOINT },
    refreshMs: e.GRAPH_REFRESH_MINUTES * 60_000,
    maxAgeMs: e.GRAPH_MAX_AGE_HOURS * 3_600_000,
  };
}
