import type { ActionView, Translate, View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import type { ConversationState } from '../../dialogs/conversationState.schema';
import type { CardEvent } from '../../dialogs/events.schema';
import { optionsConsideredSummary } from '../../dialogs/tactics/optionsConsidered';
import type { ParkedJourney, TurnDeps, UnopenedDraft } from '../../dialogs/turn';
import type { CaseFacts } from '../../knowledge/powerFinder/facts';
import { renderView } from '../../cards/render';
import { cardProblems } from '../support/adaptiveCards';
import { catalogue } from '../support/catalogue';
import { strictT } from '../support/i18n';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * A summary offers every form that fits what its journey recorded, one button each; a press is
 * checked against those offers; a saved draft of the form is never filled over, and one the store can no
 * longer decrypt is said so before a new one is started.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const deps = (drafts: ParkedJourney[] = []): TurnDeps => testTurnDeps(drafts, { t });

function stateAt(flowId: string, value: string, context: Record<string, unknown>, role?: ConversationState['role']): ConversationState {
  const flow = catalogue.byId(flowId);
  if (flow === undefined) throw new Error(`no flow ${flowId}`);
  const state: ConversationState = {
    schemaVersion: 1,
    seenActivityIds: [],
    flow: { flowId, machineVersion: flow.version, instanceId: 'journey-1', revision: 7, snapshot: { value, context }, history: [] },
  };
  return role === undefined ? state : { ...state, role };
}

const ref = { instanceId: 'journey-1', revision: 7 };
const SOCIAL_CARE = { danger: 'no', socialWorker: 'no', significantHarm: 'yes', organisedAbuse: 'no', missing: 'yes', seventeenOrOver: 'no', trafficking: 'notSure' };
const socialCare = (lookedAfter: string) => stateAt('socialCare.firstSteps', 'planningNextSteps', { ...SOCIAL_CARE, lookedAfter });

/** Every action on the views, by what it asks for. */
function actions(views: View[]): ActionView[] {
  return views.flatMap((v) => (v.kind === 'step' ? [...v.choices, ...v.navigation] : v.kind === 'notice' ? v.actions : []));
}
const offered = (views: View[]) => actions(views).flatMap((a) => (a.data.event === 'form.startRequested' ? [[t(a.label.key), a.data.formId]] : []));
const press = (state: ConversationState, event: CardEvent, drafts: ParkedJourney[] = []) => handleTurn(state, event, undefined, deps(drafts));
const answersOf = (state: ConversationState) => (state.flow?.snapshot as { context: { answers: Record<string, unknown>; prefill?: Record<string, unknown> } }).context;

describe('the social care summary', () => {
  it.each([
    ['placedKnownAtRisk', 'atRiskWhenPlaced'],
    ['atRiskAfterPlacement', 'atRiskAfterPlacement'],
  ])('offers the out-of-borough notification beside the MASE form for %s, filled in with trigger %s', async (lookedAfter, trigger) => {
    const summary = await press(socialCare(lookedAfter), { event: 'flow.resumed', flowId: 'socialCare.firstSteps', instanceId: 'journey-1' });
    expect(offered(summary.views)).toEqual([
      ['Fill in the MASE form', 'form.maseInformation'],
      ['Notify the host authority', 'form.outOfBoroughNotification'],
    ]);
    const started = await press(socialCare(lookedAfter), { event: 'form.startRequested', flowId: 'socialCare.firstSteps', ...ref, formId: 'form.outOfBoroughNotification' });
    expect(started.state.flow?.flowId).toBe('form.outOfBoroughNotification');
    expect(answersOf(started.state).answers).toEqual({ trigger });
    expect(answersOf(started.state).prefill).toEqual({ ...SOCIAL_CARE, lookedAfter });
  });

  it.each(['no', 'inBorough'])('offers only the MASE form when looked after is %s, and refuses a press for the notification', async (lookedAfter) => {
    const summary = await press(socialCare(lookedAfter), { event: 'flow.resumed', flowId: 'socialCare.firstSteps', instanceId: 'journey-1' });
    expect(offered(summary.views)).toEqual([['Fill in the MASE form', 'form.maseInformation']]);
    const forged = await press(socialCare(lookedAfter), { event: 'form.startRequested', flowId: 'socialCare.firstSteps', ...ref, formId: 'form.outOfBoroughNotification' });
    expect(titles(forged.views)[0]).toBe('notices:staleCard.title');
    expect(forged.state.flow?.flowId).toBe('socialCare.firstSteps');
  });

  it('offers no form before the summary, and refuses one pressed there', async () => {
    const asking = stateAt('socialCare.firstSteps', 'askingLookedAfter', { danger: 'no' });
    expect(offered((await press(asking, { event: 'flow.resumed', flowId: 'socialCare.firstSteps', instanceId: 'journey-1' })).views)).toEqual([]);
    const early = await press(asking, { event: 'form.startRequested', flowId: 'socialCare.firstSteps', ...ref, formId: 'form.maseInformation' });
    expect(titles(early.views)[0]).toBe('notices:staleCard.title');
  });
});

describe('the police summary', () => {
  it('offers the closing report and not the notification, whatever looked after was answered', async () => {
    const summary = stateAt('police.firstSteps', 'summarisingActions', { immediateRisk: 'no', crimeAlleged: 'no', lookedAfter: 'yes', missing: 'no', trafficking: 'no', otherFlags: [] }, 'police');
    const shown = await press(summary, { event: 'flow.resumed', flowId: 'police.firstSteps', instanceId: 'journey-1' });
    expect(offered(shown.views)).toEqual([['Write the closing report', 'form.policeClosingReport']]);
    const forged = await press(summary, { event: 'form.startRequested', flowId: 'police.firstSteps', ...ref, formId: 'form.outOfBoroughNotification' });
    expect(titles(forged.views)[0]).toBe('notices:staleCard.title');
  });
});

const FINDER_FACTS: CaseFacts = { age: 'under16', legalStatus: 'none', suspect: 'identified', sexualAct: 'no', foundWith: 'twiceOrMore', hotel: 'yes', business: 'no', residence: 'no', vehicle: 'no', online: 'no', publicSpace: 'no', movement: 'no', group: 'no' };
const finder = (role?: ConversationState['role'], value = 'showingOptions') => stateAt('tactics.powerFinder', value, FINDER_FACTS, role);

describe("the finder's result", () => {
  it.each<[ConversationState['role'], string[]]>([
    ['police', ['form.policeClosingReport', 'form.maseInformation']],
    ['socialCare', ['form.maseInformation']],
    [undefined, ['form.policeClosingReport', 'form.maseInformation']],
    ['school', []],
    ['health', []],
    ['business', []],
  ])('for a %s user offers %j', async (role, forms) => {
    for (const value of ['showingOptions', 'copyingText']) {
      const shown = await press(finder(role, value), { event: 'flow.resumed', flowId: 'tactics.powerFinder', instanceId: 'journey-1' });
      expect(offered(shown.views).map(([, formId]) => formId)).toEqual(forms);
    }
  });

  it('labels its offers as the issue words them', async () => {
    const shown = await press(finder('police'), { event: 'flow.resumed', flowId: 'tactics.powerFinder', instanceId: 'journey-1' });
    expect(offered(shown.views).map(([label]) => label)).toEqual(['Add to a police closing report', 'Add to a MASE information form']);
  });

  it.each(['form.policeClosingReport', 'form.maseInformation'])('starts %s with the options considered filled in, and the facts weighed kept', async (formId) => {
    const started = await press(finder('police'), { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId });
    expect(started.state.flow?.flowId).toBe(formId);
    const { answers, prefill } = answersOf(started.state);
    expect(answers).toEqual({ optionsConsidered: optionsConsideredSummary(FINDER_FACTS, t) });
    expect(prefill).toMatchObject({ 'powerFinder.age': 'under16', 'powerFinder.hotel': 'yes', 'powerFinder.suspect': 'identified' });
  });

  it("refuses a teacher's forged press for the closing report", async () => {
    const forged = await press(finder('school'), { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.policeClosingReport' });
    expect(titles(forged.views)[0]).toBe('notices:staleCard.title');
  });
});

describe('a saved draft of the offered form', () => {
  const draftOf = async (formId: string): Promise<ParkedJourney> => {
    const flow = catalogue.byId(formId);
    if (flow === undefined) throw new Error(`no form ${formId}`);
    const journey = flow.start({ answers: { optionsConsidered: 'A fictional draft answer, kept as typed' } });
    return {
      draftId: 'draft-1',
      flowId: formId,
      flow: { flowId: formId, machineVersion: flow.version, instanceId: 'draft-1', revision: 3, snapshot: journey, history: [] },
      updatedAt: new Date('2026-12-03T09:00:00Z'),
      expiresAt: new Date('2026-12-31T09:00:00Z'),
    };
  };

  it('is said, with the choice to open it or start a new one; nothing is started or changed', async () => {
    const draft = await draftOf('form.policeClosingReport');
    const asked = await press(finder('police'), { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.policeClosingReport' }, [draft]);
    expect(titles(asked.views)).toEqual(['notices:formDraftExists.title']);
    expect(asked.changed).toBe(false);
    expect(asked.effects).toEqual([]);
    expect(actions(asked.views).map((a) => [t(a.label.key), a.data])).toEqual([
      ['Open the draft', { event: 'draft.resumed', draftId: 'draft-1' }],
      ['Start a new one', { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.policeClosingReport', asNew: true }],
      ['Carry on where I was', { event: 'flow.resumed', flowId: 'tactics.powerFinder', instanceId: 'journey-1' }],
    ]);
    const [notice] = asked.views;
    if (notice === undefined) throw new Error('no card');
    const card = renderView(notice, t);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Police closing report, saved 3 Dec 2026');
  });

  it('opens as it was saved, its answer not filled over', async () => {
    const draft = await draftOf('form.policeClosingReport');
    const opened = await press(finder('police'), { event: 'draft.resumed', draftId: 'draft-1' }, [draft]);
    expect(opened.state.flow?.instanceId).toBe('draft-1');
    expect(answersOf(opened.state).answers).toEqual({ optionsConsidered: 'A fictional draft answer, kept as typed' });
  });

  it('is left alone when a new one is started', async () => {
    const draft = await draftOf('form.maseInformation');
    const started = await press(finder('socialCare'), { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.maseInformation', asNew: true }, [draft]);
    expect(started.state.flow?.flowId).toBe('form.maseInformation');
    expect(started.state.flow?.instanceId).not.toBe('draft-1');
    expect(answersOf(started.state).answers).toEqual({ optionsConsidered: optionsConsideredSummary(FINDER_FACTS, t) });
    // The finder's result is kept in the drafts (it has a step after it); the form's draft is not touched.
    expect(started.effects.filter((e) => e.type !== 'audit')).toEqual([expect.objectContaining({ type: 'draft.park', draftId: 'journey-1' })]);
  });

  it('saved by an older version of the form is said too, and Open carries it over with its answer', async () => {
    const current = await draftOf('form.policeClosingReport');
    const older: ParkedJourney = { ...current, flow: { ...current.flow, machineVersion: current.flow.machineVersion - 1 } };
    const asked = await press(finder('police'), { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.policeClosingReport' }, [older]);
    expect(titles(asked.views)).toEqual(['notices:formDraftExists.title']);
    expect([asked.changed, asked.effects]).toEqual([false, []]);
    expect(actions(asked.views).find((a) => t(a.label.key) === 'Open the draft')?.data).toEqual({ event: 'draft.resumed', draftId: 'draft-1' });
    const opened = await press(finder('police'), { event: 'draft.resumed', draftId: 'draft-1' }, [older]);
    expect(titles(opened.views).slice(0, 1)).toEqual(['notices:formChanged.title']);
    expect([opened.state.flow?.instanceId, opened.state.flow?.machineVersion]).toEqual(['draft-1', current.flow.machineVersion]);
    expect(answersOf(opened.state).answers).toEqual({ optionsConsidered: 'A fictional draft answer, kept as typed' });
  });

  // Issue 8: the hotel journey's summary offered only the newest of several drafts of its form.
  it('several saved are each offered to open, newest first, told apart as the saved drafts list tells them', async () => {
    const older = { ...(await draftOf('form.policeClosingReport')), draftId: 'draft-old' };
    const newer = { ...older, draftId: 'draft-new', updatedAt: new Date('2026-12-03T09:00:30Z') };
    const asked = await press(finder('police'), closingReportOffer, [older, newer]);
    expect(titles(asked.views)).toEqual(['notices:formDraftsExist.title']);
    expect([asked.changed, asked.effects]).toEqual([false, []]);
    const [notice] = asked.views;
    if (notice?.kind !== 'notice') throw new Error('no notice');
    expect((notice.groups ?? []).flatMap((g) => g.actions.map((a) => a.data))).toEqual([
      { event: 'draft.resumed', draftId: 'draft-new' },
      { event: 'draft.resumed', draftId: 'draft-old' },
    ]);
    expect(notice.actions.map((a) => [t(a.label.key), a.data])).toEqual([
      ['Start a new one', { ...closingReportOffer, asNew: true }],
      ['Carry on where I was', { event: 'flow.resumed', flowId: 'tactics.powerFinder', instanceId: 'journey-1' }],
    ]);
    expect(notice.lines.map((l) => t(l.key))).toEqual([expect.stringContaining('filled in from this journey')]);
    const card = renderView(notice, t);
    expect(cardProblems(card)).toEqual([]);
    // Saved in the same minute, at the same page: told apart by the second.
    expect(JSON.stringify(card)).toContain('09:00:30');
  });

  it('of another form does not stop the offer', async () => {
    const draft = await draftOf('form.maseInformation');
    const started = await press(finder('police'), { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.policeClosingReport' }, [draft]);
    expect(started.state.flow?.flowId).toBe('form.policeClosingReport');
  });
});

/** The offer of the power finder's closing report, from its result. */
const closingReportOffer = { event: 'form.startRequested', flowId: 'tactics.powerFinder', ...ref, formId: 'form.policeClosingReport' } as const;

/**
 * A summary's offer that met a saved draft of its form that does not open: the one notice, nothing
 * started or changed, Start a new one, Delete that draft and Carry on (no Open), a valid card naming
 * the draft by its form and day. Returns the card's text for what the notice says of that draft.
 */
function expectClosedDraftCard(asked: Awaited<ReturnType<typeof handleTurn>>, title: string, draftId: string): string {
  expect(titles(asked.views)).toEqual([title]);
  expect([asked.changed, asked.effects]).toEqual([false, []]);
  expect(actions(asked.views).map((a) => [t(a.label.key), a.data, a.style])).toEqual([
    ['Start a new one', { ...closingReportOffer, asNew: true }, 'positive'],
    ['Delete the old draft', { event: 'draft.deleteRequested', draftId }, 'destructive'],
    ['Carry on where I was', { event: 'flow.resumed', flowId: 'tactics.powerFinder', instanceId: 'journey-1' }, undefined],
  ]);
  const [notice] = asked.views;
  if (notice === undefined) throw new Error('no card');
  const card = renderView(notice, t);
  expect(cardProblems(card)).toEqual([]);
  const text = JSON.stringify(card);
  expect(text).toContain('Police closing report, saved 2 Dec 2026');
  expect(text).not.toContain('Open the draft');
  return text;
}

describe('a saved draft of the offered form that the store can no longer decrypt', () => {
  const unreadable = (formId: string, draftId = 'draft-unreadable-1', saved = '2026-12-02T09:00:00Z'): UnopenedDraft => ({ draftId, flowId: formId, updatedAt: new Date(saved), expiresAt: new Date('2026-12-30T09:00:00Z') });
  const offer = closingReportOffer;
  const pressWith = (event: CardEvent, unopenedDrafts: UnopenedDraft[], drafts: ParkedJourney[] = []) => handleTurn(finder('police'), event, undefined, testTurnDeps(drafts, { t, unopenedDrafts }));

  it('is said, never as a draft that opens: start a new one, delete the old one, or carry on; nothing is started or changed', async () => {
    const older = unreadable('form.policeClosingReport', 'draft-unreadable-0', '2026-11-20T09:00:00Z');
    const asked = await pressWith(offer, [older, unreadable('form.policeClosingReport'), unreadable('form.maseInformation', 'draft-other')]);
    // The newest of them is named; the others stay in the saved drafts list.
    const text = expectClosedDraftCard(asked, 'notices:formDraftUnreadable.title', 'draft-unreadable-1');
    expect(text).toContain('Its answers cannot be opened or got back.');
  });

  it('gives way to a draft of the form that opens, which is offered as before', async () => {
    const flow = catalogue.byId('form.policeClosingReport');
    if (flow === undefined) throw new Error('no form');
    const opens: ParkedJourney = {
      draftId: 'draft-1',
      flowId: 'form.policeClosingReport',
      flow: { flowId: 'form.policeClosingReport', machineVersion: flow.version, instanceId: 'draft-1', revision: 1, snapshot: flow.start(), history: [] },
      updatedAt: new Date('2026-12-01T09:00:00Z'),
      expiresAt: new Date('2026-12-29T09:00:00Z'),
    };
    const asked = await pressWith(offer, [unreadable('form.policeClosingReport')], [opens]);
    expect(titles(asked.views)).toEqual(['notices:formDraftExists.title']);
  });

  it('is left alone when a new one is started, and does not stop the offer of another form', async () => {
    const started = await pressWith({ ...offer, asNew: true }, [unreadable('form.policeClosingReport')]);
    expect(started.state.flow?.flowId).toBe('form.policeClosingReport');
    expect(started.effects.filter((e) => e.type !== 'audit')).toEqual([expect.objectContaining({ type: 'draft.park', draftId: 'journey-1' })]);
    const other = await pressWith(offer, [unreadable('form.maseInformation')]);
    expect(other.state.flow?.flowId).toBe('form.policeClosingReport');
  });

  it('is deleted from the offer after the one question every draft is deleted with', async () => {
    const asked = await pressWith({ event: 'draft.deleteRequested', draftId: 'draft-unreadable-1' }, [unreadable('form.policeClosingReport')]);
    expect(titles(asked.views)).toEqual(['notices:confirmDeleteDraft.title']);
    const deleted = await pressWith({ event: 'draft.deleteConfirmed', draftId: 'draft-unreadable-1' }, [unreadable('form.policeClosingReport')]);
    expect(deleted.effects).toEqual([{ type: 'draft.remove', draftId: 'draft-unreadable-1' }, { type: 'audit', action: 'draft.deleted', subject: 'draft-unreadable-1' }]);
  });
});

describe('a saved draft of the offered form that an older version saved and this version cannot open', () => {
  const offer = closingReportOffer;
  const form = catalogue.byId('form.policeClosingReport');
  if (form === undefined) throw new Error('no form');
  /** Reads as a journey, but its state is one no version of the form now has: neither opened nor carried over. */
  const cannotOpen = (draftId = 'draft-old-1', saved = '2026-12-02T09:00:00Z'): ParkedJourney => ({
    draftId,
    flowId: 'form.policeClosingReport',
    flow: { flowId: 'form.policeClosingReport', machineVersion: form.version - 1, instanceId: draftId, revision: 2, snapshot: { value: 'retiredPage', context: {} }, history: [] },
    updatedAt: new Date(saved),
    expiresAt: new Date('2026-12-30T09:00:00Z'),
  });
  const unreadable = (saved: string): UnopenedDraft => ({ draftId: 'draft-unreadable-1', flowId: 'form.policeClosingReport', updatedAt: new Date(saved), expiresAt: new Date('2026-12-30T09:00:00Z') });
  const pressWith = (event: CardEvent, drafts: ParkedJourney[], unopenedDrafts: UnopenedDraft[] = []) => handleTurn(finder('police'), event, undefined, testTurnDeps(drafts, { t, unopenedDrafts }));

  it('is said as one saved by an older version that cannot be opened: start a new one, delete it, or carry on; no Open, nothing started or changed', async () => {
    const asked = await pressWith(offer, [cannotOpen()]);
    const text = expectClosedDraftCard(asked, 'notices:formDraftCannotOpen.title', 'draft-old-1');
    expect(text).toContain('It was saved by an older version of this assistant, and this version cannot open it.');
    expect(text).not.toContain('can no longer be read');
  });

  it('is the one the saved drafts list offers to delete only, and Resume on an old card says it cannot be opened', async () => {
    const listed = await pressWith({ event: 'drafts.requested' }, [cannotOpen()]);
    const listedActions = listed.views.flatMap((v) => (v.kind === 'notice' ? (v.groups ?? []).flatMap((g) => g.actions) : []));
    expect(listedActions.map((a) => a.data.event)).toEqual(['draft.deleteRequested']);
    const resumed = await pressWith({ event: 'draft.resumed', draftId: 'draft-old-1' }, [cannotOpen()]);
    expect(titles(resumed.views)[0]).toBe('notices:draftCannotOpen.title');
  });

  it('gives way to a draft of the form that opens, even an older one', async () => {
    const opens: ParkedJourney = { ...cannotOpen('draft-1', '2026-11-01T09:00:00Z'), flow: { flowId: 'form.policeClosingReport', machineVersion: form.version, instanceId: 'draft-1', revision: 1, snapshot: form.start(), history: [] } };
    const asked = await pressWith(offer, [cannotOpen(), opens], [unreadable('2026-12-03T09:00:00Z')]);
    expect(titles(asked.views)).toEqual(['notices:formDraftExists.title']);
    expect(actions(asked.views)[0]?.data).toEqual({ event: 'draft.resumed', draftId: 'draft-1' });
  });

  it('beside one the store cannot read, the newer of the two is named', async () => {
    const newerUnreadable = await pressWith(offer, [cannotOpen()], [unreadable('2026-12-03T09:00:00Z')]);
    expect(titles(newerUnreadable.views)).toEqual(['notices:formDraftUnreadable.title']);
    const newerOld = await pressWith(offer, [cannotOpen()], [unreadable('2026-12-01T09:00:00Z')]);
    expect(titles(newerOld.views)).toEqual(['notices:formDraftCannotOpen.title']);
    expect(actions(newerOld.views).find((a) => a.data.event === 'draft.deleteRequested')?.data).toEqual({ event: 'draft.deleteRequested', draftId: 'draft-old-1' });
  });

  it('is left alone when a new one is started', async () => {
    const started = await pressWith({ ...offer, asNew: true }, [cannotOpen()]);
    expect(started.state.flow?.flowId).toBe('form.policeClosingReport');
    expect(started.effects.filter((e) => e.type !== 'audit')).toEqual([expect.objectContaining({ type: 'draft.park', draftId: 'journey-1' })]);
  });
});
