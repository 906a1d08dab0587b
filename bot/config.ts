import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';

/**
 * The whole environment, parsed once at start. Nothing else reads process.env.
 * With an app id (production) every Bot Framework setting must be present and valid.
 */

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const contactSchema = z.object({
  label: z.string().min(1).max(80),
  phone: z.string().regex(/^[0-9 +()-]{3,20}$/, 'a phone number of digits, spaces, + ( ) -').optional(),
  email: z.string().email().optional(),
  note: z.string().max(200).optional(),
});

/** Local contacts come from the deployment, never from the 2017 protocol text. */
export const localContactsSchema = z
  .object({
    mash: contactSchema.optional(),
    cseLead: contactSchema.optional(),
    maseCoordinator: contactSchema.optional(),
    out_of_hours: contactSchema.optional(),
  })
  .strict();

/** The public Direct Line endpoint; a regional bot sets its region's (docs/deploy-web-chat.md). */
export const DEFAULT_DIRECT_LINE_ENDPOINT = 'https://directline.botframework.com/v3/directline';

/**
 * How long a submitted record is kept when its form has no period of its own: 25 years from
 * submission. The protocol sets none; the IRMS toolkit keeps a child protection record until the
 * child's date of birth plus 25 years, and a record is submitted while the child is under 18, so 25
 * years from submission never deletes one sooner than the toolkit would (docs/retention.md).
 */
export const DEFAULT_RETENTION_DAYS = 9_132;
/** A period longer than a century is a typing mistake, not a policy. */
const MAX_RETENTION_DAYS = 36_525;

/** RECORD_RETENTION_DAYS_BY_FORM: a form id and its own period, e.g. {"form.makesafeReport": 2557}. */
const FORM_ID_RULE = 'not a form id (a form id is such as form.concernRecord)';
export const retentionByFormSchema = z.record(
  z.string().regex(/^form\.[A-Za-z]+$/, FORM_ID_RULE),
  z.number().int().min(1).max(MAX_RETENTION_DAYS),
);

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

const envObject = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MICROSOFT_APP_ID: optionalText,
    MICROSOFT_APP_PASSWORD: optionalText,
    MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MICROSOFT_APP_TENANT_ID: optionalText,
    DATA_FILE: z.string().default('data/assistant.db'),
    MONGODB_URI: optionalText,
    MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,38}$/).default('cse_assistant'),
    CONVERSATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
    DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(28),
    MAX_BODY_KB: z.coerce.number().int().min(16).max(1024).default(256),
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(30_000),
    HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(30_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(5_000),
    RATE_CONVERSATION_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(30),
    RATE_USER_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(60),
    MAX_TURNS_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(64),
    LOCAL_CONTACTS_JSON: optionalText,
    DATA_KEYS_JSON: optionalText,
    DATA_KEYS_FILE: optionalText,
    AUDIT_KEY_SECRET: optionalText.pipe(z.string().min(32, 'at least 32 characters (e.g. `openssl rand -base64 32`)').optional()),
    AUDIT_KEY_SECRET_FILE: optionalText,
    EXPORT_LINK_SECRET: optionalText.pipe(z.string().min(32, 'at least 32 characters (e.g. `openssl rand -base64 32`)').optional()),
    EXPORT_LINK_SECRET_FILE: optionalText,
    EXPORT_LINK_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
    TEAMS_FILE_UPLOAD_HOSTS: z
      .string()
      .trim()
      .default('sharepoint.com')
      .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))
      .pipe(z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'host names without a scheme or port, e.g. sharepoint.com')).min(1)),
    SETTINGS_FILE: optionalText,
    ALLOWED_TENANT_IDS: z
      .string()
      .trim()
      .default('')
      .transform((v) => v.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))
      .pipe(z.array(z.guid('Entra tenant ids (GUIDs), comma-separated'))),
    DEV_IDENTITY: optionalText,
    XDG_CONFIG_HOME: optionalText,
    HOME: optionalText,
    ALLOWED_HOSTS: z
      .string()
      .trim()
      .default('localhost,127.0.0.1,[::1]')
      .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))
      .pipe(z.array(z.string().regex(/^([a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])$/, 'host names without a port, e.g. localhost,127.0.0.1,[::1]')).min(1)),
    WEBCHAT_KEY_FILE: optionalText,
    WEBCHAT_IDLE_MINUTES: z.coerce.number().min(0.01).max(24 * 60).default(60),
    WEBCHAT_MAX_CONVERSATIONS: z.coerce.number().int().min(1).max(10_000).default(100),
    WEBCHAT_MAX_ACTIVITY_KB: z.coerce.number().int().min(1).max(1024).default(32),
    WEBCHAT_BUFFER_ACTIVITIES: z.coerce.number().int().min(10).max(10_000).default(500),
    WEBCHAT_BUFFER_KB: z.coerce.number().int().min(16).max(64 * 1024).default(2048),
    WEBCHAT_TOTAL_BUFFER_KB: z.coerce.number().int().min(16).max(1024 * 1024).default(64 * 1024),
    DIRECT_LINE_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_.-]{20,200}$/, 'the secret from the Azure Bot\'s Direct Line channel (letters, digits, . _ -)').optional()),
    DIRECT_LINE_ENDPOINT: z
      .string()
      .trim()
      .default(DEFAULT_DIRECT_LINE_ENDPOINT)
      .pipe(z.url({ protocol: /^https$/, error: 'an https URL, e.g. https://europe.directline.botframework.com/v3/directline' }))
      .transform((v) => v.replace(/\/+$/, '')),
    DIRECT_LINE_TOKENS_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(120),
    ALERT_DISPATCH_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(10),
    ALERT_RETRY_DELAYS_SECONDS: z
      .string()
      .trim()
      .default('30,120,600,1800,3600')
      .transform((v) => v.split(',').map((d) => d.trim()).filter((d) => d !== '').map(Number))
      .pipe(z.array(z.number().int('whole seconds, comma-separated, e.g. 30,120,600').min(1).max(86_400)).min(1, 'at least one delay, e.g. 30,120,600')),
    ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
    ALERT_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
    // The wait before a record nobody has acknowledged goes to a route's escalateTo, where the route names none: up to a week (as the settings file's escalateAfterMinutes).
    ALERT_ESCALATE_AFTER_MINUTES: z.coerce.number().int('whole minutes, such as 120').min(1).max(7 * 24 * 60).default(120),
    RECORD_RETENTION_DAYS: z.coerce.number().int().min(1).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION_DAYS),
    RECORD_RETENTION_DAYS_BY_FORM: optionalText,
    PURGE_EVERY_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
    GRAPH_GROUPS: z.enum(['on', 'off'], 'on or off').default('off'),
    GRAPH_TENANT_ID: optionalText.pipe(z.guid('the Entra tenant id (a GUID) whose groups are read').optional()),
    GRAPH_REFRESH_MINUTES: z.coerce.number().int('whole minutes, such as 15').min(1).max(24 * 60).default(15),
    GRAPH_MAX_AGE_HOURS: z.coerce.number().int('whole hours, such as 24').min(1).max(7 * 24).default(24),
    GRAPH_ENDPOINT: serviceBase(DEFAULT_GRAPH_ENDPOINT, DEFAULT_GRAPH_ENDPOINT),
    GRAPH_LOGIN_ENDPOINT: serviceBase(DEFAULT_GRAPH_LOGIN_ENDPOINT, DEFAULT_GRAPH_LOGIN_ENDPOINT),
  });

const envSchema = envObject.superRefine((env, ctx) => {
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    ctx.addIssue({ code: 'custom', path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS' });
  }
  if (env.GRAPH_GROUPS === 'on') checkGraphGroups(env, ctx);
  if (env.MICROSOFT_APP_ID === undefined) {
    if (env.DIRECT_LINE_SECRET !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['DIRECT_LINE_SECRET'], message: 'needs MICROSOFT_APP_ID: without an app id the local web chat is used' });
    }
    return;
  }
  if (env.ALLOWED_TENANT_IDS.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['ALLOWED_TENANT_IDS'], message: 'required when MICROSOFT_APP_ID is set: the Entra tenant ids (GUIDs, comma-separated) whose users may use the assistant' });
  }
  if (env.SETTINGS_FILE === undefined) {
    ctx.addIssue({ code: 'custom', path: ['SETTINGS_FILE'], message: 'required when MICROSOFT_APP_ID is set: the settings and roles of this deployment (docs/roles-and-alerts.md); the fictional example is for a local start only' });
  }
  if (env.DEV_IDENTITY !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['DEV_IDENTITY'], message: 'a development identity is for the local web chat only and is never used with MICROSOFT_APP_ID: remove it' });
  }
  if (env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && env.MICROSOFT_APP_PASSWORD === undefined) {
    ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'required when MICROSOFT_APP_ID is set' });
  }
  if (env.MICROSOFT_APP_TYPE !== 'MultiTenant' && env.MICROSOFT_APP_TENANT_ID === undefined) {
    ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: `required when MICROSOFT_APP_TYPE is ${env.MICROSOFT_APP_TYPE}` });
  }
});

type ParsedEnv = z.output<typeof envObject>;

/** GRAPH_GROUPS=on reads groups with the app's own credentials (client credentials) in one tenant this deployment serves. */
function checkGraphGroups(env: ParsedEnv, ctx: z.RefinementCtx): void {
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

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Loopback unless an app id is configured: without authentication nothing may reach the bot from outside. */
  host: string;
  logLevel: string;
  auth: { appId: string; appPassword: string | undefined; appType: string; tenantId: string | undefined } | undefined;
  storage: { kind: 'embedded'; file: string } | { kind: 'mongodb'; uri: string; database: string };
  conversationTtlMs: number;
  draftTtlMs: number;
  maxBodyBytes: number;
  /** The HTTP edge: socket timeouts and the limits on turns (see docs/security.md). */
  edge: EdgeLimits;
  localContacts: z.infer<typeof localContactsSchema>;
  /**
   * The data keys for encryption at rest (bot/storage/keyring.ts parses and checks them):
   * DATA_KEYS_JSON if set, else the key file. Key material: never log this.
   */
  encryption: {
    keysJson: string | undefined;
    keysFile: string;
    /** The key file's default before it moved out of the data folder: still read if it is the only one. Unset when DATA_KEYS_FILE is given. */
    legacyKeysFile: string | undefined;
  };
  /** The secret that salts audit actor keys (bot/auditActor.ts): AUDIT_KEY_SECRET if set, else the file. Never log this. */
  audit: { secret: string | undefined; secretFile: string };
  /** The local web chat (no app id only): who may reach it, and how much it may hold in memory. */
  localWebChat: LocalWebChatConfig;
  /** Download links for exports (web chat only): their signing secret, EXPORT_LINK_SECRET if set, else the file, and how long a link lasts. Never log the secret. */
  exportLinks: { secret: string | undefined; secretFile: string; ttlMs: number };
  /** Who a user is and what they hold (docs/roles-and-alerts.md): the settings file, the Entra tenants allowed in Teams, the local development identity. */
  access: AccessConfig;
  /** Teams file cards: the hosts (each with its subdomains) an upload URL Teams hands back may be on; anything else is refused. */
  teamsFiles: { uploadHosts: string[] };
  /** The web chat through Azure Bot Service's Direct Line (with an app id and DIRECT_LINE_SECRET only). Never log the secret. */
  directLine: DirectLineConfig | undefined;
  /** The alert dispatcher (docs/roles-and-alerts.md): how often it looks, how much per look, and how it retries. */
  alerts: AlertsConfig;
  /** How long submitted records are kept, and how often the purge job runs (docs/retention.md). */
  retention: RetentionConfig;
  /** GRAPH_GROUPS=on: the members of groups the settings file does not list are read from Microsoft Graph. Never log the secret. */
  graph: GraphConfig | undefined;
}

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  endpoints: { login: string; graph: string };
  refreshMs: number;
  /** A group's membership older than this (no refresh has succeeded since) is dropped: its members then hold no role through it. */
  maxAgeMs: number;
}

export interface AlertsConfig {
  intervalMs: number;
  batchSize: number;
  /** The delay after each failed attempt (the last repeats) and the attempts in all. */
  retry: { delaysMs: number[]; maxAttempts: number };
  /** ALERT_ESCALATE_AFTER_MINUTES: the wait of a route with an escalateTo and no escalateAfterMinutes. */
  escalateAfterMinutes: number;
}

export interface RetentionConfig {
  /** Days a record is kept after it was submitted, for a form with no period of its own. */
  defaultDays: number;
  /** A form's own period in days, by form id; checked against the forms at start (bot/app.ts). */
  byForm: Record<string, number>;
  purgeEveryMs: number;
}

export interface DirectLineConfig {
  /** Exchanged on the server for short-lived tokens; never sent to the page. */
  secret: string;
  /** The Direct Line API base, e.g. https://directline.botframework.com/v3/directline (no trailing slash). */
  endpoint: string;
  /** Tokens handed out per minute by this process, all pages together. */
  tokensPerMinute: number;
  /** The secret behind browser credentials, so a browser keeps its user (and its saved drafts) across visits. */
  keyFile: string;
}

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

export interface LocalWebChatConfig {
  /** Host names (no port) the Host header may carry: a defence against DNS rebinding. */
  allowedHosts: string[];
  /** The secret behind browser credentials; it lets a browser keep its user, and so its drafts, across restarts. */
  keyFile: string;
  idleMs: number;
  maxConversations: number;
  maxActivityBytes: number;
  maxActivitiesPerConversation: number;
  maxBytesPerConversation: number;
  maxBytesTotal: number;
}

/** The data folder's key file before keys moved out of it (relative to where the assistant starts, as it always was). */
export const LEGACY_KEYS_FILE = 'data/keys.json';

/**
 * Where keys live unless configured: the user's configuration folder, never the data folder, so a
 * copy of the data (a backup, a shared folder) does not carry the key that opens it.
 */
export function defaultKeysDirectory(xdgConfigHome: string | undefined, home: string | undefined): string {
  // The XDG base directory rules: a relative XDG_CONFIG_HOME is invalid and ignored.
  const base = xdgConfigHome !== undefined && isAbsolute(xdgConfigHome) ? xdgConfigHome : join(home ?? homedir(), '.config');
  return join(base, 'cse-assistant');
}

export interface EdgeLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  keepAliveTimeoutMs: number;
  conversationTurnsPerMinute: number;
  userTurnsPerMinute: number;
  maxTurnsInFlight: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseRetentionByForm(raw: string | undefined): Record<string, number> {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(['RECORD_RETENTION_DAYS_BY_FORM: not valid JSON (an object such as {"form.makesafeReport": 2557})']);
  }
  const parsed = retentionByFormSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `RECORD_RETENTION_DAYS_BY_FORM${i.path.length > 0 ? `.${i.path.join('.')}` : ''}: ${i.code === 'invalid_key' ? FORM_ID_RULE : i.message}`),
    );
  }
  return parsed.data;
}

function parseContacts(raw: string | undefined): z.infer<typeof localContactsSchema> {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(['LOCAL_CONTACTS_JSON: not valid JSON']);
  }
  const parsed = localContactsSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `LOCAL_CONTACTS_JSON.${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    // Name the setting, never echo its value: it may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const auth =
    e.MICROSOFT_APP_ID === undefined
      ? undefined
      : { appId: e.MICROSOFT_APP_ID, appPassword: e.MICROSOFT_APP_PASSWORD, appType: e.MICROSOFT_APP_TYPE, tenantId: e.MICROSOFT_APP_TENANT_ID };
  if (auth === undefined && e.HOST !== undefined && !isLoopback(e.HOST)) {
    throw new ConfigError([`HOST: without MICROSOFT_APP_ID the assistant listens on loopback only (got a non-loopback address)`]);
  }
  const keysFile = e.DATA_KEYS_FILE ?? join(defaultKeysDirectory(e.XDG_CONFIG_HOME, e.HOME), 'keys.json');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (auth === undefined ? '127.0.0.1' : '0.0.0.0'),
    logLevel: e.LOG_LEVEL,
    auth,
    storage: e.MONGODB_URI === undefined ? { kind: 'embedded', file: e.DATA_FILE } : { kind: 'mongodb', uri: e.MONGODB_URI, database: e.MONGODB_DB },
    conversationTtlMs: e.CONVERSATION_TTL_HOURS * 3_600_000,
    draftTtlMs: e.DRAFT_TTL_DAYS * 86_400_000,
    maxBodyBytes: e.MAX_BODY_KB * 1024,
    edge: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      conversationTurnsPerMinute: e.RATE_CONVERSATION_PER_MINUTE,
      userTurnsPerMinute: e.RATE_USER_PER_MINUTE,
      maxTurnsInFlight: e.MAX_TURNS_IN_FLIGHT,
    },
    localContacts: parseContacts(e.LOCAL_CONTACTS_JSON),
    encryption: {
      keysJson: e.DATA_KEYS_JSON,
      keysFile,
      legacyKeysFile: e.DATA_KEYS_FILE === undefined ? LEGACY_KEYS_FILE : undefined,
    },
    audit: { secret: e.AUDIT_KEY_SECRET, secretFile: e.AUDIT_KEY_SECRET_FILE ?? join(dirname(keysFile), 'audit-key-secret') },
    exportLinks: { secret: e.EXPORT_LINK_SECRET, secretFile: e.EXPORT_LINK_SECRET_FILE ?? join(dirname(keysFile), 'export-link-secret'), ttlMs: e.EXPORT_LINK_MINUTES * 60_000 },
    teamsFiles: { uploadHosts: e.TEAMS_FILE_UPLOAD_HOSTS },
    alerts: {
      intervalMs: e.ALERT_DISPATCH_INTERVAL_SECONDS * 1000,
      batchSize: e.ALERT_BATCH_SIZE,
      retry: { delaysMs: e.ALERT_RETRY_DELAYS_SECONDS.map((seconds) => seconds * 1000), maxAttempts: e.ALERT_MAX_ATTEMPTS },
      escalateAfterMinutes: e.ALERT_ESCALATE_AFTER_MINUTES,
    },
    retention: { defaultDays: e.RECORD_RETENTION_DAYS, byForm: parseRetentionByForm(e.RECORD_RETENTION_DAYS_BY_FORM), purgeEveryMs: e.PURGE_EVERY_MINUTES * 60_000 },
    graph: graphConfigOf(e),
    access: { settingsFile: e.SETTINGS_FILE ?? EXAMPLE_SETTINGS_FILE, settingsIsExample: e.SETTINGS_FILE === undefined, allowedTenantIds: e.ALLOWED_TENANT_IDS, devIdentity: e.DEV_IDENTITY },
    directLine:
      auth === undefined || e.DIRECT_LINE_SECRET === undefined
        ? undefined
        : {
            secret: e.DIRECT_LINE_SECRET,
            endpoint: e.DIRECT_LINE_ENDPOINT,
            tokensPerMinute: e.DIRECT_LINE_TOKENS_PER_MINUTE,
            keyFile: e.WEBCHAT_KEY_FILE ?? join(dirname(keysFile), 'webchat.key'),
          },
    localWebChat: {
      // The address it listens on always names it too (HOST=127.0.0.2 needs no second setting).
      allowedHosts: e.HOST === undefined ? e.ALLOWED_HOSTS : [...new Set([...e.ALLOWED_HOSTS, e.HOST.includes(':') ? `[${e.HOST.toLowerCase()}]` : e.HOST.toLowerCase()])],
      keyFile: e.WEBCHAT_KEY_FILE ?? join(dirname(keysFile), 'webchat.key'),
      idleMs: Math.round(e.WEBCHAT_IDLE_MINUTES * 60_000),
      maxConversations: e.WEBCHAT_MAX_CONVERSATIONS,
      maxActivityBytes: e.WEBCHAT_MAX_ACTIVITY_KB * 1024,
      maxActivitiesPerConversation: e.WEBCHAT_BUFFER_ACTIVITIES,
      maxBytesPerConversation: e.WEBCHAT_BUFFER_KB * 1024,
      maxBytesTotal: e.WEBCHAT_TOTAL_BUFFER_KB * 1024,
    },
  };
}

function graphConfigOf(e: ParsedEnv): GraphConfig | undefined {
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

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
