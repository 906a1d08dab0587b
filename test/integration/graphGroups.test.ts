import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../bot/config';
import { startTestAssistant } from '../support/assistant';
import { startGraphStandIn, type GraphStandIn } from '../support/graphStandIn';

/**
 * The start, as bot/index.ts makes it, with GRAPH_GROUPS=on: the settings file's unlisted group is
 * read from (a loopback stand-in for) Entra and Graph before the server listens; with Graph
 * unreachable the assistant still starts, its group holding nobody; and with GRAPH_GROUPS off an
 * unlisted group stops the start, saying how to turn Graph on. All ids are fictional.
 */

const TEAM = '00000000-0000-4000-8000-000000000900';
const LEAD = '00000000-0000-4000-8000-000000000002';

const settingsFile = join(mkdtempSync(join(tmpdir(), 'cse-graph-start-')), 'settings.json');
writeFileSync(
  settingsFile,
  JSON.stringify({
    version: 1,
    settings: [{ id: 'quirkfield-academy', kind: 'school', displayName: 'Quirkfield Academy (fictional)', leads: [{ groupId: TEAM }], routes: { 'form.concernRecord': [{ role: 'lead' }] } }],
  }),
);

let standIn: GraphStandIn;
beforeAll(async () => {
  standIn = await startGraphStandIn({ [TEAM]: [{ user: LEAD }] });
});
afterAll(async () => {
  await standIn.close();
});

const production = (s: GraphStandIn, extra: Record<string, string> = {}) => ({
  MICROSOFT_APP_ID: s.clientId,
  MICROSOFT_APP_PASSWORD: s.clientSecret,
  MICROSOFT_APP_TYPE: 'SingleTenant',
  MICROSOFT_APP_TENANT_ID: s.tenantId,
  ALLOWED_TENANT_IDS: s.tenantId,
  SETTINGS_FILE: settingsFile,
  HOST: '127.0.0.1',
  GRAPH_ENDPOINT: `${s.url}/v1.0`,
  GRAPH_LOGIN_ENDPOINT: s.url,
  ...extra,
});

it('reads the group from Graph before it listens, with the app’s own credentials, and stops cleanly', async () => {
  const assistant = await startTestAssistant('embedded', production(standIn, { GRAPH_GROUPS: 'on' }));
  try {
    expect(standIn.requests.map((r) => [r.to, r.path.split('?')[0]])).toEqual([
      ['token', `/${standIn.tenantId}/oauth2/v2.0/token`],
      ['graph', `/v1.0/groups/${TEAM}/transitiveMembers/microsoft.graph.user`],
    ]);
    expect(standIn.requests[0]?.form.client_id).toBe(standIn.clientId);
    expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
  } finally {
    await assistant.stop();
  }
});

it('starts with Graph unreachable: the group holds nobody until it can be read', async () => {
  const down = await startGraphStandIn({});
  await down.close();
  const assistant = await startTestAssistant('embedded', production(down, { GRAPH_GROUPS: 'on' }));
  try {
    expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
  } finally {
    await assistant.stop();
  }
});

it('without GRAPH_GROUPS, a group the file does not list stops the start, saying how to turn Graph on', async () => {
  const start = startTestAssistant('embedded', production(standIn));
  await expect(start).rejects.toThrow(ConfigError);
  await expect(start).rejects.toThrow('or set GRAPH_GROUPS=on (with the app\'s id, secret and tenant) to read them from Microsoft Graph');
});
