import { z } from 'zod';
import { optionalText } from './optionalText';

/** The Bot Framework app: with an app id (production) every setting it needs must be present and valid. */
export const appIdentityEnv = z.object({
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MICROSOFT_APP_TENANT_ID: optionalText,
});

export type AppIdentityEnv = z.output<typeof appIdentityEnv>;

export interface AuthConfig {
  appId: string;
  appPassword: string | undefined;
  appType: string;
  tenantId: string | undefined;
}

/** Only with an app id: its secret unless a managed identity, and its tenant unless multi-tenant. */
export function checkAppIdentity(env: AppIdentityEnv, ctx: z.RefinementCtx): void {
  if (env.MICROSOFT_APP_ID === undefined) return;
  if (env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && env.MICROSOFT_APP_PASSWORD === undefined) {
    ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'required when MICROSOFT_APP_ID is set' });
  }
  if (env.MICROSOFT_APP_TYPE !== 'MultiTenant' && env.MICROSOFT_APP_TENANT_ID === undefined) {
    ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: `required when MICROSOFT_APP_TYPE is ${env.MICROSOFT_APP_TYPE}` });
  }
}

export function authOf(e: AppIdentityEnv): AuthConfig | undefined {
  return e.MICROSOFT_APP_ID === undefined
    ? undefined
    : { appId: e.MICROSOFT_APP_ID, appPassword: e.MICROSOFT_APP_PASSWORD, appType: e.MICROSOFT_APP_TYPE, tenantId: e.MICROSOFT_APP_TENANT_ID };
}
