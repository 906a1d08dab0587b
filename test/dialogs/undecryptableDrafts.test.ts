import { handleTurn } from '../../dialogs/conversation';
import type { ParkedJourney, TurnDeps, UnopenedDraft } from '../../dialogs/turn';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * A saved draft the store could not decrypt is listed with the others, marked so, with Delete only;
 * deleting it asks once, removes it and audits it under its id; a Resume pressed on an older card says
 * it can no longer be read. Every value is fictional.
 */

const SAVED = new Date('2026-11-30T09:00:00Z');
const EXPIRES = new Date('2026-12-28T09:00:00Z');
const unopened: UnopenedDraft = { draftId: 'instance-fizzlewick-1', flowId: 'school.firstSteps', updatedAt: SAVED, expiresAt: EXPIRES };

const deps = (drafts: ParkedJourney[] = [], unopenedDrafts: UnopenedDraft[] = [unopened]): TurnDeps => testTurnDeps(drafts, { unopenedDrafts });

async function listOf(d: TurnDeps) {
  const outcome = await handleTurn(undefined, { event: 'drafts.requested' }, 'a1', d);
  const list = outcome.views[0];
  if (list?.kind !== 'notice') throw new Error('no drafts list');
  return list;
}

describe('a saved draft that cannot be decrypted', () => {
  it('is counted on the menu and listed with why it cannot be opened, and Delete only', async () => {
    const menu = await handleTurn(undefined, { event: 'menu.requested' }, 'a1', deps());
    const welcome = menu.views[0];
    expect(welcome?.kind === 'welcome' && welcome.resumable.map((a) => a.label)).toEqual([{ key: 'welcome:savedDrafts', values: { count: 1 } }]);
    const list = await listOf(deps());
    expect(list.title.key).toBe('notices:drafts.title');
    expect(list.groups?.map((g) => [g.heading.key, g.lines?.[0]?.key, g.actions.map((a) => a.data)])).toEqual([
      ['school:title', 'notices:drafts.cannotRead', [{ event: 'draft.deleteRequested', draftId: unopened.draftId }]],
    ]);
    expect(list.groups?.[0]?.lines?.map((l) => l.key)).toEqual(['notices:drafts.cannotRead', 'notices:drafts.role', 'notices:drafts.saved', 'notices:drafts.expires']);
  });

  it('is not listed when its journey is no longer offered, as any draft', async () => {
    const list = await listOf(deps([], [{ ...unopened, flowId: 'retired.quirkfield' }]));
    expect(list.title.key).toBe('notices:noDrafts.title');
  });

  it('pressed Resume on a card drawn before, says it can no longer be read and stays listed; nothing is opened, removed or audited', async () => {
    const pressed = await handleTurn(undefined, { event: 'draft.resumed', draftId: unopened.draftId }, 'a1', deps());
    expect(titles(pressed.views)).toEqual(['notices:draftUnreadable.title', 'welcome']);
    expect([pressed.changed, pressed.effects, pressed.state.flow]).toEqual([false, [], undefined]);
    const [notice, welcome] = pressed.views;
    expect(notice?.kind === 'notice' && notice.safetyLine).toBe(true);
    expect(welcome?.kind === 'welcome' && welcome.resumable.map((a) => a.label)).toEqual([{ key: 'welcome:savedDrafts', values: { count: 1 } }]);
  });

  it('pressed Resume when its journey is no longer offered, is gone as far as the user can see', async () => {
    const pressed = await handleTurn(undefined, { event: 'draft.resumed', draftId: unopened.draftId }, 'a1', deps([], [{ ...unopened, flowId: 'retired.quirkfield' }]));
    expect(titles(pressed.views)).toEqual(['notices:draftGone.title', 'welcome']);
  });

  it('is deleted after one question, audited by its id, and the menu no longer counts it', async () => {
    const asked = await handleTurn(undefined, { event: 'draft.deleteRequested', draftId: unopened.draftId }, 'a1', deps());
    expect(titles(asked.views)).toEqual(['notices:confirmDeleteDraft.title']);
    const deleted = await handleTurn(undefined, { event: 'draft.deleteConfirmed', draftId: unopened.draftId }, 'a2', deps());
    expect(titles(deleted.views)).toEqual(['notices:draftDeleted.title', 'welcome']);
    expect(deleted.effects).toEqual([{ type: 'draft.remove', draftId: unopened.draftId }, { type: 'audit', action: 'draft.deleted', subject: unopened.draftId }]);
    const welcome = deleted.views[1];
    expect(welcome?.kind === 'welcome' && welcome.resumable).toEqual([]);
  });
});
