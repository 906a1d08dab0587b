import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { auditActorKeyer } from '../../bot/auditActor';
import { exportTokens } from '../../bot/exports/exportToken';
import { ownerKeyOf } from '../../bot/ownerKey';
import { loadSettings } from '../../bot/settings/loadSettings';
import type { Storage } from '../../bot/storage/types';
import type { Recipient } from '../../dialogs/access/access.schema';
import { actionTitles, announceSkippedStores, chat, dropDatabase, headings, openStore, startTestAssistant, STORES, type Card, type TestAssistant } from '../support/assistant';
import { fixtureForm, fixturePayload } from '../support/fixtureForm';
import { TEST_AUDIT_KEY_SECRET, TEST_EXPORT_LINK_SECRET } from '../support/testKeys';

/**
 * Download links for whoever may export a record, over HTTP: a link is signed for the person who
 * asked (the record's owner, or a lead it was routed to) and, when it is fetched, decide is asked
 * again with the roles the settings give that person then. The owner and the lead download; a lead
 * whose role has since been removed, an analyst (who exports nothing) and a stranger get 403; a
 * reader moved onto another record 404; an expired link 410. Each download and refusal is audited.
 */

announceSkippedStores();
jest.setTimeout(60_000);

const EXAMPLE_SETTINGS = join(__dirname, '../../docs/settings.example.json');
const TEACHER = 'user-fictional-downloads-teacher';
const LEAD = 'user-fictional-downloads-lead';
const ANALYST = 'user-fictional-downloads-analyst';
const STRANGER = 'user-fictional-downloads-stranger';
const ownerKey = (userId: string): string => ownerKeyOf({ channelId: 'test', from: { id: userId, name: '' } });
const actorKey = (userId: string): string => auditActorKeyer(TEST_AUDIT_KEY_SECRET)(ownerKey(userId));
const directory = loadSettings(EXAMPLE_SETTINGS);
const objectIdOf = (name: string): string => directory.personNamed(name)?.toLowerCase() ?? '';
const tokens = exportTokens(TEST_EXPORT_LINK_SECRET, 10 * 60_000);

/** The example settings with the school's lead moved to its members (a fictional acting lead leads instead): their role has been removed. */
function settingsWithLeadRemoved(): string {
  const file = z.object({ settings: z.array(z.looseObject({ id: z.string(), members: z.array(z.unknown()).optional(), leads: z.array(z.unknown()).optional() })) }).loose().parse(JSON.parse(readFileSync(EXAMPLE_SETTINGS, 'utf8')));
  const school = file.settings.find((setting) => setting.id === 'quirkfield-academy');
  if (school === undefined) throw new Error('no school in the example settings');
  school.members = [...(school.members ?? []), ...(school.leads ?? [])];
  school.leads = [{ objectId: '00000000-0000-4000-8000-0000000000d1', name: 'quirkfield-acting-dsl' }];
  const path = join(mkdtempSync(join(tmpdir(), 'cse-settings-')), 'settings.json');
  writeFileSync(path, JSON.stringify({ ...file, $schema: undefined }));
  return path;
}

/** Every OpenUrl action's URL with its title. */
function links(cards: Card[]): Array<{ title: string; url: string }> {
  return [...JSON.stringify(cards).matchAll(/"type":"Action\.OpenUrl","title":"([^"]*)","url":"([^"]*)"/g)].map((match) => ({ title: match[1] ?? '', url: match[2] ?? '' }));
}

describe.each(STORES)('download links for the owner and a lead (%s store)', (store) => {
  const apps: Record<'teacher' | 'lead' | 'analyst' | 'leadRemoved', TestAssistant | undefined> = { teacher: undefined, lead: undefined, analyst: undefined, leadRemoved: undefined };
  const app = (name: keyof typeof apps): TestAssistant => {
    const found = apps[name];
    if (found === undefined) throw new Error(`${name} is not running`);
    return found;
  };
  let side: Storage;
  let concern = '';
  let maseRecord = '';
  const database = `it_leaddl_${Date.now()}`;
  const dataFile = join(mkdtempSync(join(tmpdir(), 'cse-lead-downloads-')), 'assistant.db');
  const shared: Record<string, string> = store === 'embedded' ? { DATA_FILE: dataFile } : { MONGODB_DB: database };
  const wiring = { forms: [fixtureForm] };

  beforeAll(async () => {
    apps.teacher = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'quirkfield-teacher' }, database, wiring);
    apps.lead = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'quirkfield-dsl' }, database, wiring);
    apps.analyst = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'fizzlewick-analyst' }, database, wiring);
    apps.leadRemoved = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'quirkfield-dsl', SETTINGS_FILE: settingsWithLeadRemoved() }, database, wiring);
    side = await openStore(store, dataFile, database);
    const submit = async (key: string, routedTo: Recipient[]) =>
      (await side.submissions.submit({ idempotencyKey: `${key}-${database}`, kind: fixtureForm.definition.id, ownerKey: ownerKey(TEACHER), payload: fixturePayload('Zelda Quirkfield'), createdAt: new Date(), routedTo })).reference;
    concern = await submit('concern', [{ settingId: 'quirkfield-academy', role: 'lead' }]);
    maseRecord = await submit('mase', [{ settingId: 'fizzlewick-mase', role: 'analyst' }]);
  });
  afterAll(async () => {
    await side.close();
    for (const running of Object.values(apps)) await running?.stop();
    await dropDatabase(store, database);
  });

  const get = async (on: TestAssistant, url: string) => {
    const response = await fetch(`${on.url}${url}`);
    return { status: response.status, body: response.status === 200 ? Buffer.from(await response.arrayBuffer()) : z.unknown().parse(await response.json()) };
  };
  const forbidden = { status: 403, body: { error: 'forbidden', message: 'This request is not allowed here.' } };
  const auditOf = async (reference: string) => (await side.audit.listBySubject(reference)).map((entry) => [entry.action, entry.actorKey]);
  const linkOn = (cards: Card[]): string => {
    const url = links(cards).find((link) => link.title === 'Download (Word)')?.url;
    if (url === undefined) throw new Error(`no download link among: ${actionTitles(cards).join(' | ')}`);
    return url;
  };

  it('the owner downloads their record by the link on My submissions, audited under their key', async () => {
    const url = linkOn(await chat(app('teacher').url, undefined, TEACHER).say('my submissions'));
    expect(url.startsWith(`/exports/${concern}.`) || url.startsWith(`/exports/${maseRecord}.`)).toBe(true);
    expect((await get(app('teacher'), url)).status).toBe(200);
    expect([...(await auditOf(concern)), ...(await auditOf(maseRecord))]).toContainEqual(['submission.downloaded', actorKey(TEACHER)]);
  });

  it('a lead the record was routed to is offered a link on opening it, and downloads it under their own key', async () => {
    const opened = await chat(app('lead').url, undefined, LEAD).send({ value: { event: 'submission.opened', reference: concern } });
    expect(headings(opened)).toContain('Fixture concern record');
    const url = linkOn(opened);
    expect(url).toMatch(new RegExp(`^/exports/${concern}\\.`));
    const answer = await get(app('lead'), url);
    expect(answer.status).toBe(200);
    expect(Buffer.isBuffer(answer.body) && answer.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await auditOf(concern)).toContainEqual(['submission.downloaded', actorKey(LEAD)]);
  });

  it('a lead whose role has since been removed gets 403 for the same link, audited as a refused export under their key', async () => {
    const url = linkOn(await chat(app('lead').url, undefined, LEAD).send({ value: { event: 'submission.opened', reference: concern } }));
    expect(await get(app('leadRemoved'), url)).toEqual(forbidden);
    expect(await auditOf(concern)).toContainEqual(['submission.refused.export', actorKey(LEAD)]);
    // Where the settings still make them the lead, the link still opens.
    expect((await get(app('lead'), url)).status).toBe(200);
  });

  it('an analyst is offered no link for what is routed to them, and a link signed for them gets 403: analysts export nothing', async () => {
    const opened = await chat(app('analyst').url, undefined, ANALYST).send({ value: { event: 'submission.opened', reference: maseRecord } });
    expect(headings(opened)).toContain('Fixture concern record');
    expect(links(opened)).toEqual([]);
    expect(actionTitles(opened)).not.toContain('Copy as text');
    const signed = `/exports/${tokens.sign(maseRecord, { ownerKey: ownerKey(ANALYST), objectId: objectIdOf('fizzlewick-analyst') }, new Date())}`;
    expect(await get(app('analyst'), signed)).toEqual(forbidden);
    expect(await auditOf(maseRecord)).toContainEqual(['submission.refused.export', actorKey(ANALYST)]);
  });

  it('a link for one reader is refused to another: a stranger’s gets 403, and the lead’s reader moved onto another record 404', async () => {
    const stranger = `/exports/${tokens.sign(concern, { ownerKey: ownerKey(STRANGER), objectId: objectIdOf('quirkfield-teaching-assistant') }, new Date())}`;
    expect(await get(app('lead'), stranger)).toEqual(forbidden);
    expect(await auditOf(concern)).toContainEqual(['submission.refused.export', actorKey(STRANGER)]);
    const leads = linkOn(await chat(app('lead').url, undefined, LEAD).send({ value: { event: 'submission.opened', reference: concern } }));
    const moved = leads.replace(concern, maseRecord);
    expect(await get(app('lead'), moved)).toEqual({ status: 404, body: { error: 'not_found', message: 'There is nothing at this address.' } });
  });

  it('a lead’s link past its time gets 410', async () => {
    const expired = `/exports/${tokens.sign(concern, { ownerKey: ownerKey(LEAD), objectId: objectIdOf('quirkfield-dsl') }, new Date(Date.now() - 11 * 60_000))}`;
    expect(await get(app('lead'), expired)).toEqual({ status: 410, body: { error: 'gone', message: 'This link has expired. Ask for the file again.' } });
  });
});
