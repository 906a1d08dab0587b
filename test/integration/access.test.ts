import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { UNKNOWN_LINK_HOLDER } from '../../bot/routes/exports';
import type { Storage } from '../../bot/storage/types';
import { allText, announceSkippedStores, chat, dropDatabase, headings, openStore, startTestAssistant, STORES, type Card, type StoreKind, type TestAssistant } from '../support/assistant';
import { submitSchoolConcernRecord } from '../support/formTranscript';
import { FICTIONAL_CHILD } from '../support/personalTestValues';

/**
 * Over HTTP, two instances on one store, each started with its development identity: a teacher at
 * Quirkfield Academy submits a concern record; the teaching assistant (in the same school, not its
 * safeguarding lead) asks for it by its reference (open, copy as text, Word) and by a download link,
 * and is refused as if it did not exist, each refusal audited; the teacher still reads it.
 */

announceSkippedStores();
jest.setTimeout(120_000);

const CHILD_NAME = `${FICTIONAL_CHILD.firstName} ${FICTIONAL_CHILD.lastName}`;
const NOT_FOUND = 'That submission cannot be found';

function linksIn(cards: Card[]): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const record = z.record(z.string(), z.unknown()).parse(node);
      if (record['type'] === 'Action.OpenUrl' && typeof record['url'] === 'string') found.push(record['url']);
      Object.values(record).forEach(visit);
    }
  };
  visit(cards);
  return found;
}


describe.each(STORES)('who may read a submitted concern record (%s store)', (store: StoreKind) => {
  let teacherApp: TestAssistant;
  let assistantApp: TestAssistant;
  let side: Storage;
  const database = `access_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const dataFile = join(mkdtempSync(join(tmpdir(), 'cse-access-')), 'assistant.db');
  const shared: Record<string, string> = store === 'embedded' ? { DATA_FILE: dataFile } : { MONGODB_DB: database };

  beforeAll(async () => {
    teacherApp = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'quirkfield-teacher' }, database);
    assistantApp = await startTestAssistant(store, { ...shared, DEV_IDENTITY: 'quirkfield-teaching-assistant' }, database);
    side = await openStore(store, dataFile, database);
  });
  afterAll(async () => {
    await side.close();
    await teacherApp.stop();
    await assistantApp.stop();
    await dropDatabase(store, database);
  });

  it('refuses the record to someone who is not its reporter nor its lead, as if it did not exist, audits each refusal, and the reporter still reads it', async () => {
    const teacher = chat(teacherApp.url, undefined, 'user-fictional-teacher');
    const reference = await submitSchoolConcernRecord(teacher);
    const link = linksIn(await teacher.say('my submissions')).find((url) => url.startsWith(`/exports/${reference}.`));
    if (link === undefined) throw new Error('no download link for the teacher');

    const other = chat(assistantApp.url, undefined, 'user-fictional-teaching-assistant');
    const missing = reference.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    for (const event of ['submission.opened', 'submission.textRequested', 'submission.fileRequested']) {
      const refused = await other.send({ value: { event, reference } });
      expect(headings(refused)).toEqual([NOT_FOUND]);
      expect(allText(refused)).not.toContain(FICTIONAL_CHILD.firstName);
      expect(allText(refused)).not.toContain(reference);
      // The same answer as for a reference that is nobody's.
      expect(allText(refused)).toBe(allText(await other.send({ value: { event, reference: missing } })));
    }
    expect(allText(await other.say('my submissions'))).not.toContain(reference);

    // A download link for the record, altered by someone without the teacher's: 404, as for a record that is not there.
    const forged = link.replace(/\.([A-Za-z0-9_-]+)$/, (_, sealed: string) => `.${Buffer.alloc(Buffer.from(sealed, 'base64url').length, 1).toString('base64url')}`);
    expect(forged).not.toBe(link);
    const forgedAnswer = await fetch(`${assistantApp.url}${forged}`);
    expect(forgedAnswer.status).toBe(404);
    const nobodys = await fetch(`${assistantApp.url}${forged.replace(reference, missing)}`);
    expect(nobodys.status).toBe(404);
    expect(await forgedAnswer.text()).toBe(await nobodys.text());

    const audit = await side.audit.listBySubject(reference);
    const refusals = audit.filter((e) => e.action.startsWith('submission.refused'));
    expect(refusals.map((e) => e.action)).toEqual(['submission.refused.read', 'submission.refused.export', 'submission.refused.export', 'submission.refused.export']);
    expect(refusals.at(-1)?.actorKey).toBe(UNKNOWN_LINK_HOLDER);
    expect(new Set(refusals.slice(0, 3).map((e) => e.actorKey)).size).toBe(1);
    expect(audit.filter((e) => e.action === 'submission.viewed' || e.action === 'submission.exportedText' || e.action === 'submission.downloaded')).toEqual([]);

    // The teacher still reads it, and downloads it by the genuine link.
    const opened = await teacher.send({ value: { event: 'submission.opened', reference } });
    expect(headings(opened)).not.toContain(NOT_FOUND);
    expect(allText(opened)).toContain(CHILD_NAME);
    expect((await fetch(`${teacherApp.url}${link}`)).status).toBe(200);
    const after = (await side.audit.listBySubject(reference)).map((e) => e.action);
    expect(after).toEqual(expect.arrayContaining(['form.submitted', 'submission.viewed', 'submission.downloaded']));
  });
});
