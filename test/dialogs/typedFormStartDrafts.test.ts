import type { ActionView, Translate, View } from '../../cards/view';
import { renderView } from '../../cards/render';
import { handleTurn } from '../../dialogs/conversation';
import type { ParkedJourney } from '../../dialogs/turn';
import { cardProblems } from '../support/adaptiveCards';
import { catalogue } from '../support/catalogue';
import { strictT } from '../support/i18n';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * A form started in words ("start the return home interview") while drafts of it are saved: each draft is offered to
 * open, as the saved drafts card lists each (issue 8: with several, only the newest was offered), then a new, blank one.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const FORM = 'form.returnHomeInterview';

function draftOf(draftId: string, updatedAt: string): ParkedJourney {
  const flow = catalogue.byId(FORM);
  if (flow === undefined) throw new Error(`no form ${FORM}`);
  return {
    draftId,
    flowId: FORM,
    flow: { flowId: FORM, machineVersion: flow.version, instanceId: draftId, revision: 1, snapshot: flow.start({}), history: [] },
    updatedAt: new Date(updatedAt),
    expiresAt: new Date('2026-12-31T09:00:00Z'),
  };
}

const allActions = (view: View | undefined): ActionView[] => (view?.kind === 'notice' ? [...view.actions, ...(view.groups ?? []).flatMap((g) => g.actions)] : []);

async function typedStart(drafts: ParkedJourney[]): Promise<View | undefined> {
  const outcome = await handleTurn({ schemaVersion: 1, seenActivityIds: [], role: 'socialCare' }, { event: 'message.received', text: 'start the return home interview' }, 'typed-start', testTurnDeps(drafts, { t }));
  expect(outcome.changed).toBe(false);
  expect(outcome.views).toHaveLength(1);
  return outcome.views[0];
}

describe('a form started in words with drafts of it saved', () => {
  it('with one draft, offers to open it or start a new, blank one', async () => {
    const view = await typedStart([draftOf('draft-a', '2026-12-03T09:00:00Z')]);
    expect(titles(view === undefined ? [] : [view])).toEqual(['notices:formDraftExists.title']);
    expect(allActions(view).map((a) => a.data)).toEqual([
      { event: 'draft.resumed', draftId: 'draft-a' },
      { event: 'flow.startRequested', flowId: FORM },
      { event: 'menu.requested' },
    ]);
  });

  it('with several, offers each to open, newest first, then a new, blank one', async () => {
    const view = await typedStart([draftOf('draft-old', '2026-12-01T09:00:00Z'), draftOf('draft-new', '2026-12-03T09:00:00Z')]);
    expect(titles(view === undefined ? [] : [view])).toEqual(['notices:formDraftsExist.title']);
    const events = allActions(view).map((a) => a.data);
    expect(events.filter((e) => e.event === 'draft.resumed')).toEqual([
      { event: 'draft.resumed', draftId: 'draft-new' },
      { event: 'draft.resumed', draftId: 'draft-old' },
    ]);
    expect(events).toContainEqual({ event: 'flow.startRequested', flowId: FORM });
    if (view === undefined) throw new Error('no card');
    const card = JSON.stringify(renderView(view, t));
    expect(cardProblems(renderView(view, t))).toEqual([]);
    expect(card).toContain('saved 3 Dec 2026');
    expect(card).toContain('saved 1 Dec 2026');
  });
});
