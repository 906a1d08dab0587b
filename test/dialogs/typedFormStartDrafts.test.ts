import type { ActionView, Translate, View } from '../../cards/view';
import { renderView } from '../../cards/render';
import { handleTurn } from '../../dialogs/conversation';
import { draftsView } from '../../dialogs/drafts';
import type { ParkedJourney } from '../../dialogs/turn';
import { say } from '../../cards/fragments';
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

function draftOf(draftId: string, updatedAt: string, at: 'firstPage' | 'checkingAnswers' = 'firstPage', answers: Record<string, string> = {}): ParkedJourney {
  const flow = catalogue.byId(FORM);
  if (flow === undefined) throw new Error(`no form ${FORM}`);
  const started = flow.start({ answers });
  const snapshot = at === 'firstPage' ? started : { ...started, value: 'checkingAnswers' };
  return {
    draftId,
    flowId: FORM,
    flow: { flowId: FORM, machineVersion: flow.version, instanceId: draftId, revision: 1, snapshot, history: [] },
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
    expect(card).toContain('Saved 3 Dec 2026');
    expect(card).toContain('Saved 1 Dec 2026');
  });
});

// Issue 8: two drafts of one form, offered by typing, read "Independent return home interview record, saved 7 Dec 2026,
// 09:04" twice; the saved drafts list told them apart by the page each reached.
describe('the drafts a typed start offers, told apart', () => {
  const groupLines = (view: View | undefined) => (view?.kind === 'notice' ? (view.groups ?? []).map((g) => g.lines ?? []) : []);
  const groupTexts = (view: View | undefined) => groupLines(view).map((lines) => lines.map((line) => t(line.key, { ...line.values })).join(' / '));

  it('each says how far it got, in the words the saved drafts list uses for it', async () => {
    const drafts = [draftOf('draft-check', '2026-12-07T09:04:00Z', 'checkingAnswers'), draftOf('draft-page', '2026-12-07T09:04:30Z')];
    const view = await typedStart(drafts);
    const [newest, older] = groupLines(view);
    expect(newest?.[0]?.key).toMatch(/^notices:drafts\.reachedPage/);
    expect(older?.[0]?.key).toBe('notices:drafts.reachedEnd');
    expect(groupLines(view)).toEqual(groupLines(draftsView(testTurnDeps(drafts, { t }))));
  });

  it('two that got as far, saved in the same minute, are told apart by the second each was saved', async () => {
    const view = await typedStart([draftOf('draft-a', '2026-12-07T09:04:10Z'), draftOf('draft-b', '2026-12-07T09:04:40Z')]);
    const [first, second] = groupTexts(view);
    expect(first).not.toEqual(second);
    expect(first).toContain('09:04:40');
    expect(second).toContain('09:04:10');
    if (view === undefined) throw new Error('no card');
    expect(cardProblems(renderView(view, t))).toEqual([]);
  });

  it('one saved at the same second as another, as far on, is numbered', async () => {
    const view = await typedStart([draftOf('draft-a', '2026-12-07T09:04:10Z'), draftOf('draft-b', '2026-12-07T09:04:10Z')]);
    const [first, second] = groupTexts(view);
    expect(first).not.toEqual(second);
  });

  it('with one draft, the notice says how far it got too', async () => {
    const view = await typedStart([draftOf('draft-check', '2026-12-07T09:04:00Z', 'checkingAnswers')]);
    expect(view?.kind === 'notice' ? view.lines.map((l) => l.key) : []).toContain('notices:drafts.reachedEnd');
  });
});

// Issue 8, the ninth exploratory test: three return home interview drafts, two of them "At home", were told apart only by
// "Saved 7 Dec 2026, 12:06:52" and "12:06:35". The form declares the answers that describe a draft, in order (when the
// child went missing, when they were found or came back, where they live); drafts listed together show the first of
// them that differ, never the child's name.
describe('drafts of one form told apart by the episode, not the second saved', () => {
  const texts = (view: View | undefined) => (view?.kind === 'notice' ? (view.groups ?? []).map((g) => (g.lines ?? []).map((line) => say(t, line)).join(' / ')) : []);
  const CHILD = { childName: 'Fictional Child', livingSituation: 'atHome' };
  const typedAndListed = async (drafts: ParkedJourney[]) => [texts(await typedStart(drafts)), texts(draftsView(testTurnDeps(drafts, { t })))];

  it('by when the child went missing, where that differs, in the offer and in Your saved drafts alike', async () => {
    const drafts = [
      draftOf('draft-a', '2026-12-07T12:06:35Z', 'firstPage', { ...CHILD, missingFrom: '2026-11-30T18:00' }),
      draftOf('draft-b', '2026-12-07T12:06:52Z', 'firstPage', { ...CHILD, missingFrom: '2026-12-05T21:00' }),
      draftOf('draft-c', '2026-12-07T12:05:10Z', 'firstPage', { ...CHILD, livingSituation: 'lookedAfter', missingFrom: '2026-12-02T08:00' }),
    ];
    for (const listed of await typedAndListed(drafts)) {
      expect(listed).toHaveLength(3);
      expect(listed[0]).toMatch(/Date and time the child went missing: 5 December 2026, 21:00/);
      expect(listed[1]).toMatch(/Date and time the child went missing: 30 November 2026, 18:00/);
      expect(listed[2]).toMatch(/Date and time the child went missing: 2 December 2026, 08:00/);
      // Told apart by the episode: the second each was saved is not needed, and no name is shown.
      expect(listed.join(' ')).not.toMatch(/12:06:52|12:06:35|Fictional|F\.C\./);
    }
  });

  it('by when the child was found or came back, where the day they went missing is the same', async () => {
    const missing = { ...CHILD, missingFrom: '2026-11-30T18:00' };
    const drafts = [
      draftOf('draft-a', '2026-12-07T12:06:35Z', 'firstPage', { ...missing, locatedAt: '2026-12-01T07:00' }),
      draftOf('draft-b', '2026-12-07T12:06:52Z', 'firstPage', { ...missing, locatedAt: '2026-12-02T09:30' }),
    ];
    for (const [newest, older] of await typedAndListed(drafts)) {
      expect(newest).toMatch(/Date and time the child was found or came back: 2 December 2026, 09:30/);
      expect(older).toMatch(/Date and time the child was found or came back: 1 December 2026, 07:00/);
      expect(`${newest} ${older}`).not.toContain('went missing');
    }
  });

  it('by an answer given in one and not yet in the other', async () => {
    const drafts = [draftOf('draft-a', '2026-12-07T12:06:35Z', 'firstPage', { ...CHILD, missingFrom: '2026-11-30T18:00' }), draftOf('draft-b', '2026-12-07T12:06:52Z', 'firstPage', CHILD)];
    const [[newest, older] = []] = await typedAndListed(drafts);
    expect(newest).toMatch(/Date and time the child went missing: not given yet/);
    expect(older).toMatch(/Date and time the child went missing: 30 November 2026, 18:00/);
  });

  it('with no describing answer that differs, by the second saved as before, and never by the child\'s name', async () => {
    const drafts = [draftOf('draft-a', '2026-12-07T12:06:35Z', 'firstPage', { ...CHILD, childName: 'Fictional Childone' }), draftOf('draft-b', '2026-12-07T12:06:52Z', 'firstPage', { ...CHILD, childName: 'Fictional Childtwo' })];
    for (const [newest, older] of await typedAndListed(drafts)) {
      expect(newest).toContain('12:06:52');
      expect(older).toContain('12:06:35');
      expect(`${newest} ${older}`).not.toMatch(/Fictional|F\.C\./);
    }
  });

  // Issue 8, RHI drafts: three drafts, two of children who went missing at the same time, read "Reached page 3 … Date and
  // time the child went missing: 5 Dec 2026 20:00" and differed only by the second saved. A further declared detail that
  // names no one tells them apart: the child's age in years, never the date of birth, the name or initials.
  it('by the child\'s age in years where the episode is the same, never the date of birth or the name', async () => {
    const episode = { ...CHILD, missingFrom: '2026-12-03T20:00' };
    const drafts = [
      draftOf('draft-a', '2026-12-07T15:45:21Z', 'firstPage', { ...episode, childName: 'Fictional Childone', dateOfBirth: '2012-03-27' }),
      draftOf('draft-b', '2026-12-07T15:45:46Z', 'firstPage', { ...episode, childName: 'Fictional Childtwo', dateOfBirth: '2010-11-02' }),
      draftOf('draft-c', '2026-12-07T15:40:00Z', 'firstPage', { ...CHILD, missingFrom: '2026-11-30T18:00', dateOfBirth: '2011-06-15' }),
    ];
    for (const listed of await typedAndListed(drafts)) {
      expect(listed).toHaveLength(3);
      expect(listed[0]).toMatch(/went missing: 3 December 2026, 20:00 \/ The child's age: 16\b/);
      expect(listed[1]).toMatch(/went missing: 3 December 2026, 20:00 \/ The child's age: 14\b/);
      expect(listed[2]).toMatch(/went missing: 30 November 2026, 18:00/);
      expect(listed.join(' ')).not.toMatch(/15:45:46|15:45:21|Fictional|F\.C\.|2012|2010|27 March|2 November/);
    }
  });

  it('by the interviewer\'s role, where the episode and the age are the same', async () => {
    const same = { ...CHILD, missingFrom: '2026-12-03T20:00', dateOfBirth: '2012-03-27', interviewOutcome: 'held' };
    const drafts = [
      draftOf('draft-a', '2026-12-07T15:45:21Z', 'firstPage', { ...same, interviewerRole: 'teacher' }),
      draftOf('draft-b', '2026-12-07T15:45:46Z', 'firstPage', { ...same, interviewerRole: 'youthWorker' }),
    ];
    for (const [newest, older] of await typedAndListed(drafts)) {
      expect(newest).toMatch(/Interviewer's role: Youth worker/);
      expect(older).toMatch(/Interviewer's role: Teacher/);
      expect(`${newest} ${older}`).not.toMatch(/15:45:46|15:45:21|The child's age/);
    }
  });
});
