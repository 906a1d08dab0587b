import { z } from 'zod';
import { toText } from '../../dialogs/forms/export/text.export';
import { exportTokens } from '../../bot/exports/exportToken';
import { ownerKeyOf } from '../../bot/ownerKey';
import type { Storage } from '../../bot/storage/types';
import { cardProblems } from '../support/adaptiveCards';
import { allText, announceSkippedStores, chat, dropDatabase, headings, openStore, startTestAssistant, STORES, type Card, type TestAssistant } from '../support/assistant';
import { coreProperty, paragraphsOf, unzipDocx } from '../support/docxReader';
import { fixtureForm, fixturePayload } from '../support/fixtureForm';
import { strictT } from '../support/i18n';
import { TEST_EXPORT_LINK_SECRET } from '../support/testKeys';

/** My submissions and the exports over HTTP: listed as their owner only, opened, copied as text, downloaded by a signed link. */

announceSkippedStores();
jest.setTimeout(30_000);

const OWNER_A = 'user-fictional-exports-a';
const OWNER_B = 'user-fictional-exports-b';
const ownerKey = (userId: string): string => ownerKeyOf({ channelId: 'test', from: { id: userId, name: '' } });
const T0 = new Date('2026-12-01T09:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

/** Every OpenUrl action's URL with its title. */
function links(cards: Card[]): Array<{ title: string; url: string }> {
  const found: Array<{ title: string; url: string }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const record = z.record(z.string(), z.unknown()).parse(node);
      if (record['type'] === 'Action.OpenUrl' && typeof record['url'] === 'string' && typeof record['title'] === 'string') found.push({ title: record['title'], url: record['url'] });
      Object.values(record).forEach(visit);
    }
  };
  visit(cards);
  return found;
}

function textBoxValue(cards: Card[]): string {
  const box = JSON.stringify(cards).match(/"id":"exportText"[^}]*"value":("(?:[^"\\]|\\.)*")/);
  if (box?.[1] === undefined) throw new Error('no text box');
  return z.string().parse(JSON.parse(box[1]));
}

describe.each(STORES)('my submissions and exports (%s store)', (store) => {
  let assistant: TestAssistant;
  let side: Storage;
  const references: Record<'a1' | 'a2' | 'b1', string> = { a1: '', a2: '', b1: '' };
  const database = `it_exports_${Date.now()}`;

  beforeAll(async () => {
    assistant = await startTestAssistant(store, {}, database, { forms: [fixtureForm] });
    side = await openStore(store, assistant.dataFile, database);
    const submit = async (key: string, owner: string, name: string, createdAt: Date) =>
      (await side.submissions.submit({ idempotencyKey: key, kind: 'form.fixtureConcern', ownerKey: ownerKey(owner), payload: fixturePayload(name), createdAt })).reference;
    references.a1 = await submit(`flow-a1-${database}`, OWNER_A, 'Zelda Quirkfield', at(0));
    references.a2 = await submit(`flow-a2-${database}`, OWNER_A, 'Ottoline Brambleworth', at(5));
    references.b1 = await submit(`flow-b1-${database}`, OWNER_B, 'Barnaby Fizzlewick', at(3));
  });
  afterAll(async () => {
    await side.close();
    await assistant.stop();
    await dropDatabase(store, database);
  });

  it('lists the owner’s own submissions, newest first, by form and reference only; another owner sees only theirs', async () => {
    const a = chat(assistant.url, undefined, OWNER_A);
    const cards = await a.say('my submissions');
    expect(headings(cards)).toEqual(['My submissions']);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
    const text = allText(cards);
    expect(text.indexOf(references.a2)).toBeGreaterThan(-1);
    expect(text.indexOf(references.a2)).toBeLessThan(text.indexOf(references.a1));
    expect(text).toContain('Fixture concern record');
    expect(text).not.toContain(references.b1);
    for (const name of ['Zelda', 'Ottoline', 'Barnaby']) expect(text).not.toContain(name);

    const b = chat(assistant.url, undefined, OWNER_B);
    const theirs = allText(await b.send({ value: { event: 'submissions.listRequested' } }));
    expect(theirs).toContain(references.b1);
    expect(theirs).not.toContain(references.a1);
    expect(theirs).not.toContain(references.a2);

    const audited = await side.audit.listBySubject(references.a1);
    expect(audited.map((e) => e.action)).toContain('submission.listed');
  });

  it('is on the welcome card', async () => {
    const a = chat(assistant.url, undefined, OWNER_A);
    const welcome = await a.say('menu');
    const listed = await a.press(welcome, 'My submissions');
    expect(headings(listed)).toEqual(['My submissions']);
  });

  it('opens a submission as a card of its sections, and gives its text to copy', async () => {
    const a = chat(assistant.url, undefined, OWNER_A);
    const list = await a.say('my submissions');
    const opened = await a.press(list, 'Open');
    expect(headings(opened)).toEqual(['Fixture concern record']);
    for (const card of opened) expect(cardProblems(card)).toEqual([]);
    expect(allText(opened)).toContain('Ottoline Brambleworth');
    expect(allText(opened)).toContain('Place 2');

    const texted = await a.press(opened, 'Copy as text');
    expect(headings(texted)).toEqual([`Text of ${references.a2}`, 'Your text is ready']);
    for (const card of texted) expect(cardProblems(card)).toEqual([]);
    const document = fixtureForm.document(fixturePayload('Ottoline Brambleworth').answers, { reference: references.a2, submittedAt: at(5) }, await strictT());
    expect(textBoxValue(texted)).toBe(toText(document, await strictT()));

    const actions = (await side.audit.listBySubject(references.a2)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['submission.listed', 'submission.viewed', 'submission.exportedText']));
  });

  it('refuses another owner’s submission as not found, and audits the attempt', async () => {
    const b = chat(assistant.url, undefined, OWNER_B);
    for (const event of ['submission.opened', 'submission.textRequested']) {
      const cards = await b.send({ value: { event, reference: references.a1 } });
      expect(headings(cards)).toEqual(['That submission cannot be found']);
      expect(allText(cards)).not.toContain('Zelda');
    }
    expect((await side.audit.listBySubject(references.a1)).map((e) => e.action)).toEqual(expect.arrayContaining(['submission.refused.read', 'submission.refused.export']));
  });

  it('downloads the Word document by its signed link, and reads it back', async () => {
    const a = chat(assistant.url, undefined, OWNER_A);
    const list = await a.say('my submissions');
    const link = links(list).find((l) => l.title === 'Download (Word)');
    expect(link?.url).toMatch(new RegExp(`^/exports/${references.a2}\\.`));
    const response = await fetch(`${assistant.url}${link?.url ?? ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="form-fixtureConcern-${references.a2}.docx"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const files = unzipDocx(new Uint8Array(await response.arrayBuffer()));
    const body = paragraphsOf(files['word/document.xml'] ?? '');
    expect(body).toEqual(expect.arrayContaining(['Name', 'Ottoline Brambleworth', 'Place 1', 'Wobblebury Lane', 'Place 2', 'Quillfeather Park']));
    expect(coreProperty(files['docProps/core.xml'] ?? '', 'dc:title')).toBe(`Fixture concern record ${references.a2}`);
    expect(files['docProps/core.xml']).not.toContain('Ottoline');
    expect((await side.audit.listBySubject(references.a2)).map((e) => e.action)).toContain('submission.downloaded');
  });

  it('refuses expired, forged, altered and malformed tokens with 404 or 410 JSON, a link whose reader may not export the record with 403, never a 5xx', async () => {
    const tokens = exportTokens(TEST_EXPORT_LINK_SECRET, 10 * 60_000);
    const get = async (token: string) => {
      const response = await fetch(`${assistant.url}/exports/${encodeURIComponent(token)}`);
      return { status: response.status, body: response.status === 200 ? 'a file' : z.unknown().parse(await response.json()) };
    };
    const owner = { ownerKey: ownerKey(OWNER_A) };
    const expired = tokens.sign(references.a1, owner, new Date(Date.now() - 11 * 60_000));
    expect(await get(expired)).toEqual({ status: 410, body: { error: 'gone', message: 'This link has expired. Ask for the file again.' } });
    const genuine = tokens.sign(references.a1, owner, new Date());
    const forged = `${genuine.slice(0, -4)}${genuine.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const notFound = { status: 404, body: { error: 'not_found', message: 'There is nothing at this address.' } };
    expect(await get(forged)).toEqual(notFound);
    // The reader sealed into a link for one record, moved onto another: it opens neither.
    const moved = `${references.a2}.${genuine.split('.').slice(1).join('.')}`;
    expect(await get(moved)).toEqual(notFound);
    expect(await get(exportTokens('another-secret-that-is-long-enough-0123456789', 600_000).sign(references.a1, owner, new Date()))).toEqual(notFound);
    expect(await get(tokens.sign('CSE-ZZZZ-ZZZZ', owner, new Date()))).toEqual(notFound);
    for (const junk of ['x', `${references.a1}.1.2`, '../../etc/passwd', '%00', 'a'.repeat(3000)]) expect(await get(junk)).toEqual(notFound);
    // Genuine, but for someone else: another owner may not export this one.
    expect((await get(tokens.sign(references.a1, { ownerKey: ownerKey(OWNER_B) }, new Date()))).status).toBe(403);
    expect((await get(genuine)).status).toBe(200);
  });
});
