import { randomBytes } from 'node:crypto';
import type { Storage } from '../../bot/storage/types';
import { UNREADABLE_STATE_ACTION, UNREADABLE_STATE_SUBJECT } from '../../dialogs/unreadableStateAudit';
import { STORES, allText, assistantForEachTest, chat, headings, openStore, type StoreKind } from '../support/assistant';

/**
 * A conversation whose whole stored state this version cannot read (written by another version, or
 * damaged) is started afresh, over HTTP on each store: the user is told, and the reset is audited
 * once, read back from the store, not again when Teams delivers the same turn twice. With no journey
 * instance to name, the entry names the kind of reset, never the conversation or anything in it.
 * Every value is fictional.
 */

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
    expect(headings(first)[0]).toBe(RETIRED);
    expect(await resets()).toEqual([RESET]);
    // Teams delivers the same turn again: the fresh state was stored, so nothing is reset or written again.
    expect(headings(await c.send(menu))).not.toContain(RETIRED);
    expect(headings(await c.say('menu'))).not.toContain(RETIRED);
    expect(await resets()).toEqual([RESET]);
    expect(allText(first)).not.toContain('Fizzlewick');
  });

  it('each conversation reset is its own entry, holding nothing of what was stored nor who the user is', async () => {
    const entries = () => withStore((storage) => storage.audit.listBySubject(UNREADABLE_STATE_SUBJECT));
    const before = (await entries()).length;
    const c = chat(assistant.url, `conv-unreadable-two-${store}`);
    await c.say('school');
    await damage(c.conversationId);
    expect(headings(await c.say('menu'))[0]).toBe(RETIRED);
    const after = await entries();
    expect(after).toHaveLength(before + 1);
    expect(JSON.stringify(after)).not.toMatch(/Fizzlewick|conv-unreadable|not a journey|user-fictional/);
  });
});
