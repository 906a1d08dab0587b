import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';
import { announceSkippedStores, chat, dropDatabase, findAction, headings, startTestAssistant, STORES, type Card, type StoreKind, type TestAssistant } from '../support/assistant';

/**
 * Two instances of the assistant behind one load balancer serve one conversation: turn by turn
 * alternately, then both at the same moment with the same card. Both are real deployments: on
 * MongoDB two instances share one database; on the embedded store two instances on one machine
 * share one file. Nothing is lost, nothing is applied twice.
 */

jest.setTimeout(60_000);
announceSkippedStores();

const DANGER = 'Is the child in immediate danger?';
const DSL_QUESTION = 'Are you the designated safeguarding lead?';
const FIRST_AREA = 'Warning signs 1 of 10: S, Sexual identity, wellbeing and choice';
const SOCIAL_WORKER = 'Does the child have an allocated social worker?';
const MASH = 'Refer to your local MASH now';
const OUT_OF_DATE = 'That card is out of date';

const cardRef = z.object({ instanceId: z.string() });

/** The journey instance a card belongs to (its audit subject), read from one of its actions. */
function instanceOf(cards: Card[], title: string): string {
  return cardRef.parse(findAction(cards, title)?.data).instanceId;
}

/** Both replies to one card pressed twice at once: exactly one moved on, the other was told its card is out of date. */
function expectExactlyOneMovedOn(replies: Card[][], next: string): Card[] {
  const seen = replies.map(headings);
  expect(seen).toEqual(expect.arrayContaining([[next], [OUT_OF_DATE, next]]));
  const winner = replies.find((cards) => headings(cards).length === 1);
  if (winner === undefined) throw new Error('no reply moved on');
  return winner;
}

describe.each(STORES)('two instances serving one conversation (%s store)', (store: StoreKind) => {
  let a: TestAssistant;
  let b: TestAssistant;
  const database = `two_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const dataFile = join(mkdtempSync(join(tmpdir(), 'cse-two-')), 'assistant.db');
  const shared: Record<string, string> = store === 'embedded' ? { DATA_FILE: dataFile } : { MONGODB_DB: database };

  beforeAll(async () => {
    a = await startTestAssistant(store, shared);
    b = await startTestAssistant(store, shared);
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
    await dropDatabase(store, database);
  });

  /** The shared store, opened a third time, to read the audit log both instances wrote to. */
  async function auditActions(subject: string): Promise<string[]> {
    const storage: Storage = store === 'embedded' ? openEmbeddedStorage(dataFile) : await openMongoStorage({ uri: process.env.MONGODB_URI ?? '', database });
    try {
      return (await storage.audit.listBySubject(subject)).map((entry) => entry.action);
    } finally {
      await storage.close();
    }
  }

  it('alternate turns on A and B, then the same card pressed on both at once: it moves on exactly once', async () => {
    expect(a.storageKind).toBe(store);
    expect(b.storageKind).toBe(store);
    const conversationId = `conv-two-${randomBytes(4).toString('hex')}`;
    const onA = chat(a.url, conversationId);
    const onB = chat(b.url, conversationId);

    // Turn by turn, each on the other instance: every answer given on one is there on the other.
    const danger = await onA.say('school');
    expect(headings(danger)).toEqual([DANGER]);
    const signs = await onB.press(danger, 'No');
    expect(headings(signs)).toEqual([FIRST_AREA]);
    const role = await onB.press(await onA.press(signs, 'Skip to the images question'), 'No');
    expect(headings(role)).toEqual([DSL_QUESTION]);
    const socialWorker = await onA.press(role, 'Yes, I am the DSL or a deputy');
    expect(headings(socialWorker)).toEqual([SOCIAL_WORKER]);
    const summary = await onB.press(socialWorker, "I don't know");
    expect(headings(summary)).toEqual([MASH]);
    const first = instanceOf(socialWorker, "I don't know");
    expect(await auditActions(first)).toEqual(['journey.started', 'journey.completed']);

    // A second journey, and a race at every step: the same card pressed on A and on B at once.
    const again = await onA.press(summary, 'Start again');
    expect(headings(again)).toEqual([DANGER]);
    const second = instanceOf(again, 'No');
    expect(second).not.toBe(first);

    const raced = expectExactlyOneMovedOn(await Promise.all([onA.press(again, 'No'), onB.press(again, 'No')]), FIRST_AREA);
    // The journey advanced exactly once: the winner's card is the current one, on either instance.
    const roleCard = await onB.press(await onA.press(raced, 'Skip to the images question'), 'No');
    expect(headings(roleCard)).toEqual([DSL_QUESTION]);
    const next = await onB.press(roleCard, 'Yes, I am the DSL or a deputy');
    expect(headings(next)).toEqual([SOCIAL_WORKER]);

    const final = expectExactlyOneMovedOn(await Promise.all([onA.press(next, "I don't know"), onB.press(next, "I don't know")]), MASH);
    expect(headings(final)).toEqual([MASH]);
    // Completed once, not twice: the effects of the losing press were never applied.
    expect(await auditActions(second)).toEqual(['journey.started', 'journey.completed']);
    expect(await auditActions(first)).toEqual(['journey.started', 'journey.completed']);

    // Both instances agree where the conversation is now.
    const fromA = await onA.press(next, "I don't know");
    const fromB = await onB.press(next, "I don't know");
    expect(headings(fromA)).toEqual([OUT_OF_DATE, MASH]);
    expect(headings(fromB)).toEqual([OUT_OF_DATE, MASH]);
  });
});
