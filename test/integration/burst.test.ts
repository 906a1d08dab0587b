import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { announceSkippedStores, chat, headings, STORES, type Card, type StoreKind } from '../support/assistant';
import { startProcess } from '../support/process';

/**
 * Issue 14: a burst of concurrent turns on one process commits every answer it acknowledged. Many
 * conversations answer at once; the process is killed (SIGKILL) straight after the replies; after
 * a restart each acknowledged card is still the current one (its Back works, it is not "out of date").
 */

jest.setTimeout(120_000);
announceSkippedStores();

const DANGER = 'Is the child in immediate danger?';
const FIRST_AREA = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const CONVERSATIONS = 30;

const settingsFor = (store: StoreKind): Record<string, string> => {
  const settings: Record<string, string> = {
    DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-burst-')), 'assistant.db'),
    RATE_CONVERSATION_PER_MINUTE: '6000',
    RATE_USER_PER_MINUTE: '6000',
  };
  if (store === 'mongodb') {
    settings.MONGODB_URI = process.env.MONGODB_URI ?? '';
    settings.MONGODB_DB = `burst_${Date.now()}`;
  }
  return settings;
};

describe.each(STORES)('a burst of concurrent answers on the %s store', (store) => {
  it('keeps every acknowledged answer through a kill -9', async () => {
    const settings = settingsFor(store);
    const first = await startProcess(settings);
    const chats = Array.from({ length: CONVERSATIONS }, (_, i) => chat(first.url, `conv-burst-${store}-${i}`, `user-fictional-burst-${i}`));
    const opened = await Promise.all(chats.map((c) => c.say('school')));
    // All at once: each reply is an acknowledgement that the answer is stored.
    const acknowledged: Card[][] = await Promise.all(chats.map((c, i) => c.press(opened[i] ?? [], 'No')));
    first.child.kill('SIGKILL');
    await first.exited;
    for (const cards of acknowledged) expect(headings(cards)).toEqual([FIRST_AREA]);

    const second = await startProcess(settings);
    try {
      const again = chats.map((c) => chat(second.url, c.conversationId, `user-fictional-burst-${chats.indexOf(c)}`));
      const backs = await Promise.all(again.map((c, i) => c.press(acknowledged[i] ?? [], 'Back')));
      for (const cards of backs) expect(headings(cards)).toEqual([DANGER]);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
