import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { auditActorKeyer } from '../../bot/auditActor';
import { profileLinkTokens } from '../../bot/exports/profileLinkToken';
import { createLogger } from '../../bot/logger';
import { PROFILE_AUDIT_SUBJECT } from '../../bot/problemProfile';
import { PROFILE_EXPORT_PATH, registerProfileExport } from '../../bot/routes/profileExport';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { parseJsonObjectText, type Storage, type SubmissionRecord } from '../../bot/storage/types';
import type { HeldRole, RecordAccess } from '../../dialogs/access/access.schema';
import { maseInformationForm } from '../../dialogs/forms/maseInformation.form';
import { strictT } from '../support/i18n';
import { everyFieldForm, maseForm, plantedValues } from '../support/maseProfileForms';
import { PERSONAL_TEST_VALUES } from '../support/personalTestValues';
import { TEST_AUDIT_KEY_SECRET } from '../support/testKeys';

/**
 * The problem profile's CSV download over HTTP: a genuine link gives the file, counted as its roles
 * allow when it is fetched, and is audited; a forged, widened, expired or role-less link does not.
 */

const NOW = new Date('2026-06-15T12:00:00Z');
const SECRET = 'a fictional link secret of at least thirty-two characters';
const COORDINATOR: HeldRole[] = [{ settingId: 'fizzlewick-mase', settingKind: 'mase', role: 'maseCoordinator' }];
const LEAD: HeldRole[] = [{ settingId: 'quirkfield-academy', settingKind: 'school', role: 'lead' }];
const routedByTest = (record: SubmissionRecord): RecordAccess => ({
  ownerKey: record.ownerKey,
  formKind: record.kind,
  routedTo: record.ownerKey === 'routed-social-worker' ? [{ settingId: 'fizzlewick-mase', role: 'maseCoordinator' }] : [],
});
const actorKey = auditActorKeyer(TEST_AUDIT_KEY_SECRET)('owner-coordinator');

describe('GET /exports/profile?token=<token>', () => {
  let storage: Storage;
  let server: Server;
  let base: string;
  let clock = NOW;
  const tokens = profileLinkTokens(SECRET, 10 * 60_000);
  const get = (token: string) => fetch(`${base}${PROFILE_EXPORT_PATH}?token=${encodeURIComponent(token)}`);

  beforeAll(async () => {
    storage = openEmbeddedStorage(':memory:');
    const forms = [
      ...Array.from({ length: 5 }, () => ['routed-social-worker', maseForm({ at: '2026-06-02T09:00:00Z', themes: ['countyLines'] })] as const),
      ['routed-social-worker', everyFieldForm('2026-06-03T09:00:00Z')] as const,
      ...Array.from({ length: 6 }, () => ['elsewhere', maseForm({ at: '2026-06-02T09:00:00Z', themes: ['radicalisation'] })] as const),
    ];
    for (const [i, [ownerKey, form]] of forms.entries()) {
      await storage.submissions.submit({ idempotencyKey: `mase-${i}`, kind: maseInformationForm.id, ownerKey, payload: parseJsonObjectText(JSON.stringify(form.payload)), createdAt: form.createdAt });
    }
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    registerProfileExport(server, { storage, tokens, t: await strictT(), auditActorOf: auditActorKeyer(TEST_AUDIT_KEY_SECRET), logger: createLogger('silent'), recordAccess: routedByTest, clock: () => clock });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  });

  beforeEach(() => {
    clock = NOW;
  });

  test('a genuine link gives the CSV of the forms its roles may read, named by its months, and is audited', async () => {
    const response = await get(tokens.sign({ months: 3, holds: COORDINATOR, actorKey }, NOW));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mase-problem-profile-2026-04-to-2026-06.csv"');
    const csv = await response.text();
    expect(csv).toContain('Month submitted,2026-06,6\r\n');
    expect(csv).toContain('Theme,County lines,6\r\n');
    // The 6 forms not routed to this MASE are not counted.
    expect(csv).toContain('Theme,Radicalisation,fewer than 5\r\n');
    for (const value of [...plantedValues(), ...PERSONAL_TEST_VALUES]) expect(csv).not.toContain(value);
    await expect(storage.audit.listBySubject(PROFILE_AUDIT_SUBJECT(3))).resolves.toEqual([{ at: NOW, actorKey, action: 'profile.exported', subject: 'problemProfile.3m' }]);
  });

  test('a link widened to another period or other roles, a malformed one, or one for someone without the role: 404, nothing audited', async () => {
    const genuine = tokens.sign({ months: 3, holds: COORDINATOR, actorKey }, NOW);
    const [, expiry, grant, mac] = genuine.split('.');
    const widenedGrant = Buffer.from(JSON.stringify({ a: actorKey, h: [...COORDINATOR, { settingId: 'quirkfield-mase', settingKind: 'mase', role: 'analyst' }] })).toString('base64url');
    const forged = profileLinkTokens('another secret of at least thirty-two characters!!', 600_000).sign({ months: 12, holds: COORDINATOR, actorKey }, NOW);
    for (const token of [`12.${expiry}.${grant}.${mac}`, `3.${expiry}.${widenedGrant}.${mac}`, forged, 'not-a-token', tokens.sign({ months: 12, holds: LEAD, actorKey }, NOW)]) {
      expect((await get(token)).status).toBe(404);
    }
    await expect(storage.audit.listBySubject(PROFILE_AUDIT_SUBJECT(12))).resolves.toEqual([]);
  });

  test('a genuine link past its time: 410', async () => {
    const token = tokens.sign({ months: 6, holds: COORDINATOR, actorKey }, NOW);
    clock = new Date(NOW.getTime() + 10 * 60_000 + 1_000);
    expect((await get(token)).status).toBe(410);
  });
});
