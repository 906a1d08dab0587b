import { ConfigError, loadConfig } from '../../bot/config';
import { identify, identityPolicyOf, tenantOf, type IdentityPolicy } from '../../bot/identity';
import { loadSettings } from '../../bot/settings/loadSettings';
import { ownerKeyOf } from '../../bot/ownerKey';
import { TEST_PRODUCTION_ACCESS } from '../support/testKeys';

/** Who an activity is from: in Teams an Entra object id within an allowed tenant, locally the development identity. */

const directory = loadSettings('docs/settings.example.json');
const TENANT = '00000000-0000-4000-8000-00000000beef';
const OTHER_TENANT = '00000000-0000-4000-8000-00000000cafe';
const TEACHER = '00000000-0000-4000-8000-0000000000a1';
const LEAD = '00000000-0000-4000-8000-0000000000a2';

const teams: IdentityPolicy = { production: true, allowedTenantIds: [TENANT], directory, devObjectId: undefined };
const activity = (overrides: { tenant?: string; aadObjectId?: string; conversationTenant?: string; channelId?: string }) => ({
  channelId: overrides.channelId ?? 'msteams',
  from: { id: '29:fictional-teams-user', name: '', ...(overrides.aadObjectId === undefined ? {} : { aadObjectId: overrides.aadObjectId }) },
  conversation: { id: 'a:fictional-conversation', name: '', isGroup: false, conversationType: 'personal', ...(overrides.conversationTenant === undefined ? {} : { tenantId: overrides.conversationTenant }) },
  ...(overrides.tenant === undefined ? {} : { channelData: { tenant: { id: overrides.tenant } } }),
});

describe('in Teams (an app id configured)', () => {
  it('is the Entra object id, with the roles the settings file gives it, in an allowed tenant', () => {
    const sent = activity({ tenant: TENANT, aadObjectId: LEAD });
    expect(identify(sent, teams)).toEqual({
      kind: 'person',
      ownerKey: ownerKeyOf(sent),
      holds: [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }],
    });
  });

  it('takes the tenant from channelData first, else from the conversation, in any letter case', () => {
    expect(tenantOf(activity({ tenant: TENANT.toUpperCase(), conversationTenant: OTHER_TENANT }))).toBe(TENANT);
    expect(tenantOf(activity({ conversationTenant: TENANT }))).toBe(TENANT);
    expect(identify(activity({ conversationTenant: TENANT, aadObjectId: TEACHER }), teams).kind).toBe('person');
  });

  it.each([
    ['another tenant', activity({ tenant: OTHER_TENANT, aadObjectId: TEACHER }), 'tenantNotAllowed'],
    ['no tenant at all', activity({ aadObjectId: TEACHER }), 'tenantNotAllowed'],
    ['channelData naming another tenant than the conversation', activity({ tenant: OTHER_TENANT, conversationTenant: TENANT, aadObjectId: TEACHER }), 'tenantNotAllowed'],
    ['no Entra object id', activity({ tenant: TENANT }), 'noObjectId'],
    ['another channel with no tenant (not Teams)', activity({ channelId: 'webchat', aadObjectId: TEACHER }), 'tenantNotAllowed'],
  ])('refuses %s', (_case, sent, why) => {
    expect(identify(sent, teams)).toEqual({ kind: 'unidentified', why });
  });

  it('identifies someone in the tenant but in no setting as a person holding no role', () => {
    expect(identify(activity({ tenant: TENANT, aadObjectId: '00000000-0000-4000-8000-000000000999' }), teams)).toMatchObject({ kind: 'person', holds: [] });
  });
});

describe('the web chat outside Teams, through Direct Line (an app id and DIRECT_LINE_SECRET)', () => {
  const withDirectLine: IdentityPolicy = { ...teams, directLineWebChat: true };
  const dl = (fromId: string, channelId = 'directline') => ({ channelId, from: { id: fromId, name: '' }, conversation: { id: 'fictional-dl-conversation', name: '', isGroup: false, conversationType: '' } });

  it('serves a user the server bound into its token (dl_…) as a person holding no role, with their own owner key', () => {
    const sent = dl('dl_fictional-browser-1');
    expect(identify(sent, withDirectLine)).toEqual({ kind: 'person', ownerKey: ownerKeyOf(sent), holds: [] });
    expect(identify(dl('dl_fictional-browser-2'), withDirectLine)).not.toEqual(identify(sent, withDirectLine));
  });

  it.each([
    ['a user id the server did not bind', dl('fictional-user')],
    ['the bare prefix', dl('dl_')],
  ])('refuses %s', (_case, sent) => {
    expect(identify(sent, withDirectLine)).toEqual({ kind: 'unidentified', why: 'notBoundUser' });
  });

  it('refuses Direct Line users when the deployment does not run the web chat through Direct Line, and other channels still need a tenant', () => {
    expect(identify(dl('dl_fictional-browser-1'), teams)).toEqual({ kind: 'unidentified', why: 'tenantNotAllowed' });
    expect(identify(dl('dl_fictional-browser-1', 'webchat'), withDirectLine)).toEqual({ kind: 'unidentified', why: 'tenantNotAllowed' });
  });
});

describe('locally (no app id)', () => {
  it('is the development identity for every user, each keeping their own owner key', () => {
    const policy = identityPolicyOf({ ...loadConfig({}).access, devIdentity: 'quirkfield-dsl' }, false, directory);
    const first = { channelId: 'webchat', from: { id: 'dl_fictional-browser-1', name: '' }, conversation: { id: 'c1', name: '', isGroup: false, conversationType: 'personal' } };
    const second = { channelId: 'webchat', from: { id: 'dl_fictional-browser-2', name: '' }, conversation: { id: 'c2', name: '', isGroup: false, conversationType: 'personal' } };
    const a = identify(first, policy);
    const b = identify(second, policy);
    expect(a).toEqual({ kind: 'person', ownerKey: ownerKeyOf(first), holds: [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }] });
    expect(b.kind === 'person' && b.ownerKey).toBe(ownerKeyOf(second));
  });

  it('without DEV_IDENTITY, is a local user holding no role, and Teams-shaped activities are not checked for a tenant', () => {
    const policy = identityPolicyOf(loadConfig({}).access, false, directory);
    expect(identify(activity({}), policy)).toMatchObject({ kind: 'person', holds: [] });
  });

  it('takes DEV_IDENTITY as a name or an object id, and a member through a group', () => {
    const byId = identityPolicyOf({ ...loadConfig({}).access, devIdentity: TEACHER }, false, directory);
    expect(identify(activity({}), byId)).toMatchObject({ holds: [{ settingId: 'quirkfield-academy', role: 'member' }] });
  });

  it('stops the start when DEV_IDENTITY names nobody in the settings file', () => {
    expect(() => identityPolicyOf({ ...loadConfig({}).access, devIdentity: 'nobody-here' }, false, directory)).toThrow(
      new ConfigError(['DEV_IDENTITY: nobody named "nobody-here" is in the settings file docs/settings.example.json (give a person\'s "name" or object id)']),
    );
  });
});

describe('the configuration', () => {
  const production = { MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 's' };

  it('uses the fictional example settings for a local start with no SETTINGS_FILE', () => {
    expect(loadConfig({}).access).toEqual({ settingsFile: 'docs/settings.example.json', settingsIsExample: true, allowedTenantIds: [], devIdentity: undefined });
  });

  it.each([
    [{ ...production, SETTINGS_FILE: 'settings.json' }, 'ALLOWED_TENANT_IDS: required when MICROSOFT_APP_ID is set'],
    [{ ...production, ALLOWED_TENANT_IDS: TENANT }, 'SETTINGS_FILE: required when MICROSOFT_APP_ID is set'],
    [{ ...production, ...TEST_PRODUCTION_ACCESS, DEV_IDENTITY: 'quirkfield-dsl' }, 'DEV_IDENTITY: a development identity is for the local web chat only'],
    [{ ALLOWED_TENANT_IDS: `${TENANT},contoso` }, 'ALLOWED_TENANT_IDS.1: Entra tenant ids (GUIDs), comma-separated'],
  ])('stops the start naming what is wrong: %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('reads the allowed tenants as lower-case GUIDs, spaces and empty entries dropped', () => {
    const config = loadConfig({ ...production, SETTINGS_FILE: 'settings.json', ALLOWED_TENANT_IDS: ` ${TENANT.toUpperCase()} , ,${OTHER_TENANT}` });
    expect(config.access).toEqual({ settingsFile: 'settings.json', settingsIsExample: false, allowedTenantIds: [TENANT, OTHER_TENANT], devIdentity: undefined });
  });
});
