import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { alertsOfSubmission } from '../../bot/alerts/alertsOfSubmission';
import { AssistantBot } from '../../bot/assistantBot';
import { graphClient } from '../../bot/graph/graphClient';
import { graphMembership, type GraphMembership } from '../../bot/graph/graphMembership';
import { createI18n, translatorFor } from '../../bot/i18n';
import { auditIdentityRefused, identify, objectIdOf, type IdentityPolicy } from '../../bot/identity';
import { createLogger } from '../../bot/logger';
import { groupSnapshot } from '../../bot/settings/groupSnapshot';
import { graphGroupIdsOf, loadSettings } from '../../bot/settings/loadSettings';
import type { SettingsDirectory } from '../../bot/settings/settingsDirectory';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { parseJsonObjectText, type Storage } from '../../bot/storage/types';
import { concernRecordForm } from '../../dialogs/forms/concernRecord.form';
import { FORM_EXPORTERS } from '../../dialogs/forms/exporters';
import { submissionDocuments } from '../../dialogs/forms/export/submissionDocuments';
import { completedPayload } from '../support/completedForms';
import { startGraphStandIn, type GraphStandIn } from '../support/graphStandIn';
import { encryptedTurnRunner, testAuditActorOf } from '../support/turnRunner';

/**
 * A school that names its safeguarding team's Entra group, with GRAPH_GROUPS=on: through the real
 * handler and turn runner, as Teams sends activities after the token check, a member of that group
 * (nested two groups down, as Entra holds it) acts as the school's lead (Records for me, opening a
 * record routed to the lead) and is owed the record's alert; a colleague in the tenant who is not in
 * the group is refused as anyone without the role is; and once Entra removes the lead from the group,
 * the next refresh refuses them too. Membership comes from a loopback stand-in for Graph. All fictional.
 */

const TENANT = '00000000-0000-4000-8000-00000000beef';
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEACHER = id(1);
const GRAPH_LEAD = id(2);
const NOT_IN_GROUP = id(3);
const SAFEGUARDING_TEAM = id(900);
const DSL_GROUP = id(901);
const NOT_FOUND = 'That submission cannot be found';

let standIn: GraphStandIn;
let storage: Storage;
let directory: SettingsDirectory;
let membership: GraphMembership;
let adapter: TestAdapter;
let reference: string;

beforeAll(async () => {
  standIn = await startGraphStandIn({ [SAFEGUARDING_TEAM]: [{ group: DSL_GROUP }], [DSL_GROUP]: [{ user: GRAPH_LEAD }] });
  const settingsFile = join(mkdtempSync(join(tmpdir(), 'cse-graph-lead-')), 'settings.json');
  writeFileSync(
    settingsFile,
    JSON.stringify({
      version: 1,
      settings: [
        {
          id: 'quirkfield-academy',
          kind: 'school',
          displayName: 'Quirkfield Academy (fictional)',
          members: [{ objectId: TEACHER }, { objectId: NOT_IN_GROUP }],
          leads: [{ groupId: SAFEGUARDING_TEAM }],
          routes: { 'form.concernRecord': [{ role: 'lead' }] },
        },
      ],
    }),
  );
  const logger = createLogger('silent');
  const snapshot = groupSnapshot(24 * 3_600_000);
  directory = loadSettings(settingsFile, snapshot);
  membership = graphMembership({
    groupIds: graphGroupIdsOf(directory.file),
    client: graphClient({ login: standIn.url, graph: `${standIn.url}/v1.0` }, { tenantId: standIn.tenantId, clientId: standIn.clientId, clientSecret: standIn.clientSecret }),
    snapshot,
    logger,
    refreshMs: 15 * 60_000,
  });
  const i18n = await createI18n();
  const wired = encryptedTurnRunner(openEmbeddedStorage(':memory:'), {
    logger,
    documents: submissionDocuments(FORM_EXPORTERS),
    translatorFor: (locale) => translatorFor(i18n, locale),
    recipientsOf: (formKind, submitter) => directory.recipientsOf(formKind, submitter),
  });
  storage = wired.storage;
  const policy: IdentityPolicy = { production: true, allowedTenantIds: [TENANT], directory, devObjectId: undefined };
  const access = {
    identify: (a: Partial<Activity>) => identify(a, policy),
    refused: (a: Partial<Activity>, why: string) => auditIdentityRefused(a, why, { storage, auditActorOf: testAuditActorOf, logger, now: new Date() }),
    objectIdOf: (a: Partial<Activity>) => objectIdOf(a, policy),
  };
  const bot = new AssistantBot(wired.runTurn, i18n, logger, access);
  adapter = new TestAdapter((context) => bot.run(context), { channelId: 'msteams', conversation: { id: 'a:fictional-personal-chat', isGroup: false, conversationType: 'personal', name: '' } });
  const teacherHolds = directory.holdsOf(TEACHER);
  ({ reference } = await storage.submissions.submit({
    idempotencyKey: 'form-instance-fictional-graph-1',
    kind: 'form.concernRecord',
    ownerKey: 'owner-fictional-teacher',
    payload: parseJsonObjectText(JSON.stringify(completedPayload(concernRecordForm, 'minimal'))),
    createdAt: new Date('2031-03-05T09:00:00Z'),
    routedTo: directory.recipientsOf('form.concernRecord', teacherHolds),
  }));
});

afterAll(async () => {
  await membership.stop();
  await storage.close();
  await standIn.close();
});

/** What one person in the tenant sees after sending this, as the text of the cards. */
async function send(objectId: string, activity: Partial<Activity>): Promise<string> {
  await adapter.processActivity({ locale: 'en-GB', from: { id: `29:fictional-${objectId}`, name: '', aadObjectId: objectId }, channelData: { tenant: { id: TENANT } }, ...activity });
  return JSON.stringify(adapter.activeQueue.splice(0).map((a) => a.attachments));
}
const say = (objectId: string, text: string) => send(objectId, { type: 'message', text });
const open = (objectId: string) => send(objectId, { type: 'message', value: { event: 'submission.opened', reference } });

it('before Graph has been read, the group has nobody: the lead is refused as anyone without the role', async () => {
  expect(await say(GRAPH_LEAD, 'records for me')).toContain('Records for me is for the people records are sent to');
  expect(await open(GRAPH_LEAD)).toContain(NOT_FOUND);
});

it('once read, a member of the Graph group (through a nested group) acts as the school’s lead, and is owed the alert', async () => {
  expect((await membership.refresh()).failed).toEqual([]);
  expect(directory.holdsOf(GRAPH_LEAD)).toEqual([{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }]);
  const forMe = await say(GRAPH_LEAD, 'records for me');
  expect(forMe).toContain('Records for me');
  expect(forMe).toContain(reference);
  const opened = await open(GRAPH_LEAD);
  expect(opened).toContain('Your work on this record');
  expect(opened).toContain('Acknowledge');
  const alerts = alertsOfSubmission(directory, { escalateAfterMinutes: 120 })(
    { kind: 'form.concernRecord', idempotencyKey: 'form-instance-fictional-graph-2' },
    { actor: { kind: 'person', ownerKey: 'owner-fictional-teacher', holds: directory.holdsOf(TEACHER) }, objectId: TEACHER },
    new Date('2031-03-05T09:00:00Z'),
  );
  expect(alerts.map((a) => a.recipientObjectId)).toEqual([GRAPH_LEAD]);
});

it('a colleague in the tenant who is not in the group is refused, and the refusal is audited', async () => {
  expect(await say(NOT_IN_GROUP, 'records for me')).toContain('Records for me is for the people records are sent to');
  const refused = await open(NOT_IN_GROUP);
  expect(refused).toContain(NOT_FOUND);
  expect(refused).not.toContain('Your work on this record');
  expect((await storage.audit.listBySubject(reference)).map((e) => e.action)).toContain('submission.refused.read');
});

it('when Entra removes the lead from the group, the next refresh refuses them; a failed refresh after that changes nothing', async () => {
  standIn.groups.set(DSL_GROUP, [{ user: id(4) }]);
  await membership.refresh();
  expect(await say(GRAPH_LEAD, 'records for me')).toContain('Records for me is for the people records are sent to');
  expect(await open(GRAPH_LEAD)).toContain(NOT_FOUND);
  standIn.script.push({ to: 'graph', status: 500 });
  expect((await membership.refresh()).failed).toEqual([SAFEGUARDING_TEAM]);
  expect(directory.peopleOf([{ settingId: 'quirkfield-academy', role: 'lead' }])).toEqual([id(4)]);
});
