import { ConfigError, loadConfig } from '../../bot/config';
import { TEST_PRODUCTION_ACCESS } from '../support/testKeys';

describe('configuration, parsed once', () => {
  it('runs a newcomer on loopback with the embedded store and no settings at all', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.auth).toBeUndefined();
    expect(config.storage).toEqual({ kind: 'embedded', file: 'data/assistant.db' });
    expect(config.localContacts).toEqual({});
  });

  it('uses MongoDB when a URI is given', () => {
    expect(loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:27017/x', MONGODB_DB: 'cse' }).storage).toEqual({ kind: 'mongodb', uri: 'mongodb://127.0.0.1:27017/x', database: 'cse' });
  });

  it.each([
    [{ MICROSOFT_APP_ID: 'app-1' }, 'MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set'],
    [{ MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 's', MICROSOFT_APP_TYPE: 'SingleTenant' }, 'MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE is SingleTenant'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ HOST: '0.0.0.0' }, 'HOST: without MICROSOFT_APP_ID the assistant listens on loopback only'],
    [{ LOCAL_CONTACTS_JSON: '{not json' }, 'LOCAL_CONTACTS_JSON: not valid JSON'],
    [{ LOCAL_CONTACTS_JSON: '{"mash":{"label":"MASH","phone":"call me maybe"}}' }, 'LOCAL_CONTACTS_JSON.mash.phone'],
    [{ LOCAL_CONTACTS_JSON: '{"someoneElse":{"label":"X"}}' }, 'LOCAL_CONTACTS_JSON'],
  ])('stops the start naming the setting that is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('never echoes a secret in its error', () => {
    try {
      loadConfig({ MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 'hunter2-secret', MICROSOFT_APP_TYPE: 'Nonsense' });
      throw new Error('should have failed');
    } catch (error) {
      expect(String(error)).not.toContain('hunter2-secret');
      expect(String(error)).toContain('MICROSOFT_APP_TYPE');
    }
  });

  it('with an app id, listens beyond loopback and requires authentication', () => {
    const config = loadConfig({ MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 's', ...TEST_PRODUCTION_ACCESS });
    expect(config.host).toBe('0.0.0.0');
    expect(config.auth?.appId).toBe('app-1');
  });

  it('reads local contacts from the deployment', () => {
    const config = loadConfig({ LOCAL_CONTACTS_JSON: '{"mash":{"label":"Fictional Borough MASH","phone":"020 0000 0000"}}' });
    expect(config.localContacts.mash).toEqual({ label: 'Fictional Borough MASH', phone: '020 0000 0000' });
  });

  it('keeps the local web chat to the loopback names, with its key beside the data keys (not the data), unless told otherwise', () => {
    const config = loadConfig({ DATA_FILE: '/srv/assistant/assistant.db', DATA_KEYS_FILE: '/etc/fictional-assistant/keys.json' });
    expect(config.localWebChat).toMatchObject({ allowedHosts: ['localhost', '127.0.0.1', '[::1]'], keyFile: '/etc/fictional-assistant/webchat.key', idleMs: 3_600_000 });
    expect(loadConfig({ XDG_CONFIG_HOME: '/etc/fictional-xdg' }).localWebChat.keyFile).toBe('/etc/fictional-xdg/cse-assistant/webchat.key');
    expect(loadConfig({ ALLOWED_HOSTS: ' Chat.Internal , localhost ' }).localWebChat.allowedHosts).toEqual(['chat.internal', 'localhost']);
    expect(loadConfig({ HOST: '127.0.0.2' }).localWebChat.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]', '127.0.0.2']);
    expect(loadConfig({ HOST: '::1' }).localWebChat.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });

  it.each([['localhost:3978'], ['http://localhost'], [' , ']])('refuses ALLOWED_HOSTS=%j, naming the setting', (value) => {
    expect(() => loadConfig({ ALLOWED_HOSTS: value })).toThrow('ALLOWED_HOSTS');
  });

  it('has edge limits a fast typist never meets, and takes others from the environment', () => {
    expect(loadConfig({}).edge).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      idleTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      conversationTurnsPerMinute: 30,
      userTurnsPerMinute: 60,
      maxTurnsInFlight: 64,
    });
    expect(loadConfig({ RATE_CONVERSATION_PER_MINUTE: '10', MAX_TURNS_IN_FLIGHT: '8' }).edge).toMatchObject({ conversationTurnsPerMinute: 10, maxTurnsInFlight: 8 });
  });

  it.each([
    [{ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' }, 'HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS'],
    [{ RATE_USER_PER_MINUTE: '0' }, 'RATE_USER_PER_MINUTE'],
    [{ HTTP_IDLE_TIMEOUT_MS: 'soon' }, 'HTTP_IDLE_TIMEOUT_MS'],
  ])('stops the start on an edge setting that is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(expected);
  });
});

describe('the alert dispatcher settings', () => {
  it('look every 10 seconds, 20 alerts at a time, retrying after 30 s, 2 min, 10 min, 30 min, then hourly, 10 attempts in all, escalating after 2 hours', () => {
    expect(loadConfig({}).alerts).toEqual({ intervalMs: 10_000, batchSize: 20, retry: { delaysMs: [30_000, 120_000, 600_000, 1_800_000, 3_600_000], maxAttempts: 10 }, escalateAfterMinutes: 120 });
  });

  it('take others from the environment', () => {
    const config = loadConfig({ ALERT_DISPATCH_INTERVAL_SECONDS: '5', ALERT_BATCH_SIZE: '50', ALERT_RETRY_DELAYS_SECONDS: ' 10, 60 ', ALERT_MAX_ATTEMPTS: '4', ALERT_ESCALATE_AFTER_MINUTES: '45' });
    expect(config.alerts).toEqual({ intervalMs: 5_000, batchSize: 50, retry: { delaysMs: [10_000, 60_000], maxAttempts: 4 }, escalateAfterMinutes: 45 });
  });

  it.each([
    [{ ALERT_DISPATCH_INTERVAL_SECONDS: '0' }, 'ALERT_DISPATCH_INTERVAL_SECONDS'],
    [{ ALERT_BATCH_SIZE: '1000' }, 'ALERT_BATCH_SIZE'],
    [{ ALERT_RETRY_DELAYS_SECONDS: '30,soon' }, 'ALERT_RETRY_DELAYS_SECONDS'],
    [{ ALERT_RETRY_DELAYS_SECONDS: ',' }, 'ALERT_RETRY_DELAYS_SECONDS: at least one delay'],
    [{ ALERT_RETRY_DELAYS_SECONDS: '30,0' }, 'ALERT_RETRY_DELAYS_SECONDS'],
    [{ ALERT_MAX_ATTEMPTS: '0' }, 'ALERT_MAX_ATTEMPTS'],
    [{ ALERT_ESCALATE_AFTER_MINUTES: '0' }, 'ALERT_ESCALATE_AFTER_MINUTES'],
    [{ ALERT_ESCALATE_AFTER_MINUTES: '10081' }, 'ALERT_ESCALATE_AFTER_MINUTES'],
    [{ ALERT_ESCALATE_AFTER_MINUTES: '1.5' }, 'ALERT_ESCALATE_AFTER_MINUTES'],
    [{ ALERT_ESCALATE_AFTER_MINUTES: 'two hours' }, 'ALERT_ESCALATE_AFTER_MINUTES'],
  ])('stop the start naming the setting that is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});

describe('GRAPH_GROUPS: group membership from Microsoft Graph', () => {
  const TENANT = TEST_PRODUCTION_ACCESS.ALLOWED_TENANT_IDS;
  const app = { MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 'fictional-graph-secret', MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_TENANT_ID: TENANT, ...TEST_PRODUCTION_ACCESS };

  it('is off unless turned on', () => {
    expect(loadConfig({}).graph).toBeUndefined();
    expect(loadConfig(app).graph).toBeUndefined();
  });

  it('reads with the app’s own credentials in its tenant, every 15 minutes, keeping a membership 24 hours at most, from the global cloud', () => {
    expect(loadConfig({ ...app, GRAPH_GROUPS: 'on' }).graph).toEqual({
      tenantId: TENANT,
      clientId: 'app-1',
      clientSecret: 'fictional-graph-secret',
      endpoints: { login: 'https://login.microsoftonline.com', graph: 'https://graph.microsoft.com/v1.0' },
      refreshMs: 15 * 60_000,
      maxAgeMs: 24 * 3_600_000,
    });
  });

  it('takes its own tenant, interval, age limit and endpoints (a national cloud, or a loopback stand-in)', () => {
    const graph = loadConfig({
      ...app,
      MICROSOFT_APP_TYPE: 'MultiTenant',
      MICROSOFT_APP_TENANT_ID: '',
      GRAPH_GROUPS: 'on',
      GRAPH_TENANT_ID: TENANT.toUpperCase(),
      GRAPH_REFRESH_MINUTES: '5',
      GRAPH_MAX_AGE_HOURS: '2',
      GRAPH_ENDPOINT: 'https://graph.microsoft.us/v1.0/',
      GRAPH_LOGIN_ENDPOINT: 'http://127.0.0.1:4321',
    }).graph;
    expect(graph).toMatchObject({ tenantId: TENANT, refreshMs: 5 * 60_000, maxAgeMs: 2 * 3_600_000, endpoints: { graph: 'https://graph.microsoft.us/v1.0', login: 'http://127.0.0.1:4321' } });
  });

  it.each([
    [{ GRAPH_GROUPS: 'on' }, 'GRAPH_GROUPS: GRAPH_GROUPS=on reads group membership with the app\'s credentials: it needs MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD (a client secret) and a tenant'],
    [{ ...app, GRAPH_GROUPS: 'yes' }, 'GRAPH_GROUPS: on or off'],
    [{ ...app, MICROSOFT_APP_TYPE: 'UserAssignedMSI', MICROSOFT_APP_PASSWORD: '', GRAPH_GROUPS: 'on' }, 'a UserAssignedMSI app has no client secret'],
    [{ ...app, MICROSOFT_APP_TYPE: 'MultiTenant', MICROSOFT_APP_TENANT_ID: '', GRAPH_GROUPS: 'on' }, 'GRAPH_TENANT_ID: required with GRAPH_GROUPS=on when MICROSOFT_APP_TENANT_ID is not set'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_TENANT_ID: '00000000-0000-4000-8000-00000000cafe' }, 'GRAPH_TENANT_ID: the tenant whose groups are read (GRAPH_GROUPS=on) must be one of ALLOWED_TENANT_IDS'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_TENANT_ID: 'the school' }, 'GRAPH_TENANT_ID: the Entra tenant id (a GUID)'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_REFRESH_MINUTES: '0' }, 'GRAPH_REFRESH_MINUTES'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_REFRESH_MINUTES: '2.5' }, 'GRAPH_REFRESH_MINUTES: whole minutes'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_MAX_AGE_HOURS: '200' }, 'GRAPH_MAX_AGE_HOURS'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_REFRESH_MINUTES: '60', GRAPH_MAX_AGE_HOURS: '1' }, 'GRAPH_MAX_AGE_HOURS: must be at least twice GRAPH_REFRESH_MINUTES'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_ENDPOINT: 'http://graph.example.invalid/v1.0' }, 'GRAPH_ENDPOINT: an https URL (plain http on a loopback address only)'],
    [{ ...app, GRAPH_GROUPS: 'on', GRAPH_LOGIN_ENDPOINT: 'not a url' }, 'GRAPH_LOGIN_ENDPOINT'],
  ])('stops the start naming what is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('never echoes the secret in its error', () => {
    expect(() => loadConfig({ ...app, GRAPH_GROUPS: 'on', GRAPH_REFRESH_MINUTES: '0' })).not.toThrow(/fictional-graph-secret/);
  });
});

describe('the order problems are reported in', () => {
  const settingsNamed = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.map((p) => p.slice(0, p.indexOf(':')));
    }
    throw new Error('should have failed');
  };

  it('names every wrong setting at once, in one fixed order whatever order the environment lists them in', () => {
    const reported = [
      'NODE_ENV', 'PORT', 'LOG_LEVEL', 'MICROSOFT_APP_TYPE', 'MONGODB_DB', 'CONVERSATION_TTL_HOURS', 'DRAFT_TTL_DAYS',
      'MAX_BODY_KB', 'HTTP_HEADERS_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS', 'HTTP_IDLE_TIMEOUT_MS', 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 'RATE_CONVERSATION_PER_MINUTE', 'RATE_USER_PER_MINUTE', 'MAX_TURNS_IN_FLIGHT',
      'AUDIT_KEY_SECRET', 'EXPORT_LINK_SECRET', 'EXPORT_LINK_MINUTES', 'TEAMS_FILE_UPLOAD_HOSTS', 'ALLOWED_TENANT_IDS',
      'ALLOWED_HOSTS', 'WEBCHAT_IDLE_MINUTES', 'WEBCHAT_MAX_CONVERSATIONS', 'WEBCHAT_MAX_ACTIVITY_KB', 'WEBCHAT_BUFFER_ACTIVITIES', 'WEBCHAT_BUFFER_KB', 'WEBCHAT_TOTAL_BUFFER_KB',
      'DIRECT_LINE_SECRET', 'DIRECT_LINE_ENDPOINT', 'DIRECT_LINE_TOKENS_PER_MINUTE',
      'ALERT_DISPATCH_INTERVAL_SECONDS', 'ALERT_RETRY_DELAYS_SECONDS', 'ALERT_MAX_ATTEMPTS', 'ALERT_BATCH_SIZE', 'ALERT_ESCALATE_AFTER_MINUTES',
      'RECORD_RETENTION_DAYS', 'PURGE_EVERY_MINUTES',
      'GRAPH_GROUPS', 'GRAPH_TENANT_ID', 'GRAPH_REFRESH_MINUTES', 'GRAPH_MAX_AGE_HOURS', 'GRAPH_ENDPOINT', 'GRAPH_LOGIN_ENDPOINT',
    ];
    const emptyList = new Set(['TEAMS_FILE_UPLOAD_HOSTS', 'ALLOWED_HOSTS', 'ALERT_RETRY_DELAYS_SECONDS']);
    const plainHttp = new Set(['GRAPH_ENDPOINT', 'GRAPH_LOGIN_ENDPOINT']);
    const wrongValue = (name: string) => (emptyList.has(name) ? ',' : plainHttp.has(name) ? 'http://graph.fizzlewick.invalid' : 'x y');
    const env = Object.fromEntries([...reported].reverse().map((name) => [name, wrongValue(name)]));
    expect(settingsNamed(env)).toEqual(reported.map((name) => (name === 'ALLOWED_TENANT_IDS' ? 'ALLOWED_TENANT_IDS.0' : name)));
  });

  it('puts the checks across settings after them: the edge, Graph, then the app id’s needs', () => {
    const crossed = { HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000', GRAPH_GROUPS: 'on', DIRECT_LINE_SECRET: 'fictional-direct-line-secret', DEV_IDENTITY: 'quirkfield-dsl', MICROSOFT_APP_TYPE: 'SingleTenant' };
    expect(settingsNamed(crossed)).toEqual(['HTTP_HEADERS_TIMEOUT_MS', 'GRAPH_GROUPS', 'DIRECT_LINE_SECRET']);
    expect(settingsNamed({ ...crossed, MICROSOFT_APP_ID: 'app-1' })).toEqual(['HTTP_HEADERS_TIMEOUT_MS', 'GRAPH_GROUPS', 'ALLOWED_TENANT_IDS', 'SETTINGS_FILE', 'DEV_IDENTITY', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID']);
  });

  it('checks HOST before the contacts and the contacts before the retention periods, stopping at the first', () => {
    const env = { HOST: '0.0.0.0', LOCAL_CONTACTS_JSON: '{not json', RECORD_RETENTION_DAYS_BY_FORM: '{not json' };
    expect(settingsNamed(env)).toEqual(['HOST']);
    expect(settingsNamed({ ...env, HOST: '' })).toEqual(['LOCAL_CONTACTS_JSON']);
    expect(settingsNamed({ ...env, HOST: '', LOCAL_CONTACTS_JSON: '' })).toEqual(['RECORD_RETENTION_DAYS_BY_FORM']);
  });
});
