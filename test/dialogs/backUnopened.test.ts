import { handleTurn } from '../../dialogs/conversation';
import type { ConversationState } from '../../dialogs/conversationState.schema';
import type { TurnDeps } from '../../dialogs/turn';
import { testTurnDeps } from '../support/turnDeps';

/**
 * A Back along a journey's path reads only the step it goes back to (dialogs/journeys.ts, backUnopened):
 * what it does is what the turn did when it read the open step too, wherever the open step is readable;
 * a step before that cannot be read still retires the journey, with its audit entry.
 */

const deps = (): TurnDeps => testTurnDeps([], { now: new Date('2026-01-01T10:00:00Z'), newId: () => 'instance-fictional-1' });
const fromStore = (state: unknown): ConversationState => JSON.parse(JSON.stringify(state)) as ConversationState;

async function answeredOnce(): Promise<ConversationState> {
  const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, 'a1', deps());
  const flow = started.state.flow;
  if (flow === undefined) throw new Error('no journey');
  const answered = await handleTurn(fromStore(started.state), { event: 'flow.answered', flowId: flow.flowId, instanceId: flow.instanceId, revision: 0, answer: { type: 'answer.danger', value: 'no' } }, 'a2', deps());
  return fromStore(answered.state);
}

const backOn = (state: ConversationState, revision: number, activityId: string, inputs?: Record<string, string>) =>
  handleTurn(state, { event: 'flow.backRequested', flowId: 'school.firstSteps', instanceId: 'instance-fictional-1', revision, ...(inputs === undefined ? {} : { inputs }) }, activityId, deps());

it('goes back as the turn that reads the open step does: with or without a note typed on the open page', async () => {
  const state = await answeredOnce();
  const plain = await backOn(state, 1, 'a3');
  // A value posted with Back is kept for the open page, so that turn reads the open step too.
  const typed = await backOn(state, 1, 'a3', { note: '' });
  expect(plain.views).toEqual(typed.views);
  expect(plain.state.flow?.snapshot).toEqual(typed.state.flow?.snapshot);
  expect(plain.state.flow?.history).toEqual([]);
});

it('answers a Back delivered again with where things stand, and applies nothing', async () => {
  const state = await answeredOnce();
  const once = await backOn(state, 1, 'a3');
  const again = await backOn(fromStore(once.state), 1, 'a3');
  expect(again.changed).toBe(false);
  expect(again.state.flow?.revision).toBe(2);
});

it('refuses a Back from a card drawn at another revision, as a stale card', async () => {
  const state = await answeredOnce();
  const stale = await backOn(state, 0, 'a3');
  expect(stale.changed).toBe(false);
  expect(stale.views[0]).toMatchObject({ kind: 'notice' });
  expect(stale.state.flow?.revision).toBe(1);
});

it('retires the journey, with its audit entry, when the step it goes back to cannot be read', async () => {
  const state = await answeredOnce();
  const flow = state.flow;
  if (flow === undefined) throw new Error('no journey');
  const broken = { ...state, flow: { ...flow, history: [{ value: 'noSuchStep', context: {} }] } };
  const outcome = await backOn(broken, 1, 'a3');
  expect(outcome.state.flow).toBeUndefined();
  expect(outcome.effects).toEqual([{ type: 'audit', action: expect.stringContaining('retired') as unknown, subject: 'instance-fictional-1' }]);
});
