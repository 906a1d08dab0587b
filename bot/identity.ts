import type { Activity } from 'botbuilder';
import type { ActivityActor } from '../dialogs/access/access.schema';
import type { AuditActorOf } from './auditActor';
import { ConfigError, type AccessConfig } from './config';
import type { Logger } from './logger';
import { ownerKeyOf } from './ownerKey';
import { DIRECT_LINE_USER_PREFIX } from './web/directLineTokens';
import type { SettingsDirectory } from './settings/settingsDirectory';
import { StorageUnavailableError, type Storage } from './storage/types';

/**
 * Who sent an activity. With an app id (Teams), CloudAdapter has already checked the Bot Framework
 * token; the person is then `from.aadObjectId`, and only within an allowed tenant (from
 * `channelData.tenant.id`, else `conversation.tenantId`): anything else is unidentified and refused.
 * Without an app id nothing is authenticated, so every activity is the development identity
 * (DEV_IDENTITY, a person in the settings file) or, without one, a local user holding no role.
 * The owner key stays the one drafts and submissions have always used (bot/ownerKey.ts).
 */

export interface IdentityPolicy {
  /** True with an app id: the tenant and object id are checked. */
  production: boolean;
  allowedTenantIds: readonly string[];
  directory: SettingsDirectory;
  /** The development identity's object id (local only). */
  devObjectId: string | undefined;
  /**
   * True when this deployment runs the web chat through Azure Bot Service's Direct Line
   * (DIRECT_LINE_SECRET): its users are then served as people holding no role.
   */
  directLineWebChat?: boolean;
}

type Sent = Partial<Pick<Activity, 'channelId' | 'from' | 'conversation' | 'channelData'>>;

/** The tenant Teams names, from channelData (where Teams puts it) or the conversation. */
export function tenantOf(activity: Sent): string | undefined {
  const channelData: unknown = activity.channelData;
  const fromChannelData =
    typeof channelData === 'object' && channelData !== null && 'tenant' in channelData && typeof channelData.tenant === 'object' && channelData.tenant !== null && 'id' in channelData.tenant && typeof channelData.tenant.id === 'string'
      ? channelData.tenant.id
      : undefined;
  const tenant = fromChannelData ?? activity.conversation?.tenantId;
  return tenant === undefined || tenant === '' ? undefined : tenant.toLowerCase();
}

export function identify(activity: Sent, policy: IdentityPolicy): ActivityActor {
  const ownerKey = ownerKeyOf(activity);
  if (!policy.production) {
    return { kind: 'person', ownerKey, holds: policy.devObjectId === undefined ? [] : policy.directory.holdsOf(policy.devObjectId) };
  }
  // The web chat outside Teams: Direct Line lets through only the user id the server bound into
  // the token (enhanced authentication), and the secret never leaves the server, so a dl_ user is
  // one browser. It is nobody in the settings file: it holds no role, and reads only its own records.
  if (policy.directLineWebChat === true && activity.channelId === 'directline') {
    const userId = activity.from?.id ?? '';
    return userId.startsWith(DIRECT_LINE_USER_PREFIX) && userId.length > DIRECT_LINE_USER_PREFIX.length ? { kind: 'person', ownerKey, holds: [] } : { kind: 'unidentified', why: 'notBoundUser' };
  }
  const tenant = tenantOf(activity);
  if (tenant === undefined || !policy.allowedTenantIds.includes(tenant)) return { kind: 'unidentified', why: 'tenantNotAllowed' };
  const objectId = activity.from?.aadObjectId;
  if (objectId === undefined || objectId === '') return { kind: 'unidentified', why: 'noObjectId' };
  return { kind: 'person', ownerKey, holds: policy.directory.holdsOf(objectId) };
}

/**
 * Audits a refused identity: the salted key of whoever sent it and why, nothing else (no tenant,
 * no name, no text). An unreachable store does not stop the polite answer; it is logged by kind.
 */
export async function auditIdentityRefused(activity: Sent, why: string, deps: { storage: Storage; auditActorOf: AuditActorOf; logger: Logger; now: Date }): Promise<void> {
  try {
    await deps.storage.audit.append({ at: deps.now, actorKey: deps.auditActorOf(ownerKeyOf(activity)), action: 'identity.refused', subject: `identity:${why}` });
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    deps.logger.warn({ why }, 'storage unavailable: a refused identity could not be audited');
  }
  deps.logger.info({ why }, 'activity from an unidentified user refused');
}

/** The policy from the configuration and the settings file; a DEV_IDENTITY naming nobody in the file stops the start. */
export function identityPolicyOf(access: AccessConfig, production: boolean, directory: SettingsDirectory, directLineWebChat = false): IdentityPolicy {
  const devObjectId = access.devIdentity === undefined ? undefined : directory.personNamed(access.devIdentity);
  if (access.devIdentity !== undefined && devObjectId === undefined) {
    throw new ConfigError([`DEV_IDENTITY: nobody named "${access.devIdentity}" is in the settings file ${access.settingsFile} (give a person's "name" or object id)`]);
  }
  return { production, allowedTenantIds: access.allowedTenantIds, directory, devObjectId, directLineWebChat };
}

/**
 * The Entra object id of the person who sent an activity, lower-case, for what is kept per person
 * (where their alerts go; not alerting a submitter about their own record): with an app id, the
 * activity's own in an allowed tenant; locally, the development identity's. A web chat user through
 * Direct Line has none: they are nobody in the settings file.
 */
export function objectIdOf(activity: Sent, policy: IdentityPolicy): string | undefined {
  const actor = identify(activity, policy);
  if (actor.kind !== 'person') return undefined;
  if (!policy.production) return policy.devObjectId?.toLowerCase();
  if (policy.directLineWebChat === true && activity.channelId === 'directline') return undefined;
  return activity.from?.aadObjectId?.toLowerCase();
}
