import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger';
import { openEmbeddedStorage } from '../../bot/storage/embedded.storage';
import type { View } from '../../cards/view';
import { FICTIONAL_NOTES, findLeaks } from '../support/personalTestValues';
import { testTurnRunner } from '../support/turnRunner';

/**
 * A saved draft the store decrypts but which does not read as a journey (damaged, or written in a shape
 * this version does not know) is not dropped from the person's drafts: it is listed as one that can no
 * longer be read, with Delete only, and deleting it is audited as any draft's deletion. The log says that
 * such a draft was found, with its kind of journey, never what it holds. Every value is fictional.
 */

const OWNER = 'owner-fictional-unreadable-draft';
const DRAFT_ID = 'instance-fizzlewick-unreadable';
const SAVED = new Date('2026-12-01T09:00:00Z');
const NOW = new Date('2026-12-04T10:00:00Z');
const EXPIRES = new Date('2026-12-29T09:00:00Z');
/** What the store holds: a journey in a shape no version of this one's schema reads, with a typed note in it. */
const NOT_A_JOURNEY = { flowId: 'school.firstSteps', machineVersion: 'nine', instanceId: DRAFT_ID, snapshot: 'Quirkfield', openingNote: FICTIONAL_NOTES.concern };

function setUp() {
  let logged = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const storage = openEmbeddedStorage(':memory:');
  const runTurn = testTurnRunner(storage, { logger: createLogger('info', sink), clock: () => NOW });
  const turn = (event: Parameters<typeof runTurn>[0]['event'], n: number) => runTurn({ conversationId: 'conv-fictional-unreadable-draft', ownerKey: OWNER, activityId: `unreadable-draft-${n}`, event });
  return { storage, turn, log: () => logged };
}

const groupsOf = (views: View[]) => {
  const list = views.find((v) => v.kind === 'notice' && v.title.key === 'notices:drafts.title');
  return list?.kind === 'notice' ? (list.groups ?? []) : [];
};

describe('a saved draft that does not read as a journey', () => {
  it('is listed as one that can no longer be read, with Delete only; the log names its journey, never what it holds', async () => {
    const { storage, turn, log } = setUp();
    await storage.drafts.put({ ownerKey: OWNER, draftId: DRAFT_ID, flowId: 'school.firstSteps', state: NOT_A_JOURNEY, updatedAt: SAVED, expiresAt: EXPIRES });

    const menu = await turn({ event: 'menu.requested' }, 1);
    expect(menu[0]?.kind === 'welcome' && menu[0].resumable.map((a) => a.label)).toEqual([{ key: 'welcome:savedDrafts', values: { count: 1 } }]);
    const groups = groupsOf(await turn({ event: 'drafts.requested' }, 2));
    expect(groups.map((g) => [g.heading.key, g.lines?.map((l) => l.key), g.actions.map((a) => a.data)])).toEqual([
      ['school:title', ['notices:drafts.cannotRead', 'notices:drafts.role', 'notices:drafts.saved', 'notices:drafts.expires'], [{ event: 'draft.deleteRequested', draftId: DRAFT_ID }]],
    ]);

    expect(log()).toContain('a saved draft does not read as a journey');
    expect(log()).toContain('"flowId":"school.firstSteps"');
    expect(findLeaks(log())).toEqual([]);
    expect(log()).not.toMatch(new RegExp(`${DRAFT_ID}|${OWNER}|Quirkfield|nine`));
  });

  it('pressed Resume on a card drawn before, says it can no longer be read and stays listed', async () => {
    const { storage, turn } = setUp();
    await storage.drafts.put({ ownerKey: OWNER, draftId: DRAFT_ID, flowId: 'school.firstSteps', state: NOT_A_JOURNEY, updatedAt: SAVED, expiresAt: EXPIRES });
    const pressed = await turn({ event: 'draft.resumed', draftId: DRAFT_ID }, 1);
    expect(pressed.map((v) => (v.kind === 'notice' ? v.title.key : v.kind))).toEqual(['notices:draftUnreadable.title', 'welcome']);
    expect(await storage.drafts.list(OWNER, NOW)).toHaveLength(1);
  });

  it('is deleted after one question, and the deletion is audited under the journey it was saved as', async () => {
    const { storage, turn } = setUp();
    await storage.drafts.put({ ownerKey: OWNER, draftId: DRAFT_ID, flowId: 'school.firstSteps', state: NOT_A_JOURNEY, updatedAt: SAVED, expiresAt: EXPIRES });
    const asked = await turn({ event: 'draft.deleteRequested', draftId: DRAFT_ID }, 1);
    expect(asked.map((v) => (v.kind === 'notice' ? v.title.key : v.kind))).toEqual(['notices:confirmDeleteDraft.title']);
    const deleted = await turn({ event: 'draft.deleteConfirmed', draftId: DRAFT_ID }, 2);
    expect(deleted.map((v) => (v.kind === 'notice' ? v.title.key : v.kind))).toEqual(['notices:draftDeleted.title', 'welcome']);
    expect(await storage.drafts.list(OWNER, NOW)).toEqual([]);
    expect((await storage.audit.listBySubject(DRAFT_ID)).map((e) => e.action)).toEqual(['draft.deleted']);
  });
});
