import type { View } from '../../cards/view';
import { buildCatalogue } from '../../dialogs/catalogue';
import { CATALOGUE_ENTRIES } from '../../dialogs/catalogue.content';
import { handleTurn } from '../../dialogs/conversation';
import type { ActiveFlow, ConversationState } from '../../dialogs/conversationState.schema';
import type { FlowDialog } from '../../dialogs/flow';
import type { TurnDeps, TurnOutcome } from '../../dialogs/turn';
import { REFERRAL_FIRST_STEPS_VERSION } from '../../machines/referralFirstSteps.machine';
import { concernRecordForm } from '../../dialogs/forms/concernRecord.form';
import { MAKESAFE_VERSION_2_PATH, POLICE_VERSION_3_PATH, oldJourney, openIn } from '../support/oldVersions';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * A journey or form left open (not saved for later) when the assistant was upgraded to a new version of
 * its statechart or definition: the next turn carries it over, as a saved draft is, with its answers and
 * what its open page held, and stores it once. A press on a card of the old version is out of date; a
 * typed 999 message still gets the 999 card first. Every value is fictional.
 */

const deps = (given: Partial<TurnDeps> = {}): TurnDeps => testTurnDeps([], { newId: () => 'instance-new', ...given });

const shown = (views: View[]): Record<string, string> => {
  const step = views.find((v) => v.kind === 'step');
  return Object.fromEntries((step?.kind === 'step' ? (step.inputs ?? []) : []).flatMap((i) => (i.kind === 'field' || i.kind === 'text' ? [[i.id, i.value ?? '']] : [])));
};

/** A press on a card the old version drew for this journey (its instance and revision). */
function oldPress(state: ConversationState, type: string, value?: string, inputs: Record<string, string> = {}) {
  const flow = state.flow;
  if (flow === undefined) throw new Error('no journey in the test state');
  const answer = value === undefined ? { type } : { type, value };
  return { event: 'flow.answered' as const, flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, answer, inputs };
}

const HALF_WAY = { 'area.absence': 'seen', 'area.technology': 'notSure', category: 'lb', eu: 'yes', ga: 'no', ge: 'no', note: 'Fictional note: a new phone at Quirkfield' };
const policeAtFlagsCard = (): ActiveFlow =>
  oldJourney({ flowId: 'police.firstSteps', machineVersion: 3, value: 'selectingFlags', context: { immediateRisk: 'no', crimeAlleged: 'yes', otherFlags: [] }, history: POLICE_VERSION_3_PATH, pageInputs: { '2': { state: 'selectingFlags', values: HALF_WAY } } });

describe('an open police journey of version 3, at the one flags card, when the server is upgraded', () => {
  it('a press on the old card is out of date: the journey opens at the first of the three cards with what the old card held, stored once', async () => {
    const before = openIn(policeAtFlagsCard());
    const outcome = await handleTurn(before, oldPress(before, 'answer.flags', undefined, HALF_WAY), 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['notices:journeyChanged.title', 'notices:staleCard.title', 'police:recordingSigns.title']);
    expect(shown(outcome.views)).toMatchObject({ 'area.absence': 'seen' });
    expect(outcome.changed).toBe(true);
    expect(outcome.state.flow).toMatchObject({ flowId: 'police.firstSteps', machineVersion: 4, instanceId: 'instance-old', revision: 5, history: [], snapshot: { value: 'recordingSigns' } });
    expect(outcome.state.flow?.pageInputs).toEqual({ '0': { state: 'selectingFlags', values: HALF_WAY } });
    expect(outcome.state.seenActivityIds).toEqual(['activity-1']);
    // Nothing of the press is applied; the carry-over itself is audited.
    expect(outcome.effects).toEqual([{ type: 'audit', action: 'journey.carriedOver.police.firstSteps.v3-to-v4', subject: 'instance-old' }]);
  });

  it('a repeated delivery of that press (a Teams retry) neither carries it over again nor loses the page', async () => {
    const before = openIn(policeAtFlagsCard());
    const press = oldPress(before, 'answer.flags', undefined, HALF_WAY);
    const first = await handleTurn(before, press, 'activity-1', deps());
    const again = await handleTurn(first.state, press, 'activity-1', deps());
    expect(again.changed).toBe(false);
    expect(titles(again.views)).toEqual(['police:recordingSigns.title']);
    expect(shown(again.views)).toEqual(shown(first.views));
    expect(again.state).toEqual(first.state);
  });

  it('a delivery seen before the upgrade carries it over once, and the next turn finds it carried', async () => {
    const before = openIn(policeAtFlagsCard(), ['activity-0']);
    const repeated = await handleTurn(before, oldPress(before, 'answer.flags'), 'activity-0', deps());
    expect(titles(repeated.views)).toEqual(['notices:journeyChanged.title', 'police:recordingSigns.title']);
    expect(repeated.changed).toBe(true);
    const next = await handleTurn(repeated.state, { event: 'menu.requested' }, 'activity-2', deps());
    expect(titles(next.views)).toEqual(['welcome']);
    expect(next.state.flow).toEqual(repeated.state.flow);
  });

  it('carries on from there, each card as the carried draft would show it', async () => {
    const before = openIn(policeAtFlagsCard());
    const carried = await handleTurn(before, { event: 'message.received', text: 'what is a CAWN' }, 'activity-1', deps());
    const flow = carried.state.flow;
    if (flow === undefined) throw new Error('not carried over');
    const signs = shown(carried.views);
    const rationale = await handleTurn(carried.state, { event: 'flow.answered', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, answer: { type: 'answer.signs' }, inputs: signs }, 'activity-2', deps());
    expect(titles(rationale.views)).toEqual(['police:recordingRationale.title']);
    expect(shown(rationale.views)).toMatchObject({ 'area.technology': 'notSure', note: HALF_WAY.note });
  });
});

describe('an open Makesafe journey of version 2, at its old details card, when the server is upgraded', () => {
  const details = { where: 'Room 12 at the Fizzlewick Inn', when: 'Checked in at 22:10', who: 'A girl of about 14, red coat', vehicles: '', payment: 'Cash', bookingName: 'J Fictional' };
  const makesafe = (): ActiveFlow =>
    oldJourney({
      flowId: 'business.firstSteps',
      machineVersion: 2,
      value: 'recordingDetails',
      context: { childPresent: 'no', sector: 'hotel', signs: { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen' }, details: {} },
      history: [...MAKESAFE_VERSION_2_PATH, { value: 'recordingSigns', context: { childPresent: 'no', sector: 'hotel', signs: {}, details: {} } }],
      pageInputs: { '3': { state: 'recordingDetails', values: details } },
      openingNote: 'A fictional girl at the Fizzlewick Inn with two older men',
      revision: 3,
    });

  it('a typed 999 message gets the 999 card first; the journey is carried to who to call with what its page held', async () => {
    const outcome = await handleTurn(openIn(makesafe()), { event: 'message.received', text: "she's with him right now" }, 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['urgent', 'notices:journeyChanged.title']);
    const urgent = outcome.views[0];
    expect(urgent?.kind === 'urgent' && urgent.resume?.data).toEqual({ event: 'flow.resumed', flowId: 'business.firstSteps', instanceId: 'instance-old' });
    expect(outcome.state.flow).toMatchObject({ machineVersion: 3, revision: 4, openingNote: 'A fictional girl at the Fizzlewick Inn with two older men', snapshot: { value: 'reportingNonEmergency' } });
    expect(outcome.state.flow?.snapshot.context).toMatchObject({ sector: 'hotel', earlierDetails: { where: details.where, who: details.who, bookingName: 'J Fictional' } });
  });

  it('a press of "yes, the child is here" on the old card still brings the 999 card first, then the card is out of date', async () => {
    const before = openIn(makesafe());
    const outcome = await handleTurn(before, oldPress(before, 'answer.childPresent', 'yes'), 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['urgent', 'notices:journeyChanged.title', 'notices:staleCard.title', 'business:reportingNonEmergency.title']);
    expect(outcome.state.flow?.machineVersion).toBe(3);
  });
});

describe('an open form whose definition has changed since it was opened', () => {
  const concern = (): ActiveFlow =>
    oldJourney({
      flowId: 'form.concernRecord',
      machineVersion: 0,
      value: 'editingPage',
      context: { page: 'concern', answers: { reporterName: 'A Fictional Teacher', reporterRole: 'Teacher', organisation: 'Quirkfield Academy', childName: 'Fictional Child', setting: 'school', knownToCsc: 'no' }, returnToCheck: false, submitFailed: false },
      history: [{ value: 'editingPage', context: { page: 'reporter', answers: {}, returnToCheck: false, submitFailed: false } }, { value: 'editingPage', context: { page: 'child', answers: {}, returnToCheck: false, submitFailed: false } }],
      pageInputs: { '2': { state: 'editingPage', values: { whatHappened: 'Fictional words: seen with an older man at Quirkfield station' } } },
    });

  it('opens with the answers that still fit and the open page as it was typed, saying the form has changed', async () => {
    const before = openIn(concern());
    const outcome = await handleTurn(before, oldPress(before, 'form.page', 'continue', { whatHappened: 'Fictional words: seen with an older man at Quirkfield station' }), 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['notices:formChanged.title', 'notices:staleCard.title', 'concernRecord:pages.reporter.title']);
    expect(shown(outcome.views)).toMatchObject({ reporterName: 'A Fictional Teacher', organisation: 'Quirkfield Academy' });
    expect(outcome.state.flow).toMatchObject({ machineVersion: concernRecordForm.version, revision: 5, instanceId: 'instance-old' });
    expect(outcome.state.flow?.snapshot.context).toMatchObject({ answers: { childName: 'Fictional Child', whatHappened: 'Fictional words: seen with an older man at Quirkfield station' } });
  });
});

describe('a journey built by defineFlow, carried by the general rule', () => {
  /** A school journey as played through today's statechart: its stored state after three answers. */
  async function played(): Promise<ConversationState> {
    let state = (await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, 'p0', deps())).state;
    for (const [i, [type, value]] of ([['answer.danger', 'no'], ['answer.role', 'dsl']] as const).entries()) {
      state = (await handleTurn(state, oldPress(state, type, value), `p${i + 1}`, deps())).state;
    }
    return { ...state, seenActivityIds: [] };
  }

  it('opens where its recorded answers lead in the new statechart, with every answer kept', async () => {
    const now = await played();
    const flow = now.flow;
    if (flow === undefined) throw new Error('not started');
    const older = openIn({ ...flow, machineVersion: REFERRAL_FIRST_STEPS_VERSION - 1 });
    const outcome = await handleTurn(older, { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['notices:journeyChanged.title', 'welcome']);
    expect(outcome.state.flow).toMatchObject({ machineVersion: REFERRAL_FIRST_STEPS_VERSION, revision: flow.revision + 1, snapshot: flow.snapshot, history: [] });
  });

  it('is retired, kindly, when its flow has no way to carry it over', async () => {
    const now = await played();
    const flow = now.flow;
    if (flow === undefined) throw new Error('not started');
    const withoutRule = (f: FlowDialog): FlowDialog => {
      const { carryOver: _none, ...rest } = f;
      return rest;
    };
    const catalogue = buildCatalogue(CATALOGUE_ENTRIES.map((entry) => (entry.flow.id === 'school.firstSteps' ? { ...entry, flow: withoutRule(entry.flow) } : entry)));
    const older = openIn({ ...flow, machineVersion: REFERRAL_FIRST_STEPS_VERSION - 1 });
    const outcome = await handleTurn(older, oldPress(older, 'answer.checklist'), 'activity-1', deps({ catalogue }));
    expect(titles(outcome.views)).toEqual(['notices:journeyRetired.title', 'notices:staleCard.title', 'welcome']);
    expect(outcome.state.flow).toBeUndefined();
    expect(outcome.changed).toBe(true);
  });

  it('is retired when not one of its answers agrees with the new statechart', async () => {
    const now = await played();
    const flow = now.flow;
    if (flow === undefined) throw new Error('not started');
    const older = openIn({ ...flow, machineVersion: REFERRAL_FIRST_STEPS_VERSION - 1, snapshot: { ...flow.snapshot, context: { ...(flow.snapshot.context as Record<string, unknown>), danger: 'perhaps' } } });
    const outcome: TurnOutcome = await handleTurn(older, { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['notices:journeyRetired.title', 'welcome']);
    expect(outcome.state.flow).toBeUndefined();
  });
});
