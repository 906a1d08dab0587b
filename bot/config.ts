import { dirname } from 'node:path';
import { z } from 'zod';
import { accessEnv, accessOf, checkAccess, type AccessConfig } from './config/access';
import { alertsEnv, alertsOf, type AlertsConfig } from './config/alerts';
import { appIdentityEnv, authOf, checkAppIdentity, type AuthConfig } from './config/appIdentity';
import { auditSecretEnv, auditSecretOf, type AuditSecretConfig } from './config/auditSecret';
import { ConfigError } from './config/configError';
import { dataKeysEnv, encryptionOf, type EncryptionConfig } from './config/dataKeys';
import { checkDirectLine, directLineEnv, directLineOf, type DirectLineConfig } from './config/directLine';
import { checkEdge, edgeEnv, edgeLimitsOf, maxBodyBytesOf, type EdgeLimits } from './config/edge';
import { exportLinksEnv, exportLinksOf, type ExportLinksConfig } from './config/exportLinks';
import { checkGraphGroups, graphConfigOf, graphEnv, type GraphConfig } from './config/graph';
import { checkHost, listenerEnv, listenerOf } from './config/listener';
import { localContactsEnv, parseContacts, type LocalContacts } from './config/localContacts';
import { localWebChatEnv, localWebChatOf, webChatKeyFileOf, type LocalWebChatConfig } from './config/localWebChat';
import { retentionEnv, retentionOf, type RetentionConfig } from './config/retention';
import { storageEnv, storageOf, type StorageConfig } from './config/storage';
import { teamsFilesEnv, teamsFilesOf, type TeamsFilesConfig } from './config/teamsFiles';

export { ConfigError } from './config/configError';
export { isLoopback } from './config/loopback';
export { localContactsSchema } from './config/localContacts';
export { DEFAULT_DIRECT_LINE_ENDPOINT } from './config/directLine';
export { DEFAULT_RETENTION_DAYS, retentionByFormSchema } from './config/retention';
export { DEFAULT_GRAPH_ENDPOINT, DEFAULT_GRAPH_LOGIN_ENDPOINT } from './config/graph';
export { EXAMPLE_SETTINGS_FILE } from './config/access';
export { LEGACY_KEYS_FILE, defaultKeysDirectory } from './config/dataKeys';
export type { AccessConfig, AlertsConfig, AuthConfig, AuditSecretConfig, DirectLineConfig, EdgeLimits, EncryptionConfig, ExportLinksConfig, GraphConfig, LocalContacts, LocalWebChatConfig, RetentionConfig, StorageConfig, TeamsFilesConfig };

/**
 * The whole environment, parsed once at start. Nothing else reads process.env.
 * Each concern's settings, cross-checks and derived values live in bot/config/; this file puts them
 * together. The parts are spread in this order because problems are reported in it.
 */
const envObject = z.object({
  ...listenerEnv.shape,
  ...appIdentityEnv.shape,
  ...storageEnv.shape,
  ...edgeEnv.shape,
  ...localContactsEnv.shape,
  ...dataKeysEnv.shape,
  ...auditSecretEnv.shape,
  ...exportLinksEnv.shape,
  ...teamsFilesEnv.shape,
  ...accessEnv.shape,
  ...localWebChatEnv.shape,
  ...directLineEnv.shape,
  ...alertsEnv.shape,
  ...retentionEnv.shape,
  ...graphEnv.shape,
});

const envSchema = envObject.superRefine((env, ctx) => {
  checkEdge(env, ctx);
  checkGraphGroups(env, ctx);
  // Without an app id only the first of these can complain, with one only the others.
  checkDirectLine(env, ctx);
  checkAccess(env, ctx);
  checkAppIdentity(env, ctx);
});

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Loopback unless an app id is configured: without authentication nothing may reach the bot from outside. */
  host: string;
  logLevel: string;
  auth: AuthConfig | undefined;
  storage: StorageConfig;
  conversationTtlMs: number;
  draftTtlMs: number;
  maxBodyBytes: number;
  /** The HTTP edge: socket timeouts and the limits on turns (see docs/security.md). */
  edge: EdgeLimits;
  localContacts: LocalContacts;
  /** The data keys for encryption at rest. Key material: never log this. */
  encryption: EncryptionConfig;
  /** The secret that salts audit actor keys (bot/auditActor.ts). Never log this. */
  audit: AuditSecretConfig;
  /** The local web chat (no app id only): who may reach it, and how much it may hold in memory. */
  localWebChat: LocalWebChatConfig;
  /** Download links for exports (web chat only). Never log the secret. */
  exportLinks: ExportLinksConfig;
  /** Who a user is and what they hold (docs/roles-and-alerts.md): the settings file, the Entra tenants allowed in Teams, the local development identity. */
  access: AccessConfig;
  /** Teams file cards: the hosts (each with its subdomains) an upload URL Teams hands back may be on; anything else is refused. */
  teamsFiles: TeamsFilesConfig;
  /** The web chat through Azure Bot Service's Direct Line (with an app id and DIRECT_LINE_SECRET only). Never log the secret. */
  directLine: DirectLineConfig | undefined;
  /** The alert dispatcher (docs/roles-and-alerts.md): how often it looks, how much per look, and how it retries. */
  alerts: AlertsConfig;
  /** How long submitted records are kept, and how often the purge job runs (docs/retention.md). */
  retention: RetentionConfig;
  /** GRAPH_GROUPS=on: the members of groups the settings file does not list are read from Microsoft Graph. Never log the secret. */
  graph: GraphConfig | undefined;
}

export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    // Name the setting, never echo its value: it may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const auth = authOf(e);
  checkHost(e, auth !== undefined);
  const encryption = encryptionOf(e);
  // The other secrets' files and the web chat key sit beside the data key file by default.
  const keysDirectory = dirname(encryption.keysFile);
  // Built in this order: the contacts' and retention's JSON are checked in it, and the first wrong one stops the start.
  return {
    ...listenerOf(e, auth !== undefined),
    auth,
    ...storageOf(e),
    maxBodyBytes: maxBodyBytesOf(e),
    edge: edgeLimitsOf(e),
    localContacts: parseContacts(e.LOCAL_CONTACTS_JSON),
    encryption,
    audit: auditSecretOf(e, keysDirectory),
    exportLinks: exportLinksOf(e, keysDirectory),
    teamsFiles: teamsFilesOf(e),
    alerts: alertsOf(e),
    retention: retentionOf(e),
    graph: graphConfigOf(e),
    access: accessOf(e),
    directLine: directLineOf(e, auth !== undefined, webChatKeyFileOf(e, keysDirectory)),
    localWebChat: localWebChatOf(e, keysDirectory),
  };
}
