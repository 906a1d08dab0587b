import { createHash } from 'node:crypto';
import { z } from 'zod';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { ownerKeyOf } from '../../bot/ownerKey';
import { chat, findAction, startTestAssistant, type Card } from '../support/assistant';
import { findLeaks } from '../support/personalTestValues';
import { TEST_AUDIT_KEY_SECRET } from '../support/testKeys';
import { auditActorKeyer } from '../../bot/auditActor';

/** The audit log names its actor by a salted key: not the owner key, not recomputable from a user id, the same for one person. */

const instanceOf = (cards: Card[], title: string): string => z.object({ instanceId: z.string() }).parse(findAction(cards, title)?.data).instanceId;

async function auditedActors(secret: string, userId: string): Promise<{ actors: string[]; entries: string }> {
  const assistant = await startTestAssistant('embedded', { AUDIT_KEY_SECRET: secret });
  try {
    const c = chat(assistant.url, undefined, userId);
    const danger = await c.say('school');
    const subject = instanceOf(danger, 'No');
    await c.say('cancel');
    const storage = openEmbeddedStorage(assistant.dataFile);
    try {
      const entries = await storage.audit.listBySubject(subject);
      return { actors: entries.map((entry) => entry.actorKey), entries: JSON.stringify(entries) };
    } finally {
      await storage.close();
    }
  } finally {
    await assistant.stop();
  }
}

describe('audit actor keys', () => {
  const userId = 'user-fictional-audit-1';
  const ownerKey = ownerKeyOf({ channelId: 'test', from: { id: userId, name: '' } });
  const unsalted = createHash('sha256').update(`test:${userId}`).digest('hex').slice(0, 32);

  it('are an HMAC of the owner key under AUDIT_KEY_SECRET: one key per person, never the recomputable owner key', async () => {
    const { actors, entries } = await auditedActors(TEST_AUDIT_KEY_SECRET, userId);
    expect(actors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(actors)).toEqual(new Set([auditActorKeyer(TEST_AUDIT_KEY_SECRET)(ownerKey)]));
    expect(entries).not.toContain(ownerKey);
    expect(entries).not.toContain(unsalted);
    expect(entries).not.toContain(userId);
    expect(findLeaks(entries)).toEqual([]);
  });

  it('change with the secret, so nobody without it can link an entry to a user id', async () => {
    const other = 'another-fictional-audit-secret-0123456789';
    const { actors } = await auditedActors(other, userId);
    expect(new Set(actors)).toEqual(new Set([auditActorKeyer(other)(ownerKey)]));
    expect(actors).not.toContain(auditActorKeyer(TEST_AUDIT_KEY_SECRET)(ownerKey));
  });
});
