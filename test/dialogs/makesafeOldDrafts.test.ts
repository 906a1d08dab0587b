import type { View } from '../../cards/view';
import { handleTurn } from '../../dialogs/conversation';
import { newConversationState, type ActiveFlow, type ConversationState } from '../../dialogs/conversationState.schema';
import type { ParkedJourney, TurnDeps, TurnOutcome } from '../../dialogs/turn';
import { MAKESAFE_VERSION_2_PATH, asDraft, oldJourney } from '../support/oldVersions';
import { testTurnDeps } from '../support/turnDeps';

/**
 * Drafts of the Makesafe journey saved by version 2, which asked the details for the call on a card
 * of its own, still open: each where its answers lead now, with nothing lost. Whatever was typed on
 * the old details card reaches the report's own questions. Every value is fictional.
 */

const deps = (drafts: ParkedJourney[]): TurnDeps => testTurnDeps(drafts, { newId: () => 'instance-new' });

const titles = (views: View[]) => views.map((v) => (v.kind === 'step' || v.kind === 'notice' ? v.title.key : v.kind));
const step = (views: View[]) => views.find((v) => v.kind === 'step');

/** A version 2 draft exactly as that version parked it: its snapshot, the path behind it, and the pages' kept values. */
function version2Draft(value: string, context: Record<string, unknown>, pageInputs?: ActiveFlow['pageInputs']): ParkedJourney {
  return asDraft(oldJourney({ flowId: 'business.firstSteps', machineVersion: 2, value, context, history: MAKESAFE_VERSION_2_PATH, revision: 3, ...(pageInputs === undefined ? {} : { pageInputs }) }));
}

async function resume(draft: ParkedJourney): Promise<TurnOutcome> {
  const state: ConversationState = newConversationState();
  return handleTurn(state, { event: 'draft.resumed', draftId: draft.draftId }, 'activity-resume', deps([draft]));
}

const HOTEL_SIGNS = { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen', 'makesafe-sign.hotel.no-luggage-or-id': 'notSure' };

describe('a Makesafe draft saved before the details moved to the report', () => {
  it('at the details card: opens at who to call, says what was kept, and the report holds what was typed', async () => {
    const draft = version2Draft('recordingDetails', { childPresent: 'no', sector: 'hotel', signs: HOTEL_SIGNS, details: {} }, {
      '2': { state: 'recordingSigns', values: { 'makesafe-sign.hotel.cash-no-card-imprint': 'seen' } },
      '3': { state: 'recordingDetails', values: { where: 'Room 12', when: 'Checked in at 22:10', who: 'A girl of about 14, red coat', vehicles: 'A silver estate car, FX99 ABC', payment: '', bookingName: 'J Fictional' } },
    });
    const resumed = await resume(draft);
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', 'business:reportingNonEmergency.title']);
    expect(step(resumed.views)?.kind === 'step' && step(resumed.views)?.lines.map((l) => l.key)).toEqual(['business:reportingNonEmergency.body', 'business:report.intro', 'business:report.earlierDetails']);
    expect(resumed.state.flow).toMatchObject({ flowId: 'business.firstSteps', machineVersion: 3, instanceId: 'instance-old', history: [] });
    expect(resumed.effects).toContainEqual({ type: 'draft.remove', draftId: 'draft-old' });

    const flow = resumed.state.flow;
    if (flow === undefined) throw new Error('not resumed');
    const report = await handleTurn(resumed.state, { event: 'form.startRequested', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, formId: 'form.makesafeReport' }, 'activity-offer', deps([]));
    expect(report.state.flow?.flowId).toBe('form.makesafeReport');
    expect(report.state.flow?.snapshot).toMatchObject({
      context: {
        answers: {
          premisesType: 'hotel',
          childPresent: 'no',
          whereOnPremises: 'Room 12',
          otherTimes: 'Checked in at 22:10',
          seenOrHeard: 'Who: A girl of about 14, red coat',
          vehicles: [{ vehicleDescription: 'A silver estate car, FX99 ABC' }],
          bookingName: 'J Fictional',
          signsSeenHotel: ['hotel-cash-no-card-imprint'],
          signsNotSureHotel: ['hotel-no-luggage-or-id'],
        },
      },
    });
  });

  it('at the details card with the child there or not sure: opens at 999', async () => {
    const resumed = await resume(version2Draft('recordingDetails', { childPresent: 'notSure', sector: 'taxi', signs: {}, details: {} }));
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', 'business:reportingEmergency.title']);
    // Nothing was typed, so nothing is said to be waiting.
    expect(step(resumed.views)?.kind === 'step' && step(resumed.views)?.lines.map((l) => l.key)).toEqual(['business:reportingEmergency.body', 'business:report.intro']);
  });

  it('at the signs card: opens there, with the marks its open page held', async () => {
    const resumed = await resume(
      version2Draft('recordingSigns', { childPresent: 'no', sector: 'hotel', signs: {}, details: {} }, { '2': { state: 'recordingSigns', values: { 'makesafe-sign.hotel.isolated-room': 'notSure', 'makesafe-sign.hotel.alcohol-on-show': 'seen', 'makesafe-sign.taxi.far-away': 'seen' } } }),
    );
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', 'business:recordingSigns.title.hotel']);
    const inputs = step(resumed.views)?.kind === 'step' ? (step(resumed.views)?.inputs ?? []) : [];
    const marked = Object.fromEntries(inputs.flatMap((i) => (i.kind === 'choice' && i.value !== 'notSeen' ? [[i.id, i.value]] : [])));
    expect(marked).toEqual({ 'makesafe-sign.hotel.isolated-room': 'notSure', 'makesafe-sign.hotel.alcohol-on-show': 'seen' });
  });

  it.each([
    ['askingChildPresent', {}, 'business:askingChildPresent.title'],
    ['callingEmergency', { childPresent: 'yes' }, 'business:callingEmergency.title'],
    ['askingSector', { childPresent: 'no' }, 'business:askingSector.title'],
  ])('at %s: opens at the same question', async (value, context, title) => {
    const resumed = await resume(version2Draft(value, { signs: {}, details: {}, ...context }));
    expect(titles(resumed.views)).toEqual(['notices:journeyChanged.title', title]);
  });

  it('a draft that version 2 could not have written is not guessed at: the user is told it cannot be opened', async () => {
    const resumed = await resume(version2Draft('reportingSomewhere', { childPresent: 'no', signs: {}, details: {} }));
    expect(titles(resumed.views)).toEqual(['notices:draftCannotOpen.title', 'welcome']);
  });
});
