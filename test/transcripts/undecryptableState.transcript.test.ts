import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';
import { UNDECRYPTABLE_STATE_SUBJECT, UNREADABLE_STATE_ACTION } from '../../dialogs/unreadableStateAudit';
import { STORES, actionTitles, allText, chat, dropDatabase, findAction, headings, openStore, startTestAssistant, type StoreKind, type TestAssistant } from '../support/assistant';
import { CONCERN_RECORD_OFFER, expectClosedDraftOffer, schoolSummary } from '../support/formDraftOffer';

/**
 * A conversation whose stored state the store cannot decrypt (its key removed from the keyring, a
 * different key under the same id, a malformed envelope) is started afresh, over HTTP on each store, as
 * one this version cannot read is: the user is told, and the reset is audited once, read back from the
 * store, not again when Teams delivers the same turn twice. The entry names the kind of reset, never the
 * conversation, the key or anything stored. A saved draft that cannot be decrypted stays listed, marked so,
 * with Delete only; Resume pressed on a list shown before says it can no longer be read, and a summary's
 * offer of its form says so too, with a fresh start or Delete. Every key and value is fictional.
 */

const RESET_NOTICE = 'This conversation has started again';
const RESET_WHY = 'I could not read where this conversation had got to, so it starts again from the menu.';
/** Said only of a journey this version really retired: not of a conversation it could not read. */
const RETIRED = 'This journey has changed';
const UNREADABLE_DRAFT = 'That saved draft can no longer be read';
const UNREADABLE_FORM_DRAFT = 'You have a saved draft of this form that can no longer be read';
const AREA_1 = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const HOUR_MS = 3_600_000;

const keysJson = (current: string, keys: Record<string, string>): string => JSON.stringify({ current, keys });
const fictionalKey = (): string => randomBytes(32).toString('base64');
const RETIRED_KEY_ID = 'key-fizzlewick-retired';
const NEW_KEY_ID = 'key-quirkfield-new';
const BEFORE = keysJson(RETIRED_KEY_ID, { [RETIRED_KEY_ID]: fictionalKey() });
/** The keys the assistant restarts with: the one the conversation was written with removed, or replaced under its id. */
const AFTER = {
  'its key was removed from the keyring': keysJson(NEW_KEY_ID, { [NEW_KEY_ID]: fictionalKey() }),
  'another key is kept under its key id': keysJson(RETIRED_KEY_ID, { [RETIRED_KEY_ID]: fictionalKey() }),
} as const;

describe.each(STORES)('a conversation whose stored state cannot be decrypted (%s store)', (store: StoreKind) => {
  const database = `undecryptable_${randomBytes(4).toString('hex')}`;
  let running: TestAssistant | undefined;

  const start = async (keys: string, dataFile?: string): Promise<TestAssistant> => {
    await running?.stop();
    running = undefined;
    running = await startTestAssistant(store, { DATA_KEYS_JSON: keys, ...(dataFile === undefined ? {} : { DATA_FILE: dataFile }) }, database);
    return running;
  };
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  afterAll(() => dropDatabase(store, database));

  async function withStore<T>(dataFile: string, work: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = await openStore(store, dataFile, database);
    try {
      return await work(storage);
    } finally {
      await storage.close();
    }
  }

  /** The audit entries of undecryptable conversations, as the store holds them. */
  const resets = (dataFile: string) => withStore(dataFile, (storage) => storage.audit.listBySubject(UNDECRYPTABLE_STATE_SUBJECT));
  const RESET = `${UNREADABLE_STATE_ACTION} ${UNDECRYPTABLE_STATE_SUBJECT}`;
  const named = (entries: Array<{ action: string; subject: string }>) => entries.map((e) => `${e.action} ${e.subject}`);

  /** Starts a school journey under the first keyring, then restarts the assistant on the same data with another. */
  async function journeyThenRestartWith(keys: string, name: string) {
    const before = await start(BEFORE);
    const c = chat(before.url, `conv-undecryptable-${name}-${store}`);
    expect(headings(await c.press(await c.say('school'), 'No'))).toEqual([AREA_1]);
    const after = await start(keys, before.dataFile);
    return { c: chat(after.url, c.conversationId), dataFile: after.dataFile };
  }

  it.each(Object.entries(AFTER))('when %s: started afresh with a notice, audited once, not again when Teams delivers the turn twice', async (_why, keys) => {
    const name = keys === AFTER['its key was removed from the keyring'] ? 'removed' : 'replaced';
    const { c, dataFile } = await journeyThenRestartWith(keys, name);
    // On MongoDB the tests share a database: only this test's entries count.
    const prior = (await resets(dataFile)).length;
    const mine = async () => (await resets(dataFile)).slice(prior);
    expect(await mine()).toEqual([]);

    const menu = { id: `act-undecryptable-menu-${name}-${store}`, text: 'menu' };
    const first = await c.send(menu);
    expect(headings(first)[0]).toBe(RESET_NOTICE);
    expect(allText(first)).toContain(RESET_WHY);
    expect(headings(first)).not.toContain(RETIRED);
    const entries = await mine();
    expect(named(entries)).toEqual([RESET]);
    // Teams delivers the same turn again: the fresh state was stored under the keys now held, so nothing is reset or written again.
    expect(headings(await c.send(menu))).not.toContain(RESET_NOTICE);
    expect(headings(await c.say('menu'))).not.toContain(RESET_NOTICE);
    expect(named(await mine())).toEqual([RESET]);
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(`${c.conversationId}|conv-undecryptable|key-|unknown-key|failed-authentication|user-fictional|school`));
  });

  it('a typed 999 message on the first turn after the key was removed gets the 999 card first, the reset notice after it', async () => {
    const { c } = await journeyThenRestartWith(AFTER['its key was removed from the keyring'], 'danger');
    const urgent = await c.say("she's with him right now");
    expect(headings(urgent)[0]).toBe('Call 999 now');
    expect(headings(urgent)).toContain(RESET_NOTICE);
  });

  it('after the key was removed, the notice carries the menu on a press from an old card whose reply has none, and not after a 999 card', async () => {
    const { c } = await journeyThenRestartWith(AFTER['its key was removed from the keyring'], 'menu-button');
    const asked = await c.send({ value: { event: 'question.requested' } });
    expect(headings(asked)).toEqual([RESET_NOTICE, 'Ask me a question']);
    expect(actionTitles(asked.slice(0, 1))).toEqual(['Main menu']);
    expect(headings(await c.press(asked, 'Main menu'))[0]).not.toBe(RESET_NOTICE);

    const { c: urgent } = await journeyThenRestartWith(AFTER['its key was removed from the keyring'], 'menu-999');
    const call = await urgent.say("she's with him right now");
    expect(headings(call).slice(0, 2)).toEqual(['Call 999 now', RESET_NOTICE]);
    expect(actionTitles(call.slice(0, 1))).toContain('Main menu');
    expect(actionTitles(call.slice(1, 2))).toEqual([]);
  });

  it('a saved draft whose key was removed is listed as one that cannot be opened, with Delete only, and can be deleted', async () => {
    const user = `user-fictional-drafts-${store}`;
    const before = await start(BEFORE);
    const saving = chat(before.url, `conv-undecryptable-draft-${store}`, user);
    const area = await saving.press(await saving.say('school'), 'No');
    expect(headings(await saving.press(area, 'Save for later'))).toEqual(['Saved for later']);

    const after = await start(AFTER['its key was removed from the keyring'], before.dataFile);
    const c = chat(after.url, `conv-undecryptable-draft-after-${store}`, user);
    const list = await c.press(await c.say('menu'), 'Your saved drafts (1)');
    expect(headings(list)).toEqual(['Your saved drafts']);
    expect(allText(list)).toContain('This draft can no longer be read, so it cannot be opened. You can delete it.');
    expect(allText(list)).toContain('School or college: first steps');
    expect(actionTitles(list)).not.toContain('Resume');
    const remove = findAction(list, 'Delete');
    const draftId = z.object({ draftId: z.string() }).parse(remove?.data).draftId;

    const asked = await c.press(list, 'Delete');
    expect(headings(asked)).toEqual(['Delete this saved draft?']);
    expect(headings(await c.press(asked, 'Yes, delete the draft'))[0]).toBe('Draft deleted');
    expect(allText(await c.say('menu'))).not.toContain('Your saved drafts');
    const audited = await withStore(after.dataFile, (storage) => storage.audit.listBySubject(draftId));
    expect(audited.map((e) => e.action)).toEqual(['journey.started', 'journey.parked', 'draft.deleted']);
  });

  it('Resume pressed on a drafts list shown before the key was removed says the draft can no longer be read, and it stays listed', async () => {
    const user = `user-fictional-resume-${store}`;
    const before = await start(BEFORE);
    const saving = chat(before.url, `conv-undecryptable-resume-${store}`, user);
    const area = await saving.press(await saving.say('school'), 'No');
    expect(headings(await saving.press(area, 'Save for later'))).toEqual(['Saved for later']);
    const oldList = await saving.press(await saving.say('menu'), 'Your saved drafts (1)');
    expect(actionTitles(oldList)).toContain('Resume');

    // The same chat, as in Teams: its own state was written under the removed key too, so it is reset as well.
    const after = await start(AFTER['its key was removed from the keyring'], before.dataFile);
    const c = chat(after.url, saving.conversationId, user);
    const pressed = await c.press(oldList, 'Resume');
    expect(headings(pressed).slice(0, 2)).toEqual([RESET_NOTICE, UNREADABLE_DRAFT]);
    const notice = pressed.find((card) => headings([card]).includes(UNREADABLE_DRAFT));
    const noticeText = allText(notice === undefined ? [] : [notice]);
    // 999 first, as on every reply that is not a confident answer.
    expect(noticeText.indexOf('If a child is in danger now, call 999.')).toBeGreaterThan(-1);
    expect(noticeText.indexOf('If a child is in danger now, call 999.')).toBeLessThan(noticeText.indexOf(UNREADABLE_DRAFT));
    expect(noticeText).toContain('It cannot be opened, and its answers cannot be got back. It stays in your saved drafts, where you can delete it.');
    expect(allText(pressed)).not.toContain('no longer available');
    expect(allText(pressed)).not.toContain(AREA_1);

    const list = await c.press(pressed, 'Your saved drafts (1)');
    expect(allText(list)).toContain('This draft can no longer be read, so it cannot be opened. You can delete it.');
    expect(actionTitles(list)).toContain('Delete');
    expect(actionTitles(list)).not.toContain('Resume');
  });

  it('a form offered when its saved draft can no longer be read says so, never as if its answers would come back, to start afresh or delete it', async () => {
    const user = `user-fictional-offer-${store}`;
    const before = await start(BEFORE);
    const saving = chat(before.url, `conv-undecryptable-offer-${store}`, user);
    const form = await saving.press(await schoolSummary(saving), CONCERN_RECORD_OFFER);
    expect(headings(form)).toEqual(['About you']);
    expect(headings(await saving.press(form, 'Save for later', { reporterRole: 'Designated safeguarding lead' }))).toEqual(['Saved for later']);

    const after = await start(AFTER['its key was removed from the keyring'], before.dataFile);
    const c = chat(after.url, `conv-undecryptable-offer-after-${store}`, user);
    const summary = await schoolSummary(c);
    const offered = await c.press(summary, CONCERN_RECORD_OFFER);
    await expectClosedDraftOffer(c, offered, UNREADABLE_FORM_DRAFT, 'Its answers cannot be opened or got back.');
    expect(allText(await c.say('menu'))).not.toContain('Your saved drafts');
  });

  it('a malformed envelope is told and audited the same way', async () => {
    const assistant = await start(BEFORE);
    const c = chat(assistant.url, `conv-undecryptable-malformed-${store}`);
    await c.say('school');
    // Written past the encryption, as damage to the store would: marked encrypted, but no envelope.
    const raw = store === 'embedded' ? openEmbeddedStorage(assistant.dataFile) : await openMongoStorage({ uri: process.env.MONGODB_URI ?? '', database });
    try {
      const now = new Date();
      const loaded = await raw.conversations.load(c.conversationId, now);
      const saved = await raw.conversations.save(c.conversationId, loaded.revision, { enc: 'aes-256-gcm', kid: RETIRED_KEY_ID }, new Date(now.getTime() + HOUR_MS), now);
      expect(saved).toMatchObject({ ok: true });
    } finally {
      await raw.close();
    }
    const before = (await resets(assistant.dataFile)).length;
    const first = await c.say('menu');
    expect(headings(first)[0]).toBe(RESET_NOTICE);
    expect(allText(first)).not.toContain('aes-256-gcm');
    expect(await resets(assistant.dataFile)).toHaveLength(before + 1);
  });
});
