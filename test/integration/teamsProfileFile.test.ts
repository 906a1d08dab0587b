import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { auditActorKeyer } from '../../bot/auditActor';
import { ownerKeyOf } from '../../bot/ownerKey';
import { parseJsonObjectText, type Storage } from '../../bot/storage/types';
import { maseInformationForm } from '../../dialogs/forms/maseInformation.form';
import { monthsEndingAt } from '../../dialogs/profile/periods';
import { cardProblems } from '../support/adaptiveCards';
import { actionTitles, allText, announceSkippedStores, dropDatabase, findAction, headings, openStore, startTestAssistant, STORES, type TestAssistant } from '../support/assistant';
import { maseForm, plantedValues } from '../support/maseProfileForms';
import { PERSONAL_TEST_VALUES } from '../support/personalTestValues';
import { attachmentsOf, cardsOf, consentInvoke, FILE_CONSENT, FILE_INFO, invokeStatus, startUploadServer, teamsChat, type TeamsChat, type UploadServer } from '../support/teamsChat';
import { TEST_AUDIT_KEY_SECRET } from '../support/testKeys';

/**
 * The problem profile's CSV in Teams, over HTTP: in a one-to-one chat the MASE coordinator is offered
 * it on Teams' file card; on "Allow" it is counted again as their roles allow and PUT to the upload
 * URL (a loopback server stands in for OneDrive), once per answer, and audited as exported; a school
 * lead answering such a card is refused, and nothing is sent.
 */

announceSkippedStores();
jest.setTimeout(60_000);

const COORDINATOR_USER = 'user-fictional-mase-coordinator';
const LEAD_USER = 'user-fictional-school-lead';
const auditActorOf = auditActorKeyer(TEST_AUDIT_KEY_SECRET);
const actorKeyOf = (userId: string): string => auditActorOf(ownerKeyOf({ channelId: 'msteams', from: { id: userId, name: '' } }));
const consentSchema = z.object({ description: z.string(), sizeInBytes: z.number(), acceptContext: z.object({ profileMonths: z.number(), offerId: z.string() }), declineContext: z.unknown() });
const ROUTED_TO_MASE = [
  { settingId: 'fizzlewick-mase', role: 'maseCoordinator' as const },
  { settingId: 'fizzlewick-mase', role: 'analyst' as const },
];

describe.each(STORES)('the problem profile CSV as a Teams file (%s store)', (store) => {
  let coordinator: TestAssistant;
  let lead: TestAssistant;
  let side: Storage;
  let onedrive: UploadServer;
  const database = `it_profilefile_${Date.now()}`;
  const dataFile = join(mkdtempSync(join(tmpdir(), 'cse-profile-file-')), 'assistant.db');
  const shared: Record<string, string> = store === 'embedded' ? { DATA_FILE: dataFile } : { MONGODB_DB: database };
  const wiring = { allowLoopbackUploads: true };

  beforeAll(async () => {
    onedrive = await startUploadServer();
    coordinator = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'fizzlewick-mase-coordinator' }, database, wiring);
    lead = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'quirkfield-dsl' }, database, wiring);
    side = await openStore(store, dataFile, database);
    // Six MASE forms routed to Fizzlewick MASE, submitted yesterday, all about county lines.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    for (let i = 0; i < 6; i += 1) {
      const form = maseForm({ at: yesterday, themes: ['countyLines'] });
      await side.submissions.submit({ idempotencyKey: `mase-file-${database}-${i}`, kind: maseInformationForm.id, ownerKey: 'fictional-social-worker', payload: parseJsonObjectText(JSON.stringify(form.payload)), createdAt: form.createdAt, routedTo: ROUTED_TO_MASE });
    }
  });
  afterAll(async () => {
    await side.close();
    await coordinator.stop();
    await lead.stop();
    await new Promise<void>((resolve) => onedrive.server.close(() => resolve()));
    await dropDatabase(store, database);
  });

  const auditOf = async (months: number) => (await side.audit.listBySubject(`problemProfile.${months}m`)).map((entry) => [entry.action, entry.actorKey]);
  const uploadInfo = (n: number) => ({ name: `profile-${n}.csv`, uploadUrl: `${onedrive.url}/upload/profile-${n}`, contentUrl: `${onedrive.url}/files/profile-${n}`, uniqueId: `fictional-profile-file-${n}`, fileType: 'csv' });

  /** Opens the profile in a one-to-one chat and asks for its CSV file: Teams' file card and the card beside it. */
  async function offer(chat: TeamsChat) {
    const profile = cardsOf(await chat.send({ text: 'problem profile' }));
    expect(headings(profile)).toEqual(['MASE problem profile']);
    const press = findAction(profile, 'Download the CSV');
    expect(press?.data).toEqual({ event: 'profile.fileRequested', months: 12 });
    const replies = await chat.send({ value: press?.data });
    const [consent] = attachmentsOf(replies, FILE_CONSENT);
    return { replies, consent, card: consentSchema.parse(consent?.content) };
  }

  it('offers the CSV on Teams’ file card in a one-to-one chat, named by its months, with the CSV to copy beside it, audited as offered', async () => {
    const chat = teamsChat(coordinator.url, COORDINATOR_USER, 'personal');
    const { replies, consent, card } = await offer(chat);
    const months = monthsEndingAt(new Date(), 12);
    expect(consent?.name).toBe(`mase-problem-profile-${months[0] ?? ''}-to-${months[11] ?? ''}.csv`);
    expect(card.description).toBe('MASE problem profile');
    expect(card.acceptContext.profileMonths).toBe(12);
    expect(card.declineContext).toEqual(card.acceptContext);
    expect(card.sizeInBytes).toBeGreaterThan(200);
    const cards = cardsOf(replies);
    for (const c of cards) expect(cardProblems(c)).toEqual([]);
    expect(headings(cards)).toEqual(['The problem profile as a CSV file']);
    expect(actionTitles(cards)).toEqual(['Show as CSV', 'Back to the profile', 'Main menu']);
    expect(await auditOf(12)).toEqual(expect.arrayContaining([['profile.viewed', actorKeyOf(COORDINATOR_USER)], ['profile.fileOffered', actorKeyOf(COORDINATOR_USER)]]));
  });

  it('on "Allow", counts it again and puts the CSV to the upload URL once, names the file, and audits the export; a replayed answer does nothing', async () => {
    const chat = teamsChat(coordinator.url, COORDINATOR_USER, 'personal');
    const { card } = await offer(chat);
    const before = onedrive.uploads.length;
    const exportedBefore = (await auditOf(12)).filter(([action]) => action === 'profile.exported').length;
    const invoke = consentInvoke('accept', card.acceptContext, uploadInfo(1));
    const replies = await chat.send(invoke);
    expect(invokeStatus(replies)).toBe(200);
    expect(attachmentsOf(replies, FILE_INFO)).toEqual([{ contentType: FILE_INFO, name: 'profile-1.csv', contentUrl: `${onedrive.url}/files/profile-1`, content: { uniqueId: 'fictional-profile-file-1', fileType: 'csv' } }]);
    const uploads = onedrive.uploads.slice(before);
    expect(uploads.map((u) => [u.method, u.path])).toEqual([['PUT', '/upload/profile-1']]);
    const [upload] = uploads;
    const size = upload?.body.length ?? 0;
    expect(upload?.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(upload?.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
    expect(size).toBe(card.sizeInBytes);
    const csv = upload?.body.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFFdimension,value,count\r\n')).toBe(true);
    expect(csv).toContain('Theme,County lines,6\r\n');
    for (const value of [...plantedValues(), ...PERSONAL_TEST_VALUES]) expect(csv).not.toContain(value);

    const replayed = await chat.send({ ...invoke, id: `teams-replay-${Date.now()}` });
    expect(invokeStatus(replayed)).toBe(200);
    expect(replayed.filter((r) => r.type !== 'invokeResponse')).toEqual([]);
    expect(onedrive.uploads.length).toBe(before + 1);
    const audit = await auditOf(12);
    expect(audit.filter(([action]) => action === 'profile.exported')).toHaveLength(exportedBefore + 1);
    expect(audit).toContainEqual(['profile.fileUploaded', actorKeyOf(COORDINATOR_USER)]);
  });

  it('when Teams refuses the upload, says so and offers a new file card', async () => {
    const chat = teamsChat(coordinator.url, COORDINATOR_USER, 'personal');
    const { card } = await offer(chat);
    onedrive.failing.count = 1;
    const failed = await chat.send(consentInvoke('accept', card.acceptContext, uploadInfo(2)));
    expect(invokeStatus(failed)).toBe(200);
    expect(attachmentsOf(failed, FILE_INFO)).toEqual([]);
    expect(headings(cardsOf(failed))).toEqual(['The CSV file could not be saved']);
    expect(actionTitles(cardsOf(failed))).toEqual(['Try the CSV file again', 'Show as CSV', 'Back to the profile']);
    const again = await chat.send({ value: findAction(cardsOf(failed), 'Try the CSV file again')?.data });
    const second = consentSchema.parse(attachmentsOf(again, FILE_CONSENT)[0]?.content);
    expect(second.acceptContext.offerId).not.toBe(card.acceptContext.offerId);
    expect(await auditOf(12)).toContainEqual(['profile.fileUploadFailed', actorKeyOf(COORDINATOR_USER)]);
  });

  it('on "Decline", sends nothing and offers the CSV to copy', async () => {
    const chat = teamsChat(coordinator.url, COORDINATOR_USER, 'personal');
    const { card } = await offer(chat);
    const before = onedrive.uploads.length;
    const replies = await chat.send(consentInvoke('decline', card.declineContext));
    expect(invokeStatus(replies)).toBe(200);
    expect(headings(cardsOf(replies))).toEqual(['The CSV file was not sent']);
    expect(actionTitles(cardsOf(replies))).toContain('Show as CSV');
    expect(onedrive.uploads.length).toBe(before);
    expect(await auditOf(12)).toContainEqual(['profile.fileDeclined', actorKeyOf(COORDINATOR_USER)]);
  });

  it('refuses a school lead who answers a CSV file card: nothing is counted or sent, and the refusal is audited', async () => {
    const chat = teamsChat(lead.url, LEAD_USER, 'personal');
    const before = onedrive.uploads.length;
    const replies = await chat.send(consentInvoke('accept', { profileMonths: 6, offerId: 'fictional-offer-lead-0001' }, uploadInfo(3)));
    expect(invokeStatus(replies)).toBe(200);
    expect(headings(cardsOf(replies))).toEqual(['The problem profile is for the MASE coordinator and analyst']);
    expect(attachmentsOf(replies, FILE_INFO)).toEqual([]);
    expect(onedrive.uploads.length).toBe(before);
    expect(await auditOf(6)).toEqual([['profile.refused', actorKeyOf(LEAD_USER)]]);
    // Nor is a school lead offered the file: the profile itself is refused to them.
    const asked = cardsOf(await chat.send({ value: { event: 'profile.fileRequested', months: 6 } }));
    expect(headings(asked)).toEqual(['The problem profile is for the MASE coordinator and analyst']);
    expect(allText(asked)).not.toContain('Download the CSV');
  });

  it('in a group chat, offers no file: the CSV to copy, and why; a file card answer there is refused with 403', async () => {
    const chat = teamsChat(coordinator.url, COORDINATOR_USER, 'groupChat');
    const profile = cardsOf(await chat.send({ text: 'problem profile' }));
    expect(actionTitles(profile)).not.toContain('Download the CSV');
    expect(actionTitles(profile)).toContain('Show as CSV');
    const asked = cardsOf(await chat.send({ value: { event: 'profile.fileRequested', months: 3 } }));
    expect(headings(asked)).toEqual(['CSV files are sent in one-to-one chats only']);
    const before = onedrive.uploads.length;
    const replies = await chat.send(consentInvoke('accept', { profileMonths: 3, offerId: 'fictional-offer-group-0001' }, uploadInfo(4)));
    expect(invokeStatus(replies)).toBe(403);
    expect(onedrive.uploads.length).toBe(before);
    expect(await auditOf(3)).toContainEqual(['profile.fileRefused', actorKeyOf(COORDINATOR_USER)]);
  });
});
