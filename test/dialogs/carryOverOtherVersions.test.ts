import type { View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import type { ActiveFlow, ConversationState } from '../../dialogs/conversationState.schema';
import type { TurnDeps } from '../../dialogs/turn';
import { MAKESAFE_FIRST_STEPS_VERSION } from '../../machines/makesafeFirstSteps.machine';
import { POLICE_FIRST_STEPS_VERSION } from '../../machines/policeFirstSteps.machine';
import { asDraft, openIn } from '../support/oldVersions';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * The police and Makesafe journeys have a rule of their own for the one older version whose states
 * they read (police 3, Makesafe 2). A journey either stored by any other version, here a made-up one
 * whose statechart was in fact today's, is not lost for want of a rule: the general walk carries it
 * where its answers lead, open or saved for later, and it is retired with the notice only when that
 * walk fits nothing. Every value is fictional.
 */

/** Made-up versions no rule of their own reads: one before each journey's rule, and one between (police). */
const POLICE_OTHER_VERSIONS = [1, 2];
const MAKESAFE_OTHER_VERSIONS = [1];

const deps = (drafts = [] as ReturnType<typeof asDraft>[], given: Partial<TurnDeps> = {}): TurnDeps => testTurnDeps(drafts, { newId: () => 'instance-played', ...given });

const shown = (views: View[]): Record<string, string> => {
  const step = views.find((v) => v.kind === 'step');
  return Object.fromEntries((step?.kind === 'step' ? (step.inputs ?? []) : []).flatMap((i) => (i.kind === 'field' || i.kind === 'text' ? [[i.id, i.value ?? '']] : [])));
};

type Press = [type: string, value?: string, inputs?: Record<string, string>];

/** The journey played through today's statechart, press by press, as the engine stores it. */
async function played(flowId: string, presses: Press[]): Promise<ActiveFlow> {
  let state: ConversationState = (await handleTurn(undefined, { event: 'flow.startRequested', flowId }, 'p0', deps())).state;
  for (const [i, [type, value, inputs]] of presses.entries()) {
    const flow = state.flow;
    if (flow === undefined) throw new Error('the journey ended early');
    const answer = value === undefined ? { type } : { type, value };
    const outcome = await handleTurn(state, { event: 'flow.answered', flowId, instanceId: flow.instanceId, revision: flow.revision, answer, inputs: inputs ?? {} }, `p${i + 1}`, deps());
    state = outcome.state;
  }
  if (state.flow === undefined) throw new Error('the journey ended');
  return state.flow;
}

const SIGNS = { 'area.sexual-health': 'notSeen', 'area.absence': 'seen', 'area.family-home': 'notSeen', 'area.emotional-health': 'notSure', 'area.gangs-groups': 'notSeen' };
/** A police journey at the signs-and-rationale card, a card version 3 never had: its rule cannot read it. */
const policeAtRationale = (): Promise<ActiveFlow> => played('police.firstSteps', [['answer.immediateRisk', 'no'], ['answer.crimeAlleged', 'yes'], ['answer.signs', undefined, SIGNS]]);
/** A Makesafe journey at who to call (its summary, with the report on one button), a step version 2 never had. */
const makesafeAtWhoToCall = (): Promise<ActiveFlow> => played('business.firstSteps', [['answer.childPresent', 'no'], ['answer.sector', 'hotel'], ['answer.signs', undefined, { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen' }]]);

describe.each([
  ['police.firstSteps', POLICE_FIRST_STEPS_VERSION, POLICE_OTHER_VERSIONS, policeAtRationale, 'police:recordingRationale.title'],
  ['business.firstSteps', MAKESAFE_FIRST_STEPS_VERSION, MAKESAFE_OTHER_VERSIONS, makesafeAtWhoToCall, 'business:reportingNonEmergency.title'],
] as const)('%s stored by a version its own rule does not read', (flowId, version, others, journey, at) => {
  it.each(others)('open at version %i: carried by the walk where its answers lead, every answer kept, and audited', async (from) => {
    const now = await journey();
    const outcome = await handleTurn(openIn({ ...now, machineVersion: from }), { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['notices:journeyChanged.title', 'welcome']);
    expect(outcome.state.flow).toMatchObject({ flowId, machineVersion: version, revision: now.revision + 1, snapshot: now.snapshot, history: [] });
    expect(outcome.effects).toEqual([{ type: 'audit', action: `journey.carriedOver.${flowId}.v${from}-to-v${version}`, subject: 'instance-played' }]);
  });

  it.each(others)('saved for later at version %i: resumed where its answers lead', async (from) => {
    const now = await journey();
    const draft = asDraft({ ...now, machineVersion: from });
    const resumed = await handleTurn(undefined, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-1', deps([draft]));
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', at]);
    expect(resumed.state.flow).toMatchObject({ machineVersion: version, snapshot: now.snapshot });
  });

  it.each(others)('at version %i, retired with the notice only when the walk fits nothing, and audited as retired', async (from) => {
    const now = await journey();
    const unknown = { ...now, machineVersion: from, snapshot: { value: 'askingSomethingRemoved', context: {} }, history: [{ value: 'askingSomethingElseRemoved', context: {} }] };
    const outcome = await handleTurn(openIn(unknown), { event: 'menu.requested' }, 'activity-1', deps());
    expect(titles(outcome.views)).toEqual(['notices:journeyRetired.title', 'welcome']);
    expect(outcome.state.flow).toBeUndefined();
    expect(outcome.effects).toEqual([{ type: 'audit', action: `journey.retired.${flowId}.v${from}`, subject: 'instance-played' }]);
  });
});

describe('a police journey of another version keeps what its open page held', () => {
  it('the signs-and-rationale card shows the note typed on it before Save for later', async () => {
    const now = await policeAtRationale();
    const note = 'Fictional note: a new phone and a man waiting outside Quirkfield station';
    const typed: ActiveFlow = { ...now, machineVersion: 2, pageInputs: { ...now.pageInputs, [String(now.history.length)]: { state: 'recordingRationale', values: { note } } } };
    const resumed = await handleTurn(undefined, { event: 'draft.resumed', draftId: 'draft-old' }, 'activity-1', deps([asDraft(typed)]));
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', 'police:recordingRationale.title']);
    expect(shown(resumed.views)).toMatchObject({ note });
  });
});
