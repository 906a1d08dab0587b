import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ownerKeyOf } from '../../bot/ownerKey';
import type { Storage } from '../../bot/storage/types';
import { UNREADABLE_STATE_ACTION, UNREADABLE_STATE_SUBJECT } from '../../dialogs/unreadableStateAudit';
import { STORES, actionTitles, allText, assistantForEachTest, chat, findAction, headings, openStore, type StoreKind } from '../support/assistant';

/**
 * A conversation whose whole stored state this version cannot read (written by another version, or
 * damaged) is started afresh, over HTTP on each store: the user is told, and the reset is audited
 * once, read back from the store, not again when Teams delivers the same turn twice. With no journey
 * instance to name, the entry names the kind of reset, never the conversation or anything in it.
 * A saved draft whose stored state does not read as a journey stays in the person's saved drafts,
 * marked as one that can no longer be read, with Delete only. Every value is fictional.
 */

const RESET_NOTICE = 'This conversation has started again';
const RESET_WHY = 'I could not read where this conversation had got to, so it starts again from the menu.';
/** Said only of a journey this version really retired: not of a conversation it could not read. */
const RETIRED = 'This journey has changed';
const AREA_1 = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const NOTE = 'A fictional note: seen at Fizzlewick bus garage';
const HOUR_MS = 3_600_000;

describe.each(STORES)('a conversation whose stored state cannot be read (%s store)', (store: StoreKind) => {
  const database = `unreadable_${randomBytes(4).toString('hex')}`;
  const assistant = assistantForEachTest(store, database);

  async function withStore<T>(work: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = await openStore(store, assistant.dataFile, database);
    try {
      return await work(storage);
    } finally {
      await storage.close();
    }
  }

  /** Replaces what the conversation stored with something no version of its schema reads, as the store holds it (encrypted). */
  const damage = (conversationId: string): Promise<void> =>
    withStore(async (storage) => {
      const now = new Date();
      const loaded = await storage.conversations.load(conversationId, now);
      expect(loaded.state).toBeDefined();
      const saved = await storage.conversations.save(conversationId, loaded.revision, { flow: 'not a journey', seenActivityIds: 7, note: NOTE }, new Date(now.getTime() + HOUR_MS), now);
      expect(saved).toMatchObject({ ok: true });
    });

  /** The audit entries of unreadable conversations, as the store holds them: actions and subjects only. */
  const resets = (): Promise<string[]> => withStore(async (storage) => (await storage.audit.listBySubject(UNREADABLE_STATE_SUBJECT)).map((entry) => `${entry.action} ${entry.subject}`));
  const RESET = `${UNREADABLE_STATE_ACTION} ${UNREADABLE_STATE_SUBJECT}`;

  it('is started afresh with a notice, and audited once: not again when Teams delivers the turn twice', async () => {
    const c = chat(assistant.url, `conv-unreadable-${store}`);
    expect(headings(await c.press(await c.say('school'), 'No'))).toEqual([AREA_1]);
    await damage(c.conversationId);
    expect(await resets()).toEqual([]);

    const menu = { id: `act-unreadable-menu-${store}`, text: 'menu' };
    const first = await c.send(menu);
    expect(headings(first)[0]).toBe(RESET_NOTICE);
    expect(allText(first)).toContain(RESET_WHY);
    expect(headings(first)).not.toContain(RETIRED);
    expect(await resets()).toEqual([RESET]);
    // Teams delivers the same turn again: the fresh state was stored, so nothing is reset or written again.
    expect(headings(await c.send(menu))).not.toContain(RESET_NOTICE);
    expect(headings(await c.say('menu'))).not.toContain(RESET_NOTICE);
    expect(await resets()).toEqual([RESET]);
    expect(allText(first)).not.toContain('Fizzlewick');
  });

  it('the notice carries the menu where the reply does not: on a press from an old card, not on the menu itself nor after a 999 card', async () => {
    const c = chat(assistant.url, `conv-unreadable-menu-button-${store}`);
    await c.say('school');
    await damage(c.conversationId);
    // "Ask a question" pressed on a welcome card drawn before: its reply has no menu, so the notice has it.
    const asked = await c.send({ value: { event: 'question.requested' } });
    expect(headings(asked)).toEqual([RESET_NOTICE, 'Ask me a question']);
    expect(actionTitles(asked.slice(0, 1))).toEqual(['Main menu']);
    expect(headings(await c.press(asked, 'Main menu'))[0]).not.toBe(RESET_NOTICE);

    const menu = chat(assistant.url, `conv-unreadable-menu-typed-${store}`);
    await menu.say('school');
    await damage(menu.conversationId);
    const welcome = await menu.say('menu');
    expect(headings(welcome)[0]).toBe(RESET_NOTICE);
    expect(actionTitles(welcome.slice(0, 1))).toEqual([]);

    const urgent = chat(assistant.url, `conv-unreadable-menu-999-${store}`);
    await urgent.say('school');
    await damage(urgent.conversationId);
    const call = await urgent.say("she's with him right now");
    expect(headings(call).slice(0, 2)).toEqual(['Call 999 now', RESET_NOTICE]);
    expect(actionTitles(call.slice(0, 1))).toContain('Main menu');
    expect(actionTitles(call.slice(1, 2))).toEqual([]);
  });

  it('a saved draft that does not read as a journey is listed as one that can no longer be read, with Delete only, and its deletion audited', async () => {
    const user = `user-fictional-unreadable-draft-${store}`;
    const c = chat(assistant.url, `conv-unreadable-draft-${store}`, user);
    const area = await c.press(await c.say('school'), 'No');
    expect(headings(await c.press(area, 'Save for later', { note: NOTE }))).toEqual(['Saved for later']);
    // What the store holds for the draft replaced with something no version of the journey schema reads, as the store holds it (encrypted).
    const ownerKey = ownerKeyOf({ channelId: 'test', from: { id: user, name: '' } });
    await withStore(async (storage) => {
      const [draft] = await storage.drafts.list(ownerKey, new Date());
      if (draft?.state === undefined) throw new Error('no saved draft to damage');
      await storage.drafts.put({ ...draft, state: { flowId: draft.flowId, machineVersion: 'not a version', note: NOTE } });
    });

    const list = await c.press(await c.say('menu'), 'Your saved drafts (1)');
    expect(headings(list)).toEqual(['Your saved drafts']);
    expect(allText(list)).toContain('School or college: first steps');
    expect(allText(list)).toContain('This draft can no longer be read, so it cannot be opened. You can delete it.');
    expect(allText(list)).not.toContain('Fizzlewick');
    expect(actionTitles(list)).not.toContain('Resume');
    const draftId = z.object({ draftId: z.string() }).parse(findAction(list, 'Delete')?.data).draftId;

    const asked = await c.press(list, 'Delete');
    expect(headings(asked)).toEqual(['Delete this saved draft?']);
    expect(headings(await c.press(asked, 'Yes, delete the draft'))[0]).toBe('Draft deleted');
    expect(allText(await c.say('menu'))).not.toContain('Your saved drafts');
    const audited = await withStore((storage) => storage.audit.listBySubject(draftId));
    expect(audited.map((e) => e.action)).toEqual(['journey.started', 'journey.parked', 'draft.deleted']);
  });

  it('each conversation reset is its own entry, holding nothing of what was stored nor who the user is', async () => {
    const entries = () => withStore((storage) => storage.audit.listBySubject(UNREADABLE_STATE_SUBJECT));
    const before = (await entries()).length;
    const c = chat(assistant.url, `conv-unreadable-two-${store}`);
    await c.say('school');
    await damage(c.conversationId);
    expect(headings(await c.say('menu'))[0]).toBe(RESET_NOTICE);
    const after = await entries();
    expect(after).toHaveLength(before + 1);
    expect(JSON.stringify(after)).not.toMatch(/Fizzlewick|conv-unreadable|not a journey|user-fictional/);
  });
});
