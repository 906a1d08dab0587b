import { handleTurn } from '../../dialogs/conversation';
import { persistedJourneySchema } from '../../dialogs/persistedJourney.schema';
import type { TurnDeps } from '../../dialogs/turn';
import { testTurnDeps } from '../support/turnDeps';
import { referralFirstStepsContextSchema } from '../../machines/referralFirstSteps.machine';
import { formContextSchema } from '../../machines/form.machine';

/** A turn reads the stored journey once and carries it: one answer parses the envelope once and the context once, where it is read from the store; what the statechart makes of it is not parsed again. */

const deps = (): TurnDeps => testTurnDeps([], { now: new Date('2026-01-01T10:00:00Z'), newId: () => 'instance-fictional-1' });

afterEach(() => jest.restoreAllMocks());

it('one answer reads the stored journey once', async () => {
  const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, 'a1', deps());
  const flow = started.state.flow;
  if (flow === undefined) throw new Error('no journey');
  // As the runner hands it over: plain JSON from storage, nothing remembered from the turn before.
  const stored: unknown = JSON.parse(JSON.stringify(started.state));
  const envelope = jest.spyOn(persistedJourneySchema, 'safeParse');
  const context = jest.spyOn(referralFirstStepsContextSchema, 'safeParse');
  const next = await handleTurn(stored, { event: 'flow.answered', flowId: flow.flowId, instanceId: flow.instanceId, revision: flow.revision, answer: { type: 'answer.danger', value: 'no' } }, 'a2', deps());
  expect(next.state.flow?.revision).toBe(1);
  expect(next.views.map((v) => v.kind)).toEqual(['step']);
  expect({ envelope: envelope.mock.calls.length, context: context.mock.calls.length }).toEqual({ envelope: 1, context: 1 });
});

/** The conversation as the runner hands it over: plain JSON from storage, nothing remembered from the turn before. */
const fromStore = (state: unknown): unknown => JSON.parse(JSON.stringify(state));
const REPORTER = { reporterName: 'Fictional Person', reporterRole: 'Fictional role', organisation: 'Quirkfield School' };

it('a journey’s Back reads only the step it goes back to', async () => {
  const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'school.firstSteps' }, 'b1', deps());
  const first = started.state.flow;
  if (first === undefined) throw new Error('no journey');
  const answered = await handleTurn(fromStore(started.state), { event: 'flow.answered', flowId: first.flowId, instanceId: first.instanceId, revision: 0, answer: { type: 'answer.danger', value: 'no' } }, 'b2', deps());
  const envelope = jest.spyOn(persistedJourneySchema, 'safeParse');
  const context = jest.spyOn(referralFirstStepsContextSchema, 'safeParse');
  const back = await handleTurn(fromStore(answered.state), { event: 'flow.backRequested', flowId: first.flowId, instanceId: first.instanceId, revision: 1 }, 'b3', deps());
  expect(back.state.flow?.snapshot).toEqual(first.snapshot);
  expect({ revision: back.state.flow?.revision, history: back.state.flow?.history, seen: back.state.seenActivityIds }).toEqual({ revision: 2, history: [], seen: ['b1', 'b2', 'b3'] });
  expect({ envelope: envelope.mock.calls.length, context: context.mock.calls.length }).toEqual({ envelope: 1, context: 1 });
});

describe('a form', () => {
  const startForm = async () => {
    const started = await handleTurn(undefined, { event: 'flow.startRequested', flowId: 'form.concernRecord' }, 'f1', deps());
    const flow = started.state.flow;
    if (flow === undefined) throw new Error('no form');
    const ref = { flowId: flow.flowId, instanceId: flow.instanceId };
    return { stored: fromStore(started.state), ref };
  };

  it('reads the stored form once for a page answered, and not again for what its statechart made', async () => {
    const { stored, ref } = await startForm();
    const envelope = jest.spyOn(persistedJourneySchema, 'safeParse');
    const context = jest.spyOn(formContextSchema, 'safeParse');
    const next = await handleTurn(stored, { event: 'flow.answered', ...ref, revision: 0, answer: { type: 'form.page', value: 'continue' }, inputs: REPORTER }, 'f2', deps());
    expect(next.state.flow?.snapshot).toMatchObject({ value: 'editingPage', context: { page: 'child', answers: REPORTER } });
    expect({ envelope: envelope.mock.calls.length, context: context.mock.calls.length }).toEqual({ envelope: 1, context: 1 });
  });

  it('reads the stored form once for Back', async () => {
    const { stored, ref } = await startForm();
    const answered = await handleTurn(stored, { event: 'flow.answered', ...ref, revision: 0, answer: { type: 'form.page', value: 'continue' }, inputs: REPORTER }, 'f2', deps());
    const envelope = jest.spyOn(persistedJourneySchema, 'safeParse');
    const context = jest.spyOn(formContextSchema, 'safeParse');
    const back = await handleTurn(fromStore(answered.state), { event: 'flow.backRequested', ...ref, revision: 1 }, 'f3', deps());
    expect(back.state.flow?.snapshot).toMatchObject({ value: 'editingPage', context: { page: 'reporter', answers: REPORTER } });
    expect({ envelope: envelope.mock.calls.length, context: context.mock.calls.length }).toEqual({ envelope: 1, context: 1 });
  });
});
