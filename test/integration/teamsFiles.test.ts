import { z } from 'zod';
import { ownerKeyOf } from '../../bot/ownerKey';
import type { Storage } from '../../bot/storage/types';
import { cardProblems } from '../support/adaptiveCards';
import { actionTitles, allText, announceSkippedStores, dropDatabase, findAction, headings, openStore, startTestAssistant, STORES, type TestAssistant } from '../support/assistant';
import { paragraphsOf, unzipDocx } from '../support/docxReader';
import { fixtureForm, fixturePayload } from '../support/fixtureForm';
import { attachmentsOf, cardsOf, invokeStatus, startUploadServer, teamsChat, type UploadServer } from '../support/teamsChat';

/**
 * The Word document in Teams, over HTTP: a file card in a one-to-one chat, the upload on "Allow" to the
 * URL Teams gives (a loopback server stands in for OneDrive), once per answer, and refused for a URL
 * off the allowed hosts; "Decline" and group chats get the text instead.
 */

announceSkippedStores();
jest.setTimeout(30_000);

const OWNER = 'user-fictional-teams-files';
const OTHER = 'user-fictional-teams-other';
const ownerKey = (userId: string): string => ownerKeyOf({ channelId: 'msteams', from: { id: userId, name: '' } });

const consentSchema = z.object({ description: z.string(), sizeInBytes: z.number(), acceptContext: z.object({ reference: z.string(), offerId: z.string() }), declineContext: z.object({ reference: z.string(), offerId: z.string() }) });

describe.each(STORES)('Word documents in Teams (%s store)', (store) => {
  let assistant: TestAssistant;
  let side: Storage;
  let onedrive: UploadServer;
  let reference = '';
  let othersReference = '';
  const database = `it_teamsfiles_${Date.now()}`;

  beforeAll(async () => {
    onedrive = await startUploadServer();
    assistant = await startTestAssistant(store, {}, database, { forms: [fixtureForm], allowLoopbackUploads: true });
    side = await openStore(store, assistant.dataFile, database);
    const submit = async (key: string, owner: string, name: string) =>
      (await side.submissions.submit({ idempotencyKey: key, kind: 'form.fixtureConcern', ownerKey: ownerKey(owner), payload: fixturePayload(name), createdAt: new Date('2026-12-01T09:00:00Z') })).reference;
    reference = await submit(`flow-teams-${database}`, OWNER, 'Zelda Quirkfield');
    othersReference = await submit(`flow-teams-other-${database}`, OTHER, 'Barnaby Fizzlewick');
  });
  afterAll(async () => {
    await side.close();
    await assistant.stop();
    await new Promise<void>((resolve) => onedrive.server.close(() => resolve()));
    await dropDatabase(store, database);
  });

  /** Asks for the Word document in a one-to-one chat and returns Teams' file card. */
  async function offer(chat: ReturnType<typeof teamsChat>) {
    const list = cardsOf(await chat.send({ text: 'my submissions' }));
    const press = findAction(list, 'Download as a Word document');
    expect(press).toBeDefined();
    const replies = await chat.send({ value: press?.data });
    const [consent] = attachmentsOf(replies, 'application/vnd.microsoft.teams.card.file.consent');
    return { replies, consent, card: consentSchema.parse(consent?.content) };
  }

  const uploadInfo = (n: number, uploadUrl = `${onedrive.url}/upload/${n}`) => ({ name: `form-fixtureConcern-${reference}.docx`, uploadUrl, contentUrl: `${onedrive.url}/files/${n}`, uniqueId: `fictional-file-${n}`, fileType: 'docx' });
  const consentInvoke = (action: 'accept' | 'decline', context: unknown, info?: ReturnType<typeof uploadInfo>) => ({ type: 'invoke', name: 'fileConsent/invoke', value: { action, context, ...(info === undefined ? {} : { uploadInfo: info }) } });

  it('in a one-to-one chat, offers the file card (name, size, description) beside the text export', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    const { replies, consent, card } = await offer(chat);
    expect(consent?.name).toBe(`form-fixtureConcern-${reference}.docx`);
    expect(card.description).toBe('Fixture concern record');
    expect(card.sizeInBytes).toBeGreaterThan(1000);
    expect(card.acceptContext).toEqual(card.declineContext);
    expect(card.acceptContext.reference).toBe(reference);
    const cards = cardsOf(replies);
    for (const c of cards) expect(cardProblems(c)).toEqual([]);
    expect(headings(cards)).toEqual([`Word document of ${reference}`]);
    expect(actionTitles(cards)).toContain('Copy as text');
    expect(allText(replies)).not.toContain('Zelda');
    expect((await side.audit.listBySubject(reference)).map((e) => e.action)).toContain('submission.fileOffered');
  });

  it('on "Allow", puts the document to the upload URL once (Content-Range over the whole file), answers 200 and names the file; a replayed answer does nothing', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    const { card } = await offer(chat);
    const before = onedrive.uploads.length;
    const invoke = consentInvoke('accept', card.acceptContext, uploadInfo(1));
    const replies = await chat.send(invoke);
    expect(invokeStatus(replies)).toBe(200);
    const [info] = attachmentsOf(replies, 'application/vnd.microsoft.teams.card.file.info');
    expect(info).toEqual({ contentType: 'application/vnd.microsoft.teams.card.file.info', name: `form-fixtureConcern-${reference}.docx`, contentUrl: `${onedrive.url}/files/1`, content: { uniqueId: 'fictional-file-1', fileType: 'docx' } });

    const uploads = onedrive.uploads.slice(before);
    expect(uploads.map((u) => [u.method, u.path])).toEqual([['PUT', '/upload/1']]);
    const [upload] = uploads;
    const size = upload?.body.length ?? 0;
    expect(upload?.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
    expect(upload?.headers['content-length']).toBe(String(size));
    expect(paragraphsOf(unzipDocx(new Uint8Array(upload?.body ?? Buffer.alloc(0)))['word/document.xml'] ?? '')).toEqual(expect.arrayContaining(['Zelda Quirkfield', 'Wobblebury Lane']));

    const replayed = await chat.send({ ...invoke, id: `teams-replay-${Date.now()}` });
    expect(invokeStatus(replayed)).toBe(200);
    expect(replayed.filter((r) => r.type !== 'invokeResponse')).toEqual([]);
    expect(onedrive.uploads.length).toBe(before + 1);
    const actions = (await side.audit.listBySubject(reference)).map((e) => e.action);
    expect(actions.filter((a) => a === 'submission.fileUploaded')).toHaveLength(1);
  });

  it('when Teams refuses the upload, says so and offers the file again on a new card, which uploads; the failed offer replayed does nothing', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    const first = await offer(chat);
    const before = onedrive.uploads.length;
    onedrive.failing.count = 1;
    const failedInvoke = consentInvoke('accept', first.card.acceptContext, uploadInfo(5));
    const failed = await chat.send(failedInvoke);
    expect(invokeStatus(failed)).toBe(200);
    expect(onedrive.uploads.length).toBe(before + 1);
    expect(attachmentsOf(failed, 'application/vnd.microsoft.teams.card.file.info')).toEqual([]);
    const notice = cardsOf(failed);
    for (const c of notice) expect(cardProblems(c)).toEqual([]);
    expect(headings(notice)).toEqual(['The Word document could not be saved']);
    expect(allText(notice)).toContain('Teams did not accept the file, so it is not in your OneDrive.');
    expect(actionTitles(notice)).toEqual(['Try the Word file again', 'Copy as text', 'My submissions']);
    expect((await side.audit.listBySubject(reference)).map((e) => e.action)).toContain('submission.fileUploadFailed');

    const retry = findAction(notice, 'Try the Word file again');
    const again = await chat.send({ value: retry?.data });
    const [consent] = attachmentsOf(again, 'application/vnd.microsoft.teams.card.file.consent');
    const second = consentSchema.parse(consent?.content);
    expect(second.acceptContext.reference).toBe(reference);
    expect(second.acceptContext.offerId).not.toBe(first.card.acceptContext.offerId);
    expect(headings(cardsOf(again))).toEqual([`Word document of ${reference}`]);

    const uploaded = await chat.send(consentInvoke('accept', second.acceptContext, uploadInfo(6)));
    expect(invokeStatus(uploaded)).toBe(200);
    expect(attachmentsOf(uploaded, 'application/vnd.microsoft.teams.card.file.info')).toHaveLength(1);
    expect(onedrive.uploads.slice(before).map((u) => [u.method, u.path])).toEqual([['PUT', '/upload/5'], ['PUT', '/upload/6']]);

    const replayed = await chat.send({ ...failedInvoke, id: `teams-replay-${Date.now()}` });
    expect(invokeStatus(replayed)).toBe(200);
    expect(replayed.filter((r) => r.type !== 'invokeResponse')).toEqual([]);
    expect(onedrive.uploads.length).toBe(before + 2);
  });

  it('"Try the Word file again" pressed by someone who does not own the submission offers them nothing', async () => {
    const chat = teamsChat(assistant.url, OTHER, 'personal');
    const replies = await chat.send({ value: { event: 'submission.fileRequested', reference } });
    expect(attachmentsOf(replies, 'application/vnd.microsoft.teams.card.file.consent')).toEqual([]);
    expect(headings(cardsOf(replies))).toEqual(['That submission cannot be found']);
    expect(allText(replies)).not.toContain('Zelda');
    expect((await side.audit.listBySubject(reference)).map((e) => e.action)).toContain('submission.refused.export');
  });

  it('on "Decline", sends nothing and offers the text', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    const { card } = await offer(chat);
    const before = onedrive.uploads.length;
    const replies = await chat.send(consentInvoke('decline', card.declineContext));
    expect(invokeStatus(replies)).toBe(200);
    expect(headings(cardsOf(replies))).toEqual(['The Word document was not sent']);
    expect(actionTitles(cardsOf(replies))).toContain('Copy as text');
    expect(onedrive.uploads.length).toBe(before);
    expect((await side.audit.listBySubject(reference)).map((e) => e.action)).toContain('submission.fileDeclined');
  });

  it.each([
    ['another host', 'https://uploads.example.com/session/1'],
    ['a host that only starts like SharePoint', 'https://contoso.sharepoint.com.example.net/session/1'],
    ['plain http off loopback', 'http://contoso-my.sharepoint.com/session/1'],
    ['not a URL', 'file-upload-session'],
  ])('refuses an upload URL on %s with an audited 400, and sends nothing', async (_what, uploadUrl) => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    const { card } = await offer(chat);
    const before = onedrive.uploads.length;
    const refusedBefore = (await side.audit.listBySubject(reference)).filter((e) => e.action === 'submission.fileUploadRefused').length;
    const replies = await chat.send(consentInvoke('accept', card.acceptContext, uploadInfo(2, uploadUrl)));
    expect(invokeStatus(replies)).toBe(400);
    expect(headings(cardsOf(replies))).toEqual(['The Word document was not sent']);
    expect(onedrive.uploads.length).toBe(before);
    const refused = (await side.audit.listBySubject(reference)).filter((e) => e.action === 'submission.fileUploadRefused').length;
    expect(refused).toBe(refusedBefore + 1);
  });

  it('never sends another owner’s submission, whatever the answer names', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    const before = onedrive.uploads.length;
    const replies = await chat.send(consentInvoke('accept', { reference: othersReference, offerId: 'fictional-offer-0001' }, uploadInfo(3)));
    expect(invokeStatus(replies)).toBe(200);
    expect(headings(cardsOf(replies))).toEqual(['That submission cannot be found']);
    expect(onedrive.uploads.length).toBe(before);
    expect((await side.audit.listBySubject(othersReference)).map((e) => e.action)).toContain('submission.refused.export');
  });

  it('in a group chat, offers only the text and says why; a file card answer there is refused', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'groupChat');
    const list = cardsOf(await chat.send({ text: 'my submissions' }));
    expect(actionTitles(list)).not.toContain('Download as a Word document');
    expect(actionTitles(list)).toContain('Copy as text');
    expect(allText(list)).toContain('Word documents can only be sent in a one-to-one chat with the assistant');
    const asked = cardsOf(await chat.send({ value: { event: 'submission.fileRequested', reference } }));
    expect(headings(asked)).toEqual(['Word documents are sent in one-to-one chats only']);
    expect(actionTitles(asked)).toContain('Copy as text');
    const before = onedrive.uploads.length;
    const replies = await chat.send(consentInvoke('accept', { reference, offerId: 'fictional-offer-0002' }, uploadInfo(4)));
    expect(invokeStatus(replies)).toBe(403);
    expect(onedrive.uploads.length).toBe(before);
  });

  it('answers an unreadable file card answer with 400', async () => {
    const chat = teamsChat(assistant.url, OWNER, 'personal');
    for (const value of [{}, { action: 'accept' }, { action: 'open', context: { reference, offerId: 'fictional-offer-0003' } }, { action: 'accept', context: { reference: '{"$ne":1}', offerId: 'x' } }]) {
      expect(invokeStatus(await chat.send({ type: 'invoke', name: 'fileConsent/invoke', value }))).toBe(400);
    }
  });
});
