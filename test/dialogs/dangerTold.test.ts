import { handleTurn, readState } from '../../dialogs/conversation';
import { conversationStateSchema, type ActiveFlow, type ConversationState } from '../../dialogs/conversationState.schema';
import type { DomainEvent } from '../../dialogs/events.schema';
import type { TurnOutcome } from '../../dialogs/turn';
import { testTurnDeps, titles } from '../support/turnDeps';

/**
 * Danger told while a journey runs (a typed message that brought the 999 card) is remembered on the journey,
 * never its words: a form its summary offers does not then fill in a "no" to danger from the journey's
 * first answer. A state stored before the journey remembered it still loads and runs as it did. Fictional.
 */

const deps = () => testTurnDeps([], { newId: () => 'instance-new' });
const MID_JOURNEY = 'shes just rung from a car with 2 men she dont know, says they wont let her out';

/** The Makesafe journey at who to call (its summary), the child not there: as this version stores it, or an older one did. */
const makesafeAtSummary = (extra: Partial<ActiveFlow> = {}): ConversationState => ({
  schemaVersion: 1,
  seenActivityIds: ['activity-old'],
  role: 'business',
  flow: {
    flowId: 'business.firstSteps',
    machineVersion: 3,
    instanceId: 'instance-old',
    revision: 3,
    snapshot: { value: 'reportingNonEmergency', context: { childPresent: 'no', sector: 'hotel', signs: {} } },
    history: [],
    ...extra,
  },
});

const offerReport = (state: ConversationState): DomainEvent => {
  const flow = state.flow;
  if (flow === undefined) throw new Error('no journey');
  return { event: 'form.startRequested', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, formId: 'form.makesafeReport' };
};

const answersOf = (outcome: TurnOutcome): unknown => (outcome.state.flow?.snapshot.context as { answers?: unknown } | undefined)?.answers;

describe('danger told mid-journey', () => {
  it('is remembered on the running journey when a typed message brings the 999 card, and stored', async () => {
    const told = await handleTurn(makesafeAtSummary(), { event: 'message.received', text: MID_JOURNEY }, 'activity-told', deps());
    expect(titles(told.views)[0]).toBe('urgent');
    expect(told.changed).toBe(true);
    expect(told.state.flow?.dangerTold).toBe(true);
    expect(conversationStateSchema.safeParse(told.state).success).toBe(true);
    // Nothing of the words is kept beyond what was kept before.
    expect(JSON.stringify(told.state)).not.toContain('wont let her out');
  });

  it('is remembered when danger is written into a card\'s box, and when "yes" to danger is pressed on an out-of-date card', async () => {
    const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, 'activity-start', deps());
    const flow = started.state.flow;
    if (flow === undefined) throw new Error('no journey');
    const ref = { flowId: flow.flowId, instanceId: flow.instanceId };
    const areas = await handleTurn(started.state, { event: 'flow.answered', ...ref, revision: 0, answer: { type: 'answer.danger', value: 'no' } }, 'activity-no', deps());
    expect(areas.state.flow?.dangerTold).toBeUndefined();
    const written = await handleTurn(areas.state, { event: 'flow.answered', ...ref, revision: 1, answer: { type: 'answer.checklist' }, inputs: { note: 'She says he is outside in his car waiting for her right now' } }, 'activity-note', deps());
    expect(titles(written.views)[0]).toBe('urgent');
    expect(written.state.flow?.dangerTold).toBe(true);
    const stale = await handleTurn(areas.state, { event: 'flow.answered', ...ref, revision: 0, answer: { type: 'answer.danger', value: 'yes' } }, 'activity-stale', deps());
    expect(titles(stale.views)[0]).toBe('urgent');
    expect(stale.state.flow?.dangerTold).toBe(true);
  });

  it('is not remembered without a journey, nor for a message that tells no danger', async () => {
    const alone = await handleTurn(undefined, { event: 'message.received', text: MID_JOURNEY }, 'activity-alone', deps());
    expect(alone.state.flow).toBeUndefined();
    const question = await handleTurn(makesafeAtSummary(), { event: 'message.received', text: 'what is operation makesafe' }, 'activity-question', deps());
    expect(question.state.flow?.dangerTold).toBeUndefined();
  });

  it('keeps a form started from the journey from filling in "no" to danger, and keeps that danger was told with what the journey recorded', async () => {
    const report = await handleTurn(makesafeAtSummary({ dangerTold: true }), offerReport(makesafeAtSummary()), 'activity-report', deps());
    expect(report.state.flow?.flowId).toBe('form.makesafeReport');
    expect(answersOf(report)).toMatchObject({ premisesType: 'hotel' });
    expect(answersOf(report)).not.toHaveProperty('childPresent');
    expect(report.state.flow?.snapshot.context).toMatchObject({ prefill: { childPresent: 'no', dangerToldInJourney: 'yes' } });
  });

  it('reads a state stored before journeys remembered it (no dangerTold): it loads, and the form is filled in from the journey as before', async () => {
    const old = makesafeAtSummary({ openingNote: 'A girl of about 14 with two older men at the bar', openingNotePlaced: false });
    const stored: unknown = JSON.parse(JSON.stringify(old));
    const read = readState(stored);
    expect(read.recovered).toBeUndefined();
    expect(read.state.flow).not.toHaveProperty('dangerTold');
    const report = await handleTurn(stored, offerReport(old), 'activity-report', deps());
    expect(answersOf(report)).toMatchObject({ premisesType: 'hotel', childPresent: 'no' });
    expect(report.state.flow?.snapshot.context).not.toHaveProperty('prefill.dangerToldInJourney');
  });
});
