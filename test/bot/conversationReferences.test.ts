import type { Activity } from 'botbuilder';
import { conversationKeeper, referenceToKeep } from '../../bot/alerts/conversationReferences';
import { createLogger } from '../../bot/logger';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import { StorageUnavailableError } from '../../bot/storage/types';

/** Which conversations are kept as where a person's alerts go, and what of them. All ids are fictional. */

const T0 = new Date('2031-03-04T09:00:00.000Z');
const personal: Partial<Activity> & { conversation: Activity['conversation'] } = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.example.invalid/emea/',
  locale: 'en-GB',
  conversation: { id: 'a:personal-fictional', conversationType: 'personal', isGroup: false, tenantId: '00000000-0000-4000-8000-00000000beef', name: 'Chat name (fictional)' },
  recipient: { id: '28:assistant', name: 'Assistant' },
  from: { id: '29:user-fictional', name: 'Fictional Person Quorn', aadObjectId: '00000000-0000-4000-8000-0000000000a2' },
  text: 'hello',
  id: 'activity-1',
};

describe('referenceToKeep', () => {
  it('keeps what posting into a personal chat needs, and nothing else: no name, no text, no activity id', () => {
    expect(referenceToKeep(personal)).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example.invalid/emea/',
      locale: 'en-GB',
      conversation: { id: 'a:personal-fictional', conversationType: 'personal', isGroup: false, tenantId: '00000000-0000-4000-8000-00000000beef' },
      bot: { id: '28:assistant', name: '' },
      user: { id: '29:user-fictional', name: '', aadObjectId: '00000000-0000-4000-8000-0000000000a2' },
    });
    expect(JSON.stringify(referenceToKeep(personal))).not.toMatch(/Quorn|hello|activity-1|Chat name/);
  });

  it.each([
    ['the app installed (the bot added to the personal chat)', { ...personal, type: 'conversationUpdate', membersAdded: [{ id: '28:assistant', name: '' }] }, true],
    ['Teams installationUpdate add', { ...personal, type: 'installationUpdate', action: 'add' }, true],
    ['the local web chat opened (the user added)', { ...personal, type: 'conversationUpdate', membersAdded: [{ id: '29:user-fictional', name: '' }] }, true],
    ['someone else added', { ...personal, type: 'conversationUpdate', membersAdded: [{ id: '29:another', name: '' }] }, false],
    ['the app removed', { ...personal, type: 'installationUpdate', action: 'remove' }, false],
    ['a typing indicator', { ...personal, type: 'typing' }, false],
    ['a group chat', { ...personal, conversation: { ...personal.conversation, conversationType: 'groupChat', isGroup: true } }, false],
    ['a channel', { ...personal, conversation: { ...personal.conversation, conversationType: 'channel' } }, false],
    ['a conversation of no stated type', { ...personal, conversation: { id: 'c-1', isGroup: false, conversationType: '', name: '' } }, false],
    ['a personal chat marked as a group', { ...personal, conversation: { ...personal.conversation, isGroup: true } }, false],
    ['no service URL', { ...personal, serviceUrl: undefined }, false],
  ])('%s: kept %s', (_case, activity: Partial<Activity>, kept) => {
    expect(referenceToKeep(activity) !== undefined).toBe(kept);
  });
});

describe('conversationKeeper', () => {
  it('upserts one reference per person, writing a chat it has already kept only once', async () => {
    const storage = openEmbeddedStorage(':memory:');
    let puts = 0;
    const counted = { put: async (...args: Parameters<typeof storage.references.put>) => ((puts += 1), storage.references.put(...args)), get: storage.references.get };
    const keeper = conversationKeeper(counted, createLogger('silent'));
    const objectId = '00000000-0000-4000-8000-0000000000a2';
    await keeper.keep(objectId, personal, T0);
    const again: Partial<Activity> = { ...personal, text: 'again' };
    await keeper.keep(objectId, again, T0);
    expect(puts).toBe(1);
    const moved = { ...personal, conversation: { ...personal.conversation, id: 'a:personal-fictional-2' } };
    await keeper.keep(objectId, moved, T0);
    expect(puts).toBe(2);
    expect(await storage.references.get(objectId)).toMatchObject({ conversation: { id: 'a:personal-fictional-2' } });
    await keeper.keep(objectId, { ...personal, conversation: { ...personal.conversation, conversationType: 'channel' } }, T0);
    expect(puts).toBe(2);
    await storage.close();
  });

  it('never fails the turn when the store is out of reach, and keeps the chat on a later turn', async () => {
    let down = true;
    const stored: unknown[] = [];
    const keeper = conversationKeeper(
      {
        put: async (_objectId, reference) => {
          if (down) throw new StorageUnavailableError(new Error('unreachable'));
          stored.push(reference);
        },
        get: async () => undefined,
      },
      createLogger('silent'),
    );
    await expect(keeper.keep('00000000-0000-4000-8000-0000000000a2', personal, T0)).resolves.toBeUndefined();
    down = false;
    await keeper.keep('00000000-0000-4000-8000-0000000000a2', personal, T0);
    expect(stored).toHaveLength(1);
  });
});
