/** A fixed, obviously-fake data key for tests: instances that share a store must share a key, and no test writes a key file into the project. */
/** What a start with an app id needs beyond the app's credentials: the tenant allowed in (fictional) and the settings file (the fictional example). */
export const TEST_PRODUCTION_ACCESS = { ALLOWED_TENANT_IDS: '00000000-0000-4000-8000-00000000beef', SETTINGS_FILE: 'docs/settings.example.json' } as const;

export const TEST_DATA_KEYS_JSON = JSON.stringify({ current: 'test-1', keys: { 'test-1': Buffer.alloc(32, 7).toString('base64') } });

/** A fixed, obviously-fake audit key secret: no test writes a secret file into anyone's configuration folder. */
export const TEST_AUDIT_KEY_SECRET = 'test-audit-secret-not-real-0123456789abcdef';

/** A fixed, obviously-fake secret for export download links. */
export const TEST_EXPORT_LINK_SECRET = 'test-export-link-secret-not-real-0123456789';
