import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { chartDrawer } from '../../bot/chart/drawChart';
import { profileLinkTokens } from '../../bot/exports/profileLinkToken';
import { PROFILE_AUDIT_SUBJECT } from '../../bot/problemProfile';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import { parseJsonObjectText, type Storage, type SubmissionRecord } from '../../bot/storage/types';
import type { TurnRequest } from '../../bot/turnRunner';
import { renderView } from '../../cards/render';
import type { Translate, View } from '../../cards/view';
import type { Actor, HeldRole, RecordAccess } from '../../dialogs/access/access.schema';
import type { DomainEvent } from '../../dialogs/events.schema';
import { maseInformationForm } from '../../dialogs/forms/maseInformation.form';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';
import { everyFieldForm, maseForm, plantedValues } from '../support/maseProfileForms';
import { PERSONAL_TEST_VALUES } from '../support/personalTestValues';
import { readPng } from '../support/pngReader';
import { encryptedTurnRunner, protocolKnowledge, testAuditActorOf as auditActorOf } from '../support/turnRunner';

/**
 * The problem profile through the turn runner, on the store as wired (encrypted at rest): who is
 * offered it and who is refused, that only the MASE forms routed to the asker are counted, and what
 * is audited. Submissions do not store where they were routed yet (bot/recordAccess.ts routes every
 * record to nobody), so the test gives the runner its own recordAccess: the forms of owners named
 * "routed-…" go to Fizzlewick MASE's coordinator and analyst.
 */

const NOW = new Date('2026-06-15T12:00:00Z');
const MASE = 'fizzlewick-mase';
const held = (role: HeldRole['role'], settingId = MASE, settingKind: HeldRole['settingKind'] = 'mase'): HeldRole => ({ settingId, settingKind, role });
const person = (ownerKey: string, holds: HeldRole[]): Actor => ({ kind: 'person', ownerKey, holds });
const COORDINATOR = person('owner-coordinator', [held('maseCoordinator')]);
const ANALYST = person('owner-analyst', [held('analyst')]);
const OTHER_MASE_ANALYST = person('owner-other-analyst', [held('analyst', 'quirkfield-mase')]);
const SCHOOL_LEAD = person('owner-lead', [held('lead', 'quirkfield-academy', 'school')]);

const routedByTest = (record: SubmissionRecord): RecordAccess => ({
  ownerKey: record.ownerKey,
  formKind: record.kind,
  routedTo: record.ownerKey.startsWith('routed-') ? [{ settingId: MASE, role: 'maseCoordinator' }, { settingId: MASE, role: 'analyst' }] : [],
});

const links = profileLinkTokens('a fictional link secret of at least thirty-two characters', 600_000);

async function seed(storage: Storage): Promise<void> {
  const forms = [
    ...Array.from({ length: 5 }, (_, i) => ['routed-social-worker', maseForm({ at: '2026-06-02T09:00:00Z', themes: ['countyLines'], models: ['county-lines'], locations: ['hotel'], victims: [{ age: '14' }] }), i] as const),
    ...Array.from({ length: 2 }, (_, i) => ['routed-social-worker', everyFieldForm('2026-05-20T09:00:00Z'), i + 5] as const),
    // Not routed to this MASE: never counted, however many.
    ...Array.from({ length: 7 }, (_, i) => ['elsewhere-social-worker', maseForm({ at: '2026-06-03T09:00:00Z', themes: ['radicalisation'] }), i + 7] as const),
  ];
  for (const [ownerKey, form, i] of forms) {
    await storage.submissions.submit({ idempotencyKey: `mase-${i}`, kind: maseInformationForm.id, ownerKey, payload: parseJsonObjectText(JSON.stringify(form.payload)), createdAt: form.createdAt });
  }
  // Another form in the same months: not a MASE form, never read.
  await storage.submissions.submit({ idempotencyKey: 'concern-1', kind: 'form.concernRecord', ownerKey: 'routed-teacher', payload: { schemaVersion: 1, answers: {} }, createdAt: new Date('2026-06-04T09:00:00Z') });
}

const uri = process.env.MONGODB_URI ?? '';
const database = `cse_profile_${randomBytes(4).toString('hex')}`;
const STORES: Array<[string, () => Promise<Storage>]> = [['embedded', async () => openEmbeddedStorage(':memory:')]];
if (uri !== '') STORES.push(['mongodb', () => openMongoStorage({ uri, database })]);
else console.log('problem profile on MongoDB skipped: MONGODB_URI is unset');

describe.each(STORES)('the problem profile through the turn runner (%s)', (_, open) => {
  let storage: Storage;
  let t: Translate;
  let turn: (actor: Actor, event: DomainEvent, channel?: TurnRequest['channel']) => Promise<View[]>;

  beforeAll(async () => {
    t = await strictT();
    const wired = encryptedTurnRunner(await open(), {
      clock: () => NOW,
      problemProfile: { recordAccess: routedByTest },
      profileLinks: links,
      translatorFor: () => t,
      drawChart: chartDrawer(),
      knowledge: protocolKnowledge(),
    });
    storage = wired.storage;
    await seed(storage);
    let activity = 0;
    turn = (actor, event, channel) => {
      activity += 1;
      const ownerKey = actor.kind === 'person' ? actor.ownerKey : 'nobody';
      const request: TurnRequest = { conversationId: `conv-${ownerKey}`, ownerKey, actor, activityId: `activity-${activity}`, event, ...(channel === undefined ? {} : { channel }) };
      return wired.runTurn(request);
    };
  });

  afterAll(async () => {
    await storage.close();
    if (storage.kind === 'mongodb') {
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
      try {
        await client.db(database).dropDatabase();
      } finally {
        await client.close();
      }
    }
  });

  const menuLabels = (views: View[]) => views.flatMap((view) => (view.kind === 'welcome' ? view.menu.map((action) => action.label.key) : []));

  test('the menu offers it to the MASE coordinator and analyst only', async () => {
    for (const actor of [COORDINATOR, ANALYST, OTHER_MASE_ANALYST]) expect(menuLabels(await turn(actor, { event: 'conversation.started' }))).toContain('welcome:problemProfile');
    for (const actor of [SCHOOL_LEAD, person('owner-teacher', [])]) expect(menuLabels(await turn(actor, { event: 'conversation.started' }))).not.toContain('welcome:problemProfile');
  });

  test('"problem profile" shows the last 12 months of the MASE forms routed to the coordinator, and is audited as viewed', async () => {
    const views = await turn(COORDINATOR, { event: 'message.received', text: 'problem profile' });
    const view = views[0];
    if (view?.kind !== 'problemProfile') throw new Error(`expected the profile, got ${view?.kind}`);
    expect([view.months, view.forms]).toEqual([12, 7]);
    const count = (dimension: number, label: string) => view.sections[dimension]?.rows.find((row) => row.label.key.endsWith(label))?.count;
    // Themes: the 5 county lines forms and the 2 with every field filled; radicalisation only on the 2 (fewer than 5), never the 7 not routed here.
    expect(count(1, 'countyLines.label')).toBe(7);
    expect(count(1, 'radicalisation.label')).toBe('fewerThan5');
    const card = renderView(view, t);
    expect(cardProblems(card)).toEqual([]);
    const written = JSON.stringify(card);
    for (const value of [...plantedValues(), ...PERSONAL_TEST_VALUES]) expect(written).not.toContain(value);
    const audit = await storage.audit.listBySubject(PROFILE_AUDIT_SUBJECT(12));
    expect(audit).toContainEqual({ at: NOW, actorKey: auditActorOf(COORDINATOR.kind === 'person' ? COORDINATOR.ownerKey : ''), action: 'profile.viewed', subject: 'problemProfile.12m' });
  });

  test('the card is followed by the months and themes charts, each a PNG drawn from these counts', async () => {
    const views = await turn(COORDINATOR, { event: 'profile.requested', months: 6 });
    expect(views.map((view) => view.kind)).toEqual(['problemProfile', 'profileChart', 'profileChart']);
    for (const chart of views) {
      if (chart.kind !== 'profileChart') continue;
      const image = readPng(Buffer.from(chart.image.url.replace(/^data:image\/png;base64,/, ''), 'base64'));
      expect([image.width, image.height]).toEqual([chart.image.width, chart.image.height]);
      expect(image.colours().size).toBeGreaterThan(20);
      const card = renderView(chart, t);
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28_000);
    }
    const alt = views.map((view) => (view.kind === 'profileChart' ? JSON.stringify(renderView(view, t)) : '')).join('');
    expect(alt).toContain('Bar chart of Month submitted, bars top to bottom: January 2026: 0; February 2026: 0; March 2026: 0; April 2026: 0; May 2026: fewer than 5; June 2026: 5.');
    expect(alt).toContain('County lines: 7; ');
  });

  test('a period of 3 months, and its CSV, audited as exported', async () => {
    const [view] = await turn(ANALYST, { event: 'profile.requested', months: 3 });
    expect(view).toMatchObject({ kind: 'problemProfile', months: 3, forms: 7 });
    const [csv] = await turn(ANALYST, { event: 'profile.csvRequested', months: 3 });
    if (csv?.kind !== 'profileCsv') throw new Error(`expected the CSV, got ${csv?.kind}`);
    expect(csv.filename).toBe('mase-problem-profile-2026-04-to-2026-06.csv');
    expect(csv.text).toContain('Month submitted,2026-06,5\r\n');
    expect(csv.text).toContain('Theme,County lines,7\r\n');
    expect(cardProblems(renderView(csv, t))).toEqual([]);
    const actions = (await storage.audit.listBySubject(PROFILE_AUDIT_SUBJECT(3))).map((entry) => [entry.action, entry.actorKey]);
    expect(actions).toEqual([
      ['profile.viewed', auditActorOf('owner-analyst')],
      ['profile.exported', auditActorOf('owner-analyst')],
    ]);
  });

  test('where files come by link (the web chat), the CSV is offered as a download signed for the asker\'s roles; in a Teams one-to-one chat, as a file card; in a group chat, as text only', async () => {
    const [web] = await turn(COORDINATOR, { event: 'profile.requested', months: 6 }, { id: 'webchat', conversationType: undefined });
    if (web?.kind !== 'problemProfile') throw new Error(`expected the profile, got ${web?.kind}`);
    const url = new URL(web.download?.url ?? '', 'http://assistant.example.test');
    expect(url.pathname).toBe('/exports/profile');
    expect(links.read(url.searchParams.get('token') ?? '')).toMatchObject({ months: 6, holds: [held('maseCoordinator')], actorKey: auditActorOf('owner-coordinator') });
    const [teams] = await turn(COORDINATOR, { event: 'profile.requested', months: 6 }, { id: 'msteams', conversationType: 'personal' });
    expect(teams).toMatchObject({ kind: 'problemProfile', file: { label: { key: 'profile:actions.file' }, data: { event: 'profile.fileRequested', months: 6 } } });
    expect(teams !== undefined && 'download' in teams).toBe(false);
    const [group] = await turn(COORDINATOR, { event: 'profile.requested', months: 6 }, { id: 'msteams', conversationType: 'groupChat' });
    expect(group !== undefined && ('download' in group || 'file' in group)).toBe(false);
  });

  test('in a Teams one-to-one chat, the CSV is offered on a file card stating its size, audited as offered (exported only once uploaded)', async () => {
    const [offer] = await turn(ANALYST, { event: 'profile.fileRequested', months: 3 }, { id: 'msteams', conversationType: 'personal' });
    if (offer?.kind !== 'fileOffer') throw new Error(`expected a file offer, got ${offer?.kind}`);
    expect(offer.about).toEqual({ kind: 'problemProfile', months: 3 });
    expect(offer.filename).toBe('mase-problem-profile-2026-04-to-2026-06.csv');
    const [csv] = await turn(ANALYST, { event: 'profile.csvRequested', months: 3 });
    expect(offer.sizeInBytes).toBe(csv?.kind === 'profileCsv' ? Buffer.byteLength(csv.text, 'utf8') : -1);
    expect(cardProblems(renderView(offer, t))).toEqual([]);
    const audited = (await storage.audit.listBySubject(PROFILE_AUDIT_SUBJECT(3))).map((entry) => entry.action);
    expect(audited).toContain('profile.fileOffered');
  });

  test("another MASE's analyst sees none of these forms", async () => {
    const [view] = await turn(OTHER_MASE_ANALYST, { event: 'profile.requested', months: 12 });
    expect(view).toMatchObject({ kind: 'problemProfile', forms: 0 });
  });

  test('anyone else is told it is for the MASE coordinator and analyst, and the refusal is audited', async () => {
    for (const event of [{ event: 'profile.requested', months: 6 }, { event: 'profile.csvRequested', months: 6 }] as const) {
      const [view] = await turn(SCHOOL_LEAD, event);
      expect(view).toMatchObject({ kind: 'notice', title: { key: 'profile:notices.notForYou.title' } });
    }
    const audit = await storage.audit.listBySubject(PROFILE_AUDIT_SUBJECT(6));
    expect(audit.filter((entry) => entry.actorKey === auditActorOf('owner-lead')).map((entry) => [entry.action, entry.actorKey])).toEqual([
      ['profile.refused', auditActorOf('owner-lead')],
      ['profile.refused', auditActorOf('owner-lead')],
    ]);
  });
});
