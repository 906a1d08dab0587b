import type { View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import { newConversationState, type ActiveFlow, type ConversationState } from '../../dialogs/conversationState.schema';
import type { ParkedJourney, TurnDeps, TurnOutcome } from '../../dialogs/turn';
import { POLICE_VERSION_3_PATH, asDraft, oldJourney } from '../support/oldVersions';
import { testTurnDeps } from '../support/turnDeps';

/**
 * Police drafts saved by version 3 of the journey, which asked the signs, the flags and the rationale on
 * one card: an officer half-way through that card, who saved it for later before the server was upgraded,
 * resumes at the first of the three cards that replaced it with everything the old card held, recorded or
 * only marked and typed. Every value is fictional.
 */

const deps = (drafts: ParkedJourney[]): TurnDeps => testTurnDeps(drafts, { newId: () => 'instance-new' });

const titles = (views: View[]) => views.map((v) => (v.kind === 'step' || v.kind === 'notice' ? v.title.key : v.kind));
const shown = (views: View[]): Record<string, string> => {
  const step = views.find((v) => v.kind === 'step');
  return Object.fromEntries((step?.kind === 'step' ? (step.inputs ?? []) : []).flatMap((i) => (i.kind === 'field' ? [[i.id, i.value]] : [])));
};

const BEFORE_FLAGS = { immediateRisk: 'no', crimeAlleged: 'yes', otherFlags: [] };

/** A version 3 draft exactly as that version parked it: its snapshot, the path behind it, and the pages' kept values. */
function version3Draft(value: string, context: Record<string, unknown>, pageInputs?: ActiveFlow['pageInputs']): ParkedJourney {
  return asDraft(oldJourney({ flowId: 'police.firstSteps', machineVersion: 3, value, context, history: POLICE_VERSION_3_PATH, ...(pageInputs === undefined ? {} : { pageInputs }) }));
}

function resume(draft: ParkedJourney, state: ConversationState = newConversationState()): Promise<TurnOutcome> {
  return handleTurn(state, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-resume', deps([draft]));
}

async function press(before: TurnOutcome, type: string, inputs: Record<string, string>, activity: string): Promise<TurnOutcome> {
  const flow = before.state.flow;
  if (flow === undefined) throw new Error('no journey running');
  const ref = { flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision };
  return handleTurn(before.state, { event: 'flow.answered', ...ref, answer: { type }, inputs }, activity, deps([]));
}

/** What the officer had marked and typed on the old card when they pressed Save for later (kept at its depth, 2). */
const HALF_WAY = { 'area.absence': 'seen', 'area.technology': 'notSure', 'area.distrust': 'notSeen', category: 'lb', eu: 'yes', ga: 'no', ge: 'no', note: 'Fictional note: a new phone and gifts she cannot explain' };

describe('a police draft saved half-way through the one flags card of version 3', () => {
  const draft = version3Draft('selectingFlags', BEFORE_FLAGS, { '2': { state: 'selectingFlags', values: HALF_WAY } });

  it('is listed as resumable, and opens at the first signs card, saying the journey changed', async () => {
    const listed = await handleTurn(newConversationState(), { event: 'drafts.requested' }, 'activity-list', deps([draft]));
    expect(JSON.stringify(listed.views)).toContain('notices:drafts.resume');
    expect(JSON.stringify(listed.views)).toContain('notices:drafts.journeyChanged');
    const resumed = await resume(draft);
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', 'police:recordingSigns.title']);
    expect(resumed.state.flow).toMatchObject({ flowId: 'police.firstSteps', machineVersion: 4, instanceId: 'instance-old', history: [] });
    expect(resumed.effects).toContainEqual({ type: 'draft.remove', draftId: 'draft-old' });
  });

  it('loses nothing: each of the three cards shows what the old card held, and the summary records it all', async () => {
    const resumed = await resume(draft);
    expect(shown(resumed.views)).toEqual({ 'area.sexual-health': 'notSeen', 'area.absence': 'seen', 'area.family-home': 'notSeen', 'area.emotional-health': 'notSeen', 'area.gangs-groups': 'notSeen' });
    // The officer presses on without touching anything: each card sends back what it shows.
    const rationale = await press(resumed, 'answer.signs', shown(resumed.views), 'activity-signs');
    expect(titles(rationale.views)).toEqual(['police:recordingRationale.title']);
    expect(shown(rationale.views)).toEqual({ 'area.technology': 'notSure', 'area.alcohol-substances': 'notSeen', 'area.gifts-money': 'notSeen', 'area.distrust': 'notSeen', note: HALF_WAY.note });
    const flags = await press(rationale, 'answer.rationale', shown(rationale.views), 'activity-rationale');
    expect(titles(flags.views)).toEqual(['police:selectingFlags.title']);
    expect(shown(flags.views)).toEqual({ category: 'lb', eu: 'yes', ga: 'no', ge: 'no' });
    const next = await press(flags, 'answer.flags', shown(flags.views), 'activity-flags');
    expect(titles(next.views)).toEqual(['police:askingLookedAfter.title']);
    expect(next.state.flow?.snapshot).toEqual({
      value: 'askingLookedAfter',
      context: { ...BEFORE_FLAGS, signAreas: { absence: 'seen', technology: 'notSure' }, categoryFlag: 'lb', otherFlags: ['eu'], rationaleNote: HALF_WAY.note },
    });
  });

  it('what was recorded before (the officer had come back to the card) stands where the open card held nothing else', async () => {
    const recorded = { ...BEFORE_FLAGS, signAreas: { 'gangs-groups': 'seen', distrust: 'notSure' }, categoryFlag: 'la', otherFlags: ['ga'], rationaleNote: 'Fictional note: first words' };
    const resumed = await resume(version3Draft('selectingFlags', recorded, { '2': { state: 'selectingFlags', values: { 'area.distrust': 'notSeen', ge: 'yes', note: 'Fictional note: second words' } } }));
    expect(resumed.state.flow?.snapshot).toEqual({
      value: 'recordingSigns',
      context: { ...BEFORE_FLAGS, signAreas: { 'gangs-groups': 'seen' }, categoryFlag: 'la', otherFlags: ['ga', 'ge'], rationaleNote: 'Fictional note: second words' },
    });
    const bare = await resume(version3Draft('selectingFlags', recorded));
    expect(bare.state.flow?.snapshot).toEqual({ value: 'recordingSigns', context: recorded });
  });

  it('a value the old card could not have held is not taken; what was recorded stands', async () => {
    const resumed = await resume(version3Draft('selectingFlags', { ...BEFORE_FLAGS, categoryFlag: 'lc' }, { '2': { state: 'selectingFlags', values: { category: 'ld', eu: 'often', 'area.absence': 'sometimes', note: 'x'.repeat(501) } } }));
    expect(resumed.state.flow?.snapshot).toEqual({ value: 'recordingSigns', context: { ...BEFORE_FLAGS, categoryFlag: 'lc' } });
  });

  it.each([
    ['askingCrimeAlleged', { immediateRisk: 'no', otherFlags: [] }, 'police:askingCrimeAlleged.title'],
    ['askingLookedAfter', { ...BEFORE_FLAGS, categoryFlag: 'la', otherFlags: ['eu'], signAreas: { absence: 'seen' }, rationaleNote: 'Fictional note' }, 'police:askingLookedAfter.title'],
    ['planningInvestigation', { ...BEFORE_FLAGS, lookedAfter: 'no', missing: 'yes', trafficking: 'no' }, 'police:planningInvestigation.title'],
  ])('a draft at %s opens at the same step with what it recorded', async (value, context, title) => {
    const resumed = await resume(version3Draft(value, context));
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', title]);
    expect(resumed.state.flow?.snapshot).toEqual({ value, context });
  });

  it('a draft that version 3 could not have written is not guessed at: the user is told it cannot be opened', async () => {
    expect(titles((await resume(version3Draft('recordingSomewhere', BEFORE_FLAGS))).views)).toEqual(['notices:draftCannotOpen.title', 'welcome']);
    expect(titles((await resume(version3Draft('selectingFlags', { ...BEFORE_FLAGS, categoryFlag: 'lz' }))).views)).toEqual(['notices:draftCannotOpen.title', 'welcome']);
  });
});
