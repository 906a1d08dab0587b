import { TestAdapter, type Activity } from 'botbuilder';
import { AssistantBot } from '../../bot/assistantBot';
import { auditActorKeyer } from '../../bot/auditActor';
import { createI18n } from '../../bot/i18n';
import { auditIdentityRefused, identify, type IdentityPolicy } from '../../bot/identity';
import { createLogger } from '../../bot/logger';
import { ownerKeyOf } from '../../bot/ownerKey';
import { loadSettings } from '../../bot/settings/loadSettings';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import type { Storage } from '../../bot/storage/types';
import type { TurnRequest, TurnRunner } from '../../bot/turnRunner';
import { noticeView } from '../../dialogs/views';
import { TEST_AUDIT_KEY_SECRET } from '../support/testKeys';

/**
 * Teams with an app id: the bot, after the adapter's token check, refuses an activity from a tenant
 * not allowed (or with no Entra object id) with one polite card, stores nothing, audits the refusal by
 * a salted key, and answers an invoke 403; an allowed user's turn runs with their roles.
 */

const TENANT = '00000000-0000-4000-8000-00000000beef';
const OTHER_TENANT = '00000000-0000-4000-8000-00000000cafe';
const LEAD = '00000000-0000-4000-8000-0000000000a2';
const REFUSAL_TITLE = 'I cannot help you in this organisation';

interface Harness {
  adapter: TestAdapter;
  storage: Storage;
  turns: TurnRequest[];
}

async function harness(): Promise<Harness> {
  const storage = openEmbeddedStorage(':memory:');
  const policy: IdentityPolicy = { production: true, allowedTenantIds: [TENANT], directory: loadSettings('docs/settings.example.json'), devObjectId: undefined };
  const logger = createLogger('silent');
  const auditActorOf = auditActorKeyer(TEST_AUDIT_KEY_SECRET);
  const turns: TurnRequest[] = [];
  const runTurn: TurnRunner = (request) => {
    turns.push(request);
    return Promise.resolve([noticeView('busy', 'info', [])]);
  };
  const access = { identify: (a: Partial<Activity>) => identify(a, policy), refused: (a: Partial<Activity>, why: string) => auditIdentityRefused(a, why, { storage, auditActorOf, logger, now: new Date() }) };
  const bot = new AssistantBot(runTurn, await createI18n(), logger, access);
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: 'msteams', conversation: { id: 'a:fictional-conversation', isGroup: false, conversationType: 'personal', name: '' } });
  return { adapter, storage, turns };
}

const from = (aadObjectId?: string) => ({ id: '29:fictional-teams-user', name: '', ...(aadObjectId === undefined ? {} : { aadObjectId }) });
const message = (tenant: string, aadObjectId?: string): Partial<Activity> => ({ type: 'message', text: 'hello', locale: 'en-GB', from: from(aadObjectId), channelData: { tenant: { id: tenant } } });

describe('a Teams activity from someone not identified', () => {
  it.each([
    ['another tenant', message(OTHER_TENANT, LEAD), 'identity:tenantNotAllowed'],
    ['no Entra object id', message(TENANT), 'identity:noObjectId'],
  ])('from %s gets one polite card; nothing runs or is stored; the refusal is audited by a salted key', async (_case, activity, subject) => {
    const { adapter, storage, turns } = await harness();
    await adapter.processActivity(activity);
    const replies = adapter.activeQueue.splice(0);
    expect(replies).toHaveLength(1);
    const card = JSON.stringify(replies[0]?.attachments);
    expect(card).toContain(REFUSAL_TITLE);
    expect(card).toContain('Nothing you sent has been kept.');
    expect(card).toContain('If a child is in danger now, call 999');
    expect(turns).toEqual([]);
    expect((await storage.conversations.load('a:fictional-conversation', new Date())).revision).toBe(0);
    const audited = await storage.audit.listBySubject(subject);
    expect(audited).toHaveLength(1);
    const entry = audited[0];
    expect(entry?.action).toBe('identity.refused');
    expect(entry?.actorKey).toBe(auditActorKeyer(TEST_AUDIT_KEY_SECRET)(ownerKeyOf({ channelId: 'msteams', from: from(activity.from?.aadObjectId) })));
    expect(JSON.stringify(entry)).not.toContain(OTHER_TENANT);
    expect(JSON.stringify(entry)).not.toContain('29:fictional-teams-user');
    await storage.close();
  });

  it('is answered nothing for an activity the assistant would not answer (typing), and nothing is audited', async () => {
    const { adapter, storage, turns } = await harness();
    await adapter.processActivity({ type: 'typing', from: from(LEAD), channelData: { tenant: { id: OTHER_TENANT } } });
    expect(adapter.activeQueue.splice(0)).toEqual([]);
    expect(turns).toEqual([]);
    expect(await storage.audit.listBySubject('identity:tenantNotAllowed')).toEqual([]);
    await storage.close();
  });

  it('gets 403 for an invoke (a Teams file card answer), audited', async () => {
    const { adapter, storage, turns } = await harness();
    await adapter.processActivity({ type: 'invoke', name: 'fileConsent/invoke', value: { action: 'accept' }, from: from(LEAD), channelData: { tenant: { id: OTHER_TENANT } } });
    const replies = adapter.activeQueue.splice(0);
    expect(replies.map((r) => r.type)).toEqual(['invokeResponse']);
    expect(replies[0]?.value).toEqual({ status: 403 });
    expect(turns).toEqual([]);
    expect((await storage.audit.listBySubject('identity:tenantNotAllowed')).map((e) => e.action)).toEqual(['identity.refused']);
    await storage.close();
  });
});

it('runs an allowed Teams user’s turn as them, with the roles the settings file gives', async () => {
  const { adapter, storage, turns } = await harness();
  await adapter.processActivity(message(TENANT, LEAD));
  expect(turns).toHaveLength(1);
  expect(turns[0]?.actor).toEqual({ kind: 'person', ownerKey: turns[0]?.ownerKey, holds: [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }] });
  expect(await storage.audit.listBySubject('identity:tenantNotAllowed')).toEqual([]);
  await storage.close();
});
